"""vCard 3.0 (RFC 2426) export of contacts, for phones: UTF-8, CRLF lines, folded at 75 octets
without splitting a Chinese character, text values escaped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from haihe_desk.domain.pinyin import search_key
from haihe_desk.errors import UnreadableInput
from haihe_desk.i18n import translate

MAX_OCTETS = 75


class ContactLike(Protocol):
    """What the address-book files need of a contact: plain data (``services.contacts.ContactRecord``
    is one); io never reads the database itself."""

    name: str
    organisation: str
    trade: str
    phones: Sequence[tuple[str, str]]  # (kind, number); kinds as in domain.phones.KINDS
    email: str
    notes: str

    @property
    def role_label(self) -> str: ...


COMPOUND_SURNAMES = frozenset(
    "欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 皇甫 宗政 濮阳 公冶 "
    "太叔 申屠 公孙 慕容 仲孙 钟离 长孙 宇文 司徒 鲜于 司空 闾丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 "
    "漆雕 乐正 宰父 谷梁 拓跋 夹谷 轩辕 令狐 段干 百里 呼延 东郭 南门 羊舌 微生 左丘 西门 第五 即墨 达奚".split()
)

TEL_TYPES = {"office": "WORK,VOICE", "mobile": "CELL,VOICE", "other": "VOICE"}


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a personal name: a known two-character surname, else the first character.
    A name with Latin letters is split at its last space (Western order). Longer Chinese text
    is not a personal name (e.g. "大赛办公室电子邮箱") and stays whole in the family part."""
    name = name.strip()
    if any(ch.isascii() and ch.isalpha() for ch in name):
        parts = name.rsplit(" ", 1)
        return (parts[1], parts[0]) if len(parts) == 2 else (name, "")
    if len(name) > 4:  # not a personal name (e.g. "大赛办公室电子邮箱"): keep it whole
        return name, ""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> list[str]:
    """Split a content line into physical lines of at most 75 octets (continuations start with a
    space that counts toward the 75), never inside a UTF-8 sequence."""
    out: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += ch
        size += n
    out.append(current)
    return out


def card(c: ContactLike, *, category: str = "") -> str:
    family, given = split_name(c.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(family)};{escape(given)};;;",
        f"FN:{escape(c.name)}",
    ]
    key = search_key(c.name).split(" ")[0] if c.name else ""
    if key and key.isascii():
        lines.append(f"SORT-STRING:{escape(key)}")
    if c.organisation:
        lines.append(f"ORG:{escape(c.organisation)}")
    title = c.role_label + (f"（{c.trade}）" if c.trade else "")
    if title:
        lines.append(f"TITLE:{escape(title)}")
    for kind, number in c.phones:
        lines.append(f"TEL;TYPE={TEL_TYPES.get(kind, 'VOICE')}:{escape(number)}")
    if c.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(c.email)}")
    if c.notes:
        lines.append(f"NOTE:{escape(c.notes)}")
    if category:
        lines.append(f"CATEGORIES:{escape(category)}")
    lines.append("END:VCARD")
    return "".join(part + "\r\n" for line in lines for part in fold(line))


def to_vcf(contacts: Iterable[ContactLike], *, category: str = "") -> str:
    return "".join(card(c, category=category) for c in contacts)


def write_vcf(path: str | Path, contacts: Iterable[ContactLike], *, category: str = "") -> int:
    """Write the cards to ``path`` (UTF-8, no BOM); returns how many were written."""
    items = list(contacts)
    try:
        Path(path).write_bytes(to_vcf(items, category=category).encode("utf-8"))
    except OSError as exc:
        raise UnreadableInput(
            translate("Contacts", "无法写入文件 {path}：{err}；请换一个位置保存。").format(
                path=path, err=exc.strerror or exc
            )
        ) from None
    return len(items)
