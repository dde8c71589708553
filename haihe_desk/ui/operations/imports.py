"""Opening an import: the one dialog for every importer (see ``services/imports``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.services.imports import Importer
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.operations.base import current_contest


def open_import(
    parent: QWidget, db: Database, make: Callable[..., Importer], path: str | Path | None = None
) -> ImportDialog:
    """Show the import dialog (window-modal) for ``make(**options)``'s importer, checking ``path``
    at once when given. The caller may connect ``dialog.imported`` for a status line."""
    dialog = ImportDialog(db, make, parent, path)
    dialog.open()
    return dialog


def open_registration_import(parent: QWidget, db: Database, path: str | Path | None = None) -> ImportDialog:
    from haihe_desk.services.imports.registrations import RegistrationImporter

    contest_id = current_contest(db)
    return open_import(parent, db, lambda **options: RegistrationImporter(contest_id, **options), path)


def write_registration_template(db: Database, path: str | Path, *, students: bool) -> None:
    from haihe_desk.services import settings
    from haihe_desk.services.imports.registrations import write_registration_template as write

    with db.read() as s:
        write(s, path, settings.current_contest_id(s), students=students)
