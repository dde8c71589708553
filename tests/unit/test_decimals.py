"""Exact decimals for scores and weights; rounding only for display (四舍五入)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from haihe_desk.domain.decimals import display, to_decimal, weighted_total, weights_ok


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("85.5", Decimal("85.5")),
        (" 85.50 ", Decimal("85.50")),
        (85, Decimal(85)),
        (0.1, Decimal("0.1")),  # through repr: not 0.1000000000000000055511151231257827
        (0.3, Decimal("0.3")),
        (Decimal("0.25"), Decimal("0.25")),
        ("30%", Decimal("0.3")),
        ("70％", Decimal("0.7")),  # full-width percent sign
        ("0，5", Decimal("0.5")),  # full-width comma typed as a decimal point
        ("-2", Decimal(-2)),
    ],
)
def test_to_decimal_parses_exactly(raw: object, expected: Decimal) -> None:
    result = to_decimal(raw)
    assert isinstance(result, Decimal)
    assert result == expected


def test_float_goes_through_repr() -> None:
    assert to_decimal(0.1) != Decimal(0.1)  # the binary expansion would not be 0.1
    assert str(to_decimal(0.1)) == "0.1"


@pytest.mark.parametrize("raw", ["abc", "", "1.2.3", "NaN", "Infinity", "-inf", float("nan"), float("inf"), True, None])
def test_to_decimal_refuses_non_numbers(raw: object) -> None:
    with pytest.raises(ValueError, match="不是有效的数字"):
        to_decimal(raw)


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (Decimal("2.675"), 2, "2.68"),  # half up, where a float would give 2.67
        (Decimal("2.665"), 2, "2.67"),  # not banker's rounding (which gives 2.66)
        (Decimal("0.125"), 2, "0.13"),
        (Decimal("89.995"), 2, "90.00"),
        (Decimal("30"), 0, "30"),
        (Decimal("29.5"), 0, "30"),
        (Decimal("1"), 2, "1.00"),
        (Decimal("-2.5"), 0, "-3"),
    ],
)
def test_display_rounds_half_up(value: Decimal, places: int, shown: str) -> None:
    assert display(value, places) == shown


def test_display_of_nothing_is_empty() -> None:
    assert display(None) == ""


def test_display_does_not_change_the_value() -> None:
    value = Decimal("2.675")
    display(value, 2)
    assert value == Decimal("2.675")


@pytest.mark.parametrize(
    ("t", "p", "ok"),
    [
        ("0.3", "0.7", True),
        ("0.2", "0.8", True),
        ("0", "1", True),
        ("0.30", "0.70", True),
        ("0.3", "0.6", False),
        ("0.5", "0.6", False),
        ("-0.1", "1.1", False),
        ("30", "70", False),  # percentages, not fractions
    ],
)
def test_weights_must_sum_to_exactly_one(t: str, p: str, ok: bool) -> None:
    assert weights_ok(Decimal(t), Decimal(p)) is ok


def test_weights_from_floats_sum_exactly() -> None:
    # 0.1 + 0.2 != 0.3 in binary floats; through to_decimal the sum is exact.
    assert weights_ok(to_decimal(0.1) + to_decimal(0.2), to_decimal(0.7))


def test_weighted_total_is_exact() -> None:
    total = weighted_total(Decimal("85.5"), Decimal("91.25"), Decimal("0.3"), Decimal("0.7"))
    assert total == Decimal("89.525")
    assert display(total) == "89.53"


def test_weighted_total_keeps_every_digit() -> None:
    total = weighted_total(Decimal("77.77"), Decimal("88.88"), Decimal("0.2"), Decimal("0.8"))
    assert total == Decimal("86.658")
