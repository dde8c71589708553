"""Translations: the catalogs match the code, English is complete, and the workflow of
scripts/i18n.py (update → todo → apply → check) works on a small project of its own.

``test_catalogs_match_the_code`` goes red whenever a string is added or changed without running
``python scripts/i18n.py update`` and filling in its English (see docs in that script).
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from haihe_desk import i18n
from haihe_desk.paths import TRANSLATIONS

REPO = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location("haihe_i18n_script", REPO / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_script()


# ---------------------------------------------------------------- the real catalogs


def test_catalogs_match_the_code():
    problems = tool.check()
    assert not problems, (
        "translations are out of date:\n"
        + "\n".join(problems[:40])
        + (f"\n… and {len(problems) - 40} more" if len(problems) > 40 else "")
    )


def test_source_catalog_translates_every_string_to_itself():
    _, msgs = tool.read_ts(TRANSLATIONS / "haihe_desk_zh_CN.ts")
    live = [m for m in msgs if m.live]
    assert len(live) > 100
    assert all(m.translation == m.source and m.finished for m in live)


def test_catalogs_declare_their_languages():
    for lang in ("zh_CN", "en"):
        root = ET.parse(TRANSLATIONS / f"haihe_desk_{lang}.ts").getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (lang, "zh_CN")
        assert (TRANSLATIONS / f"haihe_desk_{lang}.qm").stat().st_size > 100


def test_cli_speaks_english_from_the_catalog(run_cli, db_url):
    code, out, _ = run_cli("--db", db_url, "info")
    assert "结构版本：" in out
    code, out, err = run_cli("--db", db_url, "--lang", "en", "info")
    assert code == 0, err
    assert "Schema version: " in out
    assert "结构版本" not in out


@pytest.mark.gui
def test_gui_loads_the_english_qm(qapp, qtbot, demo_db):
    from haihe_desk.ui.app import install_translations
    from haihe_desk.ui.main_window import MainWindow

    install_translations(qapp, "en")
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == ["Contests", "Registrations", "Judging", "Contacts"]
        assert window.file_menu.title() == "&File"
    finally:
        install_translations(qapp, "zh_CN")
    window.retranslate()
    assert window.tabs.tabText(0) == "赛事"


# ---------------------------------------------------------------- the workflow, on a tiny project

WIDGET = """
from PySide6.QtWidgets import QWidget
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate

LABELS = {"a": QT_TRANSLATE_NOOP("Labels", "学生组")}


class Panel(QWidget):
    def retranslate(self):
        self.setWindowTitle(self.tr("通讯录"))
        return self.tr("已复制电话：{t}")


def message(n):
    return translate("Cli", "找到 {n} 位联系人。").format(n=n)
"""

FORM = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>MiniDialog</class>
 <widget class="QDialog" name="MiniDialog">
  <property name="windowTitle"><string>编辑联系人</string></property>
 </widget>
</ui>
"""

ENGLISH = {
    ("Labels", "学生组"): "Student group",
    ("Panel", "通讯录"): "Contacts",
    ("Panel", "已复制电话：{t}"): "Phone copied: {t}",
    ("Cli", "找到 {n} 位联系人。"): "Found {n} contacts.",
    ("MiniDialog", "编辑联系人"): "Edit Contact",
}


@pytest.fixture
def mini(tmp_path: Path):
    (tmp_path / "haihe_desk").mkdir()
    (tmp_path / "haihe_desk" / "panel.py").write_text(WIDGET, encoding="utf-8")
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "mini_dialog.ui").write_text(FORM, encoding="utf-8")
    return tool.Layout(root=tmp_path)


def tsv(rows: dict[tuple[str, str], str]) -> str:
    lines = [tool.TODO_HEADER] + [f"{c}\t{s}\t{t}" for (c, s), t in rows.items()]
    return "\n".join(lines) + "\n"


def english(layout) -> dict[tuple[str, str], tuple[str, bool]]:
    return {(m.context, m.source): (m.translation, m.finished) for m in tool.read_ts(layout.ts("en"))[1] if m.live}


def test_update_extracts_widgets_functions_label_tables_and_forms(mini):
    tool.update(mini)
    got = english(mini)
    assert set(got) == set(ENGLISH)
    assert not any(done for _, done in got.values())
    # The fresh English catalog is reported, entry by entry.
    problems = tool.check(mini)
    assert sum("no finished translation" in p for p in problems) == len(ENGLISH)
    assert not any("stale" in p for p in problems)


