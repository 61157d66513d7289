"""The Kazakh instruction named as a noun before a dash: "Мемлекет басшысының облыс әкіміне берген
тапсырмасы – ... қамту" (the Head of State's task to the governor is to provide ...), as the Russian
"поручение Главы государства — ..." (contract README: instructions come in many forms).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import KK_HEAD_OF_STATE_GEN, InstructionSpan, _trim
from akorda.extract.instructions.kk_addressee import _addressee
from akorda.extract.instructions.kk_clauses import KK_MODAL_VERB

KK_NOMINAL_TASK = re.compile(
    KK_HEAD_OF_STATE_GEN + r"\s+(?P<to>(?:[^\W\d_-]+\s+){0,5}?)"
    # (his duty given to someone, "жүктеген міндеті"; not his own, "Президенттің міндеті – халыққа
    # қызмет ету", the President's duty is to serve the people)
    r"(?:(?:берген|жүктеген|қойған)\s+(?:тапсырмасы|міндеті|нұсқауы)|тапсырмасы|нұсқауы)\s*[–—-]\s+(?P<task>[^.!?;»\"]+)", re.I)
KK_NOMINAL_MIN_WORDS = 2


def nominal_tasks(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The task after the dash, where a verbal noun ends it; the dative before the participle is
    the addressee.

    >>> s = "Президенттің әкімге берген тапсырмасы – жаңа мектептер салу."
    >>> [(t.text, t.assignee) for t in nominal_tasks(s, 0, len(s))]
    [('жаңа мектептер салу', 'әкім')]
    """
    out = []
    for m in KK_NOMINAL_TASK.finditer(text, start, end):
        x, y = m.start("task"), _trim(text, m.start("task"), m.end("task"))
        words = text[x:y].split()
        if len(words) < KK_NOMINAL_MIN_WORDS or not KK_MODAL_VERB.search(words[-1]):
            continue
        to = m.group("to").strip()
        found = _addressee(text, m.start("to"), m.end("to")) if to else None
        out.append(InstructionSpan(text[x:y], x, y, found[0] if found and found[1] >= m.end("to") else None))
    return out
