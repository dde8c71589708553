"""Fixtures of the 报名 tests: the tab shown on the demo database with its registration open, signed
in as the office (or as the test signs in); nobody stays signed in after a test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from haihe_desk.services import context
from haihe_desk.services.context import Actor
from tests.registrations.helpers import open_registration

OFFICE = Actor("office1", "office", display_name="办公室小李")


@pytest.fixture
def signed_in() -> Iterator[Actor]:
    """The office user signed in for the test (the tab reads who is acting from the context)."""
    context.sign_in(OFFICE)
    yield OFFICE
    context.sign_in(None)


def make_tab(qtbot: Any, db: Any) -> Any:
    from haihe_desk.ui.tabs.registrations import RegistrationsTab

    tab = RegistrationsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def reg_tab(qtbot, demo_db, signed_in):  # type: ignore[no-untyped-def]
    """The 报名 tab, shown, on the demo database with registration open until 2099."""
    with demo_db.write() as s:
        open_registration(s)
    return make_tab(qtbot, demo_db)
