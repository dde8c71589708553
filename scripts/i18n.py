#!/usr/bin/env python3
"""Translation workflow: extract, fill, compile and check resources/translations/.

Chinese is the source language. ``pyside6-lupdate`` extracts every ``self.tr("…")``,
``QApplication.translate("Ctx", "…")``, ``haihe_desk.i18n.translate("Ctx", "…")`` and
``QT_TRANSLATE_NOOP("Ctx", "…")`` in haihe_desk/**/*.py plus the strings of forms/*.ui into

    resources/translations/haihe_desk_zh_CN.ts   the source catalog (translation = source, finished)
    resources/translations/haihe_desk_en.ts      English; existing translations are kept

and ``pyside6-lrelease`` compiles both to .qm (committed, so a fresh checkout runs as is).

Usage (from the repository root, with the project's Python):

    python scripts/i18n.py update            extract + compile; run after adding or changing strings
    python scripts/i18n.py todo > todo.tsv   unfinished English entries as TSV (context, source, english)
    python scripts/i18n.py apply todo.tsv    write the filled-in TSV back, then update + compile
    python scripts/i18n.py compile           only lrelease the .ts files into .qm
    python scripts/i18n.py --check           exit 1 when a .ts is stale against the code, an English
                                             translation is missing/unfinished/broken, or a .qm is
                                             older than its .ts (tests/test_translations.py runs it)

TSV cells escape backslash, tab and newline as ``\\\\``, ``\\t`` and ``\\n``. ``todo`` prints
lupdate's guess (from a similar old string) in the third column when it has one; a row whose third
column is empty is skipped by ``apply``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_LANG = "zh_CN"
TARGET_LANGS = ("en",)
LANGS = (SOURCE_LANG, *TARGET_LANGS)
TODO_HEADER = "context\tsource\ttranslation"

# {name} / {0} / {} placeholders for str.format, and %s / %1 style ones.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[!:][^{}]*)?\}|%(?:\d+|[sdn])")


# ---------------------------------------------------------------- tools


def qt_tool(name: str) -> Path:
    """The lupdate / lrelease binary shipped in the PySide6 wheel."""
    import PySide6  # noqa: PLC0415 - only needed when a tool is run

    folder = Path(PySide6.__file__).resolve().parent
    exe = folder / (name + (".exe" if os.name == "nt" else ""))
    if not exe.exists():
        raise SystemExit(f"i18n: {exe} not found; install PySide6-Essentials into this Python")
    return exe


@dataclass(frozen=True)
class Layout:
    """Where the sources and the catalogs live (the repository, or a test's tmp copy)."""

    root: Path = REPO
    package: str = "haihe_desk"
    forms: str = "forms"
    translations: str = "resources/translations"

    def sources(self) -> list[Path]:
        py = sorted((self.root / self.package).rglob("*.py"))
        ui = sorted((self.root / self.forms).glob("*.ui"))
        return [p for p in py + ui if "__pycache__" not in p.parts]

    def ts(self, lang: str) -> Path:
        return self.root / self.translations / f"haihe_desk_{lang}.ts"

    def qm(self, lang: str) -> Path:
        return self.root / self.translations / f"haihe_desk_{lang}.qm"


def run_lupdate(layout: Layout, ts: Path, lang: str, locations: str = "none") -> None:
    """Merge the strings of the code into ``ts`` (created when missing)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    # A list file keeps the command line short on Windows.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        for p in layout.sources():
            lst.write(str(p) + "\n")
    try:
        cmd = [
            str(qt_tool("lupdate")),
            "-silent",
            "-locations",
            locations,
            "-no-obsolete",
            "-sort-messages",
            "-source-language",
            SOURCE_LANG,
            "-target-language",
            lang,
            f"@{lst.name}",
            "-ts",
            str(ts),
        ]
        proc = subprocess.run(cmd, cwd=layout.root, capture_output=True, text=True)
    finally:
        os.unlink(lst.name)
    if proc.returncode != 0:
        raise SystemExit(f"i18n: lupdate failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


def run_lrelease(ts: Path, qm: Path) -> None:
    proc = subprocess.run(
        [str(qt_tool("lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"i18n: lrelease failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


# ---------------------------------------------------------------- .ts files


@dataclass
class Message:
    context: str
    source: str
    comment: str
    translation: str
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"
    numerus: bool = False
    node: ET.Element | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        return self.state not in ("obsolete", "vanished")

    @property
    def finished(self) -> bool:
        return self.state == "" and self.translation.strip() != ""


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(path)
    out: list[Message] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
                tr.set("type", "unfinished")
            forms = tr.findall("numerusform")
            text = " | ".join(f.text or "" for f in forms) if forms else (tr.text or "")
            out.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    translation=text,
                    state=tr.get("type", ""),
                    numerus=msg.get("numerus") == "yes",
                    node=msg,
                )
            )
    return tree, out


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write an edited catalog; the next lupdate run brings it back into lupdate's own layout."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def set_translation(msg: Message, text: str) -> None:
    assert msg.node is not None
    tr = msg.node.find("translation")
    assert tr is not None
    for child in list(tr):
        tr.remove(child)
    if msg.numerus:
        for part in text.split(" | "):
            ET.SubElement(tr, "numerusform").text = part
        tr.text = None
    else:
        tr.text = text
    tr.attrib.pop("type", None)
    msg.translation, msg.state = text, ""


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def translation_problem(msg: Message) -> str | None:
    """Why a finished translation cannot be used, or None."""
    if placeholders(msg.source) != placeholders(msg.translation):
        source, translation = placeholders(msg.source), placeholders(msg.translation)
        return f"placeholders differ: source has {source}, translation has {translation}"
    if re.search(r"&[^&\s]", msg.source.replace("&&", "")) and not re.search(
        r"&[^&\s]", msg.translation.replace("&&", "")
    ):
        return "the source has a keyboard accelerator (&X) and the translation has none"
    return None


# ---------------------------------------------------------------- commands


def fill_source_catalog(path: Path) -> None:
    """The zh_CN catalog is the source: every translation is its source text, finished."""
    tree, msgs = read_ts(path)
    changed = False
    for m in msgs:
        if m.live and (m.translation != m.source or m.state):
            set_translation(m, m.source)
            changed = True
    if changed:
        write_ts(tree, path)


def known_translations(path: Path) -> dict[str, str]:
    """Finished translations by source text, whatever their context."""
    if not path.exists():
        return {}
    return {m.source: m.translation for m in read_ts(path)[1] if m.live and m.finished and not translation_problem(m)}


def reuse_translations(path: Path, known: dict[str, str]) -> None:
    """A string that moved to another context (code moved between classes, a context fixed) keeps
    the English it had: an untranslated entry whose exact source text was translated gets it."""
    tree, msgs = read_ts(path)
    changed = False
    for m in msgs:
        if m.live and not m.finished and m.source in known:
            set_translation(m, known[m.source])
            changed = True
    if changed:
        write_ts(tree, path)


def update(layout: Layout = Layout()) -> None:
    for lang in LANGS:
        ts = layout.ts(lang)
        known = known_translations(ts)
        run_lupdate(layout, ts, lang)
        if lang == SOURCE_LANG:
            fill_source_catalog(ts)
        else:
            reuse_translations(ts, known)
        run_lupdate(layout, ts, lang)  # back into lupdate's layout
    compile_all(layout)


def compile_all(layout: Layout = Layout()) -> None:
    for lang in LANGS:
        run_lrelease(layout.ts(lang), layout.qm(lang))


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)


def todo(layout: Layout = Layout(), lang: str = "en", everything: bool = False) -> list[str]:
    """TSV lines (header first) of the entries still to translate (or all of them)."""
    _, msgs = read_ts(layout.ts(lang))
    lines = [TODO_HEADER]
    for m in msgs:
        if m.live and (everything or not m.finished or translation_problem(m)):
            lines.append("\t".join(_escape(x) for x in (m.context, m.source, m.translation)))
    return lines


def apply(tsv: Path, layout: Layout = Layout(), lang: str = "en") -> int:
    """Write the translations of ``tsv`` into the catalog; all rows are checked before any is written."""
    tree, msgs = read_ts(layout.ts(lang))
    index: dict[tuple[str, str], list[Message]] = {}
    for m in msgs:
        if m.live:
            index.setdefault((m.context, m.source), []).append(m)
    errors: list[str] = []
    planned: list[tuple[Message, str]] = []
    for lineno, line in enumerate(tsv.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line == TODO_HEADER:
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            errors.append(f"{tsv}:{lineno}: expected 3 tab-separated columns, found {len(cells)}")
            continue
        context, source, text = (_unescape(c) for c in cells)
        if not text.strip():
            continue
        targets = index.get((context, source))
        if not targets:  # the string changed or went away since the TSV was made
            print(
                f"i18n: skipped {tsv}:{lineno}: no string {source!r} in context {context!r} any more", file=sys.stderr
            )
            continue
        for m in targets:
            probe = Message(m.context, m.source, m.comment, text, "")
            why = translation_problem(probe)
            if why:
                errors.append(f"{tsv}:{lineno}: {context} / {source!r}: {why}")
            else:
                planned.append((m, text))
    if errors:
        raise SystemExit("i18n: nothing written:\n  " + "\n  ".join(errors))
    for m, text in planned:
        set_translation(m, text)
    write_ts(tree, layout.ts(lang))
    update(layout)
    return len(planned)


def extracted(layout: Layout) -> tuple[set[tuple[str, str, str]], list[str]]:
    """The message keys the code has right now (lupdate into a scratch catalog), and the places
    of strings lupdate found outside any context (a helper like ``def tr(t): return translate(CTX, t)``
    hides the context from lupdate, so the catalog entry never matches at run time)."""
    with tempfile.TemporaryDirectory(prefix="haihe-i18n-") as tmp:
        ts = Path(tmp) / "scratch.ts"
        run_lupdate(layout, ts, "en", locations="absolute")
        msgs = [m for m in read_ts(ts)[1] if m.live]
        orphans = []
        for m in msgs:
            if m.context:
                continue
            assert m.node is not None
            where = ", ".join(
                f"{Path(loc.get('filename', '')).name}:{loc.get('line', '?')}" for loc in m.node.findall("location")
            )
            orphans.append(
                f'no context for {m.source!r} at {where}: call translate("Context", "…") '
                "(or self.tr) directly, not through a helper"
            )
        return {m.key for m in msgs}, orphans


def check(layout: Layout = Layout()) -> list[str]:
    """Every reason the committed catalogs do not match the code; empty when all is well."""
    wanted, problems = extracted(layout)
    for lang in LANGS:
        ts = layout.ts(lang)
        rel = ts.relative_to(layout.root) if ts.is_relative_to(layout.root) else ts
        if not ts.exists():
            problems.append(f"{rel} is missing")
            continue
        msgs = [m for m in read_ts(ts)[1] if m.live]
        have = {m.key for m in msgs}
        for ctx, src, _ in sorted(wanted - have):
            problems.append(f"{rel}: stale — new string in the code: [{ctx}] {src}")
        for ctx, src, _ in sorted(have - wanted):
            problems.append(f"{rel}: stale — string no longer in the code: [{ctx}] {src}")
        for m in msgs:
            if lang == SOURCE_LANG:
                if m.translation != m.source or m.state:
                    problems.append(f"{rel}: source catalog entry not filled: [{m.context}] {m.source}")
                continue
            if not m.finished:
                problems.append(f"{rel}: no finished translation: [{m.context}] {m.source}")
            elif why := translation_problem(m):
                problems.append(f"{rel}: [{m.context}] {m.source}: {why}")
        qm = layout.qm(lang)
        if not qm.exists():
            problems.append(f"{qm.name} is missing (run `scripts/i18n.py compile`)")
        else:
            with tempfile.TemporaryDirectory(prefix="haihe-i18n-") as tmp:
                fresh = Path(tmp) / qm.name
                run_lrelease(ts, fresh)
                if fresh.read_bytes() != qm.read_bytes():
                    problems.append(f"{qm.name} does not match {ts.name} (run `scripts/i18n.py compile`)")
    if problems:
        problems.append(
            "fix: python scripts/i18n.py update; python scripts/i18n.py todo > t.tsv; "
            "fill in the third column; python scripts/i18n.py apply t.tsv"
        )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="same as the `check` command")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="?", choices=("update", "compile", "todo", "apply", "check"))
    parser.add_argument("tsv", nargs="?", type=Path, help="for apply: the filled-in TSV file")
    parser.add_argument("--all", action="store_true", help="todo: list every entry, not only unfinished ones")
    args = parser.parse_args(argv)
    layout = Layout(root=args.root.resolve())
    command = "check" if args.check else (args.command or "update")
    if command == "update":
        update(layout)
        print(_summary(layout))
    elif command == "compile":
        compile_all(layout)
    elif command == "todo":
        lines = todo(layout, everything=args.all)
        sys.stdout.write("\n".join(lines) + "\n")
        print(f"i18n: {len(lines) - 1} entr{'y' if len(lines) == 2 else 'ies'}", file=sys.stderr)
    elif command == "apply":
        if args.tsv is None:
            parser.error("apply needs a TSV file")
        n = apply(args.tsv, layout)
        print(f"i18n: wrote {n} translation(s)")
        print(_summary(layout))
    else:
        problems = check(layout)
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            return 1
        print("i18n: translations up to date")
    return 0


def _summary(layout: Layout) -> str:
    parts = []
    for lang in LANGS:
        msgs = [m for m in read_ts(layout.ts(lang))[1] if m.live]
        parts.append(f"{lang}: {sum(m.finished for m in msgs)}/{len(msgs)} finished")
    return "i18n: " + ", ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
