"""Quantities: a number (digits or words) with its scale, unit or counted object.

One pass per sentence: every number anchor is extended to the right with the
matchers of ``units.py`` (scale, unit, rate) or with a noun phrase found by
morphology, and to the left with a qualifier. What is not a fact by the
contract README (years, dates, ages, durations, "один из") is dropped here.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import SupportsInt, cast

from akorda.extract import quantities_kk as kkq
from akorda.extract.counted import ELIDED, counted_object
from akorda.extract.fraction_words import fraction_changes
from akorda.extract.list_units import resolve_bare
from akorda.extract.numbers import (
    WORD,
    cardinal_word,
    multiple_verb,
    multiple_verbs,
    multiple_word,
    normalize_number,
    number_pattern,
    ordinal_word,
)
from akorda.extract.quantities_en import counted_subject, en_capacity, in_programme_name
from akorda.extract.quantities_kk import KK_ADJECTIVAL, KK_ONE, kk_partitive, kk_qualifier_after_unit, kk_restated, kk_unit
from akorda.extract.quantity import Quantity as Quantity  # re-exported: facts and the pipeline import it here
from akorda.extract.ranks import RANK_AFTER, RANKED_BEFORE, TOP_BEFORE, rank_after
from akorda.extract.units import (
    KK_APPROXIMATE,
    OUT_OF_BEFORE,
    bulk_after,
    compound_scale,
    conversions,
    non_count_nouns,
    prefix_unit,
    qualifier_after,
    qualifier_before,
    scales,
    units,
    with_rate,
)

# A counted object seen earlier in the sentence: (its words, its lemma), for "of which ..." figures.
ObjectRef = tuple[str | None, str | None]


RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")
KK_SUFFIX = re.compile(r"-?(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|не|на|де|да|те|та|ге|і|ы|сы|сі|ші|шы|інші|ыншы)(?![^\W\d_])")
OF_WHICH = re.compile(r"[ \u00a0]+(?:из\s+(?:них|которых)|of\s+(?:them|which|whom)|оның\s+ішінде)(?![^\W\d_])", re.I)
IN_BEFORE = re.compile(r"(?:^|(?<=\W))[вВ][ \u00a0]+$")
EN_ORDINAL_SUFFIX = re.compile(r"(?:th|st|nd|rd)(?![^\W\d_])")
AGE_BEFORE = re.compile(r"(?:\bage(?:d)?\s+(?:of\s+)?|\bunder\s+|возраст\w*\s+(?:до\s+|от\s+|старше\s+)?|(?<![^\W\d_])жасы\s+)$", re.I)
FROM_BEFORE = re.compile(r"(?:^|(?<=\W))(?:from|с|со)[ \u00a0]+$", re.I)
TO_AFTER = re.compile(r"[ \u00a0]+(?:to|до)[ \u00a0]+\d")
TO_BEFORE = re.compile(r"(?:from|с|со)[ \u00a0]+[\d., \u00a0]+?[ \u00a0]+(?:to|до)[ \u00a0]+$", re.I)
OF_NUMBER = re.compile(r"[ \u00a0]+(?:of|из)[ \u00a0]+\d")
# the clause ends after the number, or after a place that adds nothing ("rose to 184,579 in the region.")
CLAUSE_END = re.compile(r"[ \u00a0]*(?:(?:in|across)[ \u00a0]+the[ \u00a0]+(?:region|city|country)[ \u00a0]*)?(?:[.;,)]|$)")
LEVEL_BEFORE = re.compile(
    r"(?:reach(?:ed|ing)?|total(?:led|ed|ing)?(?:\s+to)?|amount(?:ed|ing)\s+to|(?:rose|increased|grew|fell|decreased|dropped)\s+to|"
    r"составил[аио]?|составляет|составят|достиг(?:ла|ло|ли)?|достигнет|насчитывается|превысил[аио]?|увеличил[аио]?сь\s+до|"
    r"вырос(?:ла|ло|ли)?\s+до|вырастет\s+до|сократил[аио]?сь\s+до|снизил[аио]?сь\s+до)"
    r"(?:\s+[^\W\d_]+){0,2}[ \u00a0]+$",
    re.I,
)
# "9 скважин, из них 3", "of which nine", "and another six": a part of (or addition to) the count before
OF_THEM_BEFORE = re.compile(r"(?:из\s+(?:них|которых)|в\s+том\s+числе|of\s+(?:them|which)|including|another|оның\s+ішінде)[ \u00a0]+$",
                            re.I)
RU_ONE = frozenset({"один", "одного", "одному", "одним", "одном", "одна", "одной", "одну"})
ONE_OF = re.compile(r"[ \u00a0]+(?:из|of)(?![^\W\d_])", re.I)


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
    found.extend(Quantity(v, "%", a, b, qual) for v, a, b, qual in fraction_changes(text, start, end, lang))
    found.sort(key=lambda q: q.start)
    return resolve_bare(text, start, end, _dedupe(found))


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
    if lang == "en" and in_programme_name(text, start, pos):
        return None
    rank = RANK_AFTER.match(text, pos)
    if rank and not m.group("frac"):
        return Quantity(value, "rank", start, rank.end(), None)
    if lang == "en" and TOP_BEFORE.search(text, max(0, start - 8), start) and not m.group("frac"):
        return Quantity(value, "rank", start - 4, pos, None)  # "is in the top 5 in terms of GRP"
    if RANKED_BEFORE.search(text, max(0, start - 12), start) and lang == "en":
        suffix = EN_ORDINAL_SUFFIX.match(text, pos)
        if suffix:
            return Quantity(value, "rank", start, suffix.end())
    if lang == "kk":
        suffix = KK_SUFFIX.match(text, pos)
        if suffix:
            pos = suffix.end()
        elif (half := kkq.kk_half(text, pos)) is not None:
            value, pos = value + 0.5, half
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
    """The quantity a number anchors: its scale, then a unit, a prefix currency or a counted
    object; None where the number is no fact (a year, an age, a number without a noun)."""
    value, pos, qual, scaled = _scaled(text, pos, value, limit, lang, qual)
    year_like = year_like and not scaled
    if lang == "kk":
        after = qualifier_after(text, pos)
        if after:
            qual, pos = after[0], after[1]
    unit_hit = units(lang).at(text, pos)
    if unit_hit and unit_hit[2] <= limit:
        return _with_unit(text, q_start, str(unit_hit[0]), unit_hit[2], value, lang, qual, year_like)
    if prefix:
        return Quantity(value, prefix, q_start, pos, qual)
    if year_like or AGE_BEFORE.search(text, max(0, q_start - 20), q_start):
        return None
    bulk = bulk_after().match(text, pos) if scaled and lang == "en" else None
    if bulk and bulk.end() <= limit:
        return Quantity(value, "t", q_start, bulk.end(), qual)  # tonnes from context: "3.1 mln of grain"
    of_which = OF_WHICH.match(text, pos)
    if of_which and objects:
        obj, lemma = objects[-1]
        return Quantity(value, "count", q_start, of_which.end(), qual, obj, lemma)
    capacity = en_capacity(text, pos, limit) if lang == "en" else None
    if capacity:
        return Quantity(value, "count", q_start, capacity[1], qual, capacity[0], capacity[0])
    noun = counted_object(text, pos, limit, lang)
    if noun is None and lang == "en" and counted_subject(text, pos):  # "Up to 25,000 are expected to work"
        return Quantity(value, "count", q_start, pos, qual, *(objects[-1] if objects else (None, None)))
    if noun is None:
        return _without_object(text, q_start, pos, value, qual, objects, scaled, from_words)
    return _counted(text, q_start, value, qual, objects, noun, lang)


def _scaled(text: str, pos: int, value: float, limit: int, lang: str,
            qual: str | None) -> tuple[float, int, str | None, bool]:
    """The value times its scale word ("5,3 млрд", "two thousand"), the position after the
    scale, the qualifier and whether there was a scale."""
    scale = scales(lang).at(text, pos)
    if not scale or scale[2] > limit:
        return value, pos, qual, False
    value = float(Decimal(repr(value)) * Decimal(int(scale[0])))  # type: ignore[call-overload]
    value, pos = compound_scale(text, scale[2], limit, value, int(cast(SupportsInt, scale[0])), lang)
    if lang == "kk" and qual is None and KK_APPROXIMATE.search(text, pos - 3, pos):
        qual = "about"  # "400 мыңдай": the approximative ending, "some 400 thousand"
    return value, pos, qual, True


MONEY_OR_SHARE = frozenset({"%", "KZT", "USD", "EUR", "RUB"})


def _with_unit(text: str, q_start: int, unit: str, end: int, value: float, lang: str,
               qual: str | None, year_like: bool) -> Quantity | None:
    """A number followed by a unit, in the contract's unit (conversions applied), with a
    rate ("m3/day") and the qualifier that may stand around it."""
    if unit == "times":
        before = IN_BEFORE.search(text, max(0, q_start - 3), q_start)
        if before:
            q_start = before.start()
            qual = qual or qualifier_before(text, q_start, lang)  # "более чем в 2 раза"
    unit, end = with_rate(text, q_start, unit, end)
    if year_like and unit not in MONEY_OR_SHARE:
        return None
    if unit in conversions():
        # the contract's unit: "5,500 metres" is 5.5 km, "15,5 ц/га" is 1.55 t/ha
        unit, factor = conversions()[unit]
        value = float(Decimal(repr(value)) * Decimal(repr(factor)))
    if lang == "kk":
        qual = kk_qualifier_after_unit(text, q_start, end, qual)
        unit = kk_unit(text, q_start, unit, end, value) or ""
        if not unit:
            return None
    return Quantity(value, unit, q_start, end, qual)




def _without_object(text: str, q_start: int, pos: int, value: float, qual: str | None,
                    objects: list[ObjectRef], scaled: bool, from_words: bool) -> Quantity | None:
    """A number with no unit and no noun after it: a count whose object the context gives,
    a bare number for the list it stands in to resolve, or nothing."""
    if scaled:
        # "reached 265.4 thousand": a scaled number stands for a count (or money, by context)
        return Quantity(value, "count", q_start, pos, qual, bare=True)
    if OF_NUMBER.match(text, pos):
        # "5 of 12 planned bridges": the part counts what the whole counts
        return Quantity(value, "count", q_start, pos, qual)
    if LEVEL_BEFORE.search(text, max(0, q_start - 45), q_start) and CLAUSE_END.match(text, pos):
        # "bringing the total to nearly 74,000.", "численность достигла 12 500."
        last = objects[-1] if objects else (None, None)
        return Quantity(value, "count", q_start, pos, qual, *last, bare=True)
    if objects and OUT_OF_BEFORE.search(text, max(0, q_start - 20), q_start):
        return Quantity(value, "count", q_start, pos, qual, *objects[-1])
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


def _counted(text: str, q_start: int, value: float, qual: str | None, objects: list[ObjectRef],
             noun: tuple[str | None, str, int], lang: str) -> Quantity | None:
    """A count of the noun after it; an elided noun counts the object stated before."""
    obj, lemma, end = noun
    if lemma.startswith(ELIDED):
        if not objects or text[end:end + 1].isalnum() or text[end:end + 1] in " \u00a0":
            return None
        return Quantity(value, "count", q_start, end, qual, *objects[-1])
    if lemma == "" or lemma.split()[-1] in non_count_nouns(lang) or (obj or "") in non_count_nouns("en"):
        return None
    return Quantity(value, "count", q_start, end, qual, obj, lemma)


def _cardinal(text: str, w: re.Match[str], lang: str) -> float | None:
    """A cardinal word's value; "один триллион тенге": "один" is a number only before a scale word."""
    value = cardinal_word(w.group(), lang)
    if value is None and lang == "ru" and w.group().lower() in RU_ONE and scales(lang).at(text, w.end()):
        return 1.0
    return value


