"""Kill a real import process with SIGKILL in the middle of its transaction: nothing is left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from haihe_desk.db.models import AuditEntry, Person, Registration, RegistrationEvent
from haihe_desk.services import audit
from haihe_desk.services.registration_import import PAUSE_ENV
from tests.registrations.helpers import WORKER_HEADERS, open_registration, worker_row, write_xlsx

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(signal, "SIGKILL"), reason="needs POSIX fifos and SIGKILL")
def test_sigkill_mid_import_leaves_the_database_as_before(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        open_registration(s)

    def snapshot() -> tuple[int, ...]:
        with demo_db.read() as s:
            return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                         for m in (Registration, Person, RegistrationEvent, AuditEntry))

    before = snapshot()
    path = write_xlsx(tmp_path / "big.xlsx", WORKER_HEADERS, [worker_row(i) for i in range(1, 301)])
    fifo = tmp_path / "pause.fifo"
    os.mkfifo(fifo)
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{PAUSE_ENV: str(fifo)})
    proc = subprocess.Popen(
        [sys.executable, "-m", "haihe_desk", "--db", demo_db.target.url, "registrations", "import", str(path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        with open(fifo, encoding="utf-8") as fh:  # blocks until the import reaches its pause point
            assert fh.readline() == "paused\n"
        # The child has inserted the people inside its open transaction and now waits on the fifo.
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    assert snapshot() == before
    with demo_db.read() as s:
        assert audit.verify(s).intact
    # and the same file imports cleanly afterwards (no stale lock, no half rows)
    demo_db.engine.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "haihe_desk", "--db", demo_db.target.url, "registrations", "import", str(path)],
        env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert snapshot()[0] == before[0] + 300
