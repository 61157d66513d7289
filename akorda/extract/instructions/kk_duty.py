"""Kazakh tasks named as someone's duty (see kk.py): "... жағдай туғызу – әкімдердің міндеті"
(the duty after the task) and "Әкімдіктің басты міндеті – ... жою" (the duty before it)."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan, _trim
from akorda.extract.instructions.kk_addressee import KK_ADDRESSEE_HEAD, KK_GENITIVE_END
from akorda.extract.instructions.kk_clauses import KK_MODAL_VERB
from akorda.extract.instructions.kk_state import _state
from akorda.extract.instructions.kk_tasks import MIN_MODAL_WORDS, normalize_task
from akorda.extract.union import quick

# a task named as someone's duty: "... жағдай туғызу – облыс әкімдерінің ең бірінші міндеті екенін
# айтты" (creating ... is the governors' first duty, he said); the verbal noun before the dash is
# checked like a modal's
KK_DUTY = quick(re.compile(r"\s*[–—-]\s+(?:[^\W\d_]+\s+){0,6}?(?:міндеті|шаруасы|парызы|борышы)"
                           r"(?:\s+(?:екенін|екендігін))?(?![^\W\d_])"
                           # reported without the dash: "... шешу әкімдерге жүктелген маңызды міндет екенін айтты"
                           # (said that solving ... is an important duty laid on the governors)
                           r"|(?<=[^\W\d_]{2}[уюү])\s+(?:[^\W\d_]+\s+){0,4}?(?:міндет|міндеті|шаруа|шаруасы|парыз|парызы|борыш|борышы)"
                           r"\s+(?:екенін|екендігін)(?![^\W\d_])"
                           # or stated with the copula: "... міндеттерді толық орындау органдардың басты
                           # жауапкершілігі болып қала береді" (fulfilling the tasks remains the bodies' main
                           # responsibility), "... болып табылады" (is)
                           r"|(?<=[^\W\d_]{2}[уюү])\s+(?:[^\W\d_]+\s+){0,4}?(?:міндеті|жауапкершілігі|шаруасы|парызы|борышы)"
                           r"\s+болып\s+(?:қала\s+береді|табылады|саналады)(?![^\W\d_])"
                           # a need spoken of: "... мән беру қажеттігі туралы айтты" (spoke of the need to ...),
                           # his own "айттым" too (contract README: the first person in quoted speech counts)
                           r"|\s+(?:қажеттігі|қажеттілігі|керектігі)\s+(?:туралы|жайлы|жөнінде)\s+"
                           r"(?:айтты|айттым|айттық|айтып|атап\s+өтті|баса\s+айтты|сөз\s+етті)(?![^\W\d_])", re.I))


# the task named after a dash as someone's main duty: "Әкімдіктің басты міндетінің бірі – ... теңсіздікті
# жою" (one of the akimat's main duties is to remove ...); the owner in the genitive is the assignee
KK_DUTY_FIRST = re.compile(
    r"(?:(?P<owner>[^\W\d_]+(?:ның|нің|дың|дің|тың|тің))\s+)?(?:басты|негізгі|бірінші|ең\s+маңызды)\s+"
    r"міндет(?:і|іміз|інің\s+бірі|терінің\s+бірі|теріміздің\s+бірі)\s*[–—-]\s+(?P<task>[^.!?;»\"]+)", re.I)


def _duty_first(text: str, start: int, end: int) -> list[InstructionSpan]:
    """Tasks stated as a main duty before the dash (KK_DUTY_FIRST), where a verbal noun ends them;
    not the aim of an activity ("экономиканы дамытудың негізгі міндеті – ...", the main task of
    developing the economy is ...), which is given to no one."""
    out = []
    for m in KK_DUTY_FIRST.finditer(text, start, end):
        x, y = m.start("task"), _trim(text, m.start("task"), m.end("task"))
        words = text[x:y].split()
        if m.group("owner") and re.search(r"[уюү][дн][ыі]ң$", m.group("owner"), re.I):
            continue
        if len(words) >= MIN_MODAL_WORDS and KK_MODAL_VERB.search(words[-1]) and not _state(words):
            owner = m.group("owner")
            out.append(InstructionSpan(normalize_task(text[x:y]), x, y,
                                       KK_GENITIVE_END.sub("", owner) if owner and KK_ADDRESSEE_HEAD.search(
                                           KK_GENITIVE_END.sub("", owner)) else None))
    return out
