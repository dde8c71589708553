"""Registration import end to end: real xlsx files, a real SQLite database, the real CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from haihe_desk.db.models import AuditEntry, Person, Registration, RegistrationEvent
from haihe_desk.services.context import SYSTEM
from haihe_desk.services.imports import ImportRejected
from tests.registrations.helpers import (
    WORKER_HEADERS,
    ident,
    import_file,
    open_registration,
    plan_file,
    worker_row,
    write_xlsx,
)


@pytest.fixture
def office(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        open_registration(s)
    return demo_db


def counts(db) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m)) for m in (Registration, Person, RegistrationEvent, AuditEntry)
        )


def test_good_file_is_imported_with_history_and_one_audit_entry(office, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    before = counts(office)
    path = write_xlsx(
        tmp_path / "ok.xlsx",
        WORKER_HEADERS,
        [worker_row(i) for i in range(1, 6)],
        title="报名汇总表",
        text_columns=(3,),
    )
    code, out, err = run_cli("--db", _db_arg(office), "registrations", "import", path)
    assert code == 0, err
    assert "导入完成（报名表）：写入 5 条" in out and "表头在第 3 行" in out
    after = counts(office)
    assert after[0] - before[0] == 5 and after[1] - before[1] == 5 and after[2] - before[2] == 5
    assert after[3] - before[3] == 1
    with office.read() as s:
        reg = s.scalars(select(Registration).order_by(Registration.id.desc()).limit(1)).one()
        assert reg.person.name == "测试5" and reg.status == "submitted" and reg.source == "import"
        assert reg.source_row == 8 and reg.unit_name == "示例机械有限公司" and reg.skill_grade == 3
        assert reg.union_code == "120101001" and reg.unit_id is not None and reg.trade.code == "W-CNC"
        assert reg.person.gender == "男" and reg.person.birth_date == date(1990, 3, 7)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert entry.action == "registration.import" and '"written":5' in entry.new


def _db_arg(db) -> str:  # type: ignore[no-untyped-def]
    return str(db.target.path) if getattr(db.target, "path", None) else str(db.target.url)


def test_all_or_nothing_then_accept_valid(office, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    rows = [worker_row(1), worker_row(2, 身份证号="110105194912310021"), worker_row(3, 手机="123"), worker_row(4)]
    path = write_xlsx(tmp_path / "mixed.xlsx", WORKER_HEADERS, rows)
    before = counts(office)
    report = tmp_path / "report.xlsx"
    code, out, err = run_cli("--db", _db_arg(office), "registrations", "import", path, "--report", report)
    assert code == 1
    assert "第 3 行，身份证号，“110105194912310021”：身份证号校验位错误" in err
    assert "第 4 行，手机，“123”" in err
    assert "报名表 mixed.xlsx 有 2 行有问题，未导入任何数据。第一处：第 3 行“身份证号”列" in err
    assert counts(office) == before
    ws = openpyxl.load_workbook(report).worksheets[0]
    assert ws.cell(row=3, column=len(WORKER_HEADERS) + 1).value.startswith("身份证号：身份证号校验位错误")
    assert ws.cell(row=3, column=3).fill.fgColor.rgb == "FFFFC7CE"

    code, out, err = run_cli("--db", _db_arg(office), "registrations", "import", path, "--accept-valid")
    assert code == 0 and "写入 2 条" in out
    assert counts(office)[0] == before[0] + 2


def test_reimport_adds_nothing_and_lists_changes(office, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "a.xlsx", WORKER_HEADERS, [worker_row(i) for i in range(1, 4)])
    assert run_cli("--db", _db_arg(office), "registrations", "import", path)[0] == 0
    before = counts(office)
    code, out, _err = run_cli("--db", _db_arg(office), "registrations", "import", path)
    assert code == 0 and "写入 0 条" in out and "新增 0 条，更新 0 条，已存在不变 3 条" in out
    changed = write_xlsx(
        tmp_path / "b.xlsx",
        WORKER_HEADERS,
        [worker_row(1, 手机="13800000000"), worker_row(2), worker_row(3), worker_row(9)],
    )
    code, out, _err = run_cli("--db", _db_arg(office), "registrations", "import", changed)
    assert code == 0 and "写入 1 条" in out
    assert "第 2 行 测试1（数控车工）：手机“13900000001”→“13800000000”" in out
    after = counts(office)
    assert after[0] == before[0] + 1
    with office.read() as s:  # the change is listed, not applied
        assert s.scalar(select(Person.mobile).where(Person.id_number == ident(1))) == "13900000001"


def test_duplicates_in_file_and_person_name_clash(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [worker_row(1), worker_row(1), worker_row(2), worker_row(2, 姓名="别人", 工种="W-WELD")]
    path = write_xlsx(tmp_path / "dup.xlsx", WORKER_HEADERS, rows)
    with office.write() as s:
        plan = plan_file(s, path)
    msgs = {(i.row, i.column): i.message for i in plan.issues}
    assert "已在本文件第 2 行报名工种“数控车工”" in msgs[(3, "身份证号")]
    assert "在本文件第 4 行的姓名为“测试2”" in msgs[(5, "姓名")]
    assert plan.ok_rows == 2


def test_number_stored_id_is_refused_never_guessed(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "num.xlsx", WORKER_HEADERS, [worker_row(1, 身份证号=120101199003070013)])
    with office.write() as s:
        plan = plan_file(s, path)
    assert len(plan.issues) == 1
    assert "被 Excel 存成了数字" in plan.issues[0].message and "文本" in plan.issues[0].message
    assert plan.new == 0 and plan.payload.new == []


def test_platform_review_state_is_kept(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    headers = [*WORKER_HEADERS, "审核状态"]
    rows = [worker_row(1) + ["工会已审核"], worker_row(2) + ["组委会已确认"], worker_row(3) + ["乱写"]]
    path = write_xlsx(tmp_path / "platform.xlsx", headers, rows)
    _plan, result = import_file(office, SYSTEM, path, accept_valid=True)
    assert result.written == 2 and result.error_rows == 1
    assert "审核状态“乱写”无法识别" in result.issues[0].message
    with office.read() as s:
        got = dict(
            s.execute(
                select(Person.name, Registration.status)
                .join(Registration.person)
                .where(Registration.source_file == "platform.xlsx")
            ).all()
        )
        events = s.scalars(
            select(RegistrationEvent.to_status).join(Registration).where(Registration.source_file == "platform.xlsx")
        ).all()
    assert got == {"测试1": "union_approved", "测试2": "confirmed"}
    assert sorted(events) == ["confirmed", "union_approved"]


def test_students_detected_from_school_column(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    headers = ["姓名", "身份证号码", "学校名称", "参赛项目", "联系电话"]
    rows = [
        [f"学生{i}", ident(i, date(2002, 5, 1)), "天津市示例职业学校", "数控车工", "022-23456789"] for i in range(3)
    ]
    path = write_xlsx(tmp_path / "school.xlsx", headers, rows)
    plan, result = import_file(office, SYSTEM, path)
    assert plan.payload.students and result.written == 3
    with office.read() as s:
        regs = s.scalars(select(Registration).where(Registration.source_file == "school.xlsx")).all()
        assert {(r.group, r.trade.code, r.unit_name) for r in regs} == {("student", "S-CNC", "天津市示例职业学校")}
        assert {r.person.phone for r in regs} == {"022-23456789"}


def test_students_flag_on_the_cli_and_template_round_trip(office, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    tpl = tmp_path / "students.xlsx"
    code, out, _ = run_cli("--db", _db_arg(office), "registrations", "template", tpl, "--students")
    assert code == 0
    wb = openpyxl.load_workbook(tpl)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["姓名", "性别", "身份证号", "出生日期", "手机", "学校", "工种", "组别", "备注"]
    assert "填写说明" in wb.sheetnames
    formulas = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert formulas["B2"] == '"男,女"' and "数控车工" in formulas["G2"] and "学生组" in formulas["H2"]
    ws["C2"] = ident(5, date(2003, 1, 1))
    ws["D2"] = None
    wb.save(tpl)
    code, out, err = run_cli("--db", _db_arg(office), "registrations", "import", tpl, "--students")
    assert code == 0, err
    assert "按学生组导入" in out and "写入 1 条" in out


def test_deadline_needs_late_reason_which_is_audited(demo_db, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "late.xlsx", WORKER_HEADERS, [worker_row(1)])
    code, _out, err = run_cli("--db", _db_arg(demo_db), "registrations", "import", path)
    assert code == 1 and "报名已于 2020-08-31 截止" in err
    code, out, err = run_cli(
        "--db", _db_arg(demo_db), "registrations", "import", path, "--late-reason", "组委会批准补报"
    )
    assert code == 0, err
    with demo_db.read() as s:
        reg = s.scalars(select(Registration).order_by(Registration.id.desc()).limit(1)).one()
        assert reg.late_override_reason == "组委会批准补报"
        last_two = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)).all()
        assert [e.action for e in last_two] == ["registration.import", "registration.late_override"]
        assert last_two[1].reason == "组委会批准补报"


def test_dry_run_writes_nothing(office, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "a.xlsx", WORKER_HEADERS, [worker_row(1)])
    before = counts(office)
    code, out, _ = run_cli("--db", _db_arg(office), "registrations", "import", path, "--dry-run")
    assert code == 0 and "新增 1 条" in out and "数据库未做修改" in out
    assert counts(office) == before


@pytest.mark.parametrize("kind", ["text", "xls", "no-header"])
def test_broken_file_exit_2_and_database_unchanged(office, tmp_path: Path, run_cli, kind: str) -> None:  # type: ignore[no-untyped-def]
    if kind == "text":
        path = tmp_path / "x.xlsx"
        path.write_text("hello", encoding="utf-8")
    elif kind == "xls":
        path = tmp_path / "x.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    else:
        path = write_xlsx(tmp_path / "x.xlsx", ["甲", "乙"], [[1, 2]])
    before = counts(office)
    code, out, err = run_cli("--db", _db_arg(office), "registrations", "import", path)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert counts(office) == before


def test_service_refuses_to_write_a_plan_with_errors(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "bad.xlsx", WORKER_HEADERS, [worker_row(1, 工会代码="999")])
    before = counts(office)
    with pytest.raises(ImportRejected, match="有 1 行有问题，未导入任何数据") as err:
        import_file(office, SYSTEM, path)
    assert err.value.outcome.plan.issues[0].row == 2 and counts(office) == before


cell_values = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.lists(cell_values, min_size=len(WORKER_HEADERS), max_size=len(WORKER_HEADERS)), min_size=1, max_size=5
    )
)
def test_any_cell_values_give_rows_or_issues_never_a_crash(office, tmp_path_factory, rows) -> None:  # type: ignore[no-untyped-def]
    def cell(v: object) -> object:
        # openpyxl refuses control characters in cells; Excel cannot hold them either
        return "".join(ch for ch in v if ch.isprintable()) if isinstance(v, str) else v

    path = write_xlsx(tmp_path_factory.mktemp("h") / "h.xlsx", WORKER_HEADERS, [[cell(v) for v in r] for r in rows])
    with office.write() as s:
        plan = plan_file(s, path)
        s.rollback()
    assert plan.ok_rows + len(plan.error_rows) == len(plan.data.rows)
    assert len(plan.payload.new) + len(plan.payload.existing) <= plan.ok_rows
    for issue in plan.issues:
        assert issue.message and issue.row > 1


@pytest.mark.sqlite_only
def test_cli_import_backs_up_before_writing_and_not_on_dry_run(office, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    from haihe_desk.services import backups

    folder = backups.folder(office)

    def import_backups() -> set[Path]:
        return set(folder.glob("*.import.*")) if folder.exists() else set()

    path = write_xlsx(tmp_path / "b.xlsx", WORKER_HEADERS, [worker_row(1)])
    before = import_backups()
    assert run_cli("--db", _db_arg(office), "registrations", "import", path, "--dry-run")[0] == 0
    assert import_backups() == before
    assert run_cli("--db", _db_arg(office), "registrations", "import", path)[0] == 0
    made = import_backups() - before
    assert len(made) == 1
    import sqlite3

    with sqlite3.connect(next(iter(made))) as con:  # the backup holds the data from before the import
        assert con.execute("SELECT count(*) FROM person WHERE name = '测试1'").fetchone()[0] == 0
