"""Ranks: "пятое место", "ranked third", "in the top 5", "үшінші орын". Moved out of
quantities.py, which is at the project's module size limit."""
from __future__ import annotations

import re

RANK_AFTER = re.compile(
    r"(?:-?(?:[её]|й|я|го|м|ое|ом|ой|ым|th|st|nd|rd)[ \u00a0]+(?P<noun>мест[оаеу]|позици[июяей]|place|position)"
    r"|[ \u00a0]+(?:мест[ое]|place)"
    r"|-?(?:ші|шы|інші|ыншы)[ \u00a0]+орын(?:ға|да|ды|нан|ы|ын)?"
    # without the ordinal ending the place is a rank where one stands or is taken ("5 орында", "5
    # орынды иеленді"); "300 орынға арналған аурухана" (a hospital for 300 beds) counts places
    r"|[ \u00a0]+орын(?:да|ды|ы|ын)?"
    r"|-орын(?:ға|да|ды|нан|ы|ын)?)(?![^\W\d_])",
    re.I,
)
# after an ordinal word ("үшінші орынға көтерілді", "на четвёртую строчку", "вторую позицию") the
# place is a rank in any case
# (and before a superlative: "the country's second top producer", "the third largest exporter")
ORDINAL_PLACE_AFTER = re.compile(
    r"[ \u00a0]+(?:орын(?:ға|да|ды|нан|ы|ын)?|позици[июяей]|строчк[аеиуой]|"
    r"(?:top|largest|biggest|leading)(?=[ \u00a0]+[a-z]))(?![^\W\d_])", re.I)
TOP_BEFORE = re.compile(r"\b(?:the|its)\s+top\s$", re.I)
RANKED_BEFORE = re.compile(r"(?:rank(?:ed|s|ing)?|came|finished|placed)\s+$", re.I)


def rank_after(text: str, w: re.Match[str]) -> int | None:
    """Where a rank ends after an ordinal word (its noun "место"/"place"/"орын" after it, or
    "ranked" before it), or None: an ordinal alone ("первый этап") is no rank (README)."""
    if RANKED_BEFORE.search(text, max(0, w.start() - 12), w.start()):
        return w.end()
    m = RANK_AFTER.match(text, w.end()) or ORDINAL_PLACE_AFTER.match(text, w.end())
    if m:
        return m.end()
    return None
