"""Dates as people write them in sheets and forms (pure)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from haihe_desk.domain.textnorm import normalise_text

_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_PUNCT = str.maketrans("－／．—", "-/.-")


def parse_date(value: object) -> date:
    """Excel dates/datetimes, Excel serial numbers, and text like 1990-1-2, 1990/01/02, 1990.1.2,
    1990年1月2日, 19900102. Raises ValueError for anything else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise ValueError(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 10000101 <= value <= 99991231:
            return parse_date(str(value))
        if 1 <= value < 2958466:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=value)
        raise ValueError(value)
    if isinstance(value, float):
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(value)
    text = normalise_text(str(value)).translate(_DATE_PUNCT)
    if re.fullmatch(r"\d{8}", text):
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    m = _DATE_TEXT.match(text)
    if not m:
        raise ValueError(value)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
