"""Views hold no SQL and open no transaction (docs/architecture.md, "Rules of the house").

Every module under haihe_desk/ui/ outside ui/operations/ is read as source (ast) and fails when it
- imports SQLAlchemy (``import sqlalchemy``, ``from sqlalchemy... import``), or
- calls ``.read()`` or ``.write()`` on a Database (a receiver named ``db``, ``database``,
  ``self.db``, ``self._db()``, ...): a Session is opened only by a named operation in
  ``ui/operations/<area>.py``.

ALLOWLIST is empty and stays so: a view that needs data calls an operation (ui/operations).
"""

from __future__ import annotations

import ast
import fnmatch
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "haihe_desk" / "ui"

ALLOWLIST: list[str] = []

DB_NAME = re.compile(r"(^|_)(db|database)$")


def _receiver_name(node: ast.expr) -> str:
    """The last name of a call's receiver: ``self.db`` → db, ``self._db()`` → _db, ``db`` → db."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def problems(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}" for a in node.names if a.name.split(".")[0] == "sqlalchemy"
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            found.append(f"line {node.lineno}: from {node.module} import …")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("read", "write")
            and DB_NAME.search(_receiver_name(node.func.value))
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node.func)}() opens a Session")
    return found


def ui_modules() -> list[str]:
    return sorted(p.relative_to(UI).as_posix() for p in UI.rglob("*.py") if p.relative_to(UI).parts[0] != "operations")


def allowed(module: str) -> bool:
    return any(fnmatch.fnmatch(module, pattern) for pattern in ALLOWLIST)


def test_views_open_no_session_and_import_no_sqlalchemy() -> None:
    bad = {}
    for module in ui_modules():
        if allowed(module):
            continue
        found = problems((UI / module).read_text(encoding="utf-8"))
        if found:
            bad[module] = found
    assert not bad, "SQL or a Session in a view; move it to a function in ui/operations/<area>.py:\n" + "\n".join(
        f"ui/{m}: " + "; ".join(p) for m, p in bad.items()
    )


def test_the_shell_modules_are_checked() -> None:
    modules = ui_modules()
    for module in ("main_window.py", "app.py", "list_tab.py", "table_model.py", "tabs/judging.py"):
        assert module in modules and not allowed(module), module
    assert not any(m.startswith("operations/") for m in modules)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("import sqlalchemy", 1),
        ("from sqlalchemy import select", 1),
        ("from sqlalchemy.orm import Session", 1),
        ("with self.db.read() as s:\n    pass", 1),
        ("with db.write() as s:\n    pass", 1),
        ("with self._db().read() as s:\n    pass", 1),
        ("with database.read() as s:\n    pass", 1),
        ("self.db.target.display()", 0),
        ("f.read()", 0),
        ("path.write_text('x')", 0),
        ("from haihe_desk.ui.operations import listing", 0),
    ],
)
def test_the_check_finds_sql_and_sessions(source: str, expected: int) -> None:
    assert len(problems(source)) == expected
