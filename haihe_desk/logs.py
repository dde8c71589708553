"""The program's log: ``haihe_desk.log`` in the user log folder, rotating (1 MB × 5), readable by
the user only, with secrets taken out of every line before it is written.

``setup()`` is called by the GUI (ui/app.install_error_handler) and the CLI (cli/main). Code that
logs uses ``logging.getLogger("haihe_desk…")``. ``redact(text)`` is the one place that knows what
a secret looks like: a password in a database URL (``postgresql+psycopg://user:SECRET@host``),
``password=…``/``pwd: …``/``PGPASSWORD=…``/``token=…``/``密码：…`` pairs, and any exact value handed
to ``add_secret(value)`` (e.g. a password the user just typed, for the length of a sign-in).
A user's password must never be passed to a logger in the first place; redaction is the safety net.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER = "haihe_desk"
FILE_NAME = "haihe_desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
MASK = "***"

# scheme://user:SECRET@host — the password part of a URL's user info.
_URL_PASSWORD = re.compile(
    r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s:/@]*:)(?P<secret>[^\s/]+)(?=@[^\s@/]*(?:[/?#\s]|$))"
)
# password=…, pwd: …, PGPASSWORD=…, api_token = "…", secret='…' (keys as words or word endings)
_KEY_VALUE = re.compile(
    r"(?P<head>\b\w*(?:password|passwd|pwd|secret|token|api_?key)\w*[\"']?\s*[=:]\s*)"
    r"(?P<secret>\"[^\"]*\"|'[^']*'|[^\s&;,)\]}\"']+)",
    re.IGNORECASE,
)
# a command-line option followed by its value: --password SECRET
_OPTION = re.compile(r"(?P<head>--\w*(?:password|passwd|pwd|secret|token)\w*\s+)(?P<secret>\S+)", re.IGNORECASE)
_CHINESE = re.compile(r"(?P<head>(?:口令|密码)\s*[=:：]\s*)(?P<secret>\S+)")
_known: set[str] = set()


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret replaced by ``***`` (the keys and the URL's user stay readable)."""
    for value in sorted({*_known, *(s for s in secrets if s)}, key=len, reverse=True):
        text = text.replace(value, MASK)
    for pattern in (_URL_PASSWORD, _KEY_VALUE, _OPTION, _CHINESE):
        text = pattern.sub(lambda m: m.group("head") + MASK, text)
    return text


def add_secret(value: str) -> None:
    """Redact this exact value from every later log line (until ``drop_secret(value)``)."""
    if value:
        _known.add(value)


def drop_secret(value: str) -> None:
    _known.discard(value)


class RedactingFormatter(logging.Formatter):
    """Redacts the finished line: message, arguments, traceback and stack alike."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created readable and writable by the user only."""

    def _open(self):  # type: ignore[no-untyped-def]
        path = self.baseFilename
        if os.name == "posix":
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.chmod(path, 0o600)  # a file left by an older version may have been wider
            return os.fdopen(fd, self.mode if "a" in self.mode else "a", encoding=self.encoding, errors=self.errors)
        return super()._open()


def log_path() -> Path:
    from haihe_desk.paths import log_dir

    return log_dir() / FILE_NAME


def setup(path: Path | None = None, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path:
    """Attach the log file to the ``haihe_desk`` logger and return its path. Calling again is
    harmless; with another path (another HAIHE_DESK_HOME) the log moves there."""
    path = Path(path) if path is not None else log_path()
    logger = logging.getLogger(LOGGER)
    for h in list(logger.handlers):
        if isinstance(h, PrivateRotatingFileHandler):
            if Path(h.baseFilename) == path.absolute() and h.maxBytes == max_bytes and h.backupCount == backups:
                return path
            logger.removeHandler(h)
            h.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            path.parent.chmod(0o700)
        except OSError:  # a folder we do not own (e.g. shared): the file itself is still 0600
            pass
    handler = PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return path


def command_line(argv: Iterable[str]) -> str:
    """The command as it may appear in the log (``--db`` URLs and password options redacted)."""
    return redact(" ".join(["haihe-desk", *argv]))
