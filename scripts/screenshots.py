"""Screenshots of the real window for the README and the user guide.

Run under Xvfb with Qt's xcb platform (a real X window, grabbed from the screen):

    xvfb-run -a -s "-screen 0 1366x860x24" ./dev shell python scripts/screenshots.py [OUT_DIR] [--lang en]

Each tab of the main window over a fresh demo database is saved as docs/screenshots/<name>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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

    QTimer.singleShot(500, grab)
    app.exec()
    db.dispose()
    for p in saved:
        print(p)
    return 0 if len(saved) == len(shots) else 1


if __name__ == "__main__":
    raise SystemExit(main())
