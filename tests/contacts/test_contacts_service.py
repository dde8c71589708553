"""Contacts: search (name, pinyin initials, phone digits, unit), filters, editing with several phones."""

from __future__ import annotations

import pytest

from haihe_desk.db.database import Database
from haihe_desk.errors import RejectedData
from haihe_desk.services import audit, contacts, organisations
from haihe_desk.services.context import SYSTEM

from .helpers import org_id


def names(db: Database, **filters: object) -> list[str]:
    with db.read() as s:
        return [r[1] for r in contacts.SOURCE.page(s, dict(filters), 0, 100)]


def test_demo_carries_section_ten_exactly(demo_db: Database) -> None:
    with demo_db.read() as s:
        recs = {r.name: r for r in contacts.records(s)}
    assert recs["王亚梅"].numbers() == ["84236612"] and recs["解雯"].numbers() == ["84236612"]
    assert [recs[n].numbers() for n in ("刘巍", "高亚君", "姜赢")] == [["84236693"]] * 3
    assert recs["贾启展"].trade == "数控车工" and recs["贾启展"].numbers("mobile") == ["13370330370"]
    assert recs["武丽娜"].phones == (("office", "63862123"), ("mobile", "15822089096"))
    assert recs["张桥"].numbers() == ["28776857", "13672007656"]
    assert recs["李超"].numbers() == ["84893845", "18920525097"]
    assert recs["李洁萍"].role == "platform" and recs["李洁萍"].numbers() == ["85194572"]
    assert any(r.email == "tjzgjnds@163.com" for r in recs.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wym", ["王亚梅"]),
        ("WYM", ["王亚梅"]),
        ("wangyamei", ["王亚梅"]),
        ("xw", ["解雯"]),  # 解 as a surname reads xiè
        ("亚", ["王亚梅", "高亚君"]),
        ("1582208", ["武丽娜"]),
        ("84236693", ["刘巍", "高亚君", "姜赢"]),
        ("tjzgjnds", ["大赛办公室电子邮箱"]),
    ],
)
def test_search(demo_db: Database, text: str, expected: list[str]) -> None:
    assert names(demo_db, text=text) == expected


def test_search_phone_digits_ignore_separators(db: Database) -> None:
    with db.write() as s:
        contacts.create(
            s, SYSTEM, contacts.ContactInput(name="欧阳修", role="chief_judge", phones=[("office", "022-8423 1111")])
        )
    assert names(db, text="84231111") == ["欧阳修"]
    assert names(db, text="oyx") == ["欧阳修"]


def test_filters_role_trade_and_unit_subtree(demo_db: Database) -> None:
    assert names(demo_db, role="student_reg") == ["贾启展", "武丽娜", "张桥", "李超"]
    assert names(demo_db, trade="焊工") == ["武丽娜"]
    assert names(demo_db, role="student_reg", text="zq") == ["张桥"]
    heping, grassroots = org_id(demo_db, "120101"), org_id(demo_db, "120101002")
    with demo_db.write() as s:
        contacts.create(s, SYSTEM, contacts.ContactInput(name="赵六", organisation_id=grassroots))
    assert names(demo_db, organisation_id=heping) == ["赵六"]
    assert names(demo_db, organisation_id=grassroots, text="赵") == ["赵六"]
    assert names(demo_db, organisation_id=org_id(demo_db, "120102")) == []


def test_create_update_delete_with_several_phones(demo_db: Database) -> None:
    unit = org_id(demo_db, "120101001")
    with demo_db.write() as s:
        c = contacts.create(
            s,
            SYSTEM,
            contacts.ContactInput(
                name="钱七",
                role="host_unit",
                organisation_id=unit,
                trade_name="焊工",
                phones=[("office", "022-12345678"), ("mobile", "13900001234"), ("other", "87654321转123")],
                email="qian@example.com",
                notes="周末值班",
            ),
        )
        cid = c.id
    with demo_db.read() as s:
        rec = contacts.record(s, cid)
        assert rec is not None
        assert rec.phones == (("office", "022-12345678"), ("mobile", "13900001234"), ("other", "87654321转123"))
        assert rec.organisation == organisations.get(s, unit).name
        data, version = contacts.input_for(s, cid)
    data.phones = [("mobile", "13900009999")]
    data.name = "钱七七"
    with demo_db.write() as s:
        contacts.update(s, SYSTEM, cid, data, version=version)
    assert names(demo_db, text="qqq") == ["钱七七"]
    with demo_db.read() as s:
        assert contacts.record(s, cid).phones == (("mobile", "13900009999"),)
        assert [e.action for e in audit.recent(s, 2, entity="contact")] == ["contact.update", "contact.create"]
    with demo_db.write() as s:
        assert contacts.delete(s, SYSTEM, [cid]) == 1
    assert names(demo_db, text="钱七") == []


def test_stale_edit_is_a_conflict(demo_db: Database) -> None:
    from haihe_desk.errors import Conflict

    with demo_db.read() as s:
        cid = contacts.records(s, {"text": "wym"})[0].id
        data, version = contacts.input_for(s, cid)
    with demo_db.write() as s:
        contacts.update(s, SYSTEM, cid, contacts.ContactInput(name="王亚梅", role="office", notes="改过"))
    with pytest.raises(Conflict):
        with demo_db.write() as s:
            contacts.update(s, SYSTEM, cid, data, version=version)


def test_bad_input_names_every_problem_and_writes_nothing(demo_db: Database) -> None:
    before = names(demo_db)
    with pytest.raises(RejectedData) as err:
        with demo_db.write() as s:
            contacts.create(
                s,
                SYSTEM,
                contacts.ContactInput(name="", role="nope", phones=[("office", "abc")], email="not-an-address"),
            )
    msg = err.value.message
    assert "姓名不能为空" in msg and "职责“nope”无效" in msg and "“abc”" in msg and "not-an-address" in msg
    assert names(demo_db) == before
