"""Knowledge as data: regions, indicators, programmes, units, glosses.

The files in ``data/`` are the single source; the Django apps load the same
files into the database, so this module only reads them (cached, on first use).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "akorda.extract.data"


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Read one data file; cached because rules consult them on every release."""
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8") as f:
        return json.load(f)
