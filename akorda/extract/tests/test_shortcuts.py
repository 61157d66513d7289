"""Shortcuts taken for speed give what the long way gives."""
from __future__ import annotations

import random
import re

import pytest

from akorda.extract.instructions import en_modal
from akorda.extract.instructions.en_modal import last_sentences

PIECES = ["Akims", "should", "act", ".", "!", "?", " ", "  ", "\n", "\n\n", ". ", "!\n", "The President said"]


@pytest.mark.parametrize("read", [1, 3, en_modal.LAST_SENTENCES_READ])
def test_last_sentences_are_those_of_splitting_everything(read: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read from the end in stretches of any width, the last pieces are those of the whole."""
    monkeypatch.setattr(en_modal, "LAST_SENTENCES_READ", read)
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        end = rng.randint(0, len(text))
        whole = re.split(r"(?<=[.!?])\s+", text[:end].rstrip())
        for count in (1, 2):
            assert last_sentences(text, end, count) == whole[-count:], (text, end, count)
