"""What English word forms say about a figure, beside the shared scan of ``quantities.py``:
a capacity written as a compound adjective ("a 600-seat school") counts seats, and a number
inside a programme's name ("the Ken Dala 2 program") is no figure at all.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from akorda.extract.quantity import Quantity

# a capacity written as a compound adjective: "600-seat", "250-bed", "100-flat", "300-visit"
EN_CAPACITY_NOUNS = ("seat", "place", "bed", "flat", "apartment", "pupil", "student", "visit")
EN_CAPACITY = re.compile(r"-(" + "|".join(EN_CAPACITY_NOUNS) + r")(?![\w-])", re.I)
# the objects such a capacity counts ("seats", "flats")
EN_CAPACITY_COUNTS = frozenset(w + "s" for w in EN_CAPACITY_NOUNS)
# a number inside a programme's name: "under the Ken Dala 2 program", "the Nurly Zhol 2 programme"
EN_NAME_BEFORE = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w’'-]+ ){1,3}$")
# a number that is the subject of its clause: "25,000 are expected to", "another 11 were built",
# "2,000 of them are ..." (a part of a count told before)
EN_SUBJECT_VERB = re.compile(r"(?:[ \u00a0]+of\s+(?:them|which))?"
                             r"[ \u00a0]+(?:are|were|have|has|had|will)\s+(?:been\s+|be\s+|already\s+|also\s+|now\s+)?"
                             r"(?:[a-z]+ed|set|built|due|expected|planned|to\s+be)\b")
# "13 farms, six of which are ...", "46 clinics, with eight of them to be ...": a part of the count before
EN_PART_AFTER = re.compile(r"[ \u00a0]+of\s+(?:which|them)(?![\w-])", re.I)
EN_PART_REACH = 120
# "one must bear in mind", "one should note": "one" as the subject of a modal is a pronoun
EN_PRONOUN_ONE = re.compile(r"[ \u00a0]+(?:must|should|cannot|can|could|may|might|ought)(?![\w-])", re.I)
EN_NAMED_AFTER = re.compile(r" (?:state )?(?:program|programme|project|strategy)(?![\w-])", re.I)


def en_capacity(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The counted noun and end of a capacity right after a number.

    >>> t = "a 600-seat school"; en_capacity(t, 5, len(t))
    ('seats', 10)
    >>> en_capacity("a 5-storey house", 3, 16) is None
    True
    """
    m = EN_CAPACITY.match(text, pos)
    if not m or m.end() > limit:
        return None
    return m.group(1).lower() + "s", m.end()


def in_programme_name(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] is part of a programme's name.

    >>> t = "under the Ken Dala 2 program"; in_programme_name(t, 19, 20)
    True
    >>> t = "built 2 schools"; in_programme_name(t, 6, 7)
    False
    """
    return EN_NAME_BEFORE.search(text, max(0, start - 30), start) is not None and EN_NAMED_AFTER.match(text, end) is not None


def counted_subject(text: str, end: int) -> bool:
    """Whether the number ending at `end` is the subject of a passive or expected clause.

    >>> counted_subject("Up to 25,000 are expected to work", 12)
    True
    >>> counted_subject("In 2024 the plan", 7)
    False
    """
    return EN_SUBJECT_VERB.match(text, end) is not None


def en_part_of(text: str, pos: int, value: float, taken: list[Quantity], start: int) -> tuple[str, str | None] | None:
    """The counted object of a number word followed by "of which|them" (a part of the count stated
    just before it in the sentence); None for "one of them" (no figure) or with no count before."""
    if value <= 1 or not EN_PART_AFTER.match(text, pos):
        return None
    before = [t for t in taken if t.unit == "count" and t.object and start - EN_PART_REACH <= t.end <= start]
    if not before or before[-1].value <= value:
        return None
    return before[-1].object or "", before[-1].object_lemma


def pronoun_one(word: str, text: str, pos: int) -> bool:
    """Whether the word "one" ending at `pos` is the generic pronoun, the subject of a modal.

    >>> t = "However, one must bear in mind"; pronoun_one("one", t, 12)
    True
    >>> pronoun_one("one", "one school must open", 3)
    False
    """
    return word.lower() == "one" and EN_PRONOUN_ONE.match(text, pos) is not None


# "a four-time rise", "a four-fold increase": a cardinal word hyphened to a multiple ("a one-time
# payment", "a four-time champion" are no change: "-time" counts only before a word of change)
EN_HYPHEN_MULTIPLE = re.compile(r"(?P<n>[a-z]+)-(?:fold(?![\w-])|times?(?=\s+(?:rise|increase|growth|decrease|reduction|drop|jump|"
                                r"higher|lower|more|less|fewer|greater)\b))", re.I)
# "the morbidity rate decreased twice": "twice" after a verb of change is a multiple of two ("met
# twice", "visited twice" are how often)
EN_CHANGED_TWICE = re.compile(r"\b(?:increased|decreased|grew|grown|rose|risen|fell|fallen|dropped|declined|reduced|shrank|"
                              r"shrunk|expanded)\s+$", re.I)
EN_TWICE = "twice"


def en_may_be_multiple(low: str, cardinal: Callable[[str], float | None]) -> bool:
    """Whether a lower-cased word may be a multiple of the forms above (a cheap test first)."""
    if low == EN_TWICE:
        return True
    head, dash, _ = low.partition("-")
    return bool(dash) and cardinal(head) is not None and EN_HYPHEN_MULTIPLE.match(low + " rise") is not None


def en_multiple(text: str, word: str, a: int, cardinal: Callable[[str], float | None]) -> tuple[float, int] | None:
    """The multiple the word at `a` states in the forms above, and where its quote starts."""
    if word.lower() == EN_TWICE:
        verb = EN_CHANGED_TWICE.search(text, max(0, a - 24), a)
        return (2.0, verb.start()) if verb else None
    m = EN_HYPHEN_MULTIPLE.match(text, a)
    value = cardinal(m.group("n")) if m and m.end() == a + len(word) else None
    return (value, a) if value else None
