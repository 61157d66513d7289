"""Quantities: a number (digits or words) with its scale, unit or counted object.

One pass per sentence: every number anchor is extended to the right with the
matchers of ``units.py`` (scale, unit, rate) or with a noun phrase found by
morphology, and to the left with a qualifier. What is not a fact by the
contract README (years, dates, ages, durations, "один из") is dropped here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import SupportsInt, cast

from akorda.extract import morph
from akorda.extract.knowledge import word_set
from akorda.extract.numbers import WORD, cardinal_word, multiple_word, normalize_number, number_pattern, ordinal_word
from akorda.extract.units import (
    KK_APPROXIMATE,
    compound_scale,
    conversions,
    gloss,
    kk_gloss,
    non_count_nouns,
    prefix_unit,
    qualifier_after,
    qualifier_before,
    rate_at,
    scales,
    time_nouns,
    units,
)

# A counted object seen earlier in the sentence: (its words, its lemma), for "of which ..." figures.
ObjectRef = tuple[str | None, str | None]


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    start: int
    end: int
    qualifier: str | None = None
    object: str | None = None
    object_lemma: str | None = None
    # a number without unit or noun ("70, 80 and 90 percent", "с 3,4 трлн до 6 трлн тенге"):
    # it takes the unit of the list it stands in, or the currency of a money context
    bare: bool = False


ELIDED = "\u2026"
GAP = re.compile(r"[ \u00a0\u202f\u2009]+")
RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")
RANK_AFTER = re.compile(
    r"(?:-?(?:[её]|й|я|го|м|ое|ом|ой|ым|th|st|nd|rd)[ \u00a0]+(?P<noun>мест[оаеу]|позици[июяей]|place|position)"
    r"|[ \u00a0]+(?:мест[ое]|place)"
    r"|-?(?:ші|шы|інші|ыншы)?[ \u00a0]+орын(?:ға|да|ды|нан|ы|ын)?"
    r"|-орын(?:ға|да|ды|нан|ы|ын)?)(?![^\W\d_])",
    re.I,
)
KK_SUFFIX = re.compile(r"-?(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|не|на|де|да|те|та|ге|і|ы|сы|сі|ші|шы|інші|ыншы)(?![^\W\d_])")
OF_WHICH = re.compile(r"[ \u00a0]+(?:из\s+(?:них|которых)|of\s+(?:them|which|whom)|оның\s+ішінде)(?![^\W\d_])", re.I)
IN_BEFORE = re.compile(r"(?:^|(?<=\W))[вВ][ \u00a0]+$")
EN_ORDINAL_SUFFIX = re.compile(r"(?:th|st|nd|rd)(?![^\W\d_])")
RANKED_BEFORE = re.compile(r"(?:rank(?:ed|s|ing)?|came|finished|placed)\s+$", re.I)
AGE_BEFORE = re.compile(r"(?:\bage(?:d)?\s+(?:of\s+)?|\bunder\s+|возраст\w*\s+(?:до\s+|от\s+|старше\s+)?)$", re.I)
FROM_BEFORE = re.compile(r"(?:^|(?<=\W))(?:from|с|со)[ \u00a0]+$", re.I)
TO_AFTER = re.compile(r"[ \u00a0]+(?:to|до)[ \u00a0]+\d")
TO_BEFORE = re.compile(r"(?:from|с|со)[ \u00a0]+[\d., \u00a0]+?[ \u00a0]+(?:to|до)[ \u00a0]+$", re.I)
KK_ADJECTIVAL = re.compile(r"[ \u00a0]+[^\W\d_]+(?:лы|лі|ды|ді|ты|ті|дық|дік|тық|тік|лық|лік)(?![^\W\d_])")
KK_FROM_BEFORE = re.compile(r"\d[^.;]{0,25}?(?:дан|ден|тан|тен|нан|нен)[ \u00a0]+$", re.I)
KK_ONE = frozenset({"бір", "бірі", "біреу", "бірге"})
KK_RATE_BEFORE = re.compile(r"(тәулігіне|жылына)[ \u00a0]+$", re.I)
OF_NUMBER = re.compile(r"[ \u00a0]+(?:of|из)[ \u00a0]+\d")
CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;,)]|$)")
LEVEL_BEFORE = re.compile(
    r"(?:reach(?:ed|ing)?|total(?:led|ed|ing)?(?:\s+to)?|amount(?:ed|ing)\s+to|(?:rose|increased|grew|fell|decreased|dropped)\s+to|"
    r"составил[аио]?|составляет|составят|достиг(?:ла|ло|ли)?|достигнет|насчитывается|превысил[аио]?|увеличил[аио]?сь\s+до|"
    r"вырос(?:ла|ло|ли)?\s+до|вырастет\s+до|сократил[аио]?сь\s+до|снизил[аио]?сь\s+до)"
    r"(?:\s+[^\W\d_]+){0,2}[ \u00a0]+$",
    re.I,
)
OF_THEM_BEFORE = re.compile(r"(?:из\s+(?:них|которых)|в\s+том\s+числе|of\s+(?:them|which)|including|оның\s+ішінде)[ \u00a0]+$", re.I)
ONE_OF = re.compile(r"[ \u00a0]+(?:из|of)(?![^\W\d_])", re.I)

RU_NOUNISH = frozenset({"NOUN"})
RU_ADJISH = frozenset({"ADJF", "PRTF", "NUMR"})


def scan(text: str, start: int, end: int, lang: str) -> list[Quantity]:
    """All quantities in text[start:end] (one sentence), spans in text."""
    found: list[Quantity] = []
    last_object: list[ObjectRef] = []
    for m in number_pattern(lang).finditer(text, start, end):
        q = _from_digits(text, m, end, lang, last_object)
        if q:
            found.append(q)
            if q.unit == "count":
                last_object.append((q.object, q.object_lemma))
    found.extend(_from_words(text, start, end, lang, found))
    found.sort(key=lambda q: q.start)
    return _resolve_bare(text, start, end, _dedupe(found))


# what may stand between the numbers of one list that share a unit: "70, 80, а местами 90
# процентов", "3,4 трлн до 6 трлн тенге", "70-80 пайызын", "between 12 and 15 percent"
LIST_GAP = re.compile(
    r"[ \u00a0]*(?:,|;|[-–—]|\bи\b|\bили\b|\bа\s+местами\b|\band\b|\bor\b|\bto\b|\bдо\b|және|немесе|"
    r"\bс\b|\bfrom\b)?(?:[ \u00a0]*(?:,|\bи\b|\band\b|\bа\s+местами\b|\bа\b|\bдо\b|\bto\b))?[ \u00a0]*",
    re.I,
)
MONEY_UNITS = frozenset({"KZT", "USD", "EUR", "RUB"})
MONEY_CONTEXT = re.compile(
    r"стоимост|инвестиц|бюджет|финансир|доход|выручк|кредит|займ|тенге|worth|cost|invest|budget|fund|revenue|"
    r"loan|tenge|құны|қаржы|инвестиция|бюджет|теңге|qarjy|ınvest", re.I)


def _resolve_bare(text: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers take the unit of the list they stand in; a bare scaled number in a
    money context is money (contract README); other bare numbers are no facts."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, r = out[i], out[i + 1]
        if not q.bare or (r.bare and r.unit == ""):
            continue
        gap = LIST_GAP.match(text, q.end, r.start)
        if gap is None or gap.end() != r.start or r.start - q.end > 16:
            continue
        if r.unit in MONEY_UNITS or r.unit not in {"count", ""} or r.object:
            out[i] = Quantity(q.value, r.unit, q.start, q.end, q.qualifier, r.object if r.unit == "count" else None,
                              r.object_lemma if r.unit == "count" else None, bare=r.bare)
    money = None
    resolved = []
    for q in out:
        if q.bare and q.unit == "count" and q.object is None and q.value >= 1_000_000:
            if money is None:
                money = next((x.unit for x in out if x.unit in MONEY_UNITS), None) or \
                    ("KZT" if MONEY_CONTEXT.search(text, start, end) else "")
            if money:
                q = Quantity(q.value, money, q.start, q.end, q.qualifier)
        if q.unit == "":
            continue
        resolved.append(q)
    return resolved


def _dedupe(found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        if out and q.start < out[-1].end:
            if (q.end - q.start) > (out[-1].end - out[-1].start):
                out[-1] = q
            continue
        out.append(q)
    return out


def _from_digits(text: str, m: re.Match[str], limit: int, lang: str, objects: list[ObjectRef]) -> Quantity | None:
    start, pos = m.start(), m.end()
    raw = m.group("int")
    value = normalize_number(raw, m.group("frac"))
    if start > 0 and (text[start - 1] in "№#" or text[max(0, start - 2):start] in {"№ ", "# "}
                      or text[max(0, start - 4):start].lower() in {"no. ", " no."}):
        return None
    if RANGE_AFTER.match(text, pos) and not m.group("frac"):
        # "70-80 пайызын": the first end takes the unit of the second (or is no fact)
        return Quantity(value, "", start, pos, qualifier_before(text, start, lang), bare=True)
    rank = RANK_AFTER.match(text, pos)
    if rank and not m.group("frac"):
        return Quantity(value, "rank", start, rank.end(), None)
    if RANKED_BEFORE.search(text, max(0, start - 12), start) and lang == "en":
        suffix = EN_ORDINAL_SUFFIX.match(text, pos)
        if suffix:
            return Quantity(value, "rank", start, suffix.end())
    if lang == "kk":
        suffix = KK_SUFFIX.match(text, pos)
        if suffix:
            pos = suffix.end()
    qual = qualifier_before(text, start, lang)
    prefix = prefix_unit(text, start)
    if prefix is None and start > 0 and text[start - 1] in "TТ" and (start == 1 or not text[start - 2].isalpha()):
        prefix = ("KZT", start - 1)  # "T178 bn": the tenge sign as news agencies type it
    q_start = prefix[1] if prefix else start
    if prefix:
        qual = qualifier_before(text, q_start, lang)
    is_year_like = (
        not m.group("frac") and raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100
    )
    return _extend(text, q_start, pos, value, limit, lang, qual,
                   prefix[0] if prefix else None, objects, is_year_like)


def _extend(text: str, q_start: int, pos: int, value: float, limit: int, lang: str,
            qual: str | None, prefix: str | None, objects: list[ObjectRef], year_like: bool = False,
            from_words: bool = False) -> Quantity | None:
    scale = scales(lang).at(text, pos)
    if scale and scale[2] > limit:
        scale = None
    if scale:
        value = float(Decimal(repr(value)) * Decimal(int(scale[0])))  # type: ignore[call-overload]
        pos = scale[2]
        year_like = False
        value, pos = compound_scale(text, pos, limit, value, int(cast(SupportsInt, scale[0])), lang)
        if lang == "kk" and qual is None and KK_APPROXIMATE.search(text, pos - 3, pos):
            qual = "about"  # "400 мыңдай": the approximative ending, "some 400 thousand"
    after = qualifier_after(text, pos) if lang == "kk" else None
    if after:
        qual, pos = after[0], after[1]
    unit_hit = units(lang).at(text, pos)
    if unit_hit and unit_hit[2] <= limit:
        unit = str(unit_hit[0])
        end = unit_hit[2]
        if unit == "times":
            before = IN_BEFORE.search(text, max(0, q_start - 3), q_start)
            if before:
                q_start = before.start()
                qual = qual or qualifier_before(text, q_start, lang)  # "более чем в 2 раза"
        rate = rate_at(text, end)
        if rate and unit in {"m3", "t", "km"}:
            unit, end = f"{unit}/{rate[0]}", rate[1]
        elif unit in {"m3", "t"}:
            lead = KK_RATE_BEFORE.search(text, max(0, q_start - 16), q_start)
            if lead:
                unit = f"{unit}/{'day' if lead.group(1).lower().startswith('тәулі') else 'year'}"
        if year_like and unit not in {"%", "KZT", "USD", "EUR", "RUB"}:
            return None
        if unit in conversions():
            # the contract's unit: "5,500 metres" is 5.5 km, "15,5 ц/га" is 1.55 t/ha
            unit, factor = conversions()[unit]
            value = float(Decimal(repr(value)) * Decimal(repr(factor)))
        if lang == "kk" and qual is None:
            # "5 млн гектардан асады", "600 миллиард теңгеге жуық": the qualifier after the unit
            after_unit = qualifier_after(text, end)
            if after_unit and after_unit[0]:
                qual = after_unit[0]
        if lang == "kk" and qual == "up_to" and KK_FROM_BEFORE.search(text, max(0, q_start - 40), q_start):
            qual = None  # "18 млн тоннадан 27 млн тоннаға дейін": the end of a change, not a ceiling
        return Quantity(value, unit, q_start, end, qual)
    if prefix:
        return Quantity(value, prefix, q_start, pos, qual)
    if year_like or AGE_BEFORE.search(text, max(0, q_start - 20), q_start):
        return None
    of_which = OF_WHICH.match(text, pos)
    if of_which and objects:
        obj, lemma = objects[-1]
        return Quantity(value, "count", q_start, of_which.end(), qual, obj, lemma)
    noun = _noun_phrase(text, pos, limit, lang)
    if noun is None:
        if scale:
            # "reached 265.4 thousand": a scaled number stands for a count (or money, by context)
            return Quantity(value, "count", q_start, pos, qual, bare=True)
        if OF_NUMBER.match(text, pos):
            # "5 of 12 planned bridges": the part counts what the whole counts
            return Quantity(value, "count", q_start, pos, qual)
        if LEVEL_BEFORE.search(text, max(0, q_start - 45), q_start) and CLAUSE_END.match(text, pos):
            # "bringing the total to nearly 74,000.", "численность достигла 12 500."
            last = objects[-1] if objects else (None, None)
            return Quantity(value, "count", q_start, pos, qual, *last, bare=True)
        if objects and OF_THEM_BEFORE.search(text, max(0, q_start - 20), q_start):
            # "9 скважин, из них 3 — на шельфе": a part of the count just stated
            return Quantity(value, "count", q_start, pos, qual, *objects[-1])
        window = max(0, q_start - 40)
        if (FROM_BEFORE.search(text, max(0, q_start - 6), q_start) and TO_AFTER.match(text, pos)) or \
                TO_BEFORE.search(text, window, q_start):
            # "decreased from 21 to 9": both ends of a change are counts, "to" is no ceiling here
            last = objects[-1] if objects else (None, None)
            return Quantity(value, "count", q_start, pos, None, *last)
        return None if from_words else Quantity(value, "", q_start, pos, qual, bare=True)
    obj, lemma, end = noun
    if lemma.startswith(ELIDED):
        if not objects or text[end:end + 1].isalnum() or text[end:end + 1] in " \u00a0":
            return None
        obj, lemma = objects[-1]
        return Quantity(value, "count", q_start, end, qual, obj, lemma)
    if lemma == "" or lemma.split()[-1] in non_count_nouns(lang) or (obj or "") in non_count_nouns("en"):
        return None
    return Quantity(value, "count", q_start, end, qual, obj, lemma)


def _noun_phrase(text: str, pos: int, limit: int, lang: str) -> tuple[str | None, str, int] | None:
    """The counted object after a number: (English gloss, lemma, end), "" gloss if excluded."""
    words: list[tuple[str, int, int]] = []
    p = pos
    for _ in range(4):
        gap = GAP.match(text, p)
        if not gap and p == pos:
            return None
        q = gap.end() if gap else p
        w = WORD.match(text, q)
        if not w or w.end() > limit:
            break
        words.append((w.group(), w.start(), w.end()))
        p = w.end()
        if not GAP.match(text, p):
            break
    if not words:
        return None
    if lang == "ru":
        return _ru_noun(words)
    if lang == "en":
        return _en_noun(words)
    return _kk_noun(words)


def _ru_noun(words: list[tuple[str, int, int]]) -> tuple[str | None, str, int] | None:
    lemmas: list[str] = []
    times = time_nouns("ru")
    for i, (word, _, end) in enumerate(words):
        low = word.lower()
        if low in times:
            return None if i else (None, "", end)
        p = morph.parse(low)
        pos_tag = p.tag.POS
        adj = next((a for a in morph.parses(low) if a.tag.POS in RU_ADJISH), None)
        if adj is not None and pos_tag in RU_ADJISH and len(words) == 1:
            return None, ELIDED + adj.normal_form, end
        if adj is not None and i < 3 and i + 1 < len(words) and (pos_tag in RU_ADJISH or _is_noun(words[i + 1][0])):
            lemmas.append(adj.normal_form)
            continue
        if pos_tag not in RU_NOUNISH and not (word.isupper() and len(word) > 1):
            # "17 сел": a rarer noun reading wins after a number
            noun = next((a for a in morph.parses(low) if a.tag.POS == "NOUN" and "gent" in a.tag), None)
            if noun is not None and pos_tag in {"VERB", "INFN", "PRTS", "GRND", None} and len(low) >= 3:
                p, pos_tag = noun, "NOUN"
        if pos_tag in RU_NOUNISH or (word.isupper() and len(word) > 1):
            if p.normal_form in times:
                return None, "", end
            noun_lemma = p.normal_form
            adjs = [_agree(a, p) for a in lemmas]
            tail_end = end
            if i + 1 < len(words) and words[i + 1][0].isupper() and len(words[i + 1][0]) > 1:
                noun_lemma = f"{noun_lemma} {words[i + 1][0].lower()}"
                tail_end = words[i + 1][2]
            key = tuple(adjs + noun_lemma.split())
            return gloss(key, "ru") or noun_lemma, " ".join(key), tail_end
        return None
    if lemmas and len(lemmas) == len(words) == 1:
        # "22 школы, в том числе 15 комфортных": the counted noun is elided
        return None, ELIDED + lemmas[0], words[0][2]
    return None


def _is_noun(word: str) -> bool:
    return morph.parse(word.lower()).tag.POS == "NOUN" or (word.isupper() and len(word) > 1)


def _agree(adj_lemma: str, noun: object) -> str:
    """Adjective lemma in the noun's gender ("рабочий" + "место" → "рабочее")."""
    gender = getattr(noun.tag, "gender", None)  # type: ignore[attr-defined]
    if gender in (None, "masc"):
        return adj_lemma
    for p in morph.parses(adj_lemma):
        if p.tag.POS in {"ADJF", "PRTF"}:
            form = p.inflect({"nomn", "sing", gender})
            return form.word if form else adj_lemma
    return adj_lemma


