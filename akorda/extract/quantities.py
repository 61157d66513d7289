"""Quantities: a number (digits or words) with its scale, unit or counted object.

One pass per sentence: every number anchor is extended to the right with the
matchers of ``units.py`` (scale, unit, rate) or with a noun phrase found by
morphology, and to the left with a qualifier. What is not a fact by the
contract README (years, dates, ages, durations, "один из") is dropped here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import SupportsInt, cast

from akorda.extract import quantities_kk as kkq
from akorda.extract.fraction_words import fraction_changes, kk_shares
from akorda.extract.knowledge import cue_pattern
from akorda.extract.list_units import resolve_bare
from akorda.extract.not_figures import (
    is_clock,
    is_denominator,
    is_phone,
    is_reference,
    is_speech_point,
    opens_a_name,
    phone_spans,
)
from akorda.extract.numbers import (
    WORD,
    cardinal_word,
    lone_thousands,
    multiple_verb,
    multiple_verbs,
    multiple_word,
    normalize_number,
    number_pattern,
    ordinal_word,
)
from akorda.extract.quantities_en import EN_CAPACITY_COUNTS, en_may_be_multiple, en_multiple, en_part_of, in_programme_name, pronoun_one
from akorda.extract.quantities_kk import KK_ADJECTIVAL, KK_ONE, KK_PEOPLE_AFTER, kk_between, kk_partitive, kk_restated
from akorda.extract.quantity import Quantity as Quantity  # re-exported: facts and the pipeline import it here
from akorda.extract.quantity_extend import (
    DASHED_PART,
    MONEY_OR_SHARE,
    OF_THEM_BEFORE,
    OF_WHICH_CLAUSE,
    OF_WHICH_EARLIER,
    OF_WHICH_REACH,
    ObjectRef,
    extend,
)
from akorda.extract.ranks import RANK_AFTER, RANKED_BEFORE, TOP_BEFORE, rank_after
from akorda.extract.units import (
    prefix_unit,
    qualifier_after,
    qualifier_before,
    scales,
    units,
)

RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")
KK_SUFFIX = re.compile(r"-?(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|не|на|де|да|те|та|ге|і|ы|сы|сі|ші|шы|інші|ыншы)(?![^\W\d_])")
KK_ORDINAL_ENDINGS = frozenset({"ші", "шы", "інші", "ыншы"})
# a Russian cardinal's case ending typed after its digits: "более 2-х тысяч", "в 3-х школах", "5-ти этажей"
# (ordinal endings "-го", "-е", "-й" are not among them)
RU_CARDINAL_SUFFIX = re.compile(r"-(?:х|ух|ех|ёх|ти|ми)(?![^\W\d_])", re.I)
# ... unless it opens a compound adjective typed apart: "9-ти этажный дом", "2-х сменные школы"
# (lexicon.json "compound_adjective_stems")
RU_SPLIT_COMPOUND = cue_pattern("compound_adjective_stems", "ru", anchor=r"[ \u00a0]*(?:{})")
EN_ORDINAL_SUFFIX = re.compile(r"(?:th|st|nd|rd)(?![^\W\d_])")
RU_ONE = frozenset({"один", "одного", "одному", "одним", "одном", "одна", "одной", "одну"})
# "passenger traffic declined to almost half of last year's": a fall to half is a halving
FELL_TO_BEFORE = re.compile(r"\b(?:declined|decreased|fell|fallen|dropped|reduced|shrunk|shrank|cut)\s+to\s+"
                            r"(?:(?:almost|nearly|about|around|roughly|some|approximately)\s+)?$", re.I)
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
    if lang == "kk":  # before the number words: "үштен екісі" is two thirds, not five
        found.extend(Quantity(v, "%", a, b, qual) for v, a, b, qual in kk_shares(text, start, end))
    if _has_number_word(text, start, end, lang):
        found.extend(_from_words(text, start, end, lang, found))
    found.extend(Quantity(v, "%", a, b, qual) for v, a, b, qual in fraction_changes(text, start, end, lang))
    found.sort(key=lambda q: q.start)
    phones = phone_spans(text, start, end)
    return [q for q in resolve_bare(text, start, end, _dedupe(found))
            if not is_denominator(text, q, lang) and not opens_a_name(text, q, lang) and not is_phone(text, q, phones)
            and not is_reference(text, q, lang) and not is_clock(text, q, lang)
            and not (lang == "kk" and kk_between(text, q))]


def _dedupe(found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        if out and _capacity_inside(q, out[-1]):
            out.append(q)  # "two 100-flat houses": two houses, and the hundred flats of each
            continue
        if out and q.start < out[-1].end:
            if (q.end - q.start) > (out[-1].end - out[-1].start):
                out[-1] = q
            continue
        out.append(q)
    return out


def _capacity_inside(inner: Quantity, outer: Quantity) -> bool:
    """Whether `inner` is the capacity ("100-flat") that qualifies the noun `outer` counts."""
    return outer.unit == inner.unit == "count" and outer.start < inner.start and inner.end <= outer.end \
        and inner.object in EN_CAPACITY_COUNTS and inner.object != outer.object


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
    ending = _case_ending(text, pos, value, lang, bool(m.group("frac")))
    if ending is None:
        return None
    value, pos = ending
    qual = qualifier_before(text, start, lang)
    prefix = prefix_unit(text, start)
    if prefix is None and start > 0 and text[start - 1] in "TТ" and (start == 1 or not text[start - 2].isalpha()):
        prefix = ("KZT", start - 1)  # "T178 bn": the tenge sign as news agencies type it
    q_start = prefix[1] if prefix else start
    if prefix:
        qual = qualifier_before(text, q_start, lang)
    is_year_like = (
        not m.group("frac") and raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100
        and not (lang == "kk" and KK_PEOPLE_AFTER.match(text, m.end()))
    )
    return extend(text, q_start, pos, value, limit, lang, qual,
                   prefix[0] if prefix else None, objects, is_year_like)


KK_HALF = "жарты"  # "жарты миллион": half a million


def _cardinal(text: str, w: re.Match[str], lang: str) -> float | None:
    """A cardinal word's value; "один триллион тенге": "один" is a number only before a scale word or
    a unit, or as a part of a count ("включая одного"); elsewhere it is the pronoun."""
    value = cardinal_word(w.group(), lang)
    if value is None and lang == "ru" and w.group().lower() in RU_ONE and (
            scales(lang).at(text, w.end()) or units(lang).at(text, w.end())
            or OF_THEM_BEFORE.search(text, max(0, w.start() - 20), w.start())):
        return 1.0  # "более одной тонны", "включая одного сотрудника": the number, not the pronoun
    if value is None and lang == "kk" and w.group().lower() == KK_HALF and scales(lang).at(text, w.end()):
        return 0.5  # "жарты миллион": half a million ("жарты жыл" is half a year, no number)
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


# a scale word alone that is one of it, where a bound says so: "более тысячи человек", "свыше
# миллиона туристов", "миллионнан астам турист", "мыңға жуық адам"; without one, "тысячи человек"
# is "thousands of people" and "мыңдаған" no number at all
RU_LONE_COUNT = frozenset({"тысячи", "миллиона", "миллиарда"})
KK_LONE_COUNT = re.compile(r"^(?:мың|миллион|миллиард)(?:нан|ға)$", re.I)


def _lone_scale(text: str, w: re.Match[str], end: int, lang: str) -> list[Quantity]:
    """A scale word with no number that counts one of it ("более тысячи человек")."""
    word = w.group().lower()
    if lang == "ru" and word in RU_LONE_COUNT:
        qual = qualifier_before(text, w.start(), lang)
        if qual is None or text[max(0, w.start() - 2):w.start()].strip()[-1:].isdigit():
            return []
    elif lang == "kk" and KK_LONE_COUNT.match(word):
        after = qualifier_after(text, w.end())
        if not after or not after[0]:
            return []
        qual = None  # extend reads the Kazakh qualifier after the word
    else:
        return []
    scale = scales(lang).at(text, w.start())
    if not scale:
        return []
    q = extend(text, w.start(), w.end(), float(int(cast(SupportsInt, scale[0]))), end, lang, qual, None, [], from_words=True)
    return [q] if q is not None and q.unit != "" else []


# a thousand in the singular is exactly one of it: "отдохнула тысяча детей", "тысяча двести семей",
# "мың бала"; the plural "тысячи" ("thousands") and "мыңдаған" are no number
def _case_ending(text: str, pos: int, value: float, lang: str, frac: bool) -> tuple[float, int] | None:
    """The value and the position after a case ending typed after the digits ("12-ге", "2-х",
    "3 жарым"), or None where the ending makes the number no figure (an ordinal, a compound adjective)."""
    if lang == "kk":
        suffix = KK_SUFFIX.match(text, pos)
        if suffix and suffix.group().lstrip("-") in KK_ORDINAL_ENDINGS:
            return None  # "2-ші отырысында": an ordinal (a rank is read above, "1-ші орын")
        if suffix:
            return value, suffix.end()
        if (half := kkq.kk_half(text, pos)) is not None:
            return value + 0.5, half
    if lang == "ru" and not frac and (suffix := RU_CARDINAL_SUFFIX.match(text, pos)):
        return None if RU_SPLIT_COMPOUND.match(text, suffix.end()) else (value, suffix.end())
    return value, pos


def _lone_thousand(text: str, words: list[re.Match[str]], i: int, lang: str, out: list[Quantity]) -> bool:
    """Whether words[i] is a thousand standing for its number, not the scale of one before it."""
    w = words[i]
    if w.group().lower() not in lone_thousands(lang) or (out and out[-1].end > w.start()):
        return False
    before = text[max(0, w.start() - 3):w.start()].strip(" \u00a0\u202f")
    if before[-1:].isdigit():
        return False
    return i == 0 or (cardinal_word(words[i - 1].group(), lang) is None
                      and words[i - 1].group().lower() not in RU_ONE)


@lru_cache(maxsize=100_000)
def _may_be_number(low: str, lang: str) -> bool:
    """Whether a lower-cased word can start anything ``_from_words`` reports (a multiple, an
    ordinal, a cardinal, "один" or "жарты" before a scale, a lone scale word, "тысячи" after
    "более"). Nearly every word of a sentence is none of these, and one memoised look-up per
    word form replaces the half dozen look-ups and calls the full test makes (a fifth of
    English extraction time went there)."""
    return (multiple_word(low) is not None or multiple_word("by " + low) is not None
            or (lang == "en" and (low in multiple_verbs() or en_may_be_multiple(low, _en_cardinal)))
            or ordinal_word(low, lang) is not None or cardinal_word(low, lang) is not None
            or (lang == "ru" and low in RU_ONE) or low in LONE_SCALES or low in lone_thousands(lang)
            or (lang == "ru" and low in RU_LONE_COUNT)
            or (lang == "kk" and (low == KK_HALF or KK_LONE_COUNT.match(low) is not None)))


def _chain(text: str, words: list[re.Match[str]], i: int, value: float, head: float, lang: str) -> tuple[float, int]:
    """The value of the number words that follow words[i] ("двадцать пять", "тысяча двести") and
    the index after them."""
    j = i + 1
    while j < len(words) and text[words[j - 1].end():words[j].start()].strip(" \u00a0-") == "":
        if lang == "ru" and _and_a_half(words, j):
            return value + head + 0.5, j + 2  # "две с половиной тысячи": two and a half
        nxt = cardinal_word(words[j].group(), lang)
        if nxt is None:
            break
        if head and not value and nxt == 0.5:
            nxt = head / 2  # "мың жарым": a thousand and a half
        value = value * nxt if nxt == 100 and 0 < value < 10 else value + nxt  # "бес жүз" is 500
        j += 1
    return value + head, j


def _and_a_half(words: list[re.Match[str]], j: int) -> bool:
    return j + 1 < len(words) and words[j].group().lower() == "с" and words[j + 1].group().lower() == "половиной"


def _scaled_tail(text: str, words: list[re.Match[str]], value: float, j: int, lang: str) -> tuple[float, int]:
    """ "тринадцать тысяч семьсот": number words after a scale word add to the scaled value (the
    scale is then read here, not by ``extend``)."""
    scale = scales(lang).at(text, words[j - 1].end()) if j < len(words) else None
    if scale is None or scale[2] != words[j].end() or j + 1 >= len(words) \
            or text[words[j].end():words[j + 1].start()].strip(" \u00a0") != "":
        return value, j
    first = cardinal_word(words[j + 1].group(), lang)
    big = int(cast(SupportsInt, scale[0]))
    if first is None or first >= big:
        return value, j
    tail, end = _chain(text, words, j + 1, first, 0.0, lang)
    return (value * big + tail, end) if tail < big else (value, j)


def _has_number_word(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a word of text[start:end] can start a number: nine sentences in ten have none,
    which one pass over the words' strings (no match objects, no Python loop) tells."""
    return any(map(_may_be_number, map(str.lower, WORD.findall(text, start, end)), repeat(lang)))


