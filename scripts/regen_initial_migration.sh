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
echo "regenerated haihe_desk/db/migrations/versions/0001_initial_schema.py"
