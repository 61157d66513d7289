"""The README's quickstart is a test: if the example drifts from the code, this fails."""
import doctest
from pathlib import Path

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_quickstart_runs():
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 4
    assert result.failed == 0
