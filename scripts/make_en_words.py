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

import json
from pathlib import Path

from lemminflect import Lemmatizer

OUT = Path(__file__).resolve().parents[1] / "akorda" / "extract" / "data" / "en_words.json"
COMMON = frozenset({"NOUN", "ADJ", "ADV"})


def main() -> None:
    table = Lemmatizer()._getLemmaDict()  # word -> {universal POS: lemmas}
    words = sorted(w for w, pos in table.items() if COMMON & set(pos) and w.isalpha() and w.islower())
    data = {"_about": "English words known as a common noun, an adjective or an adverb (any form), from the lemma table of "
                      "lemminflect 0.2.3 (MIT licence); written by scripts/make_en_words.py, not by hand.",
            "words": words}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
