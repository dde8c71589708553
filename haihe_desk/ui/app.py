"""Start the GUI: QApplication, the embedded CJK font, translators, the database, first run."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from haihe_desk import APP_NAME, ORG_NAME, __version__, i18n
from haihe_desk.errors import UserError
from haihe_desk.paths import CJK_FONT, TRANSLATIONS
from haihe_desk.ui.win_mutex import hold_app_mutex

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported after the window is shown
    from haihe_desk.db.database import Database

UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]

_translators: list[QTranslator] = []


def register_fonts(app: QApplication) -> str | None:
    """Register the shipped CJK font so Chinese renders on machines without one."""
    fid = QFontDatabase.addApplicationFont(str(CJK_FONT))
    family = QFontDatabase.applicationFontFamilies(fid)[0] if fid >= 0 else None
    font = QFont(app.font())
    available = set(QFontDatabase.families())
    families = [f for f in UI_FAMILIES if f in available]
    if family and family not in families:
        families.append(family)
    if families:
        font.setFamilies(families)
        app.setFont(font)
    return family


def install_translations(app: QApplication, lang: str) -> None:
    """Qt's own strings in Chinese for zh_CN; our English catalog for en."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    i18n.set_language(lang)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English,
            QLocale.Country.China if lang == "zh_CN" else QLocale.Country.UnitedStates,
        )
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "zh_CN":
        t = QTranslator(app)
        if t.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(t)
            _translators.append(t)
    else:
        t = QTranslator(app)
        if t.load(f"haihe_desk_{lang}", str(TRANSLATIONS)):
            app.installTranslator(t)
            _translators.append(t)


def make_app(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    register_fonts(app)  # type: ignore[arg-type]
    install_translations(app, lang)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def offer_demo(db: Database, parent=None) -> bool:  # type: ignore[no-untyped-def]
    """On an empty database ask whether to create the demo contest."""
    from haihe_desk.ui.operations import shell

    if not shell.database_is_empty(db):
        return False
    answer = QMessageBox.question(
        parent,
        QApplication.translate("FirstRun", "首次使用"),
        QApplication.translate(
            "FirstRun",
            "数据库中还没有赛事。是否创建演示赛事（2020年“海河工匠杯”技能大赛，"
            "含 8 个工种、通知中的联系人和约 200 条虚构报名）？",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    shell.create_demo(db)
    return True


def _smoke_quit(app: QApplication, window: QMainWindow, report: str) -> None:
    """Close the window once the event loop runs; HAIHE_DESK_SMOKE_QUIT=PATH also writes what loaded."""
    if report != "1":
        tabs = window.centralWidget()
        data = {
            "version": __version__,
            "platform": app.platformName(),
            "title": window.windowTitle(),
            "tabs": [tabs.tabText(i) for i in range(tabs.count())],  # type: ignore[attr-defined]
            "font_families": app.font().families(),
            "translators": [t.filePath() for t in _translators],
        }
        Path(report).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.close()
    app.quit()


def _trace(stage: str) -> None:
    """HAIHE_DESK_TRACE_START=1: print when each start-up stage is reached (benchmarks/bench_startup.py):
    SHOWN (the frame painted), READY (signed in, the window painted with its current tab filled)."""
    if os.environ.get("HAIHE_DESK_TRACE_START"):
        print(f"HAIHE_{stage} {time.time():.6f}", flush=True)


def install_error_handler() -> None:
    """Unexpected errors (bugs, a missing data file) are written to the log folder with their
    traceback and shown as one sentence, instead of vanishing or killing the program silently."""
    import logging
    import traceback

    from haihe_desk import logs

    log_path = logs.setup()  # rotating, user-only, secrets redacted
    logger = logging.getLogger(logs.LOGGER)

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if isinstance(exc, UserError):
            text = exc.message
        else:
            text = QApplication.translate(
                "FirstRun", "程序出现意外错误（{err}）。当前操作未完成，已保存的数据不受影响。详细信息已记入日志：{log}"
            ).format(err=exc_type.__name__, log=log_path)
        QMessageBox.critical(QApplication.activeWindow(), QApplication.translate("FirstRun", "程序错误"), text)

    sys.excepthook = hook


def run_gui(db: str | None = None, lang: str = "zh_CN", user: str | None = None) -> int:
    """Show the main window at once, then open the database in the first turn of the event loop
    and fill the tabs; an unreadable database is reported in a message box."""
    app = make_app(lang)
    install_error_handler()
    hold_app_mutex()
    from haihe_desk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()  # paint the frame before the database layer is loaded
    _trace("SHOWN")
    smoke = os.environ.get("HAIHE_DESK_SMOKE_QUIT")  # installer/smoke-test: start, show, quit
    opened: list[Database] = []
    result = {"code": 0}

    def open_and_attach() -> None:
        from haihe_desk.db.database import open_database

        try:
            database = open_database(db)
        except UserError as err:
            QMessageBox.critical(window, QApplication.translate("FirstRun", "无法打开数据库"), err.message)
            result["code"] = err.exit_code
            window.close()
            app.quit()
            return
        opened.append(database)
        if not smoke:
            from haihe_desk.services import context
            from haihe_desk.ui.dialogs.users_dialogs import sign_in_at_start

            actor = sign_in_at_start(database, window, user)
            if actor is None:  # cancelled: nothing opens without a signed-in user
                window.close()
                app.quit()
                return
            context.sign_in(actor)
            offer_demo(database, window)
        window.attach(database)
        if not smoke:
            window.backups.start()  # an automatic backup now (off the GUI thread), then hourly
        app.processEvents()  # the window painted with the current tab filled (tabs load when shown)
        _trace("READY")
        if smoke:
            QTimer.singleShot(0, lambda: _smoke_quit(app, window, smoke))
        elif os.environ.get("HAIHE_DESK_QUIT_WHEN_READY"):  # benchmarks/bench_startup.py: the real start
            QTimer.singleShot(0, lambda: (window.close(), app.quit()))

    QTimer.singleShot(0, open_and_attach)
    code = app.exec()
    for database in opened:
        database.dispose()
    return result["code"] or code
