"""A number found in a sentence, with its unit, span and qualifier: what the scanners of
``quantities.py`` produce and ``list_units.py`` completes (its own module so both can use it)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    start: int
    end: int
    qualifier: str | None = None
    object: str | None = None
    object_lemma: str | None = None
    # a number without unit or noun ("70, 80 and 90 percent", "с 3,4 трлн до 6 трлн тенге"):
    # it takes the unit of the list it stands in, or the currency of a money context
    bare: bool = False
