"""The shell: four tabs over the demo contest, search in SQL, language switch, About, state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from haihe_desk import __version__
from haihe_desk.ui.app import install_translations, register_fonts
from haihe_desk.ui.main_window import MainWindow
from tests.gui.helpers import click_tab, forget_window_state

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, demo_db):
    install_translations(qapp, "zh_CN")
    forget_window_state()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    install_translations(qapp, "zh_CN")


def test_four_tabs_with_chinese_titles(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["赛事", "报名", "评判", "通讯录"]
    assert "海河工匠杯" in window.windowTitle()


def test_demo_rows_appear_in_every_tab(window, qtbot):
    assert window.contests_tab.model.rowCount() == 8
    codes = {window.contests_tab.model.rows[r][1] for r in range(8)}
    assert codes == {"W-CNC", "W-WELD", "W-FIT", "W-AUTO", "S-CNC", "S-WELD", "S-FIT", "S-AUTO"}
    assert click_tab(qtbot, window, 1) is window.registrations_tab
    assert window.registrations_tab.model.total == 200
    click_tab(qtbot, window, 2)
    assert window.judging_tab.model.rowCount() == 8
    click_tab(qtbot, window, 3)
    names = {window.contacts_tab.model.rows[r][1] for r in range(window.contacts_tab.model.rowCount())}
    assert {"王亚梅", "解雯", "李洁萍"} <= names


def test_registrations_search_filters_in_sql(window, qtbot):
    tab = click_tab(qtbot, window, 1)
    model = tab.model
    first_name = model.rows[0][1]
    surname = first_name[0]
    expected = sum(1 for r in model.rows if surname in r[1] or surname in (r[6] or ""))
    tab.search.setText(surname)
    qtbot.waitUntil(lambda: model.total != 200, timeout=3000)
    assert 0 < model.total < 200
    assert all(surname in row[1] or surname in row[6] for row in model.rows)
    assert model.total >= expected


def test_registrations_pages_rows_on_scroll(qtbot, qapp, db):
    from haihe_desk.services import demo
    from haihe_desk.services.context import SYSTEM

    with db.write() as s:
        demo.build_demo(s, SYSTEM, registrations=450)
    forget_window_state()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    click_tab(qtbot, w, 1)
    model = w.registrations_tab.model
    assert model.total == 450
    assert model.rowCount() == 200  # first page only
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()


def test_judging_tab_shows_no_names_or_ids(window, qtbot):
    tab = click_tab(qtbot, window, 2)
    assert tab.model.rowCount() == 8
    with window.db.read() as s:
        from sqlalchemy import select

        from haihe_desk.db.models import Person

        names = set(s.scalars(select(Person.name)))
        ids = set(s.scalars(select(Person.id_number)))
    cells = {str(v) for row in tab.model.rows for v in row[1:]}
    assert not cells & names
    assert not cells & ids


def test_contacts_search_by_pinyin_initials(window, qtbot):
    tab = click_tab(qtbot, window, 3)
    tab.search.setText("wym")
    qtbot.waitUntil(lambda: tab.model.total == 1, timeout=3000)
    assert tab.model.rows[0][1] == "王亚梅"


def test_switching_language_changes_tab_titles(window, qapp):
    install_translations(qapp, "en")
    QApplication.processEvents()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Contests", "Registrations", "Judging", "Contacts"]
    install_translations(qapp, "zh_CN")
    QApplication.processEvents()
    assert window.tabs.tabText(0) == "赛事"


def test_about_dialog_shows_version_and_database(window):
    dlg = window.show_about()
    assert __version__ in dlg.findChild(QLabel, "versionLabel").text()
    assert window.db.target.display() in dlg.findChild(QLabel, "databaseLabel").text()
    dlg.close()


def test_window_state_is_remembered(qtbot, demo_db):
    forget_window_state()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.tabs.setCurrentIndex(3)
    w.close()
    w2 = MainWindow(demo_db)
    qtbot.addWidget(w2)
    assert w2.tabs.currentIndex() == 3
    from haihe_desk.ui.settings import app_settings

    s: QSettings = app_settings()
    assert s.value("mainWindow/tab", type=int) == 3


def test_embedded_cjk_font_is_registered(qapp):
    family = register_fonts(qapp)
    assert family == "WenQuanYi Micro Hei"
    from PySide6.QtGui import QFontDatabase

    assert family in QFontDatabase.families()


def test_registrations_union_filter_in_the_tab(window, qtbot):
    tab = click_tab(qtbot, window, 1)
    idx = next(i for i in range(tab.union_combo.count()) if tab.union_combo.itemText(i).startswith("120101"))
    tab.union_combo.setCurrentIndex(idx)  # reloads through currentIndexChanged
    assert 0 < tab.model.total < 200
    assert all(row[7].startswith("120101") for row in tab.model.rows)


def test_unexpected_error_is_logged_and_shown(qapp, monkeypatch, tmp_path):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from haihe_desk.ui import app as app_module

    monkeypatch.setenv("HAIHE_DESK_HOME", str(tmp_path))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    old_hook = sys.excepthook
    import logging

    logger = logging.getLogger("haihe_desk")
    saved = list(logger.handlers)
    logger.handlers.clear()
    try:
        app_module.install_error_handler()
        try:
            raise FileNotFoundError("forms/x.ui")
        except FileNotFoundError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for h in logger.handlers:
            h.close()
        logger.handlers[:] = saved
    log = (tmp_path / "logs" / "haihe_desk.log").read_text(encoding="utf-8")
    assert "FileNotFoundError: forms/x.ui" in log
    assert shown and "FileNotFoundError" in shown[0] and "haihe_desk.log" in shown[0]
