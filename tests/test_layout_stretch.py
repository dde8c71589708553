"""Layouts survive longer strings (in the spirit of Vorta's TRANS_SCALE).

Every string that goes through Qt's translators is replaced by a stretched one (the Chinese source
repeated ``SCALE`` times — longer than the English translation of nearly every string), and the main
window (each tab) plus every dialog form is shown. Then, for every visible label, button and check
box:
- its width/height is at least its minimumSizeHint (a label without word wrap needs its whole text),
- a word-wrapped label is tall enough for its text at its actual width (heightForWidth),
and every window's minimum size still fits an office laptop screen, so the layout never has to
squeeze a widget below its hint. The same check runs with the real English catalog.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from haihe_desk.paths import FORMS
from haihe_desk.ui.app import install_translations, register_fonts
from haihe_desk.ui.forms import load_form
from haihe_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SCALE = 2
# 1366×768 is the smallest screen on the office PCs; leave room for the taskbar and title bar.
SCREEN_W, SCREEN_H = 1366, 768 - 40 - 30


class StretchTranslator(QTranslator):
    """Return every source string SCALE times as long (placeholders and accelerators survive)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
        return source * SCALE if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def texts(top: QWidget) -> list[QLabel | QAbstractButton]:
    """The visible labels, buttons and check boxes of ``top`` that show text."""
    return [
        w for w in top.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible() and w.text()
    ]


def clipped(top: QWidget) -> list[str]:
    """Every visible label/button/check box of ``top`` that is smaller than its text needs."""
    problems = []
    for w in texts(top):
        size, need = w.size(), w.minimumSizeHint()
        where = f"{type(w).__name__} {w.objectName() or '?'} {w.text()[:40]!r}"
        if isinstance(w, QLabel) and w.wordWrap():
            hfw = w.heightForWidth(size.width())
            if hfw > size.height():
                problems.append(f"{where}: {size.height()} px high, its wrapped text needs {hfw}")
        elif size.width() < need.width() or size.height() < need.height():
            problems.append(f"{where}: {size.width()}×{size.height()}, needs {need.width()}×{need.height()}")
    return problems


def too_big(top: QWidget) -> list[str]:
    m = top.minimumSizeHint()
    if m.width() > SCREEN_W or m.height() > SCREEN_H:
        return [f"{top.objectName()}: minimum size {m.width()}×{m.height()} exceeds {SCREEN_W}×{SCREEN_H}"]
    return []


@pytest.fixture(params=["stretched", "en"])
def language(request, qapp: QApplication) -> Iterator[str]:
    register_fonts(qapp)
    if request.param == "en":
        install_translations(qapp, "en")
        yield "en"
    else:
        install_translations(qapp, "zh_CN")
        stretch = StretchTranslator(qapp)
        qapp.installTranslator(stretch)
        yield "stretched"
        qapp.removeTranslator(stretch)
    install_translations(qapp, "zh_CN")


def test_main_window_tabs_have_no_clipped_text(language, qtbot, demo_db):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    if language == "stretched":
        assert window.tabs.tabText(0) == "赛事" * SCALE  # the stretch really is in force
    else:
        assert window.tabs.tabText(0) != "赛事"
    problems = too_big(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert len(texts(window.tabs.currentWidget())) >= 2, f"tab {i} shows no text to check"
        problems += [f"tab {window.tabs.tabText(i)}: {p}" for p in clipped(window)]
    about = window.show_about()
    qtbot.addWidget(about)
    qtbot.waitExposed(about)
    problems += [f"About: {p}" for p in clipped(about) + too_big(about)]
    assert not problems, "\n".join(problems)


# Every dialog form (some are a QWidget body that a Python dialog class wraps).
DIALOG_FORMS = sorted(p.stem for p in FORMS.glob("*_dialog.ui"))


@pytest.mark.parametrize("form", DIALOG_FORMS)
def test_dialog_form_has_no_clipped_text(language, form, qtbot):
    dlg = load_form(form)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert texts(dlg), f"{form} shows no text to check"
    problems = clipped(dlg) + too_big(dlg)
    assert not problems, "\n".join(problems)


def test_dialog_forms_are_found():
    assert "about_dialog" in DIALOG_FORMS and len(DIALOG_FORMS) >= 2


def test_the_check_finds_a_clipped_label_and_button(qtbot):
    """The checker itself: a fixed-width label and button are reported, a roomy one is not."""
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    tight = QLabel("海河工匠杯 大赛办公室桌面系统" * 2)
    tight.setObjectName("tight")
    tight.setFixedWidth(40)
    button = QPushButton("打印通讯录…" * 3)
    button.setObjectName("tightButton")
    button.setFixedWidth(30)
    roomy = QCheckBox("显示已停用")
    roomy.setObjectName("roomy")
    wrapped = QLabel("很长的说明文字" * 20)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    for w in (tight, button, roomy, wrapped):
        row.addWidget(w)
    box.show()
    qtbot.waitExposed(box)
    found = "\n".join(clipped(box))
    assert "tight " in found and "tightButton" in found and "wrapped" in found
    assert "roomy" not in found
