"""The main window's own actions, reached as a user reaches them (menu items triggered, tab titles
clicked, dialog buttons clicked), and the tabs loading on first show.

The data another PC changes is written straight into the database (raw SQL, the program not
involved), as it would be from outside."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel
from sqlalchemy import event, select

from haihe_desk import __version__
from haihe_desk.db.models import Contact, ContactPhone, Contest, Trade
from haihe_desk.services import settings
from haihe_desk.ui.app import install_translations
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.main_window import MainWindow
from haihe_desk.ui.settings import app_settings
from tests.gui.helpers import click_tab, forget_window_state

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, demo_db):  # type: ignore[no-untyped-def]
    install_translations(qapp, "zh_CN")
    forget_window_state()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


class StatementCounter:
    """Counts the SQL statements the program sends to the test's database."""

    def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
        self.engine = db.engine
        self.count = 0
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_a) -> None:  # type: ignore[no-untyped-def]
        self.count += 1

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.fixture
def statements(demo_db):  # type: ignore[no-untyped-def]
    counter = StatementCounter(demo_db)
    yield counter
    counter.close()


def trade_names(tab) -> set[str]:  # type: ignore[no-untyped-def]
    return {tab.model.rows[r][2] for r in range(tab.model.rowCount())}


# ---------------------------------------------------------------- loading on first show


def test_only_the_shown_tab_loads_at_start(window, qtbot):  # type: ignore[no-untyped-def]
    assert window.tabs.currentIndex() == 0
    assert window.contests_tab.model.rowCount() == 8
    for tab in (window.registrations_tab, window.judging_tab, window.contacts_tab):
        assert tab.stale and tab.model.rowCount() == 0 and tab.model.total == 0
    tab = click_tab(qtbot, window, 1)
    assert not tab.stale and tab.model.total == 200
    assert window.judging_tab.stale and window.contacts_tab.stale


def test_hidden_tab_queries_nothing_on_a_change_and_catches_up_when_shown(window, qtbot, raw_db, statements):  # type: ignore[no-untyped-def]
    click_tab(qtbot, window, 2)
    assert window.judging_tab.model.rowCount() == 8
    click_tab(qtbot, window, 0)
    raw_db.execute("UPDATE trade SET name = '数控车工（改）' WHERE code = 'W-CNC'")
    before = statements.count
    bus.emit_changed(Change.TRADES)  # what an operation emits after its commit
    shown_queries = statements.count - before
    assert shown_queries > 0  # the 赛事 tab on screen reloaded at once ...
    assert "数控车工（改）" in trade_names(window.contests_tab)
    judging = window.judging_tab
    assert judging.model.rows and "数控车工（改）" not in trade_names(judging)  # ... the hidden 评判 tab did not
    assert judging._missed == frozenset({Change.TRADES})
    before = statements.count
    click_tab(qtbot, window, 2)
    assert statements.count > before
    assert "数控车工（改）" in trade_names(judging)
    assert not judging.stale and not judging._missed


def test_hidden_tab_runs_no_sql_for_a_change(window, qtbot, statements):  # type: ignore[no-untyped-def]
    """Only the tab on screen queries; the three hidden ones wait."""
    before = statements.count
    bus.emit_changed(Change.CONTACTS)  # shown: 赛事 (does not list contacts); hidden: 通讯录
    assert statements.count == before
    assert window.contacts_tab._missed == frozenset({Change.CONTACTS})


def test_a_top_level_tab_loads_at_once(qtbot, demo_db):  # type: ignore[no-untyped-def]
    """A tab that is its own window (not a page of the main window) loads when built."""
    from haihe_desk.ui.tabs.judging import JudgingTab

    tab = JudgingTab(demo_db)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 8 and not tab.stale


