"""kill -9 at any point of every import and batch leaves the database as before or as after — the
generic harness (harness.py) applied to each command that writes many rows in one go."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import Contact, Contest, Filing, Organisation, Registration, Trade
from tests.contacts.helpers import write_xlsx as write_rows
from tests.registrations.helpers import WORKER_HEADERS, open_registration, worker_row, write_xlsx

from .harness import HAS_SIGKILL, changed_counts, check_crash_safety

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not HAS_SIGKILL, reason="needs SIGKILL (POSIX)"),
]


def test_registrations_import(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    with demo_db.write() as s:
        open_registration(s)
    path = write_xlsx(tmp_path / "big.xlsx", WORKER_HEADERS, [worker_row(i) for i in range(1, 121)])
    report = check_crash_safety(db_url, ["registrations", "import", str(path)])
    counts = changed_counts(report)
    assert counts["registration"] == 120 and counts["person"] == 120
    assert {"before", "after"} == set(report.outcomes.values())


def test_review_batch(demo_db: Database, db_url: str) -> None:
    with demo_db.read() as s:
        ids = list(
            s.scalars(
                select(Registration.id).where(Registration.status == "submitted").order_by(Registration.id).limit(30)
            )
        )
    assert len(ids) == 30
    report = check_crash_safety(db_url, ["review", "approve", "--id", *map(str, ids)])
    assert changed_counts(report)["registration_event"] == 30
    with demo_db.read() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.id.in_(ids)))) == {"union_approved"}


def test_contacts_import(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "c.xlsx",
        [
            ["联系人", "角色", "工作单位", "竞赛项目", "座机", "手机号", "邮箱"],
            *[
                [f"联系人{i}", "裁判长", "和平区示例机械制造有限公司工会", "焊工", f"2222{i:04d}", 13900001000 + i, ""]
                for i in range(30)
            ],
        ],
    )
    report = check_crash_safety(db_url, ["contacts", "import", str(path)])
    assert changed_counts(report)["contact"] == 30
    with demo_db.read() as s:
        assert s.scalar(select(Contact.id).where(Contact.name == "联系人29")) is not None


def test_trades_import(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "list.xlsx",
        [
            ["附件2 比赛工种及承办单位一览表"],
            [
                "工种代码",
                "工种名称",
                "组别",
                "级别",
                "承办单位",
                "理论权重%",
                "实操权重%",
                "获奖方式",
                "获奖名额",
                "最少参赛人数",
            ],
            ["W-ELEC", "电工", "职工组", "市级二类", "天津示例电力公司", 20, 80, "固定名额", "1/3/6", 15],
            ["S-ELEC", "电工", "学生组", "区级", "天津示例电力公司", "30%", "70%", None, "5/15/30", None],
            ["W-CNC", "数控车工", "职工组", "市级一类", "数控车工项目承办单位（示例）", 30, 70, None, None, 20],
        ],
    )
    report = check_crash_safety(db_url, ["trades", "import", str(path)])
    assert changed_counts(report)["trade"] == 2
    with demo_db.read() as s:
        assert s.scalar(select(Trade.min_entries).where(Trade.code == "W-CNC")) == 20


def test_organisations_import(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "orgs.xlsx",
        [
            ["工会名称", "代码", "上级工会", "类型", "联系人"],
            ["示例局工会", "120201", "", "局工会", ""],
            *[[f"示例局基层工会{i}", f"120201{i:03d}", "示例局工会", "基层工会", "张三"] for i in range(1, 21)],
            ["和平区示例机械制造有限公司工会", "120101001", "和平区总工会", "", "新联系人"],
        ],
    )
    report = check_crash_safety(db_url, ["orgs", "import", str(path)])
    assert changed_counts(report)["organisation"] == 21
    with demo_db.read() as s:
        assert s.scalar(select(Organisation.contact_person).where(Organisation.union_code == "120101001")) == "新联系人"


def test_organisation_merge(demo_db: Database, db_url: str) -> None:
    with demo_db.read() as s:
        units = list(
            s.execute(
                select(Organisation.union_code, Organisation.id)
                .where(Organisation.kind == "grassroots")
                .order_by(Organisation.union_code)
                .limit(2)
            )
        )
    (dup_code, dup_id), (keep_code, keep_id) = units
    with demo_db.read() as s:
        moved = len(s.scalars(select(Registration.id).where(Registration.unit_id == dup_id)).all())
    assert moved > 0
    check_crash_safety(db_url, ["orgs", "merge", dup_code, "--into", keep_code, "--reason", "重复"])
    with demo_db.read() as s:
        assert s.scalar(select(Organisation.merged_into_id).where(Organisation.id == dup_id)) == keep_id
        assert not s.scalars(select(Registration.id).where(Registration.unit_id == dup_id)).all()


def test_filings_request(demo_db: Database, db_url: str) -> None:
    report = check_crash_safety(db_url, ["filings", "request", "--kind", "record", "--due", "2020-10-31"])
    assert changed_counts(report)["filing"] > 1
    with demo_db.read() as s:
        assert s.scalar(select(Filing.id).limit(1)) is not None


def test_contest_copy(demo_db: Database, db_url: str) -> None:
    with demo_db.read() as s:
        cid = s.scalar(select(Contest.id))
    report = check_crash_safety(db_url, ["contests", "copy", str(cid), "--make-current"])
    counts = changed_counts(report)
    assert counts["contest"] == 1 and counts["trade"] == 8
