"""A Kazakh release cut off in the middle of its last sentence (a news site's teaser, a page
stored short): "Мемлекет басшысы облыс әкіміне жолдарды жөндеу, мектептерді уақыт". The verb
that would close the clause ("тапсырды") is lost, but the sentence still opens as an order does:
the Head of State as its subject with an addressee or an accusative verbal noun, or "Сондай-ақ"
(besides) right after a sentence of his instructions. Its complete tasks are items; the piece
the cut leaves is one where it still names a task of a few words (its last word unfinished).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan
from akorda.extract.instructions.kk_addressee import _addressee, nominative_subject
from akorda.extract.instructions.kk_clauses import KK_JOINER, _clauses
from akorda.extract.instructions.kk_speaker import KK_SUBJECT
from akorda.extract.instructions.kk_tasks import KK_CONVERB, KK_VERBAL_NOUN, _tasks, normalize_task

# the text stops on a word: no closing punctuation at all
KK_CUT_WORD = re.compile(r"[^\W\d_]\s*$")
# the last cut between tasks before the unfinished piece
KK_LAST_CUT = re.compile(r",\s+|\s+және\s+", re.I)
KK_ACCUSATIVE_TASK = re.compile(r"[^\W\d_]{2}[уюү](?:ды|ді|ын|ін)(?![^\W\d_])", re.I)
# the fewest words the unfinished piece names a task in
MIN_CUT_WORDS = 3
KK_PREVIOUS_END = re.compile(r"[.!?…]\s+")


def cut_short(text: str, start: int, end: int, cue: re.Pattern[str]) -> list[InstructionSpan]:
    """The tasks of a last sentence cut short (see the module docstring); a sentence that opens
    with a joiner needs the sentence before it to give instructions (its `cue`, ``ordered``),
    asked only there: this runs on every Kazakh sentence without a cue of its own."""
    if text[end:].strip() or not KK_CUT_WORD.search(text, start, end):
        return []
    sentence = text[start:end].rstrip()
    subject = KK_SUBJECT.match(sentence)
    assignee = None
    if subject and not subject.group("front").strip():
        a = subject.end()
        found = _addressee(sentence, a, len(sentence))
        if found:
            assignee, a = found
        elif not KK_ACCUSATIVE_TASK.search(sentence, a):
            return []
    elif (joiner := KK_JOINER.match(sentence)) and joiner.group().strip() and ordered(text, start, cue):
        a = joiner.end()
        found = nominative_subject(sentence, a, len(sentence))
        if found:
            assignee, a = found
    else:
        return []
    cuts = list(KK_LAST_CUT.finditer(sentence, a))
    if not cuts:
        return []
    last = cuts[-1]
    out = []
    for x, y in _clauses(sentence, a, last.start()):
        if KK_VERBAL_NOUN.search(sentence, x, y) or KK_CONVERB.search(sentence, x, y):
            out.extend(_tasks(sentence, x, y, start, assignee))
    tail = sentence[last.end():]
    if out and len(tail.split()) >= MIN_CUT_WORDS:
        out.append(InstructionSpan(normalize_task(tail), start + last.end(), start + len(sentence), assignee))
    return out


def ordered(text: str, start: int, cue: re.Pattern[str]) -> bool:
    """Whether the sentence before `start` states instructions (its `cue`)."""
    window = text[max(0, start - 600):start].rstrip()
    ends = list(KK_PREVIOUS_END.finditer(window))
    before = window[ends[-1].end():] if ends else window
    return cue.search(before) is not None
