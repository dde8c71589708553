"""Text longer than its column is refused with a sentence on every engine (PostgreSQL enforces
String(n); SQLite would store it), in forms and in imports, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contact, Organisation
from haihe_desk.errors import RejectedData
from haihe_desk.services import contacts, organisations
from haihe_desk.services.context import SYSTEM
from haihe_desk.services.imports import run_import
from haihe_desk.services.lengths import fit, max_length

LONG = "长" * 201


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def fingerprint(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (Contact, Organisation, AuditEntry))


def test_column_limits_come_from_the_models() -> None:
    assert max_length(Contact.name) == 60
    assert max_length(Contact.notes) is None  # Text: unlimited
    assert fit(Contact.name_pinyin, "a" * 500) == "a" * 200


@pytest.mark.parametrize(
    ("field", "value", "title"),
    [
        ("name", "名" * 61, "姓名"),
        ("organisation_name", LONG, "单位"),
        ("trade_name", "工" * 61, "工种"),
        ("email", "a" * 120 + "@example.cn", "电子邮箱"),
    ],
)
def test_contact_form_refuses_overlong_text(db: Database, field: str, value: str, title: str) -> None:
    data = contacts.ContactInput(**{"name": "王亚梅", field: value})
    before = fingerprint(db)
    with pytest.raises(RejectedData) as exc, db.write() as s:
        contacts.create(s, SYSTEM, data)
    assert f"{title}过长" in str(exc.value)
    assert f"最多 {max_length(getattr(Contact, field))} 个字" in str(exc.value)
    assert fingerprint(db) == before


def test_contact_import_names_row_and_column_of_overlong_text(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "联系人.xlsx",
        [
            ["姓名", "单位", "办公电话"],
            ["王亚梅", "技能大赛办公室", "84236612"],
            ["武丽娜", LONG, "84236613"],
        ],
    )
    before = fingerprint(db)
    with pytest.raises(RejectedData) as exc:
        run_import(db, SYSTEM, contacts.ContactsImporter(None), path)
    assert "第 3 行" in str(exc.value) and "单位" in str(exc.value) and "过长" in str(exc.value)
    assert fingerprint(db) == before


def test_long_contact_name_gets_a_search_key_that_fits(db: Database) -> None:
    name = "欧阳" * 30  # 60 characters: allowed; its pinyin key is longer than 200
    with db.write() as s:
        c = contacts.create(s, SYSTEM, contacts.ContactInput(name=name))
    with db.read() as s:
        stored = s.get(Contact, c.id)
        assert stored is not None and stored.name == name
        assert 0 < len(stored.name_pinyin) <= 200 and stored.name_pinyin.startswith("ouyang")


@pytest.mark.parametrize(
    ("field", "title"),
    [
        ("name", "单位名称"),
        ("short_name", "简称"),
        ("address", "地址"),
        ("contact_person", "联系人"),
        ("phone", "联系电话"),
    ],
)
def test_organisation_form_refuses_overlong_text(db: Database, field: str, title: str) -> None:
    data = {"name": "甲工会", field: LONG}
    before = fingerprint(db)
    with pytest.raises(RejectedData) as exc, db.write() as s:
        organisations.create(s, SYSTEM, **data)
    assert f"{title}过长" in str(exc.value)
    assert fingerprint(db) == before


def test_organisation_import_names_row_and_column_of_overlong_text(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "工会代码表.xlsx",
        [
            ["单位名称", "工会代码", "地址"],
            ["甲工会", "120101777", "和平区"],
            ["乙工会", "120101778", LONG],
        ],
    )
    before = fingerprint(db)
    with pytest.raises(RejectedData) as exc:
        run_import(db, SYSTEM, organisations.OrganisationsImporter(), path)
    assert "第 3 行" in str(exc.value) and "地址" in str(exc.value) and "过长" in str(exc.value)
    assert fingerprint(db) == before
