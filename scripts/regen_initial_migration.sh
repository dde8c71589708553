#!/usr/bin/env bash
# Before the first release the schema lives in one migration, 0001, regenerated from the models.
# After the first release, add new revisions with scripts/make_migration.py instead.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
rm -f haihe_desk/db/migrations/versions/0001_initial_schema.py
out=$(PYTHONPATH=. "$PY" scripts/make_migration.py "initial schema" 2>&1 | grep -o 'versions/[0-9a-f]*_initial_schema.py')
f="haihe_desk/db/migrations/versions/$(basename "$out")"
rev=$(basename "$f" | cut -d_ -f1)
sed -i "s/'$rev'/'0001'/; s/Revision ID: $rev/Revision ID: 0001/" "$f"
mv "$f" haihe_desk/db/migrations/versions/0001_initial_schema.py
# Seed rows every database has from its creation on (autogenerate knows only the schema): the audit
# chain's head, so two PCs' first writes on a fresh server lock one row instead of racing to insert it.
"$PY" - <<'PYEOF'
from pathlib import Path

p = Path("haihe_desk/db/migrations/versions/0001_initial_schema.py")
s = p.read_text(encoding="utf-8")
marker = "    # ### end Alembic commands ###"
seed = """    # Seed rows (scripts/regen_initial_migration.sh adds them): the audit chain's head exists from the
    # start, so the first writes of two PCs both lock this row instead of racing to insert it.
    op.bulk_insert(sa.table('audit_head', sa.column('id', sa.Integer()), sa.column('seq', sa.Integer()),
                            sa.column('hash', sa.String())), [{'id': 1, 'seq': 0, 'hash': '0' * 64}])
"""
i = s.index(marker)  # the first one ends upgrade()
p.write_text(s[:i] + seed + s[i:], encoding="utf-8")
PYEOF
echo "regenerated haihe_desk/db/migrations/versions/0001_initial_schema.py"
