"""Pinyin search keys so "wym" or "wangyamei" finds 王亚梅."""

from __future__ import annotations


def search_key(text: str) -> str:
    """'王亚梅' -> 'wangyamei wym'. The first character may be a surname with a special reading
    (解 xiè, 单 shàn, 曾 zēng), so every reading of it is keyed: '解雯' -> 'jiewen jw xiewen xw'."""
    if not text:
        return ""
    # Imported on first use: pypinyin loads ~0.2 s of dictionaries, which start-up should not pay.
    from pypinyin import Style, lazy_pinyin, pinyin

    rest = lazy_pinyin(text[1:], style=Style.NORMAL, errors="default")
    firsts = pinyin(text[0], style=Style.NORMAL, heteronym=True, errors="default")[0]
    keys: list[str] = []
    for first in dict.fromkeys(firsts):
        full = [first, *rest]
        keys.append("".join(full).lower())
        keys.append("".join(p[0] for p in full if p).lower())
    return " ".join(dict.fromkeys(keys))
