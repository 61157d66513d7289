"""English tasks in a mandative that-clause ("instructed that the hospital be completed",
"demanded that the Government take measures"), and the past instruction a release only recalls
("Earlier, ...", "which the President had instructed ..."), which gives none."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_HEAD_OF_STATE, EN_HEAD_OF_STATE_OR_HE, InstructionSpan, _trim
from akorda.extract.instructions.en_addressee import _is_agent
from akorda.extract.instructions.en_bounds import _attribution_start
from akorda.extract.instructions.en_lists import _is_verb, _split_en

# a past instruction the release recalls: "Earlier, ...", "Last year ...", "... had instructed"
RECALLED = re.compile(r"^\s*(?:Earlier|Previously|Formerly|Last\s+(?:year|month|week|spring|summer|autumn|winter)|"
                      r"At\s+(?:the|a|his)\s+(?:previous|last)\s+\w+|Recall\s+that|As\s+a\s+reminder)\b|"
                      # "Kazinform recalls that the President instructed ...", "the akimat had been instructed to ..."
                      r"\b(?:recalls?|recalled|reminds?|reminded)\s+that\b|\bhad\s+been\s+$|"
                      # "The hospital, which the Head of State instructed to build, opened": a relative clause
                      r"\b(?:which|whom)\s+(?:the\s+)?" + EN_HEAD_OF_STATE + r"\s+(?:had\s+)?$|"
                      r"\b(?:had|previously|earlier)\s+$|\b(?:years?|months?|weeks?)\s+ago\b", re.I)


# "instructed that the hospital be completed", "demanded that the Government take measures": a
# mandative that-clause, its verb in the bare form
EN_THAT = re.compile(r"\b(?:instructed|ordered|directed|demanded|insisted|required)\s+that\s+", re.I)


def _that_clause(sentence: str, start: int, m: re.Match[str]) -> list[InstructionSpan]:
    """The task of a mandative that-clause: from its bare verb, its subject the addressee, or the
    whole clause where the verb is a passive "be done"."""
    if RECALLED.search(sentence, 0, m.start()) or not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, m.start()):
        return []
    limit = _attribution_start(sentence, m.end(), len(sentence))
    words = list(re.finditer(r"[\w’'-]+", sentence[:limit]))
    words = [w for w in words if w.start() >= m.end()][:10]
    for n, w in enumerate(words[1:], 1):
        word = w.group()
        if word == "be" and re.match(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b", sentence[w.end():]):
            pieces = [(m.end(), _trim(sentence, m.end(), limit))]
            return [InstructionSpan(sentence[a:b], start + a, start + b, None) for a, b in pieces if b > a]
        if word.islower() and _is_verb(word) and not word.endswith("s"):
            subject = sentence[m.end():words[n - 1].end()]
            assignee = subject if _is_agent(subject) else None
            return [InstructionSpan(sentence[a:b], start + a, start + b, assignee)
                    for a, b in _split_en(sentence, w.start(), limit, gerund=False)]
    return []
