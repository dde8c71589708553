"""Entry point of the bundled program (installer/haihe_desk.spec builds it).

``haihe-desk`` (console) is the CLI; with no command it opens the GUI. On Windows the bundle also
has ``HaiheDesk.exe`` (no console window) for the Start menu; Windows hands it a double-clicked
``.hdpkg`` file as its only argument, which opens the GUI (importing venue packages arrives with
the venue-package feature).
"""

import os
import sys


def _windowed_streams() -> None:
    """A windowed exe has no stdout/stderr; keep what would be printed in the log folder."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    from haihe_desk.paths import log_dir

    stream = open(os.path.join(log_dir(), "haihe-desk-gui.log"), "a", encoding="utf-8")  # noqa: SIM115
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream


def main() -> int:
    _windowed_streams()
    from haihe_desk.cli.main import main as cli_main

    argv = sys.argv[1:]
    if len(argv) == 1 and argv[0].lower().endswith(".hdpkg"):
        argv = []  # a package opened from Explorer: start the GUI
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
