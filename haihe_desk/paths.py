"""Where the program finds its shipped files and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from haihe_desk import APP_NAME


def _root() -> Path:
    """Folder holding resources/ and forms/: the bundle folder or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
RESOURCES = ROOT / "resources"
FORMS = ROOT / "forms"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
CJK_FONT = FONTS / "wqy-microhei.ttf"


def data_dir() -> Path:
    """The user's data folder (never under Program Files)."""
    override = os.environ.get("HAIHE_DESK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new data folder is private to the user
    return path


def log_dir() -> Path:
    override = os.environ.get("HAIHE_DESK_HOME")
    path = Path(override) / "logs" if override else Path(user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "haihe_desk.sqlite3"