def _multiple(text: str, word: str, a: int, lang: str) -> tuple[float | None, int]:
    """A multiple the word at `a` states, and where its quote starts: "threefold", "to double the
    output", "reduced by half", "fell to (almost) half of last year's level" (halved)."""
    mult = multiple_word(word) or multiple_verb(word, text[max(0, a - 24):a], lang)
    if mult is None and text[max(0, a - 3):a].lower() == "by ":
        return multiple_word("by " + word), a - 3
    if mult is None and lang == "en" and word.lower() == "half" and FELL_TO_BEFORE.search(text, max(0, a - 40), a):
        return 2.0, a
    found = en_multiple(text, word, a, _en_cardinal) if mult is None and lang == "en" else None
    return found if found else (mult, a)


def _en_cardinal(word: str) -> float | None:
    return cardinal_word(word, "en")


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
        mult, a = _multiple(text, word, a, lang)
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
        head = 0.0  # "тысяча двести", "мың екі жүз": the thousand, then the words after it
        if value is None and _lone_thousand(text, words, i, lang, out):
            value, head = 0.0, 1000.0
        if value is None:
            out.extend(_scale_as_money(text, w, end, lang) or _lone_scale(text, w, end, lang))
            i += 1
            continue
        value, j = _scaled_tail(text, words, *_chain(text, words, i, value, head, lang), lang)
        last = words[j - 1]
        if lang == "kk" and j == i + 1 and word.lower() in KK_ONE and not scales(lang).at(text, last.end()) \
                and not units(lang).at(text, last.end()):
            i = j
            continue  # "бір" is also the article ("бір көпір", "бір емес"): one of a thing is no figure
        if ONE_OF.match(text, last.end()) or (lang == "en" and j == i + 1 and pronoun_one(word, text, last.end())):
            part = en_part_of(text, last.end(), value, taken, w.start()) if lang == "en" else None
            if part is not None:
                out.append(Quantity(value, "count", w.start(), last.end(), None, part[0], part[1]))
            i = j
            continue
        if lang == "kk" and ((KK_ADJECTIVAL.match(text, last.end()) and not (qualifier_after(text, last.end()) or (None,))[0])
                             or kk_restated(text, w.start())) and not kk_partitive(text, w.start(), last.end()):
            i = j
            continue  # "үш ауысымды мектеп": a number inside a compound adjective ("үш жүзден артық" is a bound)
        # a number word takes the noun of a count stated before it only as a part of it ("of which nine")
        before: list[ObjectRef] = [(t.object, t.object_lemma) for t in taken
                                   if t.unit == "count" and t.object and t.end <= w.start()]
        part_of = before[-1:] if OF_THEM_BEFORE.search(text, max(0, w.start() - 20), w.start()) or \
            OF_WHICH_CLAUSE.search(text, max(0, w.start() - OF_WHICH_REACH), w.start()) or \
            (DASHED_PART.match(text, last.end()) and OF_WHICH_EARLIER.search(text, max(0, w.start() - 200), w.start())) else []
        q = extend(text, w.start(), last.end(), value, end, lang, qualifier_before(text, w.start(), lang),
                    None, part_of, from_words=True)
        if q is None and lang == "kk" and kk_partitive(text, w.start(), last.end()):
            q = Quantity(value, "count", w.start(), last.end(), None)  # "оның алтауы": six of them
        if q and not is_speech_point(q, lang):
            out.append(q)
        i = j
    return out
