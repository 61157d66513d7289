#!/usr/bin/env python3
"""Write akorda/extract/data/en_words.json: the English words that lemminflect's lemma table
knows as a common noun, an adjective or an adverb, in every form it lists ("hospital", "children",
"affairs", "regional", "in").

    .venv/bin/python scripts/make_en_words.py

The engine reads the list to tell a person's name from a run of capitalised English words that
names a facility, a programme or a venue ("Regional Children's Hospital", "the Celebration
Hall"): Kazakh and Russian names in English spelling are not English words. Generated once and
committed, as data/en_verbs.json is (scripts/make_en_verbs.py), so that the engine needs neither
lemminflect nor numpy at run time. lemminflect is a development dependency for this script only.
"""
from __future__ import annotations

from make_en_verbs import lemma_table, write_list

COMMON = frozenset({"NOUN", "ADJ", "ADV"})


def main() -> None:
    words = sorted(w for w, pos in lemma_table().items() if COMMON & set(pos) and w.isalpha() and w.islower())
    write_list("en_words.json", "words", words,
               "English words known as a common noun, an adjective or an adverb (any form), from the lemma table of "
               "lemminflect 0.2.3 (MIT licence); written by scripts/make_en_words.py, not by hand.")


if __name__ == "__main__":
    main()
