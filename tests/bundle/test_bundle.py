"""The BUILT bundle (installer/build → dist/haihe-desk), when HAIHE_BUNDLE_DIR names it.

CI runs installer/smoke-test on the bundle directly; these tests let a developer do the same from
pytest, and prove the smoke test fails when a data file goes missing from the bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SMOKE = REPO / "installer" / "smoke-test"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    where = os.environ.get("HAIHE_BUNDLE_DIR")
    if not where:
        pytest.skip(
            "no built bundle: run installer/build, then HAIHE_BUNDLE_DIR=dist/haihe-desk "
            "(CI runs installer/smoke-test on the bundle itself)"
        )
    path = Path(where).resolve()
    exe = path / ("haihe-desk.exe" if sys.platform == "win32" else "haihe-desk")
    assert exe.exists(), f"HAIHE_BUNDLE_DIR={where} has no {exe.name}"
    return path


def smoke(bundle_dir: Path) -> subprocess.CompletedProcess[str]:
    if sys.platform == "win32":
        pytest.skip("installer/smoke-test is a bash script; build.ps1 smoke-tests on Windows")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HAIHE_DESK_", "PYTHON"))}
    return subprocess.run(["bash", str(SMOKE), str(bundle_dir)], capture_output=True, text=True, env=env, timeout=600)


def test_smoke_test_passes_on_the_bundle(bundle):
    result = smoke(bundle)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("version", "info --json on a fresh database", "init --demo", "--lang en", "GUI offscreen"):
        assert f"smoke: ok: {step}" in result.stdout
    if "SKIPPED the PDF step" not in result.stderr:
        assert "all embedded" in result.stdout


def test_smoke_test_fails_without_the_migrations(bundle, tmp_path):
    broken = tmp_path / "bundle"
    shutil.copytree(bundle, broken, symlinks=True, copy_function=os.link)
    shutil.rmtree(broken / "_internal" / "haihe_desk" / "db" / "migrations" / "versions")
    result = smoke(broken)
    assert result.returncode != 0
    assert "smoke: FAILED" in result.stderr


def test_bundle_carries_the_data_and_leaves_the_web_engine_out(bundle):
    internal = bundle / "_internal"
    assert {p.name for p in (internal / "forms").glob("*.ui")} == {p.name for p in (REPO / "forms").glob("*.ui")}
    shipped = {p.name for p in (internal / "haihe_desk" / "db" / "migrations" / "versions").glob("*.py")}
    assert shipped == {p.name for p in (REPO / "haihe_desk" / "db" / "migrations" / "versions").glob("*.py")}
    for name in ("haihe_desk_en.qm", "haihe_desk_en.ts", "haihe_desk_zh_CN.ts"):
        assert (internal / "resources" / "translations" / name).is_file()
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttf").is_file()
    qt = internal / "PySide6" / "Qt"
    assert [p.name for p in (qt / "translations").iterdir()] == ["qtbase_zh_CN.qm"]
    assert any((qt / "plugins" / "platforms").iterdir()) and any((qt / "plugins" / "printsupport").iterdir())
    names = [p.name for p in internal.rglob("*")]
    for banned in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Multimedia"):
        assert not [n for n in names if banned in n], banned
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 260 * 1024 * 1024, f"bundle grew to {size // 2**20} MB"
