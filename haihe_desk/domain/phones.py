"""Telephone numbers: the one place that says what a number, a mobile and a landline are.

Pure Python (no Qt, no Session). Used by the address book (services/contacts, its import and its
dialog) and by registrations (domain/registration_rules). Two checks, one vocabulary:

- ``is_mobile``: a mainland mobile, 1[3-9] and 9 more digits, once spaces, hyphens, brackets and a
  +86/0086 country prefix are taken away ("+86 139-1234-5678" is a mobile). Nothing else is one.
- ``dialable_problem``: any number a person can dial — digits with the separators people type,
  an optional leading +, and an extension ("转123", "#123", ",123"). The address book takes these
  (hotlines, local office lines without the area code).
- ``contestant_phone_problem``: a registration needs a number the office can reach from anywhere:
  a mobile, or a landline with its area code (022-23456789).
"""

from __future__ import annotations

import re

from haihe_desk.domain.labels import PHONE_KINDS as KINDS  # noqa: F401 - the label tables live in labels
from haihe_desk.i18n import translate

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$")
LOCAL_RE = re.compile(r"^[2-9]\d{6,7}$")
_NON_DIGIT = re.compile(r"\D")
_AREA_IN_BRACKETS = re.compile(r"\((0\d{2,3})\)-?(.*)")
_SEPARATORS = re.compile(r"[-()]")
DIALABLE_RE = re.compile(r"^\+?[0-9(][0-9\- ()]{2,30}([,，转#*][0-9]{1,6})?$")

_WIDE = str.maketrans("（）－—＋０１２３４５６７８９　", "()--+0123456789 ")


def _text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def normalise(raw: object) -> str:
    """The number as it is checked and stored for a registration: full-width characters made
    ASCII, spaces removed, a +86/0086 prefix dropped, "(022)2345…" written "022-2345…", and a
    mobile reduced to its 11 digits."""
    t = _text(raw).translate(_WIDE).replace(" ", "")
    if len(t) == 11 and MOBILE_RE.match(t):  # the common case: a mobile written plainly
        return t
    if t.startswith("+86"):
        t = t[3:]
    elif t.startswith("0086"):
        t = t[4:]
    elif t.startswith("86") and len(_NON_DIGIT.sub("", t)) == 13:
        t = t[2:]
    m = _AREA_IN_BRACKETS.fullmatch(t)
    if m:
        t = f"{m.group(1)}-{m.group(2)}"
    bare = _SEPARATORS.sub("", t)
    if MOBILE_RE.match(bare):
        return bare
    return t


def is_mobile(raw: object) -> bool:
    """A mainland mobile number (see the module docstring); the one definition."""
    return bool(MOBILE_RE.match(normalise(raw)))


def kind_for(number: object) -> str:
    """The address book's kind for a typed number: "mobile" for a mobile, else "office"."""
    return "mobile" if is_mobile(number) else "office"


def split_numbers(text: str) -> list[str]:
    """Numbers written in one cell: separated by 、 ， ; / or new lines."""
    return [p.strip() for p in re.split(r"[、;；/\n\r]+|,\s+|，\s*", text or "") if p.strip()]


def dialable_problem(number: object) -> str | None:
    """Why ``number`` cannot be dialled as written (None when it can). The address book's rule."""
    text = _text(number)
    if not DIALABLE_RE.match(text.translate(_WIDE)):
        return translate("Phones", "电话号码“{n}”格式不对，只能含数字、空格、横线、括号，分机可写成“转123”").format(
            n=text
        )
    return None


def contestant_phone_problem(raw: object) -> str | None:
    """A registration's number: a mobile, or a landline with its area code (022-23456789)."""
    t = normalise(raw)
    if not t:
        return translate("Phones", "请填写手机号或带区号的固定电话。")
    if MOBILE_RE.match(t) or LANDLINE_RE.match(t):
        return None
    if LOCAL_RE.match(t):
        return translate("Phones", "固定电话“{v}”缺少区号；请写成 022-23456789 的形式。").format(v=t)
    return translate("Phones", "电话“{v}”不是有效的手机号（11 位，1 开头）或带区号的固定电话。").format(v=t)
