"""Haihe Desk — the contest office desktop for the Haihe Craftsman Cup (海河工匠杯) skills contest."""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

try:
    __version__ = _version("haihe-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"

APP_NAME = "HaiheDesk"
ORG_NAME = "HaiheDesk"
