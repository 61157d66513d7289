"""English names of the reporting official: what a person's name looks like in an English release,
and the surname alone where the release names him by it ("the region's governor briefed the
President ... Issabayev reported that ...", "Akim Abdykalikova told the President"): the scorer
compares surnames."""
from __future__ import annotations

import re

from akorda.extract.knowledge import en_words

# the endings of a Kazakh or Russian surname in English spelling (-ayev, -ov, -ova, -in, -uly ...)
SURNAME_ENDING = r"(?:yev|yeva|ev|eva|ov|ova|in|ina|uly|kyzy)"
SURNAME_SHAPE = re.compile(rf"[a-z]{SURNAME_ENDING}$")
# a surname as the subject of a verb of reporting, at a sentence or clause start
SURNAME_REPORTS = re.compile(
    rf"(?:^|[.!?]\s+|,\s+)(?P<name>[A-Z][a-z]+{SURNAME_ENDING})"
    r"\s+(?:also\s+|further\s+)?(?:reported|informed|briefed|noted|said|stated|added|told)\b")
# the same right after a role word that has no full name after it: "Akim Abdykalikova told ...",
# "Minister Sklyar reported" (a surname of that shape, and no second capitalised word after it)
SURNAME_AFTER_ROLE = re.compile(rf"[ \u00a0]+(?P<name>[A-Z][a-z]+{SURNAME_ENDING})(?![\w'’-]|[ \u00a0]+[A-Z])")
HEAD_OF_STATE = frozenset({"Tokayev", "Toqayev", "Nazarbayev"})
POSSESSIVE = re.compile(r"['’]s$")


def surname_reporter(paragraphs: list[str]) -> str | None:
    """The first surname named alone as the one who reports, never the Head of State's."""
    for para in paragraphs:
        for m in SURNAME_REPORTS.finditer(para):
            if m.group("name") not in HEAD_OF_STATE:
                return m.group("name")
    return None


def surname_after_role(after: str) -> str | None:
    """A surname alone right after an English role word ("Akim Abdykalikova"), never the Head of
    State's: a last resort where the release names the official in full nowhere."""
    m = SURNAME_AFTER_ROLE.match(after)
    return m.group("name") if m and m.group("name") not in HEAD_OF_STATE else None


def _common(word: str) -> bool:
    return POSSESSIVE.sub("", word).lower() in en_words()


def looks_like_person(words: list[str]) -> bool:
    """Whether capitalised English words can be a person's name: a given name and a surname, the
    surname no English noun, adjective or adverb ("Regional Children's Hospital", "the Celebration Hall",
    "the Department of Internal Affairs" name a place or a body). A given name that is an English
    word too ("Asset", "Rose") passes only before a surname of a Kazakh or Russian shape, and a
    word in the possessive ("the President's Address") is no part of a name.

    >>> looks_like_person(["Askar", "Mamin"]), looks_like_person(["Asset", "Issekeshev"])
    (True, True)
    >>> looks_like_person(["Celebration", "Hall"]), looks_like_person(["Employment", "Roadmap"])
    (False, False)
    >>> looks_like_person(["Children’s", "Hospital"]), looks_like_person(["President’s", "Address"])
    (False, False)
    """
    if any(POSSESSIVE.search(w) for w in words) or _common(words[-1]):
        return False
    return not any(_common(w) for w in words[:-1]) or bool(SURNAME_SHAPE.search(words[-1]))
