"""Paths shared by the engine's tests: the scorer and seed live beside the repository.

Without ../shared a test that needs it skips on a laptop and fails in CI (CI=true),
through ``akorda.conftest.require_shared``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from akorda.extract.tests.prerequisites import require_shared

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED = (REPO_ROOT / ".." / "shared").resolve()
SCORER = SHARED / "extraction" / "score.py"
SEED_GOLD = SHARED / "extraction" / "gold" / "000_692bf9b055db218c.json"
DEVSET = Path(__file__).resolve().parent / "devset"


@pytest.fixture
def scorer() -> Path:
    return require_shared(SCORER, "the scorer")


@pytest.fixture
def seed_gold() -> Path:
    return require_shared(SEED_GOLD, "the seed's gold record")
