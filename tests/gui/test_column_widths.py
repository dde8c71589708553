"""English UI: no value is cut to "…" in the default column widths at 1366×768 (issue 11, section 6).

The main window at 1366×768 with the English catalog installed (as --lang en does), on the demo
database. In every list tab, for every cell of the loaded page and every column title, the text's
width plus the cell's text margins must fit the column (ui/list_tab.fit_columns sizes short
columns to their contents). Only a long free text (a unit or contest name wider than
LONG_COLUMN_MAX) may be elided, and then in the middle, with the full text in its tooltip.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from haihe_desk.ui.app import install_translations, register_fonts
from haihe_desk.ui.list_tab import HEADER_PADDING, LONG_COLUMN_MAX, cell_text_margin
from haihe_desk.ui.main_window import MainWindow
from tests.gui.helpers import click_tab, forget_window_state

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    register_fonts(qapp)
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "zh_CN")


def cut_cells(tab) -> tuple[list[str], list[str], int]:  # type: ignore[no-untyped-def]
    """(cells cut that must not be, long cells elided in the middle, cells checked)."""
    view, model = tab.table, tab.model
    metrics, header_metrics = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    margin = cell_text_margin(view)
    bad, elided, checked = [], [], 0
    for c in range(model.columnCount()):
        width = view.columnWidth(c)
        title = model.headerData(c, Qt.Orientation.Horizontal)
        if header_metrics.horizontalAdvance(title) + HEADER_PADDING > width:
            bad.append(f"title {title!r}: {width} px")
        for r in range(model.rowCount()):
            index = model.index(r, c)
            text = index.data()
            checked += 1
            need = metrics.horizontalAdvance(text) + margin
            if need <= width:
                continue
            where = f"{title} row {r + 1} {text!r}: needs {need} px, column {width} px"
            long_text = width >= LONG_COLUMN_MAX
            middle = view.textElideMode() == Qt.TextElideMode.ElideMiddle
            if long_text and middle and index.data(Qt.ItemDataRole.ToolTipRole) == text:
                elided.append(where)
            else:
                bad.append(where)
    return bad, elided, checked


def test_no_value_is_cut_in_the_english_default_widths(english, qtbot, demo_db):  # type: ignore[no-untyped-def]
    forget_window_state()
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(0) == "Contests"  # the English catalog is in force
    problems, total = [], 0
    for i in range(window.tabs.count()):
        tab = click_tab(qtbot, window, i)
        assert tab.model.rowCount() > 0, f"tab {i} shows no rows"
        bad, _elided, checked = cut_cells(tab)
        total += checked
        problems += [f"{window.tabs.tabText(i)}: {b}" for b in bad]
    assert total > 1000
    assert not problems, "cut to …:\n" + "\n".join(problems)


def test_the_check_finds_a_cut_value(english, qtbot, demo_db):  # type: ignore[no-untyped-def]
    """Narrow a short column by hand (as the old fixed widths were): the check reports it."""
    forget_window_state()
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tab = click_tab(qtbot, window, 2)
    group = tab.model.column_index("group")
    assert not cut_cells(tab)[0]
    tab.table.setColumnWidth(group, 60)  # the old fixed width of 组别
    assert any(b.startswith("Group row 1 'Employee group'") for b in cut_cells(tab)[0])
