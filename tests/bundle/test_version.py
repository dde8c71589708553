"""The About dialog and ``haihe-desk --version`` show the same version, the package's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from haihe_desk import __version__
from haihe_desk.ui.main_window import MainWindow


@pytest.mark.gui
def test_about_and_cli_show_the_same_version(run_cli, qtbot, db):
    code, out, _ = run_cli("--version")
    assert code == 0
    assert out.strip() == f"haihe-desk {__version__}"
    window = MainWindow(db)
    qtbot.addWidget(window)
    about = window.show_about()
    qtbot.addWidget(about)
    label = about.findChild(QLabel, "versionLabel").text()
    assert label == f"版本 {__version__}"
    assert out.strip().split()[-1] == label.split()[-1]
