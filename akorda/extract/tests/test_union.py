"""The union of patterns names the one that matches first, as trying them one by one does (union.py)."""
from __future__ import annotations

import random
import re

import pytest

from akorda.extract.union import first_of

PATTERNS = [
    re.compile(r"(?<![^\W\d_])за\s+(?P<n>\d{1,2})\s+месяц", re.I),
    re.compile(r"(?P<y>(?:19|20)\d\d)\s+жыл(?![^\W\d_])", re.I),
    re.compile(r"(?<![^\W\d_])(?:in|for)\s+(?P<y>(?:19|20)\d\d)(?![\d-])"),
    re.compile(r"прошл\w*\s+год", re.I),
]
WORDS = ["за", "3", "месяца", "2024", "жыл", "жылы", "in", "In", "for", "2023-24", "прошлом", "году", "Прошлый", "год", "x", ","]


def _texts() -> list[str]:
    rng = random.Random(7)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 8))) for _ in range(3000)]


def test_first_of_names_the_leftmost_pattern_earliest_on_a_tie() -> None:
    combined = first_of(PATTERNS)
    for text in _texts():
        hits = [(m.start(), n) for n, p in enumerate(PATTERNS) for m in [p.search(text)] if m]
        m = combined.search(text)
        assert (int(m.lastgroup[1:]) if m and m.lastgroup else None) == (min(hits)[1] if hits else None), text


def test_first_of_refuses_back_references() -> None:
    with pytest.raises(ValueError, match="back-reference"):
        first_of([re.compile(r"(a)\1")])
