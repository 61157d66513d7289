"""English instructions whose trigger is no verb of the Head of State with its addressee: his
instructions as the subject ("The Head of State's instructions include A and B", "Among the
instructions of the President are A and B"), "insisted on A", and the verbs that lay out tasks
on topics ("outlined tasks on A, B and C")."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_HEAD_OF_STATE, EN_HEAD_OF_STATE_OR_HE, InstructionSpan
from akorda.extract.instructions.en_lists import _gerund_at, _split_en, _split_en_topics

PRESIDENT = r"(?:the\s+)?" + EN_HEAD_OF_STATE
# "The Head of State's instructions included A", "The instructions of the President include A",
# "Among the tasks set by the President are A and B", "Among the President's instructions is A"
EN_HIS_INSTRUCTIONS = re.compile(
    r"^\s*(?:(?:The\s+)?" + PRESIDENT + r"['’]s\s+(?:main\s+|key\s+|specific\s+)?(?:instructions|tasks)|"
    r"The\s+(?:main\s+|key\s+|specific\s+)?(?:instructions|tasks)\s+(?:of|(?:given|set)\s+by)\s+" + PRESIDENT + r")\s+"
    r"(?:also\s+)?(?:include|included|concern(?:ed)?|cover(?:ed)?|related?\s+to|were\s+related\s+to)\s+|"
    r"^\s*Among\s+(?:the\s+)?(?:" + PRESIDENT + r"['’]s\s+(?:main\s+|key\s+)?(?:instructions|tasks)|"
    r"(?:main\s+|key\s+)?(?:instructions|tasks)\s+(?:of|(?:given|set)\s+by)\s+" + PRESIDENT + r")\s*,?\s+"
    r"(?:are|were|is|was)\s+(?:also\s+)?", re.I)
# "The President insisted on reducing X", "Tokayev insisted on a review of Y": a demand of his
EN_INSISTED = re.compile(r"\b" + PRESIDENT + r"\s+(?:also\s+)?insisted\s+on\s+", re.I)
# "The President outlined tasks on A, B and C", "set out a number of tasks regarding A and B"
EN_OUTLINED = re.compile(r"\b(?:outlined|set\s+out|identified|defined|determined)\s+(?:(?:a\s+number\s+of|several|the\s+following|"
                         r"certain|specific|concrete|priority|key|main|the)\s+)*(?:instructions|tasks)\s+"
                         r"(?:on|regarding|concerning|related\s+to|aimed\s+at)\s+", re.I)
EN_ACTION_START = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?[a-z-]+(?:tion|sion|ment|ance|ence)s?\b", re.I)


def subject_tasks(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The tasks of the sentence text[start:end] in one of the forms above."""
    sentence = text[start:end]
    found = EN_HIS_INSTRUCTIONS.match(sentence)
    insisted = EN_INSISTED.search(sentence) if found is None else None
    if insisted and (_gerund_at(sentence, insisted.end()) or EN_ACTION_START.match(sentence, insisted.end())):
        found = insisted  # "insisted on reducing X", "insisted on a review of Y"; "insisted on his view" names no task
    if found is None:
        found = EN_OUTLINED.search(sentence)
        if found is None or not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, found.start()):
            return []
    at = found.end()
    pieces = _split_en(sentence, at, len(sentence), gerund=True) if _gerund_at(sentence, at) else \
        _split_en_topics(sentence, at, len(sentence))
    return [InstructionSpan(sentence[a:b], start + a, start + b, None) for a, b in pieces]
