"""Organisations (单位与工会代码): the tree of unions, employers, schools and host units.

One job per module:

- ``tree``: reading — look-ups, the tree as plain nodes, subtrees in SQL, a union reviewer's scope;
- ``codes``: union codes against the database — uniqueness, the strict-format setting (off by
  default), the parent-prefix warning (the format rules are pure, in ``domain.orgs``);
- ``edits``: create, change, move, retire, restore, delete (audited, conflict-checked);
- ``merge``: a duplicate unit merged into the one that stays;
- ``sheet``: the union-code list's columns, template and export (workbooks are written in ``io``);
- ``importer``: the union-code list's import, an ``Importer`` run by ``services/imports``.

The names below are the package's API; callers write ``organisations.get(...)`` and need not know
which module holds it.
"""

from haihe_desk.services.organisations.codes import check_code, parent_warning, set_strict_codes, strict_codes
from haihe_desk.services.organisations.edits import (
    EDITABLE,
    conflict_values,
    create,
    delete,
    length_problems,
    move,
    restore,
    retire,
    snapshot,
    update,
)
from haihe_desk.services.organisations.importer import (
    OrganisationsImporter,
    apply_import,
    kind_for,
    plan_import,
    warning_lines,
)
from haihe_desk.services.organisations.merge import MergeResult, merge
from haihe_desk.services.organisations.sheet import (
    KIND_CHOICES,
    export_file,
    export_rows,
    sheet_fields,
    template_instructions,
    write_template_file,
)
from haihe_desk.services.organisations.tree import (
    OrgNode,
    OrgSummary,
    by_code,
    choices,
    find_by_name,
    get,
    in_subtree,
    parent_map,
    registration_counts,
    require_in_scope,
    resolve,
    scope_condition,
    subtree_ids,
    summary,
    tree,
)

__all__ = [
    "EDITABLE",
    "KIND_CHOICES",
    "MergeResult",
    "OrgNode",
    "OrganisationsImporter",
    "OrgSummary",
    "apply_import",
    "by_code",
    "check_code",
    "choices",
    "conflict_values",
    "create",
    "delete",
    "export_file",
    "export_rows",
    "find_by_name",
    "get",
    "in_subtree",
    "kind_for",
    "length_problems",
    "merge",
    "move",
    "parent_map",
    "parent_warning",
    "plan_import",
    "registration_counts",
    "require_in_scope",
    "resolve",
    "restore",
    "retire",
    "scope_condition",
    "set_strict_codes",
    "sheet_fields",
    "snapshot",
    "strict_codes",
    "subtree_ids",
    "summary",
    "template_instructions",
    "tree",
    "update",
    "warning_lines",
    "write_template_file",
]
