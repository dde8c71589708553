"""Rules for the organisation tree and its union codes (工会代码). Pure Python: no Qt, no Session."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from haihe_desk.i18n import translate

# Union codes come from the district, bureau and group unions ("以附件提供为准"): their format is
# theirs. Any code of digits and letters is accepted; the office's old numbering (6 digits, then 3
# per level) is a setting that is off by default (``strict``).
CODE_MIN_LEN = 4
CODE_MAX_LEN = 32
CODE_RE = re.compile(r"^[0-9A-Za-z]{4,32}$")
STRICT_CODE_RE = re.compile(r"^\d{6}(?:\d{3}){0,4}$")
CODE_ROOT_LEN = 6
CODE_STEP = 3
STRICT_SETTING = "union_code_strict"  # the ``setting`` row: "1" turns the strict format on


def normalize_union_code(value: object) -> str:
    """The code as text: full-width digits and letters made ASCII, spaces removed; an Excel number
    such as 120101001.0 becomes "120101001".

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
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".", 1)[0]
    return text


def union_code_problem(code: str, *, strict: bool = False) -> str | None:
    """Why ``code`` is not a valid union code, or None when it is.

    Always: digits and Latin letters only, 4 to 32 characters (uniqueness is the service's check).
    With ``strict`` (the setting, off by default) also the office's own numbering: a top-level union
    (区总工会, 局工会, 集团公司工会) has 6 digits, every level below adds 3 (9, 12, 15 or 18 digits).
    Whether a child's code starts with its parent's is only a warning (``parent_code_warning``)."""
    if not code:
        return None
    if not (code.isascii() and code.isalnum()):
        return translate("Orgs", "工会代码只能由数字和字母组成")
    if not CODE_RE.match(code):
        return translate("Orgs", "工会代码应为 {lo}–{hi} 位数字或字母").format(lo=CODE_MIN_LEN, hi=CODE_MAX_LEN)
    if strict and not STRICT_CODE_RE.match(code):
        return translate(
            "Orgs",
            "按本系统的严格格式，工会代码应为 6 位（区、局、集团公司工会），下级每级再加 3 位（9、12、15 或 18 位）",
        )
    return None


def code_parent_prefix(code: str) -> str | None:
    """The code the parent union would have under the office's numbering ("120101001" -> "120101");
    None for a top-level code or a code that does not follow the numbering. Used only to guess a
    parent the file left empty."""
    if len(code) > CODE_ROOT_LEN and STRICT_CODE_RE.match(code):
        return code[:-CODE_STEP]
    return None


def code_fits_parent(code: str | None, parent_code: str | None) -> bool:
    """True when the child's code starts with (and is longer than) its parent's, or either is missing."""
    if not code or not parent_code:
        return True
    return code != parent_code and code.startswith(parent_code)


def parent_code_warning(code: str | None, parent_name: str, parent_code: str | None) -> str | None:
    """A warning, never a refusal, when a unit's code does not start with its parent's code: the
    unions number their units themselves, but a mismatch is often a typing error."""
    if code_fits_parent(code, parent_code):
        return None
    return translate("Orgs", "工会代码“{code}”不以上级单位“{parent}”的代码“{pcode}”开头；请核对（不影响保存）").format(
        code=code, parent=parent_name, pcode=parent_code
    )


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