# a scale word alone before a currency is one of it: "достигнет триллиона тенге"; plurals
# ("миллиарды тенге") are no amount
LONE_SCALES = frozenset({"миллион", "миллиона", "миллиард", "миллиарда", "триллион", "триллиона",
                         "million", "billion", "trillion"})


def _scale_as_money(text: str, w: re.Match[str], end: int, lang: str) -> list[Quantity]:
    """A scale word with no number that names an amount of money ("триллиона тенге")."""
    if w.group().lower() not in LONE_SCALES or text[max(0, w.start() - 2):w.start()].strip()[-1:].isdigit():
        return []
    scale = scales(lang).at(text, w.start())
    unit = units(lang).at(text, scale[2]) if scale and scale[2] <= end else None
    if not scale or not unit or unit[2] > end or unit[0] not in MONEY_OR_SHARE - {"%"}:
        return []
    value = float(int(cast(SupportsInt, scale[0])))
    return [Quantity(value, str(unit[0]), w.start(), unit[2], qualifier_before(text, w.start(), lang))]


@lru_cache(maxsize=100_000)
def _may_be_number(low: str, lang: str) -> bool:
    """Whether a lower-cased word can start anything ``_from_words`` reports (a multiple, an
    ordinal, a cardinal, "один" before a scale, a lone scale word). Nearly every word of a
    sentence is none of these, and one memoised look-up per word form replaces the half dozen
    look-ups and calls the full test makes (a fifth of English extraction time went there)."""
    return (multiple_word(low) is not None or multiple_word("by " + low) is not None
            or (lang == "en" and low in multiple_verbs())
            or ordinal_word(low, lang) is not None or cardinal_word(low, lang) is not None
            or (lang == "ru" and low in RU_ONE) or low in LONE_SCALES)


