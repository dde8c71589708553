"""Write a new Alembic revision by comparing the models with a database at head.

python scripts/make_migration.py "add something"
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from haihe_desk.db.engine import DbTarget, make_engine
from haihe_desk.db.migrate import alembic_config, head_revision, upgrade

message = sys.argv[1] if len(sys.argv) > 1 else "change"
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "m.sqlite3"
    target = DbTarget(f"sqlite:///{path}", path)
    engine = make_engine(target)
    if head_revision() is not None:  # regen_initial_migration.sh starts from no revision at all
        upgrade(engine, target)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)
