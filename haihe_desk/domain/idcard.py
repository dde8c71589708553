"""Chinese resident identity number (GB 11643-1999): 18 characters, check digit mod 11."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from haihe_desk.i18n import translate

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

_SCI_NOTATION = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
_FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"ｘ": "X", "Ｘ": "X"})


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date
    gender: str  # "男" or "女"


class IdCardError(ValueError):
    """The number breaks GB 11643; the message is a translated sentence."""


def check_digit(first17: str) -> str:
    if len(first17) != len(WEIGHTS):
        raise ValueError("check_digit takes the first 17 characters")
    return CHECK_CHARS[sum(map(mul, map(int, first17), WEIGHTS)) % 11]


def normalise(raw: object) -> str:
    """Strip spaces, fold full-width digits and a lower-case x; never repairs digits."""
    text = str(raw).translate(_FULLWIDTH).strip().replace(" ", "").replace("\u3000", "")
    return text.upper()


def looks_mangled_by_excel(raw: object, text: str | None = None) -> bool:
    """True when Excel stored the ID as a number and so destroyed its last digits (``text``: the
    value already normalised, when the caller has it)."""
    # Excel keeps numbers as doubles (15-17 significant digits): any numeric cell holding an
    # 18-digit ID has lost its tail, and an ID ending in X cannot be a number at all.
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return True
    return bool(_SCI_NOTATION.match(normalise(raw) if text is None else text))


def parse(raw: object) -> IdInfo:
    """Validate and decode an ID number; raise IdCardError with a sentence on any fault."""
    number = normalise(raw)
    if looks_mangled_by_excel(raw, number):
        raise IdCardError(
            translate(
                "IdCard",
                "身份证号被 Excel 存成了数字（{value}），后几位已丢失；请把该列设置为“文本”格式后重新录入身份证号。",
            ).format(value=raw)
        )
    if len(number) != 18:
        raise IdCardError(translate("IdCard", "身份证号应为 18 位，实际为 {n} 位。").format(n=len(number)))
    # ASCII digits only: str.isdigit() is also true for "³" and other digits int() refuses.
    if not (number.isascii() and number[:17].isdigit() and (number[17].isdigit() or number[17] == "X")):
        raise IdCardError(translate("IdCard", "身份证号前 17 位应为数字，最后一位为数字或 X。"))
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise IdCardError(
            translate("IdCard", "身份证号中的出生日期 {d} 不是有效日期。").format(d=number[6:14])
        ) from None
    if born.year < 1900 or born > date.today():
        raise IdCardError(translate("IdCard", "身份证号中的出生日期 {d} 不是有效日期。").format(d=number[6:14]))
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise IdCardError(translate("IdCard", "身份证号校验位错误：最后一位应为 {c}，请核对号码。").format(c=expected))
    gender = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number=number, birth_date=born, gender=gender)


def is_valid(raw: object) -> bool:
    try:
        parse(raw)
    except IdCardError:
        return False
    return True


def mask(number: str) -> str:
    """110105********002X: keep the region code and the last four characters."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def make(region: str, born: date, sequence: int, male: bool) -> str:
    """Build a valid number (used for demo and test data only)."""
    seq = sequence % 1000
    if (seq % 10) % 2 != (1 if male else 0):
        seq = seq - (seq % 10) + (seq % 10 + 1) % 10
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
