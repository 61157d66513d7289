"""English imperatives in the President's quoted words: «Complete the school by September,» the
Head of State told the akim. As in Russian (ru_modal.imperative), the task is said as the action,
its verb in lower case; only the team's instruction verbs open one («Thank you», «Look at these
figures» give none)."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import CLOSING_QUOTES, InstructionSpan, quoted_beside
from akorda.extract.instructions.en_bounds import _attribution_start
from akorda.extract.instructions.en_lists import _en_lexicon, _split_en
from akorda.extract.instructions.en_speech import NAMED, _dash_speech

# an opening quote (or the dash of a paragraph of speech), a vocative ("Akims, ..."), the verb
# (a later sentence of the same open quote starts with its verb and no mark: «I instruct X to A. Take B
# under control,» the President said)
EN_IMPERATIVE_AT = re.compile(r"\s*(?:[«“\"]|[-–—]\s)?\s*(?:(?:[A-Z][\w-]+|[Dd]ear\s+[\w-]+)(?:\s+[\w-]+){0,2},\s+)?"
                              # "Support for farmers is key": a noun, its preposition or its verb next
                              r"(?P<verb>[A-Za-z][a-z]+)\s+(?!(?:for|of|in|on|to|is|are|was|were|will|must|should|and|or)\b)"
                              r"(?=[a-z0-9])")


def imperative(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The tasks of a quoted sentence that opens with an imperative the President says."""
    sentence = text[start:end]
    m = EN_IMPERATIVE_AT.match(sentence)
    if m is None or m.group("verb").lower() not in _en_lexicon()[0]:
        return []
    at = m.start("verb")
    if not (quoted_beside(text, start, end, start + at, NAMED) or _dash_speech(text, start + at)):
        return []
    closes = [i for i in (sentence.find(q, at) for q in (*CLOSING_QUOTES, '"')) if i >= 0]
    limit = _attribution_start(sentence, at, min(closes, default=len(sentence)))
    pieces = _split_en(sentence, at, limit, gerund=False)
    return [InstructionSpan((sentence[a:b][:1].lower() + sentence[a + 1:b]) if a == at else sentence[a:b], start + a, start + b, None)
            for a, b in pieces]
