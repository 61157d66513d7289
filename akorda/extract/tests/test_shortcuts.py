"""Shortcuts taken for speed give what the long way gives."""
from __future__ import annotations

import random
import re

from akorda.extract.instructions.en_speech import last_sentences

PIECES = ["Akims", "should", "act", ".", "!", "?", " ", "  ", "\n", "\n\n", ". ", "!\n", "The President said"]


def test_last_sentences_are_those_of_splitting_everything() -> None:
    """Looked up in the whole text's sentence breaks, the last pieces before any point are those
    of splitting the text up to it."""
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        for end in {rng.randint(0, len(text)) for _ in range(4)}:
            whole = re.split(r"(?<=[.!?])\s+", text[:end].rstrip())
            for count in (1, 2, 3):
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