def test_judging_tab_reads_the_current_contest_when_it_reloads(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    tab = click_tab(qtbot, window, 2)
    first = tab.contest_id
    assert first is not None and tab.model.rowCount() == 8
    with demo_db.write() as s:  # another PC opens a second contest and makes it the current one
        contest = Contest(name="第二届", short_name="第二届", year=2021)
        s.add(contest)
        s.flush()
        second = contest.id
        settings.put(s, "current_contest_id", str(second))
    assert second != first
    window.act_refresh.trigger()
    assert tab.contest_id == second
    assert tab.model.rowCount() == 0  # the new contest has no trades yet


# ---------------------------------------------------------------- the window's own actions


def test_refresh_reloads_every_area_the_shown_tab_now_and_the_others_when_shown(window, qtbot, raw_db, demo_db):  # type: ignore[no-untyped-def]
    click_tab(qtbot, window, 3)  # the 通讯录 tab loaded once ...
    click_tab(qtbot, window, 0)  # ... then hidden again
    raw_db.execute("UPDATE trade SET name = '焊工（另一台电脑）' WHERE code = 'W-WELD'")
    with demo_db.write() as s:  # another PC adds a contact
        s.add(Contact(name="后来的人", role="承办单位", contest_id=None))
    assert "焊工（另一台电脑）" not in trade_names(window.contests_tab)
    window.act_refresh.trigger()  # 文件 → 刷新
    assert "焊工（另一台电脑）" in trade_names(window.contests_tab)
    contacts = click_tab(qtbot, window, 3)
    assert "后来的人" in {contacts.model.rows[r][1] for r in range(contacts.model.rowCount())}


def test_refresh_emits_the_whole_database(window):  # type: ignore[no-untyped-def]
    seen = []
    bus.changed.connect(seen.append)
    try:
        window.act_refresh.trigger()
    finally:
        bus.changed.disconnect(seen.append)
    assert seen == [frozenset(Change)]
    assert window.act_refresh.shortcut().toString() == "F5"


def test_view_menu_switches_tabs_and_the_tab_loads(window):  # type: ignore[no-untyped-def]
    for i, (act, tab) in enumerate(
        zip(
            window.tab_actions,
            (window.contests_tab, window.registrations_tab, window.judging_tab, window.contacts_tab),
            strict=True,
        )
    ):
        assert act.shortcut().toString() == f"Ctrl+{i + 1}"
        act.trigger()
        assert window.tabs.currentWidget() is tab
        assert not tab.stale and tab.model.rowCount() > 0


def test_find_focuses_the_search_of_the_shown_tab(window, qtbot):  # type: ignore[no-untyped-def]
    tab = click_tab(qtbot, window, 2)  # 评判: search by trade code (QTest types ASCII only)
    qtbot.keyClicks(tab.search, "old")
    window.act_find.trigger()  # 编辑 → 查找 (Ctrl+F)
    assert QApplication.focusWidget() is tab.search
    assert tab.search.selectedText() == "old"  # typing replaces the old search
    qtbot.keyClicks(QApplication.focusWidget(), "S-CNC")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert tab.search.text() == "S-CNC"
    assert [row[1] for row in tab.model.rows] == ["S-CNC"]


def test_about_opens_from_the_help_menu_and_closes_with_its_button(window, qtbot):  # type: ignore[no-untyped-def]
    window.act_about.trigger()  # 帮助 → 关于
    about = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "AboutDialog" and w.isVisible())
    assert isinstance(about, QDialog)
    assert __version__ in about.findChild(QLabel, "versionLabel").text()
    assert window.db.target.display() in about.findChild(QLabel, "databaseLabel").text()
    close = about.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not about.isVisible()


def test_quit_closes_the_window_and_remembers_the_tab(window, qtbot):  # type: ignore[no-untyped-def]
    click_tab(qtbot, window, 2)
    window.act_quit.trigger()  # 文件 → 退出
    assert not window.isVisible()
    assert app_settings().value("mainWindow/tab", type=int) == 2


def test_copy_phone_copies_the_selected_contacts_phones(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    contacts = click_tab(qtbot, window, 3)
    with demo_db.read() as s:
        wang = s.scalar(select(Contact.id).where(Contact.name == "王亚梅"))
        numbers = set(s.scalars(select(ContactPhone.number).where(ContactPhone.contact_id == wang)))
    assert numbers
    row = next(r for r in range(contacts.model.rowCount()) if contacts.model.row_id(r) == wang)
    view = contacts.table
    view.scrollTo(contacts.model.index(row, 0))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(contacts.model.index(row, 0)).center()
    )
    click_tab(qtbot, window, 0)
    QGuiApplication.clipboard().clear()
    window.act_copy_phone.trigger()  # 编辑 → 复制联系人电话
    assert window.tabs.currentWidget() is contacts
    copied = QGuiApplication.clipboard().text()
    assert copied and any(n in copied for n in numbers)


def test_switching_language_retitles_the_window(window, qapp):  # type: ignore[no-untyped-def]
    """The language is chosen at start (--lang); a LanguageChange retitles what is open."""
    install_translations(qapp, "en")
    try:
        QApplication.processEvents()
        assert window.act_refresh.text() == "&Refresh"
        assert window.tabs.tabText(2) == "Judging"
    finally:
        install_translations(qapp, "zh_CN")
        QApplication.processEvents()
    assert window.act_refresh.text() == "刷新(&R)"


def test_trade_rows_come_from_the_database(window, demo_db):  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        names = set(s.scalars(select(Trade.name)))
    assert trade_names(window.contests_tab) == names