def _from_words(text: str, start: int, end: int, lang: str, taken: list[Quantity]) -> list[Quantity]:
    """Numbers written as words: cardinals, ordinal ranks, multiples."""
    out: list[Quantity] = []
    occupied = [(q.start, q.end) for q in taken]
    words = list(WORD.finditer(text, start, end))
    i = 0
    while i < len(words):
        w = words[i]
        if not _may_be_number(w.group().lower(), lang) or any(a <= w.start() < b for a, b in occupied):
            i += 1
            continue
        word = w.group()
        a = w.start()
        mult = multiple_word(word) or multiple_verb(word, text[max(0, a - 24):a], lang)  # "to double the output"
        if mult is None and text[max(0, a - 3):a].lower() == "by ":
            mult, a = multiple_word("by " + word), a - 3  # "reduced by half"
        if mult is not None:
            out.append(Quantity(mult, "times", a, w.end(), qualifier_before(text, a, lang)))
            i += 1
            continue
        ordinal = ordinal_word(word, lang) if word[:1].isalpha() else None
        if ordinal is not None:
            rank = rank_after(text, w)
            if rank:
                out.append(Quantity(float(ordinal), "rank", w.start(), rank, None))
                i += 1
                continue
        value = _cardinal(text, w, lang)
        if value is None:
            out.extend(_scale_as_money(text, w, end, lang))
            i += 1
            continue
        j = i + 1
        while j < len(words) and text[words[j - 1].end():words[j].start()].strip(" \u00a0-") == "":
            nxt = cardinal_word(words[j].group(), lang)
            if nxt is None:
                break
            value = value * nxt if nxt == 100 and 0 < value < 10 else value + nxt  # "бес жүз" is 500
            j += 1
        last = words[j - 1]
        if lang == "kk" and j == i + 1 and word.lower() in KK_ONE and not scales(lang).at(text, last.end()):
            i = j
            continue  # "бір" is also the article ("бір көпір", "бір емес"): one of a thing is no figure
        if ONE_OF.match(text, last.end()):
            i = j
            continue
        if lang == "kk" and (KK_ADJECTIVAL.match(text, last.end()) or kk_restated(text, w.start())) \
                and not kk_partitive(text, w.start(), last.end()):
            i = j
            continue  # "үш ауысымды мектеп": a number inside a compound adjective
        # a number word takes the noun of a count stated before it only as a part of it ("of which nine")
        before: list[ObjectRef] = [(t.object, t.object_lemma) for t in taken
                                   if t.unit == "count" and t.object and t.end <= w.start()]
        part_of = before[-1:] if OF_THEM_BEFORE.search(text, max(0, w.start() - 20), w.start()) else []
        q = _extend(text, w.start(), last.end(), value, end, lang, qualifier_before(text, w.start(), lang),
                    None, part_of, from_words=True)
        if q is None and lang == "kk" and kk_partitive(text, w.start(), last.end()):
            q = Quantity(value, "count", w.start(), last.end(), None)  # "оның алтауы": six of them
        if q:
            out.append(q)
        i = j
    return out
