"""Each entry rule with valid and invalid cases, and the review transition table."""

from __future__ import annotations

from datetime import date

import pytest

from haihe_desk.domain import registration_rules as R
from haihe_desk.domain.dates import parse_date
from tests.registrations.helpers import ident

WORKER = R.TradeFacts(
    id=1,
    code="W-CNC",
    name="数控车工",
    group="worker",
    min_age=16,
    max_age=60,
    required_grade=3,
    grade_exception_allowed=True,
    deadline=date(2020, 8, 31),
    contest_day=date(2020, 10, 20),
)
STUDENT = R.TradeFacts(
    id=2, code="S-CNC", name="数控车工", group="student", min_age=16, max_age=25, contest_day=date(2020, 10, 20)
)
STRICT = R.TradeFacts(
    id=3, code="W-FIT", name="装配钳工", group="worker", required_grade=3, grade_exception_allowed=False
)


def ctx(**kw: object) -> R.EntryContext:
    base = dict(
        trades=[WORKER, STUDENT, STRICT],
        union_codes={"120101001": (7, "和平区示例工会")},
        schools={"示例职业学校": 9},
        today=date(2020, 8, 1),
    )
    base.update(kw)
    return R.EntryContext(**base)  # type: ignore[arg-type]


def good(**over: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "name": "张三",
        "id_number": ident(1),
        "mobile": "13912345678",
        "union_code": "120101001",
        "trade": "W-CNC",
        "grade": "高级工",
        "unit": "示例公司",
    }
    raw.update(over)
    return raw


def test_id_number_valid_lower_x_and_derived_fields() -> None:
    number = "11010519491231002X"
    info = R.check_id_number(number.lower())
    assert info.number == number and info.gender == "女" and info.birth_date == date(1949, 12, 31)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("1101051949123100", "18 位"),
        ("110105194913310020", "不是有效日期"),
        ("110105194912310021", "校验位"),
        (1.10105194912310e17, "存成了数字"),
        ("", "不能为空"),
        ("11010519491231002Y", "最后一位"),
    ],
)
def test_id_number_invalid(raw: object, fragment: str) -> None:
    with pytest.raises(R.RuleError, match=fragment):
        R.check_id_number(raw)


def test_gender_and_birth_date_cross_checked_against_the_id() -> None:
    info = R.check_id_number(ident(1, date(1990, 3, 7), male=True))
    assert R.gender_problem("男", info) is None and R.gender_problem(None, info) is None
    assert "不符" in (R.gender_problem("女", info) or "")
    assert R.birth_date_problem("1990年3月7日", info) is None
    assert R.birth_date_problem(date(1990, 3, 7), info) is None
    assert "不符" in (R.birth_date_problem("1990-03-08", info) or "")
    assert "无法识别" in (R.birth_date_problem("三月七日", info) or "")


def test_age_on_contest_day_inclusive_range() -> None:
    day = date(2020, 10, 20)
    assert R.age_problem(date(2004, 10, 20), day, 16, 60) is None  # 16 that very day
    assert "15 岁" in (R.age_problem(date(2004, 10, 21), day, 16, 60) or "")
    assert R.age_problem(date(1960, 1, 1), day, 16, 60) is None  # 60
    assert "61 岁" in (R.age_problem(date(1959, 1, 1), day, 16, 60) or "")


@pytest.mark.parametrize(
    "phone",
    [
        "13912345678",
        "19912345678",
        "022-23456789",
        "02223456789",
        "(022)23456789",
        "010-8765432",
        "+86 139 1234 5678",
        "０２２－２３４５６７８９",
    ],
)
def test_phone_valid(phone: str) -> None:
    from haihe_desk.domain.textnorm import normalise_text

    assert R.phone_problem(normalise_text(phone)) is None


@pytest.mark.parametrize(
    ("phone", "fragment"),
    [
        ("12912345678", "不是有效"),
        ("1391234567", "不是有效"),
        ("23456789", "缺少区号"),
        ("", "请填写"),
        ("abc", "不是有效"),
    ],
)
def test_phone_invalid(phone: str, fragment: str) -> None:
    assert fragment in (R.phone_problem(phone) or "")


def test_union_code_must_exist() -> None:
    known = {"120101001": (1, "x")}
    assert R.union_code_problem("120101001", known) is None
    assert "不在单位表中" in (R.union_code_problem("999999", known) or "")
    assert "须填写工会代码" in (R.union_code_problem("", known) or "")


def test_group_must_match_trade() -> None:
    assert R.group_problem("worker", WORKER) is None
    assert "不符" in (R.group_problem("student", WORKER) or "")


def test_grade_requirement_and_exception() -> None:
    assert R.grade_problem(3, WORKER, "") == (None, False)
    assert R.grade_problem(1, WORKER, "") == (None, False)  # 高级技师 is above 高级工
    problem, exc = R.grade_problem(4, WORKER, "")
    assert problem and "破格原因" in problem and not exc
    assert R.grade_problem(4, WORKER, "区赛第一名") == (None, True)
    assert R.grade_problem(None, WORKER, "区赛第一名") == (None, True)
    problem, _ = R.grade_problem(4, STRICT, "区赛第一名")
    assert problem and "不允许破格" in problem
    assert R.grade_problem(None, STUDENT, "") == (None, False)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("高级工（三级）", 3),
        ("高级技师", 1),
        ("技师", 2),
        ("三级", 3),
        ("4", 4),
        ("初级工", 5),
        ("", None),
        ("无", None),
    ],
)
def test_parse_grade(text: str, grade: int | None) -> None:
    assert R.parse_grade(text) == grade


