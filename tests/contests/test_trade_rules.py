"""Unit tests for domain.trade_rules and the contest/filing checks in domain.contest_rules (pure:
no database, no Qt)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import trade_rules as tr


def good(**change: object) -> dict[str, object]:
    v = tr.defaults()
    v.update(code="W-ELEC", name="电工")
    v.update(change)
    return v


def test_defaults_are_valid_apart_from_code_and_name() -> None:
    assert set(tr.check_values(tr.defaults())) == {"code", "name"}
    assert tr.check_values(good()) == {}


@pytest.mark.parametrize(
    ("change", "key", "says"),
    [
        ({"code": " "}, "code", "工种代码"),
        ({"code": "X" * 21}, "code", "20"),
        ({"name": "电" * 61}, "name", "60"),
        ({"group": "retired"}, "group", "职工组"),
        ({"level": "national"}, "level", "市级一类"),
        ({"is_team": True, "team_size": 1}, "team_size", ""),
        ({"start_date": date(2021, 10, 22), "end_date": date(2021, 10, 20)}, "dates", "比赛"),
        ({"min_age": 40, "max_age": 30}, "ages", ""),
        ({"required_grade": 9}, "grade", "9"),
        ({"theory_weight": "0.3", "practical_weight": "0.6"}, "weights", "90%"),
        ({"theory_weight": "abc"}, "weights", ""),
        ({"pass_line": "-1"}, "pass_line", ""),
        ({"award_rule": {"mode": "shares", "first": "0.9", "second": "0.9", "third": "0.9"}}, "award_rule", ""),
        ({"tie_break": ["total", "total"]}, "tie_break", ""),
        ({"min_entries": 0}, "min_entries", ""),
        ({"status": "paused"}, "status", "paused"),
    ],
)
def test_check_values_names_the_field_and_the_value(change: dict[str, object], key: str, says: str) -> None:
    errs = tr.check_values(good(**change))
    assert list(errs) == [key]
    assert says in errs[key]


def test_check_sessions() -> None:
    ok = tr.SessionSpec(starts_on=date(2021, 10, 20), start_time=time(8, 30), end_time=time(11, 30), capacity=40)
    assert tr.check_sessions([ok]) is None
    assert "第 2 个场次没有日期" in tr.check_sessions([ok, tr.SessionSpec(starts_on=None)])
    backwards = tr.SessionSpec(starts_on=date(2021, 10, 20), start_time=time(11, 0), end_time=time(9, 0))
    assert "09:00" in tr.check_sessions([backwards]) and "11:00" in tr.check_sessions([backwards])
    assert "至少为 1 人" in tr.check_sessions([tr.SessionSpec(starts_on=date(2021, 10, 20), capacity=0)])
    assert "理论或实操" in tr.check_sessions([tr.SessionSpec(starts_on=date(2021, 10, 20), kind="oral")])


def test_normalise_and_changed_fields() -> None:
    norm = tr.normalise(good(code=" W-ELEC ", theory_weight="0.3", practical_weight="0.7", is_team=0))
    assert norm["code"] == "W-ELEC" and norm["theory_weight"] == Decimal("0.3") and norm["is_team"] is False
    old = tr.normalise(good())
    # 0.3 and 0.30 are the same weight; a changed venue and pass line are changes.
    new = tr.normalise(good(theory_weight="0.3", venue="车间", pass_line="65"))
    assert set(tr.changed_fields(old, new)) == {"venue", "pass_line"}
    assert tr.changed_fields(old, new)["pass_line"] == (Decimal("60"), Decimal("65"))


def test_plain_is_json_ready() -> None:
    assert tr.plain({"d": date(2021, 1, 2), "t": time(8, 5), "x": [Decimal("0.30")]}) == {
        "d": "2021-01-02",
        "t": "08:05",
        "x": ["0.30"],
    }


def test_values_from_row_reads_labels_percentages_and_award_levels() -> None:
    values, problems, host = tr.values_from_row(
        {
            "code": "W-ELEC",
            "name": "电工",
            "group": "职工组",
            "level": "市级二类",
            "team": "团体",
            "team_size": 3,
            "host": "天津示例电力公司",
            "start_date": date(2021, 10, 20),
            "theory_weight": 20,
            "practical_weight": "80%",
            "award_mode": "固定名额",
            "award_levels": "1/3/6",
            "required_grade": "高级工",
            "grade_exception_allowed": "否",
            "min_entries": "15",
        },
        tr.defaults(),
    )
    assert problems == [] and host == "天津示例电力公司"
    assert values["group"] == "worker" and values["level"] == "city2" and values["is_team"] and values["team_size"] == 3
    assert (values["theory_weight"], values["practical_weight"]) == (Decimal("0.2"), Decimal("0.8"))
    assert values["award_rule"]["mode"] == "counts" and values["award_rule"]["third"] == "6"
    assert values["required_grade"] == 3 and values["grade_exception_allowed"] is False
    assert values["min_entries"] == 15 and values["start_date"] == date(2021, 10, 20)


def test_values_from_row_reports_each_bad_cell_by_column() -> None:
    _values, problems, _host = tr.values_from_row(
        {
            "code": "W-X",
            "name": None,
            "group": "老年组",
            "min_age": "十六",
            "end_date": "明天",
            "award_mode": "固定名额",
        },
        tr.defaults(),
    )
    keys = [p[0] for p in problems]
    assert keys == ["name", "group", "min_age", "end_date", "award_levels"]
    assert problems[1][1] == "老年组"


def test_values_from_row_keeps_the_base_where_cells_are_empty() -> None:
    base = good(group="student", venue="实训楼", min_entries=20)
    values, problems, _host = tr.values_from_row({"code": "W-ELEC", "name": "电工"}, base)
    assert (
        problems == [] and values["group"] == "student" and values["venue"] == "实训楼" and values["min_entries"] == 20
    )


def test_check_contest() -> None:
    spec = rules.ContestSpec(name="2021年大赛", year=2021, committee=[rules.MemberSpec("director", "张三")])
    assert rules.check_contest(spec) == {}
    spec.committee.append(rules.MemberSpec("boss", "李四"))
    assert "boss" in rules.check_contest(spec)["committee"]
    spec.committee[1] = rules.MemberSpec("member", " ")
    assert "第 2 行没有姓名" in rules.check_contest(spec)["committee"]
    late = rules.ContestSpec(name="x", year=2021, end_date=date(2021, 10, 1), registration_deadline=date(2021, 11, 1))
    assert "deadline" in rules.check_contest(late)


def test_check_filing() -> None:
    assert rules.check_filing(rules.FilingSpec(unit_id=1, kind="record")) == {}
    errs = rules.check_filing(
        rules.FilingSpec(
            unit_id=1,
            kind="memo",
            participants=-1,
            title="x" * 201,
            starts_on=date(2021, 9, 2),
            ends_on=date(2021, 9, 1),
        )
    )
    assert set(errs) == {"kind", "participants", "title", "dates"}
