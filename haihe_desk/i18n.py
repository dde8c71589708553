"""One translation catalog for every layer.

Chinese is the source language. Qt-free code (domain, services, CLI) calls
``translate(context, text)``; ``pyside6-lupdate`` extracts those calls into the same
``.ts`` files as the widgets' ``self.tr()`` strings. This module reads the ``.ts`` XML
directly so the CLI and services need no Qt; the GUI additionally installs the compiled
``.qm`` through ``QTranslator``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache

from haihe_desk.paths import TRANSLATIONS

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_current = SOURCE_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def current_language() -> str:
    return _current


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS / f"haihe_desk_{lang}.ts"
    out: dict[tuple[str, str], str] = {}
    if not path.exists():
        return out
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src is None or tr is None or not (tr.text or "").strip():
                continue
            if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out[(name, src)] = tr.text or ""
    return out


@cache
def _sources(lang: str) -> dict[str, tuple[str, ...]]:
    """Translated text -> the Chinese source strings it translates (any context)."""
    out: dict[str, list[str]] = {}
    for (_ctx, src), tr in _catalog(lang).items():
        out.setdefault(tr, []).append(src)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def source_forms(text: str) -> tuple[str, ...]:
    """``text`` plus the Chinese source strings it is a translation of in the current language.

    Spreadsheet headers are matched through this: a sheet written in Chinese must still import
    when the program runs in English, and vice versa."""
    if _current == SOURCE_LANGUAGE:
        return (text,)
    return (text, *_sources(_current).get(text, ()))


def translate(context: str, text: str) -> str:
    """Translate ``text`` (Chinese source) in ``context`` into the current language."""
    if _current == SOURCE_LANGUAGE:
        return text
    return _catalog(_current).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for extraction into ``context`` without translating it yet."""
    return text


def join(items: Iterable[str]) -> str:
    """A list in running text: 甲、乙、丙 in Chinese, "a, b, c" in English."""
    return ("、" if current_language() == SOURCE_LANGUAGE else ", ").join(items)
