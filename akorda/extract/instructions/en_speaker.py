"""Whose words an English emphasis is: a joint subject of a talk, or a pronoun that goes on with
the official who reported, states no task of the Head of State's."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_OFFICIAL_TITLE, quoted_beside
from akorda.extract.instructions.en_speech import NAMED

# a joint subject of a talk or a summit ("The Presidents noted the need to ...", "the sides stressed
# the importance of ..."): an agreed view of both parties, no task the Head of State gives
EN_JOINT_SUBJECT = re.compile(r"\b(?:(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:Presidents|leaders|parties|sides|interlocutors|heads\s+of\s+state)|"
                              r"[Tt]hey)\s+(?:(?:also|further|jointly|once\s+again)\s+)?$")

# "The akim reported on X. He stressed the need to ...": the pronoun goes on with the official
EN_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\b")
EN_OFFICIAL_OPENS = re.compile(r"\s*(?:(?:The|Its|Our)\s+)?(?:[\w-]+\s+){0,2}?(?:" + EN_OFFICIAL_TITLE + r"|head)\b", re.I)


def _official_pronoun(text: str, start: int, sentence: str, at: int) -> bool:
    """Whether the sentence's "He"/"She" before `at` is the official the paragraph's previous
    sentence opened with, and not the Head of State."""
    if not EN_PRONOUN_SUBJECT.match(sentence) or NAMED.search(sentence, 0, at):
        return False
    para = text[text.rfind("\n", 0, start) + 1:start].strip()
    before = re.split(r"(?<=[.!?])\s+", para)[-1] if para else ""
    return EN_OFFICIAL_OPENS.match(before) is not None and NAMED.search(before) is None


# an official named beside a quote: «I have instructed my deputies to ...,» the akim said
EN_OFFICIAL = re.compile(r"\b" + EN_OFFICIAL_TITLE + r"s?\b", re.I)


def others_quote(text: str, start: int, end: int, at: int) -> bool:
    """Whether `at` stands in a quote an official is named beside and the Head of State is not:
    the official's own words, whose orders to his staff are no task of the release."""
    return quoted_beside(text, start, end, at, EN_OFFICIAL) and not quoted_beside(text, start, end, at, NAMED)
