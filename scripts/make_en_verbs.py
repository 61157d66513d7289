#!/usr/bin/env python3
"""Write akorda/extract/data/en_verbs.json: the English words that lemminflect's lemma table
knows only as the base form of a verb ("revive", "rebuild", "negotiate"; not "trade" or
"support", which are nouns too).

    .venv/bin/python scripts/make_en_verbs.py

The engine reads the list to tell where an item of an English instruction list opens ("... and
revive small towns"); it is generated once and committed, so that the engine needs neither
lemminflect nor numpy at run time. lemminflect is a development dependency for this script only.
"""
from __future__ import annotations

import json
from pathlib import Path

from lemminflect import Lemmatizer

DATA = Path(__file__).resolve().parents[1] / "akorda" / "extract" / "data"


def lemma_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """word -> {universal POS: lemmas}: lemminflect's own table, which it does not export publicly."""
    return Lemmatizer()._getLemmaDict()


def write_list(name: str, key: str, words: list[str], about: str) -> None:
    """One generated word list in akorda/extract/data, in the shape knowledge.py reads."""
    out = DATA / name
    data = {"_about": about, key: words}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} {key} -> {out}")


def main() -> None:
    table = lemma_table()
    verbs = sorted(w for w, pos in table.items()
                   if set(pos) == {"VERB"} and w in pos["VERB"] and w.isalpha() and w.islower())
    write_list("en_verbs.json", "verbs", verbs,
               "English words known only as the base form of a verb, from the lemma table of "
               "lemminflect 0.2.3 (MIT licence); written by scripts/make_en_verbs.py, not by hand.")


if __name__ == "__main__":
    main()
