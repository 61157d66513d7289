"""What a test needs from outside the repository, and what its absence means.

Kept apart from the conftest files so that the engine's tests (and akorda/conftest.py)
can share it without importing anything of the web apps (import-linter contract).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest


def in_ci() -> bool:
    """CI sets CI=true; there a missing prerequisite is an error, not a reason to skip."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_shared(path: Path, what: str) -> Path:
    """A file of ../shared that a test needs: skip on a laptop without it, fail in CI,
    so that a green CI run never hides a test that did not run."""
    if not path.exists():
        message = f"{what} is not beside the repository ({path}); ../shared is absent"
        if in_ci():
            pytest.fail(message + " (CI=true: a test that needs ../shared fails instead of skipping)", pytrace=False)
        pytest.skip(message)
    return path
