"""The Kazakh addressee that stands after the task, right before the trigger: "... жөндеуді облыс
әкіміне тапсырды" (gave the repair of ... to the governor). Word order is free before the verb,
and a writer who puts the task first names the addressee last; the dative phrase is then no part
of the task.
"""
from __future__ import annotations

import re

from akorda.extract.instructions.kk_addressee import KK_ADDRESSEE_HEAD, KK_GENITIVE_END, _addressee, _kk_nominative

# the accusative verbal noun that closes the task before the addressee ("жөндеуді", "әзірлеуді"),
# or before a passive the nominative one, its subject ("... аяқтау облыс әкімдігіне тапсырылды")
KK_TASK_BEFORE_ADDRESSEE = re.compile(r"(?<=[^\W\d_]{2}[уюү])(?:ды|ді)\s+", re.I)
KK_TASK_BEFORE_PASSIVE = re.compile(r"(?<=[^\W\d_]{2}[уюү])\s+", re.I)
KK_PASSIVE_TRIGGER = re.compile(r"\s*(?:тапсырылды|тапсырыл[ыі]пт[ыі]|жүктелді)(?![^\W\d_])", re.I)
# an addressee phrase is short: up to five words after the task
KK_TRAILING_REACH = 6


def trailing_addressee(sentence: str, a: int, b: int) -> tuple[str, int] | None:
    """The addressee that fills the words between the task's accusative verbal noun and the
    trigger at `b`, in the nominative, and where the task ends.

    >>> s = "Президент жолдарды жөндеуді облыс әкіміне тапсырды."
    >>> trailing_addressee(s, 10, s.index(" тапсырды"))
    ('облыс әкімі', 27)
    """
    end = len(sentence[:b].rstrip())
    whole = _addressee(sentence, a, end + 1) if end > a else None
    if whole and whole[1] >= end:
        # the clause is the addressee alone: "Үкіметке тапсырма берді: ..." (the tasks follow the colon)
        return whole[0], a
    task_end = KK_TASK_BEFORE_PASSIVE if KK_PASSIVE_TRIGGER.match(sentence, b) else KK_TASK_BEFORE_ADDRESSEE
    for m in reversed(list(task_end.finditer(sentence, a, end))):
        if len(sentence[m.end():end].split()) > KK_TRAILING_REACH:
            return None
        found = _addressee(sentence, m.end(), end + 1)
        if found and found[1] >= end:
            return found[0], m.end() - len(m.group()) + len(m.group().rstrip())
    return None


# "Мемлекет басшысы Үкіметтің назарын ... тұрақтандыру қажеттігіне аударды" (drew the Government's
# attention to the need to stabilise ...): the owner of the attention is whom the need is put to
KK_ATTENTION_OF = re.compile(r"\s*(?P<owner>(?:[^\W\d_-]+\s+){0,3}?[^\W\d_-]+(?:ның|нің|дың|дің|тың|тің))\s+назарын\s+", re.I)


def attention_owner(sentence: str, a: int, b: int) -> tuple[str, int] | None:
    """The addressee named as the owner of the attention drawn at the clause's start, in the
    nominative, and where the task starts.

    >>> s = "Президент әкімдердің назарын жолдарды жөндеу қажеттігіне аударды."
    >>> attention_owner(s, 10, s.index(" қажеттігіне"))
    ('әкімдер', 29)
    """
    m = KK_ATTENTION_OF.match(sentence, a, b)
    if m is None:
        return None
    owner = KK_GENITIVE_END.sub("", m.group("owner"))
    return (owner, m.end()) if KK_ADDRESSEE_HEAD.search(owner) else None


# where the words were said, which opens a clause before the task: "Өткен айда Үкімет отырысында
# ... мән беру қажеттігі туралы айттым" (last month at a Government meeting I spoke of the need to ...)
KK_SAID_AT = re.compile(r"\s*(?:[^\W\d_]+\s+){0,6}?(?:отырыс|кеңес|кездесу|жиын|съезд|форум|мәжіліс|сессия)"
                        r"[^\W\d_]*(?<=[дт][аеә])[\s,]+", re.I)


def said_at(sentence: str, a: int, b: int) -> int:
    """Where the task starts after the meeting at which it was said (KK_SAID_AT), if one opens it.

    >>> s = "Өткен жылы Үкімет отырысында жолдарды жөндеу қажет екенін айттым."
    >>> s[said_at(s, 0, s.index(" қажет")):]
    'жолдарды жөндеу қажет екенін айттым.'
    """
    m = KK_SAID_AT.match(sentence, a, b)
    return m.end() if m else a


# the addressee named after the speech verb that closes a quoted imperative: "«... аяқтаңыздар», – деді
# Президент облыс әкімдеріне қарата" (said the President, addressing the regional governors)
KK_ADDRESSED_TO = re.compile(r"[»\"”]?\s*,?\s*[-–—]?\s*(?:деді|деп\s+атап\s+өтті|деп\s+айтты)\s+(?:[^\W\d_-]+\s+){0,3}?"
                             r"(?P<to>(?:облыс|қала|аудан|өңір|барлық)?\s*[^\W\d_]+(?:ға|ге|қа|ке|на|не))\s+қарата(?![^\W\d_])", re.I)


def addressed_after(sentence: str, a: int, form_end: int) -> tuple[str, int] | None:
    """The addressee the speech verb after a quoted imperative names (KK_ADDRESSED_TO), in the
    nominative, and `a` (the task starts where it did).

    >>> s = "Жұмысты аяқтаңыздар, – деді Президент облыс әкімдеріне қарата."
    >>> addressed_after(s, 0, s.index(","))
    ('облыс әкімдері', 0)
    """
    m = KK_ADDRESSED_TO.match(sentence, form_end)
    to = m.group("to").strip() if m else ""
    return (_kk_nominative(to), a) if to and KK_ADDRESSEE_HEAD.search(to.split()[-1]) else None
