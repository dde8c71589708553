"""A deliberately broken "import" for the harness's own test: it writes its rows in two
transactions, so a kill between them leaves half of them. Run as
``python -m tests.crash.two_commits --db URL``."""

from __future__ import annotations

import sys

from haihe_desk.db.database import open_database
from haihe_desk.db.models import Setting
from haihe_desk.services import audit
from haihe_desk.services.context import SYSTEM


def main(argv: list[str]) -> int:
    db = open_database(argv[argv.index("--db") + 1])
    try:
        for half in ("a", "b"):
            with db.write() as s:
                s.add(Setting(key=f"two_commits.{half}", value=half))
                audit.record(s, SYSTEM, "test.two_commits", entity="setting", entity_id=half)
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
