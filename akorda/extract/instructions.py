"""Instructions of the Head of State (contract README: each distinct
instruction is its own item, "поручил X, а также Y" is two).

Russian: a yargy grammar finds the trigger ("поручил", "дал поручение",
"поручено" ...), an optional addressee in the dative and the first
infinitive; the clause from that infinitive on is split where "а также",
"и", a comma or a semicolon opens another infinitive. English and Kazakh
use the same plan on their own cue words (an infinitive "to ..." in English,
a verb-final clause before "тапсырды" in Kazakh).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from akorda.extract import morph

RU_CUE = re.compile(r"поруч|поручени", re.I)
EN_CUE = re.compile(r"\b(?:instruct|task|charg|order|direct|instructions)", re.I)
KK_CUE = re.compile(r"тапсыр|міндеттеді|жүктеді", re.I)

EN_TRIGGER = re.compile(
    r"\b(?:instructed|instructs|tasked|tasks|charged|ordered|directed|"
    r"gave\s+(?:a\s+number\s+of\s+|several\s+|specific\s+|a\s+series\s+of\s+)?instructions?|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:instructed|tasked|charged|ordered|directed))\b",
    re.I,
)
EN_TO = re.compile(r"\bto\s+(?!(?:the|a|an|all|its|their|his|her|this|these|those|local|regional)\b)(?=[a-z])")
EN_WITH = re.compile(r"\bwith\s+(?=[a-z]+ing\b)")
EN_SPLIT = re.compile(r"(?:,\s*(?:and\s+)?as\s+well\s+as|;\s*(?:and\s+)?|,?\s+and\s+(?:also\s+)?|,)\s*(?=to\s+[a-z])", re.I)
KK_TRIGGER = re.compile(r"\s*(?:тапсырды|тапсырма(?:лар)?\s+берді|міндеттеді|жүктеді|тапсырылды|тапсырма\s+жүктеді)", re.I)
KK_SPLIT = re.compile(r"(?<=[уюі]ды|[уюі]ді|[уюі]ын|[уюі]ін|уға|уге|уді|уды)(?:,\s*(?:сондай-ақ|сонымен\s+қатар)\s+|\s+және\s+|,\s+)", re.I)
KK_VERBAL_NOUN = re.compile(r"[уюі](?:ды|ді|ын|ін|ға|ге|на|не)?$|уды$|уді$", re.I)
KK_SUBJECT = re.compile(
    r"^.*?(?:Мемлекет\s+басшысы|Президент(?:і)?|Қасым-Жомарт\s+Тоқаев)\s+(?:сондай-ақ\s+)?", re.I
)
KK_DATIVE = re.compile(r"((?:[^\s,]+\s+){0,3}?[^\s,]+(?:ға|ге|қа|ке|на|не|а|е))\s+(?=\S)")

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
FIELDS_END = re.compile(r"[\s.;:,]+$")


@dataclass(frozen=True)
class InstructionSpan:
    text: str
    start: int
    end: int
    assignee: str | None


@lru_cache(maxsize=1)
def _parser() -> Any:
    from yargy import Parser, or_, rule
    from yargy.predicates import gram, normalized

    trigger = or_(
        rule(normalized("поручить")),
        rule(normalized("поручать")),
        rule(
            or_(rule(normalized("дать")), rule(normalized("давать"))),
            gram("ADJF").optional().repeatable(max=2),
            normalized("ряд").optional(),
            normalized("поручение"),
        ),
    )
    return Parser(trigger)


def extract_instructions(text: str, start: int, end: int, lang: str) -> list[InstructionSpan]:
    """Instructions stated in one sentence text[start:end]; spans index text."""
    sentence = text[start:end]
    if lang == "en":
        if not EN_CUE.search(sentence):
            return []
        return _english(text, start, end)
    if lang == "kk":
        if not KK_CUE.search(sentence):
            return []
        return _kazakh(text, start, end)
    if not RU_CUE.search(sentence):
        return []
    return _russian(text, start, end)


def _russian(text: str, start: int, end: int) -> list[InstructionSpan]:
    parser = _parser()
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    matches = list(parser.findall(sentence))
    for n, match in enumerate(matches):
        trig_end = match.span.stop
        limit = matches[n + 1].span.start if n + 1 < len(matches) else len(sentence)
        tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence, trig_end, limit)]
        first_inf = next((i for i, t in enumerate(tokens[:12]) if morph.has_tag(t[0], "INFN")), None)
        if first_inf is None:
            # "дал ряд поручений по развитию туризма": the instruction is a noun phrase
            by = next((i for i, t in enumerate(tokens[:4]) if t[0].lower() in {"по", "о", "касательно"}), None)
            if by is None or not re.search(r"поручени", match_text(sentence, match)):
                continue
            assignee = _ru_assignee([t[0] for t in tokens[:by]])
            a, b = tokens[by][1], _trim(sentence, tokens[by][1], limit)
            if b > a:
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        assignee = _ru_assignee([t[0] for t in tokens[:first_inf]])
        if assignee is None:
            assignee = _ru_assignee_before(sentence, match.span.start)
        clause_start = tokens[first_inf][1]
        for a, b in _split_ru(sentence, clause_start, limit):
            piece = sentence[a:b]
            out.append(InstructionSpan(piece, start + a, start + b, assignee))
    return out


def match_text(sentence: str, match: Any) -> str:
    return sentence[match.span.start:match.span.stop]


def _ru_assignee_before(sentence: str, trigger_start: int) -> str | None:
    """ "Акиму области поручено ...": the addressee stands before a passive trigger."""
    words = [m.group() for m in TOKEN.finditer(sentence, 0, trigger_start)][-3:]
    for i, word in enumerate(words):
        if any(p.tag.POS == "NOUN" and "datv" in p.tag for p in morph.parses(word.lower())) and word[:1].isalpha():
            if word[:1].isupper() and i == 0 and len(words) == 3 and morph.parse(word.lower()).tag.POS != "NOUN":
                continue
            return _ru_assignee(words[i:])
    return None


def _ru_assignee(words: list[str]) -> str | None:
    """The dative addressee before the infinitive, in the nominative ("акиму" → "аким")."""
    out: list[str] = []
    for i, word in enumerate(words):
        if not word[:1].isalpha():
            break
        parses = morph.parses(word.lower())
        if i == 0 or (out and word.lower() in {"и"}):
            if word.lower() == "и":
                out.append(word)
                continue
            datv = next((p for p in parses if p.tag.POS == "NOUN" and "datv" in p.tag), None)
            if datv is None:
                break
            form = datv.inflect({"nomn"})
            out.append(morph._recase(word, form.word) if form else word)
            continue
        datv = next((p for p in parses if p.tag.POS in {"NOUN", "ADJF"} and "datv" in p.tag), None)
        if out and out[-1] == "и" and datv is not None:
            form = datv.inflect({"nomn"})
            out.append(morph._recase(word, form.word) if form else word)
            continue
        if any("gent" in p.tag for p in parses) or word.isupper():
            out.append(word)
            continue
        break
    while out and out[-1] == "и":
        out.pop()
    return " ".join(out) or None


SPLIT_RU = re.compile(r"(?:,\s*а\s+также|;\s*(?:а\s+также)?|,\s*(?:и(?!\w))?|\s+и(?!\w)|\s+а\s+также)\s*")


def _split_ru(sentence: str, a: int, limit: int) -> list[tuple[int, int]]:
    """Cut the clause where a new infinitive begins after a joiner."""
    cuts: list[tuple[int, int]] = []
    seg_start = a
    for m in SPLIT_RU.finditer(sentence, a, limit):
        after = TOKEN.match(sentence, m.end())
        if not after:
            continue
        word = after.group()
        nxt = word
        if morph.parse(word.lower()).tag.POS == "ADVB":
            follow = TOKEN.match(sentence, after.end() + 1) if after.end() + 1 < limit else None
            nxt = follow.group() if follow else word
        if morph.has_tag(word, "INFN") or morph.has_tag(nxt, "INFN"):
            cuts.append((seg_start, m.start()))
            seg_start = after.start()
    cuts.append((seg_start, limit))
    return [(x, _trim(sentence, x, y)) for x, y in cuts if _trim(sentence, x, y) > x]


def _trim(sentence: str, a: int, b: int) -> int:
    m = FIELDS_END.search(sentence, a, b)
    return m.start() if m and m.end() == b else b


def _english(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in EN_TRIGGER.finditer(sentence):
        to = EN_TO.search(sentence, m.end())
        if not to or to.start() - m.end() > 80:
            with_ = EN_WITH.search(sentence, m.end())
            if with_ and with_.start() - m.end() <= 60:
                # "tasked the akim with attracting investors"
                assignee = sentence[m.end():with_.start()].strip(" ,:") or None
                b = _trim(sentence, with_.end(), len(sentence))
                if b > with_.end():
                    out.append(InstructionSpan(sentence[with_.end():b], start + with_.end(), start + b, assignee))
            continue
        between = re.sub(r"^to\s+", "", sentence[m.end():to.start()].strip(" ,:"))
        assignee = between or None
        if assignee and (len(assignee.split()) > 8 or assignee.lower().startswith(("that", "which"))):
            assignee = None
        limit = len(sentence)
        nxt = EN_TRIGGER.search(sentence, to.end())
        if nxt:
            limit = nxt.start()
        pieces: list[tuple[int, int]] = []
        seg = to.end()
        for cut in EN_SPLIT.finditer(sentence, to.end(), limit):
            pieces.append((seg, cut.start()))
            seg = cut.end() + 3  # skip "to "
        pieces.append((seg, limit))
        for a, b in pieces:
            b = _trim(sentence, a, b)
            if b > a:
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
    return out


def _kazakh(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    trig = KK_TRIGGER.search(sentence)
    if not trig:
        return []
    clause_end = trig.start()
    subject = KK_SUBJECT.match(sentence[:clause_end])
    a = subject.end() if subject else 0
    assignee = None
    dat = KK_DATIVE.match(sentence, a, clause_end)
    if dat and not re.search(r"[уюі](?:ға|ге)$", dat.group(1)):
        assignee = _kk_nominative(dat.group(1))
        a = dat.end()
    out = []
    seg = a
    for cut in KK_SPLIT.finditer(sentence, a, clause_end):
        out.append((seg, cut.start()))
        seg = cut.end()
    out.append((seg, clause_end))
    return [
        InstructionSpan(sentence[x:_trim(sentence, x, y)], start + x, start + _trim(sentence, x, y), assignee)
        for x, y in out if _trim(sentence, x, y) > x and KK_VERBAL_NOUN.search(sentence, x, _trim(sentence, x, y))
    ]


def _kk_nominative(phrase: str) -> str:
    """Drop the dative ending of the last word ("облыс әкіміне" → "облыс әкімі")."""
    words = phrase.split()
    words[-1] = re.sub(r"(?:ға|ге|қа|ке|на|не)$", "", words[-1]) or words[-1]
    if words[-1].endswith(("ін", "ын")) and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)


LIST_INTRO = re.compile(r"(?:поруч\w*|instruct\w*|instructions|tasks?|тапсыр\w*|тапсырма\w*)[^.:]{0,60}:\s*$", re.I)
BULLET = re.compile(r"[-–—•·*]\s*|\d{1,2}[.)]\s+")


def introduces_list(sentence: str) -> bool:
    """A sentence such as "Глава государства дал ряд поручений:" that announces a list of items."""
    return bool(LIST_INTRO.search(sentence))


def list_item(text: str, start: int, end: int, lang: str) -> InstructionSpan | None:
    """One item of an announced list: a paragraph opening with a bullet or an infinitive."""
    a = start
    bullet = BULLET.match(text, a, end)
    if bullet:
        a = bullet.end()
    first = TOKEN.match(text, a, end)
    if first is None:
        return None
    if not bullet:
        word = first.group()
        if lang == "ru" and not morph.has_tag(word, "INFN"):
            return None
        if lang == "en" and not (word.lower() == "to" or word[:1].islower()):
            return None
        if lang == "kk" and not KK_VERBAL_NOUN.search(text, a, _trim(text, a, end)):
            return None
    if lang == "en" and text[a:a + 3].lower() == "to ":
        a += 3
    b = _trim(text, a, end)
    if b <= a:
        return None
    return InstructionSpan(text[a:b], a, b, None)
