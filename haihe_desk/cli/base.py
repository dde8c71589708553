"""Shared pieces of every CLI command: the parser that speaks Chinese on usage errors, output."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from haihe_desk.i18n import translate


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(
            translate("Cli", "命令用法有误：{msg}。运行 “{prog} --help” 查看用法。").format(msg=message, prog=self.prog)
            + "\n"
        )
        raise SystemExit(2)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def warn(text: str) -> None:
    sys.stderr.write(text + "\n")
