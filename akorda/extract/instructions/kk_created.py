"""The tasks of a body the Head of State has ordered set up, stated in the future after the order:
"Үкімет комиссиясын құруды тапсырдым. ... Комиссия оқиғаның себебін анықтайды. Зардап шеккендерге
көмек көрсетуді ұйымдастырады." (I instructed a Government commission to be set up ... The
commission will establish the cause. It will organise help for the victims.) Each sentence whose
subject is the body, and each that goes on from it with no subject of its own, names a task of the
body in the present-future ("-ады", "-еді", "-йды"), which the record names by its verbal noun;
the first sentence that names no act of the future ends them.
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan, _trim
from akorda.extract.instructions.kk_clauses import KK_JOINER

# the body set up by the order: its head noun before "құру" (to set up) in the instruction's text
KK_BODY_SET_UP = re.compile(r"(?P<body>(?:комиссия|штаб|жұмыс\s+тоб))[^\W\d_]*\s+құру$", re.I)
# the body as the subject that opens a sentence: "Үкімет комиссиясы ...", "Комиссия ...", "Штаб ..."
# (in the nominative only: "Штабты вице-премьер басқарады", the deputy premier will head it, is not its act)
KK_BODY_SUBJECT = r"(?:[^\W\d_]+\s+){0,2}?(?:{body})(?:[ыі]|сы|сі)?\s+"
# the present-future of the third person that closes the sentence: a stem in a vowel takes "-йды"/"-йді"
# ("анықтайды"), one in a consonant "-ады"/"-еді" ("ұйымдастырады"); not "болады" (will be) nor a
# passive ("тартылады"), which state no one's act
KK_FUTURE = re.compile(r"(?<![^\W\d_])(?P<stem>[^\W\d_]{2,}?)(?P<end>йды|йді|ады|еді)\s*[.!]?\s*$", re.I)
KK_NOT_AN_ACT = re.compile(r"(?:^бол|[ыі]л$|[ыі]н$|(?<=[аеыі])л$)", re.I)
# "тұрақтандырумен айналысады" (will be busy stabilising): the verbal noun before the light verb is the act
KK_BUSY_WITH = re.compile(r"(?P<act>[^\W\d_]+[уюү])мен\s+айналыс(?:ады)\s*[.!]?\s*$", re.I)
# the sentences after the order that it reaches
KK_CREATED_REACH = 4


def created_body_tasks(text: str, order: InstructionSpan, sentences: list[tuple[int, int]]) -> list[InstructionSpan]:
    """The future tasks of the body that `order` sets up, from the sentences after it.

    >>> t = "Мен комиссия құруды тапсырдым. Комиссия өрттің себебін анықтайды. Сондай-ақ көмек көрсетуді ұйымдастырады."
    >>> spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+[.]", t)]
    >>> [i.text for i in created_body_tasks(t, InstructionSpan("комиссия құру", 4, 17, None), spans)]
    ['өрттің себебін анықтау', 'көмек көрсетуді ұйымдастыру']
    """
    set_up = KK_BODY_SET_UP.search(order.text)
    if set_up is None:
        return []
    subject = re.compile(KK_BODY_SUBJECT.replace("{body}", re.escape(set_up.group("body"))), re.I)
    body = f"{order.text[:set_up.end('body')]}{order.text[set_up.end('body'):set_up.end() - len(' құру')]}"
    out: list[InstructionSpan] = []
    going = False
    for a, b in [s for s in sentences if s[0] >= order.end][:KK_CREATED_REACH]:
        a, b = a + len(text[a:b]) - len(text[a:b].lstrip()), _trim(text, a, b)
        opener = subject.match(text, a, b)
        joiner = KK_JOINER.match(text, a, b)
        start = opener.end() if opener else (joiner.end() if joiner else a)
        if not (opener or going):
            continue
        task = _future_task(text, start, b)
        if task is None:
            if out:
                break
            continue
        going = True
        out.append(InstructionSpan(task, start, b, _nominative(body)))
    return out


def _future_task(text: str, a: int, b: int) -> str | None:
    """The clause text[a:b] in the present-future with its verb as the verbal noun, or None."""
    clause = text[a:b].rstrip(" .!")
    busy = KK_BUSY_WITH.search(clause)
    if busy:
        return clause[:busy.end("act")] if len(clause[:busy.end("act")].split()) >= 2 else None
    verb = KK_FUTURE.search(clause)
    if verb is None or KK_NOT_AN_ACT.search(verb.group("stem")) or len(clause.split()) < 3:
        return None
    return clause[:verb.start("end")] + "у"


def _nominative(body: str) -> str:
    """The body as the record names its assignee: "Үкімет комиссиясын" -> "Үкімет комиссиясы"."""
    return re.sub(r"(?<=[ыі])н$", "", body.strip())
