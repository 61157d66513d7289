"""Kazakh instructions: verb-final clauses before the trigger (see the package docstring)."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan, _trim

KK_CUE = re.compile(r"тапсыр|міндет|жүктеді", re.I)
KK_TRIGGER = re.compile(
    r"\s*(?:тапсырды|тапсырма(?:лар)?\s+берді|міндеттеді|жүктеді|тапсырылды|тапсырма\s+жүктеді|"
    # "... тарту міндетін қойды" (set the task of ...), passive "міндеті қойылды"
    r"міндет(?:ін|ті|тер(?:ін|ді)?|і)?\s+(?:қойды|қойылды|жүктелді))",
    re.I,
)
KK_JOINER = re.compile(r"[\s,;]*(?:(?:сондай-ақ|сонымен\s+қатар|және|әрі)\s+)?", re.I)
KK_SPLIT = re.compile(r"(?<=[уюі]ды|[уюі]ді|[уюі]ын|[уюі]ін|уға|уге|уді|уды)(?:,\s*(?:сондай-ақ|сонымен\s+қатар)\s+|\s+және\s+|,\s+)", re.I)
KK_VERBAL_NOUN = re.compile(r"[уюі](?:ды|ді|ын|ін|ға|ге|на|не)?$|уды$|уді$", re.I)
KK_SUBJECT = re.compile(
    r"^.*?(?:Мемлекет\s+басшысы|Президент(?:і)?|Қасым-Жомарт\s+Тоқаев)\s+(?:сондай-ақ\s+)?", re.I
)
KK_DATIVE = re.compile(r"((?:[^\s,]+\s+){0,3}?[^\s,]+(?:ға|ге|қа|ке|на|не|а|е))\s+(?=\S)")


def _kazakh(text: str, start: int, end: int) -> list[InstructionSpan]:
    """Kazakh is verb-final: each trigger closes the clause that precedes it; a second
    trigger after "сондай-ақ" ("..., сондай-ақ ... міндетін қойды") opens no new subject."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    a, assignee = 0, None
    for n, trig in enumerate(KK_TRIGGER.finditer(sentence)):
        clause_end = trig.start()
        if n == 0:
            subject = KK_SUBJECT.match(sentence[:clause_end])
            a = subject.end() if subject else 0
        else:
            joiner = KK_JOINER.match(sentence, a)
            a = joiner.end() if joiner else a
        dat = KK_DATIVE.match(sentence, a, clause_end)
        if dat and not re.search(r"[уюі](?:ға|ге)$", dat.group(1)):
            assignee = _kk_nominative(dat.group(1))
            a = dat.end()
        pieces, seg = [], a
        for cut in KK_SPLIT.finditer(sentence, a, clause_end):
            pieces.append((seg, cut.start()))
            seg = cut.end()
        pieces.append((seg, clause_end))
        for x, y in pieces:
            y = _trim(sentence, x, y)
            if y > x and KK_VERBAL_NOUN.search(sentence, x, y):
                out.append(InstructionSpan(sentence[x:y], start + x, start + y, assignee))
        a = trig.end()
    return out


def _kk_nominative(phrase: str) -> str:
    """Drop the dative ending of the last word ("облыс әкіміне" → "облыс әкімі"); "X-тің
    алдына" (before X) names X ("облыс әкімінің алдына" → "облыс әкімі")."""
    words = phrase.split()
    if len(words) > 1 and words[-1].lower() in {"алдына", "алдында"}:
        words.pop()
        words[-1] = re.sub(r"(?:ның|нің|дың|дің|тың|тің)$", "", words[-1]) or words[-1]
        return " ".join(words)
    words[-1] = re.sub(r"(?:ға|ге|қа|ке|на|не)$", "", words[-1]) or words[-1]
    if words[-1].endswith(("ін", "ын")) and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)
