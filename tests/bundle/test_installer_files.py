"""The installer's pieces agree with the program: mutex names, data folder, version, languages."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import tomllib

from haihe_desk import __version__, paths
from haihe_desk.ui import win_mutex

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
ISS = INSTALLER / "haihe_desk.iss"


def iss_text() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads a script with Chinese text only as UTF-8 with BOM"
    return raw.decode("utf-8-sig").replace("\r\n", "\n")


def directive(name: str) -> str:
    found = re.findall(rf"^{name}=(.*)$", iss_text(), flags=re.MULTILINE)
    assert len(found) == 1, f"{name} appears {len(found)} times"
    return found[0].strip()


def test_app_mutex_is_the_one_the_program_holds():
    assert tuple(directive("AppMutex").split(",")) == win_mutex.MUTEX_NAMES


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the mutex is really created")
def test_mutex_is_a_no_op_off_windows():
    assert win_mutex.hold_app_mutex() is False
    assert win_mutex._handles == []


def test_per_machine_install_with_a_per_user_option():
    assert directive("PrivilegesRequired") == "admin"
    assert directive("PrivilegesRequiredOverridesAllowed") == "dialog"
    assert directive("DefaultDirName").startswith("{autopf}\\")


def test_chinese_and_english_wizard_pages():
    text = iss_text()
    assert 'Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"' in text
    assert 'Name: "english"; MessagesFile: "compiler:Default.isl"' in text
    # Every custom message exists in both languages.
    msgs = re.findall(r"^(chinesesimplified|english)\.(\w+)=", text, flags=re.MULTILINE)
    zh = {k for lang, k in msgs if lang == "chinesesimplified"}
    en = {k for lang, k in msgs if lang == "english"}
    assert zh == en and {"AppShortName", "DeleteDataQuestion", "VenuePackage"} <= zh
    # The build script fetches the unofficial Chinese messages when they are not beside the script.
    assert "ChineseSimplified.isl" in (INSTALLER / "build.ps1").read_text(encoding="utf-8")


def test_upgrade_replaces_the_bundle_folder_and_data_lives_elsewhere():
    text = iss_text()
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in text
    # The uninstaller's data folder is the program's: platformdirs' user_data_dir (%LOCALAPPDATA%).
    assert "ExpandConstant('{localappdata}\\HaiheDesk')" in text
    assert paths.APP_NAME == "HaiheDesk"
    assert "MB_DEFBUTTON2" in text  # keeping the data is the default answer


def test_hdpkg_association_and_shortcuts():
    text = iss_text()
    assert 'Subkey: "Software\\Classes\\.hdpkg\\OpenWithProgids"' in text
    assert "{autoprograms}\\{cm:AppShortName}" in text
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked$', text, flags=re.MULTILINE)


def test_version_comes_from_the_package_metadata():
    assert "{#MyAppVersion}" in directive("AppVersion")
    assert "/DMyAppVersion=$Version" in (INSTALLER / "build.ps1").read_text(encoding="utf-8")
    pyproject = tomllib.loads((INSTALLER.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__


def test_spec_ships_what_paths_and_migrations_expect():
    spec = (INSTALLER / "haihe_desk.spec").read_text(encoding="utf-8")
    # paths.py: ROOT = sys._MEIPASS holding forms/ and resources/; migrate.py: beside the package.
    assert '"forms"' in spec and '"resources"' in spec and '"haihe_desk/db/migrations"' in spec
    assert '"versions/*.py"' in spec
    assert 'copy_metadata("haihe-desk")' in spec


def test_frozen_root_is_the_bundle_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths._root() == tmp_path
    monkeypatch.delattr(sys, "_MEIPASS")
    assert (paths._root() / "forms" / "about_dialog.ui").exists()
