"""Paths shared by the engine's tests: the scorer and seed live beside the repository."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED = (REPO_ROOT / ".." / "shared").resolve()
SCORER = SHARED / "extraction" / "score.py"
SEED_GOLD = SHARED / "extraction" / "gold" / "000_692bf9b055db218c.json"
DEVSET = Path(__file__).resolve().parent / "devset"


@pytest.fixture
def scorer() -> Path:
    if not SCORER.exists():
        pytest.skip(f"the scorer is not beside the repository ({SCORER}); ../shared is absent")
    return SCORER
