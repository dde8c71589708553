"""Signing in is process-wide state (services.context.sign_in) and the CLI reads who it is from the
environment: both are reset around every backup/restore test so no test leaks a user into the next.
The user data folder (where backups of a server database go) is the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from haihe_desk.services import context


@pytest.fixture(autouse=True)
def _nobody_signed_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in ("HAIHE_DESK_USER", "HAIHE_DESK_PASSWORD", "HAIHE_DESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    # backups of a server database go to the user data folder: keep them (and logs) under tmp_path
    monkeypatch.setenv("HAIHE_DESK_HOME", str(tmp_path / "home"))
    context.sign_in(None)
    yield
    context.sign_in(None)
