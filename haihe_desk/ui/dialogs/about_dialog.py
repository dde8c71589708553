"""帮助 → 关于 (forms/about_dialog.ui): version, database, fonts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from haihe_desk import __version__
from haihe_desk.ui.dialogs.base import FormDialog


class AboutDialog(FormDialog):
    FORM = "about_dialog"

    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.w(QLabel, "versionLabel").setText(self.tr("版本 {v}").format(v=__version__))
        self.w(QLabel, "databaseLabel").setText(self.tr("数据库：{db}").format(db=database))
