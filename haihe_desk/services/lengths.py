"""Text that must fit its column. PostgreSQL enforces String(n) (SQLite does not), so a service
checks free text against the column it goes into and says so in a sentence, instead of the
server refusing the whole transaction with "value too long"."""

from __future__ import annotations

from typing import Any

from haihe_desk.i18n import translate


def max_length(attr: Any) -> int | None:
    """The length limit of a mapped column attribute (``Contact.name``), None for unlimited text."""
    return getattr(attr.property.columns[0].type, "length", None)


def too_long(attr: Any, value: str | None, field: str) -> str | None:
    """The problem when ``value`` does not fit ``attr``'s column, else None: one clause naming
    ``field`` (the translated field title), without a full stop."""
    limit = max_length(attr)
    if value is None or limit is None or len(value) <= limit:
        return None
    return translate("Lengths", "{field}过长（{n} 个字，最多 {max} 个字）；请删减").format(
        field=field, n=len(value), max=limit
    )


def fit(attr: Any, value: str) -> str:
    """``value`` cut to ``attr``'s column length (for derived text such as search keys only)."""
    limit = max_length(attr)
    return value if limit is None else value[:limit]