def test_todo_then_apply_then_check_passes_and_qm_translates(mini, tmp_path, qapp):
    tool.update(mini)
    todo = tool.todo(mini)
    assert todo[0] == tool.TODO_HEADER and len(todo) == 1 + len(ENGLISH)
    filled = tmp_path / "filled.tsv"
    filled.write_text(tsv(ENGLISH), encoding="utf-8")
    assert tool.apply(filled, mini) == len(ENGLISH)
    assert tool.check(mini) == []
    assert tool.todo(mini) == [tool.TODO_HEADER]
    assert english(mini)[("Panel", "通讯录")] == ("Contacts", True)
    # The compiled .qm answers through Qt exactly like the GUI uses it.
    translator = QTranslator()
    assert translator.load(str(mini.qm("en")))
    assert translator.translate("Panel", "已复制电话：{t}") == "Phone copied: {t}"
    assert translator.translate("MiniDialog", "编辑联系人") == "Edit Contact"


def test_check_reports_new_and_removed_strings(mini, tmp_path):
    tool.update(mini)
    filled = tmp_path / "filled.tsv"
    filled.write_text(tsv(ENGLISH), encoding="utf-8")
    tool.apply(filled, mini)
    panel = mini.root / "haihe_desk" / "panel.py"
    panel.write_text(panel.read_text(encoding="utf-8").replace("通讯录", "联系人名单"), encoding="utf-8")
    problems = "\n".join(tool.check(mini))
    assert "new string in the code: [Panel] 联系人名单" in problems
    assert "no longer in the code: [Panel] 通讯录" in problems
    # update fixes the staleness; the new string then waits for its English.
    tool.update(mini)
    problems = tool.check(mini)
    assert [p for p in problems if "[Panel]" in p] == [
        "resources/translations/haihe_desk_en.ts: no finished translation: [Panel] 联系人名单"
    ]


def test_apply_rejects_broken_placeholders_and_writes_nothing(mini, tmp_path):
    tool.update(mini)
    before = mini.ts("en").read_bytes()
    bad = dict(ENGLISH)
    bad[("Cli", "找到 {n} 位联系人。")] = "Found {count} contacts."
    filled = tmp_path / "bad.tsv"
    filled.write_text(tsv(bad), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"placeholders differ"):
        tool.apply(filled, mini)
    assert mini.ts("en").read_bytes() == before


def test_check_wants_accelerators_kept():
    msg = tool.Message("MainWindow", "文件(&F)", "", "File", "")
    assert "accelerator" in tool.translation_problem(msg)
    assert tool.translation_problem(tool.Message("MainWindow", "文件(&F)", "", "&File", "")) is None


def test_check_reports_a_qm_older_than_its_ts(mini, tmp_path):
    tool.update(mini)
    filled = tmp_path / "filled.tsv"
    filled.write_text(tsv(ENGLISH), encoding="utf-8")
    tool.apply(filled, mini)
    mini.qm("en").write_bytes(b"stale")
    assert any("haihe_desk_en.qm does not match" in p for p in tool.check(mini))


def test_check_reports_strings_hidden_behind_a_helper(mini):
    (mini.root / "haihe_desk" / "rules.py").write_text(
        textwrap.dedent("""
        from haihe_desk.i18n import translate
        CTX = "Rules"
        def tr(text):
            return translate(CTX, text)
        def why():
            return tr("年龄不合理。")
    """),
        encoding="utf-8",
    )
    tool.update(mini)
    problems = "\n".join(tool.check(mini))
    assert "no context for '年龄不合理。' at rules.py:6" in problems


def test_a_string_moved_to_another_context_keeps_its_english(mini, tmp_path):
    tool.update(mini)
    filled = tmp_path / "filled.tsv"
    filled.write_text(tsv(ENGLISH), encoding="utf-8")
    tool.apply(filled, mini)
    panel = mini.root / "haihe_desk" / "panel.py"
    panel.write_text(
        panel.read_text(encoding="utf-8").replace('translate("Cli"', 'translate("Contacts"'), encoding="utf-8"
    )
    tool.update(mini)
    assert english(mini)[("Contacts", "找到 {n} 位联系人。")] == ("Found {n} contacts.", True)
    assert tool.check(mini) == []


def test_tsv_cells_keep_newlines_and_tabs():
    text = "第一行\n第二行\t末尾\\"
    assert tool._unescape(tool._escape(text)) == text
    assert "\n" not in tool._escape(text) and "\t" not in tool._escape(text)


def test_runtime_translate_reads_the_same_catalog():
    i18n.set_language("en")
    assert i18n.translate("MainWindow", "赛事") == "Contests"
    assert i18n.translate("MainWindow", "没有这句") == "没有这句"  # unknown strings fall back to Chinese