def _en_noun(words: list[tuple[str, int, int]]) -> tuple[str | None, str, int] | None:
    times = time_nouns("en")
    taken: list[tuple[str, int]] = []
    for word, _, end in words[:3]:
        low = word.lower()
        if low in times:
            return None if taken else (None, "", end)
        if low in word_set("stop_words", "en") or not word[:1].isalpha():
            break
        taken.append((low, end))
        if low.endswith("s") or low in {"people", "children", "staff", "livestock"}:
            break
    if not taken:
        return None
    words_only = tuple(w for w, _ in taken)
    return gloss(words_only, "en") or words_only[-1], " ".join(words_only), taken[-1][1]


def _kk_noun(words: list[tuple[str, int, int]]) -> tuple[str | None, str, int] | None:
    times = time_nouns("kk")
    word, _, end = words[0]
    low = word.lower()
    if any(low.startswith(t) for t in times if len(t) >= 3) or low in times:
        return None, "", end
    if low in word_set("stop_words", "kk") or not word[:1].islower():
        return None
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        key = " ".join(w.lower() for w, _, _ in words[:size])
        g = kk_gloss(key)
        if g:
            return g, key, words[size - 1][2]
    return low, low, end


def _from_words(text: str, start: int, end: int, lang: str, taken: list[Quantity]) -> list[Quantity]:
    """Numbers written as words: cardinals, ordinal ranks, multiples."""
    out: list[Quantity] = []
    occupied = [(q.start, q.end) for q in taken]
    words = list(WORD.finditer(text, start, end))
    i = 0
    while i < len(words):
        w = words[i]
        if any(a <= w.start() < b for a, b in occupied):
            i += 1
            continue
        word = w.group()
        mult = multiple_word(word)
        if mult is not None:
            out.append(Quantity(mult, "times", w.start(), w.end(), qualifier_before(text, w.start(), lang)))
            i += 1
            continue
        ordinal = ordinal_word(word, lang) if word[:1].isalpha() else None
        if ordinal is not None:
            rank = _rank_after(text, w)
            if rank:
                out.append(Quantity(float(ordinal), "rank", w.start(), rank, None))
                i += 1
                continue
        value = cardinal_word(word, lang)
        if value is None:
            i += 1
            continue
        j = i + 1
        while j < len(words) and text[words[j - 1].end():words[j].start()].strip(" \u00a0-") == "":
            nxt = cardinal_word(words[j].group(), lang)
            if nxt is None:
                break
            value += nxt
            j += 1
        last = words[j - 1]
        if lang == "kk" and j == i + 1 and word.lower() in KK_ONE and not scales(lang).at(text, last.end()):
            i = j
            continue  # "бір" is also the article ("бір көпір", "бір емес"): one of a thing is no figure
        if ONE_OF.match(text, last.end()):
            i = j
            continue
        if lang == "kk" and KK_ADJECTIVAL.match(text, last.end()):
            i = j
            continue  # "үш ауысымды мектеп": a number inside a compound adjective
        q = _extend(text, w.start(), last.end(), value, end, lang, qualifier_before(text, w.start(), lang),
                    None, [], from_words=True)
        if q:
            out.append(q)
        i = j
    return out


def _rank_after(text: str, w: re.Match[str]) -> int | None:
    if RANKED_BEFORE.search(text, max(0, w.start() - 12), w.start()):
        return w.end()
    m = RANK_AFTER.match(text, w.end())
    if m:
        return m.end()
    return None
