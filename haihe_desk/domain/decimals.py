"""Exact decimal arithmetic for scores and weights; rounding only for display, by a stated rule."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from haihe_desk.i18n import translate

HUNDRED = Decimal(100)


def to_decimal(value: object) -> Decimal:
    """Parse a score or weight exactly. Floats go through repr so 0.1 stays 0.1."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise ValueError(translate("Decimals", "不是有效的数字：{v}").format(v=value))
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        text = str(value).strip().replace("，", ".").replace("％", "%")
        pct = text.endswith("%")
        if pct:
            text = text[:-1]
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(translate("Decimals", "不是有效的数字：{v}").format(v=value)) from None
        if pct:
            result = result / HUNDRED
    if not result.is_finite():
        raise ValueError(translate("Decimals", "不是有效的数字：{v}").format(v=value))
    return result


def display(value: Decimal | None, places: int = 2) -> str:
    """Round half up to ``places`` for display (the published rule: 四舍五入)."""
    if value is None:
        return ""
    q = Decimal(1).scaleb(-places)
    return str(value.quantize(q, rounding=ROUND_HALF_UP))


def weights_ok(theory: Decimal, practical: Decimal) -> bool:
    """Weights are fractions (0.3 + 0.7) and must sum to exactly 1."""
    return theory >= 0 and practical >= 0 and theory + practical == Decimal(1)


def weighted_total(theory: Decimal, practical: Decimal, w_theory: Decimal, w_practical: Decimal) -> Decimal:
    return theory * w_theory + practical * w_practical
