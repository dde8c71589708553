"""Screenshots of the real window for the README and the user guide.

Run under Xvfb with Qt's xcb platform (a real X window, grabbed from the screen):

    xvfb-run -a -s "-screen 0 1366x860x24" ./dev shell python scripts/screenshots.py [OUT_DIR] [--lang en]

Each tab of the main window over a fresh demo database, and the import dialog over a 报名表 with two
bad rows, are saved as docs/screenshots/<name>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--lang", default="zh_CN")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="haihe-shots-")
    os.environ["HAIHE_DESK_HOME"] = home  # fresh settings and database, never the user's

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from haihe_desk.db.database import open_database
    from haihe_desk.services import demo
    from haihe_desk.services.context import SYSTEM
    from haihe_desk.ui.app import make_app
    from haihe_desk.ui.main_window import MainWindow

    app = make_app(args.lang)
    db = open_database(str(Path(home) / "demo.sqlite3"))
    with db.write() as s:
        demo.build_demo(s, SYSTEM)
    window = MainWindow(db)
    window.resize(1366, 860)
    window.move(0, 0)
    window.show()
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"
    shots = ["contests", "registrations", "judging", "contacts"]
    saved: list[Path] = []

    def grab(i: int = 0) -> None:
        if i >= len(shots):
            app.quit()
            return
        window.tabs.setCurrentIndex(i)
        window.raise_()
        window.activateWindow()

        def take() -> None:
            screen = QGuiApplication.primaryScreen()
            pix = screen.grabWindow(0, 0, 0, window.frameGeometry().width(), window.frameGeometry().height())
            path = out / f"{shots[i]}{suffix}.png"
            pix.save(str(path))
            saved.append(path)
            grab(i + 1)

        QTimer.singleShot(400, take)  # let the X server paint the tab before grabbing the screen

    def import_shot() -> None:
        """The one import dialog over a 报名表 with a good row and two bad ones."""
        from openpyxl import Workbook

        from haihe_desk.domain import idcard
        from haihe_desk.ui.operations import imports

        wb = Workbook()
        ws = wb.active
        ws.append(["姓名", "身份证号", "手机", "工作单位", "工会代码", "工种", "技能等级"])
        born = date(1990, 3, 7)
        unit, trade, grade = "示例机械有限公司", "数控车工", "高级工"
        ws.append(["张三", idcard.make("120101", born, 11, True), "13900000001", unit, "120101001", trade, grade])
        ws.append(["李四", idcard.make("120101", born, 12, True), "123", unit, "120101001", trade, grade])
        ws.append(["王五", idcard.make("120101", born, 13, True), "13900000003", unit, "999999", trade, grade])
        path = Path(home) / "报名表.xlsx"
        wb.save(path)
        window.tabs.setCurrentIndex(1)
        dlg = imports.open_registration_import(window, db, path)
        dlg.resize(1000, 620)

        def take() -> None:
            if dlg.plan is None and not dlg.error:
                QTimer.singleShot(200, take)
                return
            screen = QGuiApplication.primaryScreen()
            g = dlg.frameGeometry()
            pix = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
            target = out / f"import{suffix}.png"
            pix.save(str(target))
            saved.append(target)
            dlg.reject()
            app.quit()

        QTimer.singleShot(800, take)

    QTimer.singleShot(500, grab)
    app.exec()
    app2_needed = len(saved) == len(shots)
    if app2_needed:
        QTimer.singleShot(100, import_shot)
        app.exec()
    db.dispose()
    for p in saved:
        print(p)
    return 0 if len(saved) == len(shots) + 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
