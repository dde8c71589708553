"""The printing kit and the contact sheet: Chinese text readable, font embedded, page numbers,
header rows repeated on every page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from haihe_desk.db.database import Database
from haihe_desk.io import pdf_kit
from haihe_desk.io.contact_sheet import write_contact_sheet
from haihe_desk.services import contacts, settings

needs_poppler = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@needs_poppler
def test_contact_sheet_has_the_names_and_an_embedded_font(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.read() as s:
        recs = contacts.records(s)
        heading = contacts.sheet_heading(s, settings.current_contest_id(s))
    path = tmp_path / "通讯录.pdf"
    result = write_contact_sheet(path, recs, heading=heading)
    assert result.pages == 1
    text = pdftext(path)
    for name in ("王亚梅", "解雯", "武丽娜", "李洁萍", "15822089096", "tjzgjnds@163.com", "海河工匠杯"):
        assert name in text, name
    assert "第1页共1页" in "".join(text.split())  # pdftotext drops the spaces between CJK words
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    assert all("WenQuanYi" in r[0] for r in rows), fonts  # no unembedded base-14 font sneaks in
    assert all(r[-5] == "yes" for r in rows), fonts  # the "emb" column
    reader_text = PdfReader(str(path)).pages[0].extract_text()
    assert "王亚梅" in reader_text


@needs_poppler
def test_long_table_repeats_header_and_numbers_pages(tmp_path: Path) -> None:
    rows = [[f"第{i}号", f"联系人{i}", "13900000000"] for i in range(160)]
    story = pdf_kit.title("长表格", "副标题") + [pdf_kit.table(["编号", "姓名", "电话"], rows, (0.3, 0.4, 0.3))]
    result = pdf_kit.build(tmp_path / "long.pdf", story, doc_title="长表格")
    assert result.pages >= 3
    reader = PdfReader(str(tmp_path / "long.pdf"))
    assert len(reader.pages) == result.pages
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "编号" in text and "姓名" in text, n  # header on every page
        assert f"第 {n} 页 共 {result.pages} 页" in text
    assert reader.metadata.title == "长表格"


def test_unwritable_target_is_one_sentence(tmp_path: Path) -> None:
    from haihe_desk.errors import UnreadableInput

    with pytest.raises(UnreadableInput, match="无法写入文件"):
        pdf_kit.build(tmp_path / "missing-folder" / "x.pdf", pdf_kit.title("标题"))
