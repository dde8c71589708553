"""Rules for the organisation tree and its union codes (工会代码). Pure Python: no Qt, no Session."""

from __future__ import annotations

import re
from collections.abc import Mapping

from haihe_desk.i18n import translate

UNION_CODE_RE = re.compile(r"^\d{6}(?:\d{3}){0,4}$")
CODE_ROOT_LEN = 6
CODE_STEP = 3
CODE_MAX_LEN = 18


def normalize_union_code(value: object) -> str:
    """The code as text: spaces removed; an Excel number such as 120101001.0 becomes "120101001".

    Only a whole number is turned back into digits; anything else is returned as written so that
    ``union_code_problem`` can say what is wrong with it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    text = str(value).strip().replace(" ", "").replace("\u3000", "")
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".", 1)[0]
    return text


def union_code_problem(code: str) -> str | None:
    """Why ``code`` is not a valid union code, or None when it is.

    The rule (the office's numbering, as the district unions hand it out):
    - digits only;
    - a top-level union (区总工会, 局工会, 集团公司工会) has 6 digits, normally its
      administrative-region code (和平区 120101);
    - every level below adds 3 digits to its parent's code: a grassroots union under 120101 is
      120101001, a branch under that 120101001001; at most four levels below the top, i.e. 6, 9,
      12, 15 or 18 digits.
    Whether a child's code really starts with its parent's code is checked separately
    (``code_fits_parent``) because some bureaus number their units independently."""
    if not code:
        return None
    if not code.isdigit():
        return translate("Orgs", "工会代码只能由数字组成")
    if not UNION_CODE_RE.match(code):
        return translate("Orgs", "工会代码应为 6 位（区、局、集团公司工会），下级每级再加 3 位（9、12、15 或 18 位）")
    return None


def code_parent_prefix(code: str) -> str | None:
    """The code the parent union would have under the numbering rule ("120101001" -> "120101")."""
    if len(code) > CODE_ROOT_LEN and UNION_CODE_RE.match(code):
        return code[:-CODE_STEP]
    return None


def code_fits_parent(code: str, parent_code: str | None) -> bool:
    """True when the child's code extends its parent's code by one level (or either is missing)."""
    if not code or not parent_code:
        return True
    return code_parent_prefix(code) == parent_code


def would_cycle(node_id: int, new_parent_id: int | None, parent_of: Mapping[int, int | None]) -> bool:
    """True when putting ``node_id`` under ``new_parent_id`` makes a loop: the new parent is the node
    itself or one of its descendants. ``parent_of`` maps every unit id to its parent id."""
    seen: set[int] = set()
    current = new_parent_id
    while current is not None:
        if current == node_id:
            return True
        if current in seen:  # an existing loop in the data: refuse rather than spin
            return True
        seen.add(current)
        current = parent_of.get(current)
    return False


def descendants(root_id: int, parent_of: Mapping[int, int | None]) -> set[int]:
    """Ids below ``root_id`` (not including it), from a child -> parent mapping."""
    children: dict[int | None, list[int]] = {}
    for child, parent in parent_of.items():
        children.setdefault(parent, []).append(child)
    out: set[int] = set()
    stack = [root_id]
    while stack:
        for c in children.get(stack.pop(), []):
            if c not in out and c != root_id:
                out.add(c)
                stack.append(c)
    return out

