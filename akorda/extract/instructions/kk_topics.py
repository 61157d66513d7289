"""Kazakh topic lists that the postposition rule in kk.py reads in the wrong shape: a topic put
before the subject ("A бойынша Мемлекет басшысы Үкіметке бірқатар тапсырма берді"), and a list
that only modifies the head of one object ("A, B және C салаларын дамыту бойынша": developing the
sectors A, B and C, one undertaking whose object is a list, contract README).
"""
from __future__ import annotations

import re

# the topic before the subject, closed by its postposition; a task, so a verbal noun ends it (not
# "Кездесу қорытындысы бойынша", following the meeting, which names when, not what)
KK_FRONT_TOPIC = re.compile(r"^\s*(?P<topic>\S.*?[^\W\d_]{2}[уюү])\s+(?:бойынша|жөнінде|туралы|қатысты)[\s,]*$", re.I)
# what is left of the clause after the addressee when the tasks are the topic before the subject:
# only "бірқатар" (a number of), "нақты" (concrete) and the like before "тапсырма берді"
KK_NO_OBJECT = re.compile(r"\s*(?:(?:бірқатар|нақты|бірнеше|тиісті|маңызды)(?:\s+|$))*", re.I)
KK_TASK_NOUN_TRIGGER = re.compile(r"\s*(?:тапсырма|міндет|нұсқау)\w*\s", re.I)


def front_topic(sentence: str, front_end: int, a: int, clause_end: int) -> int | None:
    """Where the topic before the subject ends (before its postposition), when the clause after
    the subject names no task of its own and its trigger is a noun of tasks ("тапсырма берді").

    >>> s = "Жолдарды жөндеу бойынша Президент әкімге бірқатар тапсырма берді."
    >>> front_topic(s, 24, s.index("бірқатар"), s.index(" тапсырма"))
    15
    """
    m = KK_FRONT_TOPIC.match(sentence[:front_end])
    if m is None or not KK_NO_OBJECT.fullmatch(sentence[a:clause_end]) \
            or not KK_TASK_NOUN_TRIGGER.match(sentence, clause_end):
        return None
    return m.end("topic")


# the head noun of domains that a list modifies: "денсаулық сақтау, білім беру және әлеуметтік
# қорғау салаларын дамыту" (develop the sectors of health, education and social protection)
KK_DOMAIN_HEAD = re.compile(r"(?:сала|сектор|бағыт|сфера)(?:лар|лер)?(?:ын|ы|ға|на|ның|н)$", re.I)
KK_OBJECT_CASE = re.compile(r"(?:ны|ні|ды|ді|ты|ті|[ыі]н)$", re.I)
KK_DOMAIN_MODIFIER_WORDS = 3


def joined_domains(sentence: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The topic pieces as one when the last names a domain head that the earlier pieces, short
    and with no object of their own, modify (KK_DOMAIN_HEAD)."""
    if len(pieces) < 2:
        return pieces
    last = sentence[pieces[-1][0]:pieces[-1][1]].split()
    if len(last) < 2 or not any(KK_DOMAIN_HEAD.search(w) for w in last[1:]):
        return pieces
    for x, y in pieces[:-1]:
        words = sentence[x:y].split()
        if len(words) > KK_DOMAIN_MODIFIER_WORDS or any(KK_OBJECT_CASE.search(w) for w in words):
            return pieces
    return [(pieces[0][0], pieces[-1][1])]
