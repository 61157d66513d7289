"""The engine must stay importable without Django (issue 3): import-linter checks it."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_extract_imports_no_django_or_web_apps():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The extraction engine stands on its own: no Django, no web apps KEPT" in result.stdout
    assert " kept, 0 broken" in result.stdout


def test_extraction_runs_on_pymorphy3_alone():
    """yargy gets a pymorphy3 analyser: neither pymorphy2 nor yargy's patching module is imported."""
    code = (
        "import sys\nfrom akorda.extract import extract\n"
        "extract('Глава государства принял акима Атырауской области\\n\\n3 марта 2023 года\\n\\n"
        "Президент поручил акиму построить 12 школ.')\n"
        "print(sorted(m for m in ('pymorphy2', 'yargy.morph', 'natasha', 'pymorphy3', 'yargy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['pymorphy3', 'yargy']"
