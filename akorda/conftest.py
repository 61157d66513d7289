"""Fixtures shared by every app's tests."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_692bf9b055db218c.txt"


@pytest.fixture
def seed_path() -> Path:
    """The product owner's seed release; tests read it, the repository never copies it."""
    if not SEED.exists():
        pytest.skip(f"the seed is not beside the repository ({SEED})")
    return SEED


@pytest.fixture
def site_tree(db):
    from akorda.press.structure import ensure_site_structure

    return ensure_site_structure()