def test_parse_grade_unknown() -> None:
    with pytest.raises(R.RuleError, match="无法识别"):
        R.parse_grade("大师")


def test_deadline_needs_override_reason() -> None:
    assert R.deadline_problem(date(2020, 8, 31), date(2020, 8, 31), "") is None
    assert "截止" in (R.deadline_problem(date(2020, 9, 1), date(2020, 8, 31), "") or "")
    assert R.deadline_problem(date(2020, 9, 1), date(2020, 8, 31), "组委会批准") is None
    assert R.deadline_problem(date(2030, 1, 1), None, "") is None


def test_duplicate_sentence_names_the_place() -> None:
    assert "本文件第 3 行" in R.duplicate_problem("张三", WORKER, "本文件第 3 行")
    assert "不能重复报名" in R.duplicate_problem("张三", WORKER)


def test_validate_entry_accepts_a_good_worker_entry() -> None:
    clean, problems = R.validate_entry(good(), ctx())
    assert problems == []
    assert clean is not None and clean.trade_id == 1 and clean.group == "worker" and clean.unit_id == 7
    assert clean.skill_grade == 3 and clean.mobile == "13912345678" and clean.gender == "男"


def test_validate_entry_same_trade_name_picks_the_group() -> None:
    clean, problems = R.validate_entry(
        {
            "name": "李四",
            "id_number": ident(2, date(2002, 1, 1)),
            "mobile": "13912345678",
            "trade": "数控车工",
            "school": "示例职业学校",
        },
        ctx(),
    )
    assert problems == [] and clean is not None and clean.trade_id == 2 and clean.group == "student"
    assert clean.unit_name == "示例职业学校" and clean.unit_id == 9


def test_validate_entry_collects_every_problem() -> None:
    clean, problems = R.validate_entry(
        good(id_number="110105194912310021", mobile="123", union_code="000", grade="中级工", group="学生组"), ctx()
    )
    assert clean is None
    keys = {k for k, _m in problems}
    assert {"id_number", "mobile", "union_code", "group"} <= keys


def test_validate_entry_after_deadline() -> None:
    clean, problems = R.validate_entry(good(), ctx(today=date(2020, 9, 2)))
    assert clean is None and problems[0][0] == "trade" and "截止" in problems[0][1]
    clean, problems = R.validate_entry(good(late_reason="组委会批准补报"), ctx(today=date(2020, 9, 2)))
    assert problems == [] and clean is not None and clean.late_override_reason == "组委会批准补报"


def test_validate_entry_too_old_for_students() -> None:
    clean, problems = R.validate_entry(
        {
            "name": "王五",
            "id_number": ident(3, date(1990, 1, 1)),
            "mobile": "13912345678",
            "trade": "S-CNC",
            "school": "示例职业学校",
        },
        ctx(),
    )
    assert clean is None and any("16–25" in m for _k, m in problems)


@pytest.mark.parametrize(
    ("action", "start", "end"),
    [
        ("approve", "submitted", "union_approved"),
        ("confirm", "union_approved", "confirmed"),
        ("return", "submitted", "returned"),
        ("return", "union_approved", "returned"),
        ("reject", "submitted", "rejected"),
        ("reject", "union_approved", "rejected"),
        ("withdraw", "confirmed", "withdrawn"),
        ("resubmit", "returned", "submitted"),
    ],
)
def test_transition_allowed(action: str, start: str, end: str) -> None:
    assert R.transition(action, start, "原因") == end


@pytest.mark.parametrize(
    ("action", "start"),
    [
        ("confirm", "submitted"),
        ("approve", "confirmed"),
        ("return", "confirmed"),
        ("reject", "rejected"),
        ("withdraw", "withdrawn"),
        ("approve", "rejected"),
    ],
)
def test_transition_refused(action: str, start: str) -> None:
    with pytest.raises(R.RuleError, match="不能执行"):
        R.transition(action, start, "原因")


def test_transition_reason_and_role() -> None:
    with pytest.raises(R.RuleError, match="必须填写原因"):
        R.transition("reject", "submitted", "  ")
    with pytest.raises(R.RuleError, match="无权"):
        R.transition("confirm", "union_approved", "", role="union_reviewer")
    with pytest.raises(R.RuleError, match="无权"):
        R.transition("approve", "submitted", "", role="readonly")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1990-1-2", date(1990, 1, 2)),
        ("1990/01/02", date(1990, 1, 2)),
        ("1990.1.2", date(1990, 1, 2)),
        ("1990年1月2日", date(1990, 1, 2)),
        ("19900102", date(1990, 1, 2)),
        (19900102, date(1990, 1, 2)),
        (32875, date(1990, 1, 2)),
        ("１９９０－０１－０２", date(1990, 1, 2)),
        ("1990-01-02 00:00:00", date(1990, 1, 2)),
    ],
)
def test_parse_date(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["1990-13-01", "yesterday", "", None, True, "1990年2月30日"])
def test_parse_date_refuses(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)
