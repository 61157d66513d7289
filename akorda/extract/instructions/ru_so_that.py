"""Russian instructions stated as a clause: "потребовал, чтобы акиматы навели порядок",
"поручил, чтобы министерство пересмотрело нормы". The subject of the clause is the addressee
and its past verb, said in the infinitive, the action ("навести порядок"); the President (or
"он") is named before the verb, as for "призвал".
"""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import InstructionSpan, _tokens, _trim
from akorda.extract.instructions.ru import APPEALED_BY
from akorda.extract.instructions.ru_addressee import _ru_addressee

SO_THAT = re.compile(r"(?<![^\W\d_])(?:потребовал|поручил|призвал|рекомендовал)\w*\s*,?\s+чтобы\s+", re.I)


def so_that(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The action of each "потребовал, чтобы <addressee> <past verb> ..." in text[start:end]."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in SO_THAT.finditer(sentence):
        if APPEALED_BY.search(sentence, 0, m.start()) is None:
            continue  # "Аким потребовал, чтобы подрядчики ...": an official's own demand
        tokens = _tokens(sentence, m.end(), len(sentence))
        assignee, pos = _ru_addressee(tokens, 0, "nomn")
        negated = pos < len(tokens) and tokens[pos][0].lower() == "не"
        at = pos + negated
        if assignee is None or at >= len(tokens):
            continue
        verb = next((p for p in morph.parses(tokens[at][0].lower()) if p.tag.POS == "VERB" and "past" in p.tag), None)
        if verb is None:
            continue
        b = _trim(sentence, tokens[at][2], len(sentence))
        action = ("не " if negated else "") + verb.normal_form + sentence[tokens[at][2]:b]
        out.append(InstructionSpan(sentence[tokens[pos][1]:b], start + tokens[pos][1], start + b, assignee, action))
    return out
