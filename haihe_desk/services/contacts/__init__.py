"""Contacts (通讯录), one job per module:

- ``listing``: the tab's list (columns, filters, search by name, pinyin, phone digits, unit subtree);
- ``records``: contacts as plain records for files and the CLI, trade choices, the sheet heading;
- ``edits``: create, change (several phones per person), delete — audited, conflict-checked;
- ``sheet``: the contact list's columns, template and export (workbooks are written in ``io``);
- ``importer``: the contact list's import, an ``Importer`` run by ``services/imports``.

Phone numbers follow ``domain.phones`` (the one definition of a mobile, shared with registrations).
"""

from haihe_desk.services.contacts.edits import (
    EMAIL_RE,
    PHONE_KINDS,
    ContactInput,
    check_input,
    conflict_values,
    create,
    delete,
    email_problem,
    get_existing,
    input_for,
    length_problems,
    organisation_id_for,
    snapshot,
    update,
)
from haihe_desk.services.contacts.importer import ContactsImporter, plan_import
from haihe_desk.services.contacts.listing import COLUMNS, SOURCE, apply_filters
from haihe_desk.services.contacts.records import (
    ContactRecord,
    record,
    records,
    sheet_heading,
    to_record,
    trade_choices,
)
from haihe_desk.services.contacts.sheet import (
    export_file,
    export_rows,
    sheet_fields,
    template_instructions,
    write_template_file,
)

__all__ = [
    "COLUMNS",
    "ContactsImporter",
    "EMAIL_RE",
    "PHONE_KINDS",
    "SOURCE",
    "ContactInput",
    "ContactRecord",
    "apply_filters",
    "check_input",
    "conflict_values",
    "create",
    "delete",
    "email_problem",
    "export_file",
    "export_rows",
    "get_existing",
    "input_for",
    "length_problems",
    "organisation_id_for",
    "plan_import",
    "record",
    "records",
    "sheet_fields",
    "sheet_heading",
    "snapshot",
    "template_instructions",
    "to_record",
    "trade_choices",
    "update",
    "write_template_file",
]
