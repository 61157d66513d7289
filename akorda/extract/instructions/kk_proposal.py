"""The Kazakh umbrella that takes up a proposal: "Мемлекет басшысы тұрғындардың ауылда мектеп салу
жөніндегі ұсынысын қолдады. ... Әкімге тиісті тапсырма берді." (supported the residents' proposal
to build a school in the village ... gave the governor the relevant instructions). The relevant
instructions are the proposal carried out: its action is the task, where the release names no
other (the content-free umbrella counts only where it is alone, contract README).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan
from akorda.extract.instructions.kk_tasks import normalize_task

# "X жөніндегі ұсынысын қолдады" (supported the proposal on X), "X туралы ұсынысты қолдап": the
# action before the postposition ends in a verbal noun
KK_SUPPORTED_PROPOSAL = re.compile(
    r"(?P<task>(?:[^\W\d_«»\"-][^\s.!?]*[ \u00a0]+){1,10}?[^\W\d_]+[уюү])\s+(?:жөніндегі|туралы|жөнінде)\s+"
    r"(?:бастамасы|ұсыныс)\w*\s+қолда(?:ды|п|йды|ған)", re.I)
# the one who proposed, in the genitive, opens the phrase: "тұрғындардың", "халықтың", "депутаттардың"
KK_PROPOSER = re.compile(r"(?:[^\W\d_]+\s+){0,2}?(?:халқ|халық|тұрғын|жұртшылық|депутат|азамат|ардагер|қоғам|"
                         r"әкім|министр|ғалым|кәсіпкер|жастар|ата-ана)\w*(?:ның|нің|дың|дің|тың|тің)\s+", re.I)
# the sentence's subject, before the proposer: "Мемлекет басшысы", "Президент", "Қасым-Жомарт Тоқаев"
KK_SUPPORTER = re.compile(r"^.*?(?:басшысы|Президент(?:і)?|Тоқаев|Назарбаев)\s+", re.I)
# the umbrella that takes it up: "тиісті", the relevant ones
KK_RELEVANT = re.compile(r"тиісті\s", re.I)


def supported_proposal(text: str, umbrella: InstructionSpan) -> InstructionSpan | None:
    """The proposal the Head of State supported before a relevant-instructions umbrella, as the task.

    >>> t = "Президент тұрғындардың ауылда мектеп салу жөніндегі ұсынысын қолдады. Әкімге тиісті тапсырма берді."
    >>> supported_proposal(t, InstructionSpan("тиісті тапсырма берді", 77, 98, None)).text
    'ауылда мектеп салу'
    """
    if not KK_RELEVANT.match(umbrella.text):
        return None
    m = KK_SUPPORTED_PROPOSAL.search(text, 0, umbrella.start)
    if m is None:
        return None
    a = m.start("task")
    supporter = KK_SUPPORTER.match(text[a:m.end("task")])
    a += supporter.end() if supporter else 0
    proposer = KK_PROPOSER.match(text, a, m.end("task"))
    a = proposer.end() if proposer else a
    b = m.end("task")
    return InstructionSpan(normalize_task(text[a:b]), a, b, umbrella.assignee) if b > a else None
