"""Trades (工种/竞赛项目) under a contest, one job per module:

- ``validation``: the checks that need the database (code unique, host unit exists, contest open);
  the pure checks are ``domain.trade_rules``;
- ``edits``: create, change (guarded, with a reason where needed) and delete a trade and its sessions;
- ``reading``: a trade's settings for forms and JSON, the trades of a contest, one by code;
- ``counts``: live counts (registrations by status, check-ins, scores, locks) and a trade's state;
- ``host_units``: the host units (承办单位) a trade names;
- ``importer``: the trade-list xlsx (columns, template, ``TradesImporter`` for the import runner).

Callers use ``from haihe_desk.services import trades`` and ``trades.X``; the names below are the
package's API.
"""

from haihe_desk.domain.trade_rules import (
    FIELDS,
    LOCK_KINDS,
    SESSION_KINDS,
    TRADE_STATUS,
    SessionSpec,
    check_sessions,
    check_values,
    defaults,
)
from haihe_desk.services.trades.counts import counts, counts_subqueries, locks_text, trade_state
from haihe_desk.services.trades.edits import (
    UpdateCheck,
    conflict_values,
    create_trade,
    delete_trade,
    get_trade,
    preview_update,
    update_trade,
)
from haihe_desk.services.trades.host_units import ensure_host_unit, find_host_unit, host_unit_choices
from haihe_desk.services.trades.importer import TradesImporter, import_fields, write_template
from haihe_desk.services.trades.reading import (
    effective_deadline,
    find_trade,
    list_trades,
    session_specs,
    settings_dict,
    trades_json,
    values_of,
)
from haihe_desk.services.trades.validation import check_trade

__all__ = [
    "FIELDS",
    "LOCK_KINDS",
    "SESSION_KINDS",
    "TRADE_STATUS",
    "SessionSpec",
    "TradesImporter",
    "UpdateCheck",
    "check_sessions",
    "check_trade",
    "check_values",
    "conflict_values",
    "counts",
    "counts_subqueries",
    "create_trade",
    "defaults",
    "delete_trade",
    "effective_deadline",
    "ensure_host_unit",
    "find_host_unit",
    "find_trade",
    "get_trade",
    "host_unit_choices",
    "import_fields",
    "list_trades",
    "locks_text",
    "preview_update",
    "session_specs",
    "settings_dict",
    "trade_state",
    "trades_json",
    "update_trade",
    "values_of",
    "write_template",
]
