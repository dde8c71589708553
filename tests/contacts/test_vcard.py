"""vCard 3.0 export: strict line-level check plus a real parser (vobject)."""

from __future__ import annotations

import re
from pathlib import Path

import vobject

from haihe_desk.db.database import Database
from haihe_desk.io import vcard
from haihe_desk.services import contacts
from haihe_desk.services.contacts import ContactRecord

ALLOWED = {"BEGIN", "END", "VERSION", "N", "FN", "SORT-STRING", "ORG", "TITLE", "TEL", "EMAIL", "NOTE", "CATEGORIES"}


def strict_cards(raw: bytes) -> list[dict[str, list[str]]]:
    """A small RFC 2426 reader that refuses what phones choke on: non-UTF-8, bare LF, lines over 75
    octets, missing VERSION:3.0/N/FN, unknown properties, unescaped separators in FN."""
    text = raw.decode("utf-8")  # raises on anything that is not UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert raw.endswith(b"\r\n")
    physical = raw.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(physical), "bare LF"
    for line in physical:
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a character
    logical: list[str] = []
    for line in text.split("\r\n")[:-1]:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    cards: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in logical:
        name_params, _, value = line.partition(":")
        name = name_params.split(";")[0].upper()
        assert name in ALLOWED, name
        if name == "BEGIN":
            assert value == "VCARD" and current is None
            current = {}
        elif name == "END":
            assert value == "VCARD" and current is not None
            assert current["VERSION"] == ["3.0"]
            assert len(current["N"]) == 1 and len(current["FN"]) == 1
            assert current["N"][0].count(";") - current["N"][0].count("\\;") == 4
            cards.append(current)
            current = None
        else:
            assert current is not None
            current.setdefault(name, []).append(value)
    assert current is None
    return cards


def test_demo_contacts_export_as_valid_vcard_3(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.read() as s:
        recs = contacts.records(s)
    path = tmp_path / "通讯录.vcf"
    assert vcard.write_vcf(path, recs, category="海河工匠杯") == len(recs)
    raw = path.read_bytes()
    cards = strict_cards(raw)
    by_fn = {c["FN"][0]: c for c in cards}
    assert by_fn["王亚梅"]["N"] == ["王;亚梅;;;"]
    assert by_fn["武丽娜"]["TEL"] == ["63862123", "15822089096"]
    parsed = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(parsed) == len(recs)
    wl = next(p for p in parsed if p.fn.value == "武丽娜")
    assert wl.version.value == "3.0"
    assert (wl.n.value.family, wl.n.value.given) == ("武", "丽娜")
    tels = {t.value: t.params["TYPE"] for t in wl.tel_list}
    assert tels == {"63862123": ["WORK", "VOICE"], "15822089096": ["CELL", "VOICE"]}
    assert "焊工" in wl.title.value
    mail = next(p for p in parsed if hasattr(p, "email"))
    assert mail.email.value == "tjzgjnds@163.com"


def test_escaping_folding_and_compound_surnames() -> None:
    long_note = "备注；含分号,逗号\\反斜杠\n第二行" + "很长的说明" * 20
    rec = ContactRecord(
        1,
        "欧阳修",
        "chief_judge",
        "天津市示例单位，有限公司;分部",
        "焊工",
        (("mobile", "13900001111"),),
        "a@b.cn",
        long_note,
    )
    raw = vcard.to_vcf([rec]).encode("utf-8")
    card = strict_cards(raw)[0]
    assert card["N"] == ["欧阳;修;;;"]
    assert card["ORG"] == ["天津市示例单位，有限公司\\;分部"]
    assert card["NOTE"][0].startswith("备注\\；含分号\\,逗号\\\\反斜杠\\n第二行".replace("\\；", "；"))
    parsed = vobject.readOne(raw.decode("utf-8"))
    assert parsed.note.value == long_note
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    assert re.search(rb"\r\n ", raw)  # the long note was folded


def test_split_name() -> None:
    assert vcard.split_name("王亚梅") == ("王", "亚梅")
    assert vcard.split_name("司马光") == ("司马", "光")
    assert vcard.split_name("John Smith") == ("Smith", "John")
    assert vcard.split_name("大赛办公室电子邮箱") == ("大赛办公室电子邮箱", "")
