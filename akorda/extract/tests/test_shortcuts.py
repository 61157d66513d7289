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


def test_numeral_heads_skip_no_numeral() -> None:
    """Every form of a table numeral passes the first-letters test, and a word it stops has no
    parse whose normal form is a table numeral (the dictionary's words and some pymorphy guesses)."""
    from akorda.extract import morph, numbers

    table = numbers._numerals()
    lemmas = {*table["cardinals"]["ru"], *table["ordinals"]["ru"]}
    forms = {f.word for lemma in lemmas for p in morph.parses(lemma) if p.normal_form == lemma for f in p.lexeme}
    for word in forms | {w.replace("ё", "е") for w in forms}:
        assert numbers._ru_may_be_numeral(word), word
    others = "школа район сорока двор пятно треть тройка второстепенный одинокий девятиэтажный " \
             "стоимость семинар полтавский нарастить триллионный пятиэтажка сорокапятка".split()
    for word in others:
        if not numbers._ru_may_be_numeral(word):
            assert all(p.normal_form not in lemmas for p in morph.parses(word)), word
