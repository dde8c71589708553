"""Unit tests for domain.contest_rules (pure)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from haihe_desk.domain import contest_rules as rules


@pytest.mark.parametrize(
    ("t", "p", "ok"),
    [
        ("0.30", "0.70", True),
        ("0.20", "0.80", True),
        ("0.3", "0.6", False),
        ("0.5", "0.6", False),
        ("0", "1", True),
        ("-0.1", "1.1", False),
    ],
)
def test_weights_must_sum_to_exactly_100_percent(t: str, p: str, ok: bool) -> None:
    msg = rules.check_weights(Decimal(t), Decimal(p))
    assert (msg is None) is ok
    if not ok:
        assert "100%" in msg or "负数" in msg


def test_weights_message_names_the_sum() -> None:
    assert "90%" in (rules.check_weights(Decimal("0.3"), Decimal("0.6")) or "")


@pytest.mark.parametrize(
    ("text", "frac", "expected"),
    [
        ("30", False, "0.3"),
        ("30%", False, "0.3"),
        ("12.5", False, "0.125"),
        ("0.3", True, "0.3"),
        ("0.3", False, "0.003"),
        ("100", False, "1"),
        (0.7, True, "0.7"),
    ],
)
def test_parse_percent(text: object, frac: bool, expected: str) -> None:
    assert rules.parse_percent(text, small_is_fraction=frac) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "abc", "120", "-5"])
def test_parse_percent_refuses(bad: str) -> None:
    with pytest.raises(ValueError):
        rules.parse_percent(bad)


def test_percent_text_round_trips() -> None:
    assert rules.percent_text(Decimal("0.30")) == "30"
    assert rules.percent_text(Decimal("0.125")) == "12.5"
    assert rules.parse_percent(rules.percent_text(Decimal("0.125"))) == Decimal("0.125")


def test_award_counts_shares_with_each_rounding() -> None:
    base = {"mode": "shares", "first": "0.10", "second": "0.20", "third": "0.30"}
    assert rules.award_counts(base | {"rounding": "down"}, 37) == {"first": 3, "second": 7, "third": 11}
    assert rules.award_counts(base | {"rounding": "up"}, 37) == {"first": 4, "second": 8, "third": 12}
    assert rules.award_counts(base | {"rounding": "half_up"}, 35) == {"first": 4, "second": 7, "third": 11}


def test_award_counts_fixed() -> None:
    rule = {"mode": "counts", "first": "1", "second": "3", "third": "6", "rounding": "down"}
    assert rules.award_counts(rule, 200) == {"first": 1, "second": 3, "third": 6}


@pytest.mark.parametrize(
    "rule",
    [
        {"mode": "shares", "first": "0.5", "second": "0.4", "third": "0.3"},  # 120%
        {"mode": "counts", "first": "1.5"},
        {"mode": "lottery", "first": "1"},
        {"mode": "shares", "rounding": "sideways", "first": "0.1"},
        {"mode": "shares"},
    ],
)
def test_award_rule_shape_refused(rule: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        rules.normalise_award_rule(rule)


def test_parse_award_levels() -> None:
    assert rules.parse_award_levels("10/20/30/10", "shares") == {
        "first": "0.1",
        "second": "0.2",
        "third": "0.3",
        "excellence": "0.1",
    }
    assert rules.parse_award_levels("1／3／6", "counts") == {"first": "1", "second": "3", "third": "6"}
    with pytest.raises(ValueError):
        rules.parse_award_levels("1/2/3/4/5", "counts")
    assert rules.award_levels_text({"mode": "shares", "first": "0.05", "second": "0.15"}) == "5/15"


def test_tie_break_chain() -> None:
    assert rules.normalise_tie_break(["total", "practical", "time"]) == ["total", "practical", "time"]
    for bad in ([], ["time", "total"], ["total", "total"], ["total", "luck"]):
        with pytest.raises(ValueError):
            rules.normalise_tie_break(bad)


def test_edit_guard_after_registrations_scores_and_locks() -> None:
    nothing = rules.edit_guard(["group", "theory_weight"], rules.TradeState())
    assert nothing.ok
    regs = rules.edit_guard(["group", "min_age", "theory_weight", "venue"], rules.TradeState(registrations=5))
    assert set(regs.refused) == {"group"} and set(regs.needs_reason) == {"min_age"}
    scored = rules.edit_guard(["theory_weight", "venue"], rules.TradeState(registrations=5, scores=3))
    assert scored.refused == {} and set(scored.needs_reason) == {"theory_weight"}
    locked = rules.edit_guard(
        ["theory_weight", "practical_weight", "venue"],
        rules.TradeState(registrations=5, scores=3, locked_kinds=("practical",)),
    )
    assert set(locked.refused) == {"theory_weight", "practical_weight"}
    assert "解除锁定" in locked.message()


@pytest.mark.parametrize(
    ("due", "received", "state"),
    [
        (date(2021, 9, 30), None, "late"),
        (date(2021, 10, 30), None, "pending"),
        (None, None, "pending"),
        (date(2021, 9, 30), date(2021, 9, 29), "received"),
        (date(2021, 9, 30), date(2021, 10, 2), "received_late"),
    ],
)
def test_filing_state(due: date | None, received: date | None, state: str) -> None:
    assert rules.filing_state(due, received, date(2021, 10, 1)) == state


def test_shift_year_and_rename() -> None:
    assert rules.shift_year(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert rules.shift_year(date(2020, 8, 31), 1) == date(2021, 8, 31)
    assert rules.renamed_for_year("2020年天津市职工职业技能大赛", 2020, 2021) == "2021年天津市职工职业技能大赛"


@pytest.mark.parametrize(("a", "b", "ok"), [(16, 60, True), (18, 16, False), (10, 60, False), (16, 16, True)])
def test_age_range(a: int, b: int, ok: bool) -> None:
    assert (rules.check_age_range(a, b) is None) is ok
