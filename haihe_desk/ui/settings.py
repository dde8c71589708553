"""Per-PC preferences (window state, language) in an INI file in the user's data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from haihe_desk.paths import data_dir


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "haihe_desk.ini"), QSettings.Format.IniFormat)
