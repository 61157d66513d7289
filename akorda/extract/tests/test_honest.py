"""CI never passes on a test that did not run: a missing ../shared or a module that
fails to import fails under CI=true and skips only on a developer's machine."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from akorda.extract.tests.prerequisites import require_shared

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_missing_shared_file_skips_outside_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_shared(tmp_path / "absent.json", "a file")


def test_missing_shared_file_fails_in_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_shared(tmp_path / "absent.json", "a file")


@pytest.mark.parametrize("ci, outcome", [("true", "CI=true: a module the tests need failed to import"),
                                         ("", "skipped")])
def test_module_that_fails_to_import(ci: str, outcome: str, tmp_path: Path) -> None:
    """A throwaway test package under akorda/ (so that akorda/conftest.py's hooks apply)."""
    package = REPO_ROOT / "akorda" / f"_honest_probe_{ci or 'local'}"
    package.mkdir()
    try:
        (package / "__init__.py").write_text("", encoding="utf-8")
        (package / "test_probe.py").write_text(
            "import pytest\nmissing = pytest.importorskip('akorda_no_such_module')\n\n"
            "def test_never_runs():\n    assert missing\n", encoding="utf-8")
        env = {"CI": ci, "PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "akorda.settings.test"}
        result = subprocess.run(
            [sys.executable, "-m", "pytest", str(package), "-q", "-p", "no:cacheprovider", "-p", "no:django"],
            capture_output=True, text=True, cwd=REPO_ROOT, env=env,
        )
    finally:
        for path in sorted(package.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        package.rmdir()
    assert outcome in result.stdout, result.stdout[-2000:]
    # CI: collection errors (exit 2); locally only skips are collected (exit 5, "no tests ran")
    assert result.returncode == (2 if ci else 5), result.stdout[-2000:]
