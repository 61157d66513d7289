"""How a number anchor becomes a quantity: its scale, then a unit (converted to the contract's),
a prefix currency, a counted object, or the context's object ("of which ..."); or nothing, where
the contract says the number is no fact (a year, an age, a number without a noun).

``quantities`` finds the anchors (digits and number words) and calls ``extend`` on each.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import SupportsInt, cast

from akorda.extract.counted import ELIDED, counted_object
from akorda.extract.not_figures import is_frequency
from akorda.extract.quantities_en import counted_subject, en_capacity
from akorda.extract.quantities_kk import kk_qualifier_after_unit, kk_unit
from akorda.extract.quantity import Quantity
from akorda.extract.units import (
    KK_APPROXIMATE,
    OUT_OF_BEFORE,
    bulk_after,
    compound_scale,
    conversions,
    non_count_nouns,
    qualifier_after,
    qualifier_before,
    scales,
    units,
    with_rate,
)

# A counted object seen earlier in the sentence: (its words, its lemma), for "of which ..." figures.
ObjectRef = tuple[str | None, str | None]

KK_CASED_SCALE = re.compile(r"(?<=[^\W\d_])-?(?:ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|да|де|та|те)$", re.I)
# a Kazakh counted noun in the dative or the ablative takes the bound that follows it
KK_BOUND_CASE = re.compile(r"(?:ға|ге|қа|ке|на|не|дан|ден|тан|тен|нан|нен)$", re.I)
OF_WHICH = re.compile(r"[ \u00a0]+(?:из\s+(?:них|которых)|of\s+(?:them|which|whom)|оның\s+ішінде)(?![^\W\d_])", re.I)
IN_BEFORE = re.compile(r"(?:^|(?<=\W))[вВ][ \u00a0]+$")
AGE_BEFORE = re.compile(r"(?:\bage(?:d)?\s+(?:of\s+)?|\bunder\s+|возраст\w*\s+(?:до\s+|от\s+|старше\s+)?|(?<![^\W\d_])жасы\s+)$", re.I)
FROM_BEFORE = re.compile(r"(?:^|(?<=\W))(?:from|с|со)[ \u00a0]+$", re.I)
TO_AFTER = re.compile(r"[ \u00a0]+(?:to|до)[ \u00a0]+\d")
TO_BEFORE = re.compile(r"(?:from|с|со)[ \u00a0]+[\d., \u00a0]+?[ \u00a0]+(?:to|до)[ \u00a0]+$", re.I)
OF_NUMBER = re.compile(r"[ \u00a0]+(?:of|из)[ \u00a0]+\d")
# the clause ends after the number, or after a place that adds nothing ("rose to 184,579 in the region.")
CLAUSE_END = re.compile(r"[ \u00a0]*(?:(?:in|across)[ \u00a0]+the[ \u00a0]+(?:region|city|country)[ \u00a0]*)?(?:[.;,)]|$)")
LEVEL_BEFORE = re.compile(
    r"(?:reach(?:ed|ing)?|total(?:led|ed|ing)?(?:\s+to)?|amount(?:ed|ing)\s+to|(?:rose|risen|increased|grew|grown|fell|fallen|decreased|declined|dropped|reduced)\s+to|"
    r"составил[аио]?|составляет|составят|достиг(?:ла|ло|ли)?|достигнет|насчитывается|превысил[аио]?|увеличил(?:ся|[аио]сь)\s+до|"
    r"вырос(?:ла|ло|ли)?\s+до|вырастет\s+до|сократил(?:ся|[аио]сь)\s+до|снизил(?:ся|[аио]сь)\s+до|"
    r"уменьшил(?:ся|[аио]сь)\s+до|упал[аио]?\s+до|"
    # the short passive of the same change: "количество ферм увеличено до 11", "доведено до 40"
    r"(?:увеличен|доведен|сокращен|снижен|уменьшен)[аоы]?\s+до)"
    r"(?:\s+[^\W\d_]+){0,2}[ \u00a0]+$",
    re.I,
)
# "9 скважин, из них 3", "of which nine", "and another six": a part of (or addition to) the count before
OF_WHICH_REACH = 80
OF_WHICH_CLAUSE = re.compile(r"(?<![^\W\d_])(?:из\s+(?:них|которых)|of\s+(?:them|which))(?![^\W\d_])[^,;:.!?()\d]*$", re.I)
# "16 projects, eight of which in industry, three – in tourism": a number word a dash follows, after an
# "of which" earlier in its sentence, is one more part of that count (list_units does it for digits)
DASHED_PART = re.compile(r"[ \u00a0]*[–—][ \u00a0]")
OF_WHICH_EARLIER = re.compile(r"(?<![^\W\d_])(?:из\s+(?:них|которых)|of\s+(?:them|which))(?![^\W\d_])[^.;:!?()]{0,160}$", re.I)
OF_THEM_BEFORE = re.compile(r"(?:из\s+(?:них|которых)|в\s+том\s+числе|включая|of\s+(?:them|which)|including|another|"
                            r"оның\s+ішінде)[ \u00a0]+$", re.I)
# "занимает 12-е место среди 120 стран": the field a rank is taken in is a count, though
# countries alone ("две страны подписали") are none
RANK_AMONG = re.compile(r"(?<![^\W\d_])мест[а-я]*[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,2}?среди[ \u00a0]+$", re.I)
# "... выделено 6,8 млрд тен": the stored text stops inside the currency word after a scale;
# the stub of "тенге"/"теңге" is the currency all the same
CUT_CURRENCY = re.compile(r"[ \u00a0]+(?:тенг?|теңг?)\s*$", re.I)
# "... введено 486 тысяч квадра", "commissioned 597 thousand square met": the text stops inside
# "square metres" after a scale; housing in square metres all the same
CUT_SQUARE = re.compile(r"[ \u00a0]+(?:квадрат?|квадратн[а-я]*|шаршы(?:[ \u00a0]+ме?т?)?|sq|squar?e?(?:[ \u00a0]+m[a-z]{0,4})?)\s*$", re.I)


def extend(text: str, q_start: int, pos: int, value: float, limit: int, lang: str,
            qual: str | None, prefix: str | None, objects: list[ObjectRef], year_like: bool = False,
            from_words: bool = False) -> Quantity | None:
    """The quantity a number anchors: its scale, then a unit, a prefix currency or a counted
    object; None where the number is no fact (a year, an age, a number without a noun)."""
    value, pos, qual, scaled = apply_scale(text, pos, value, limit, lang, qual)
    year_like = year_like and not scaled
    after = qualifier_after(text, pos) if lang == "kk" else None
    if after:
        qual, pos = after[0], after[1]
    # "12 млрд-қа бағаланады", "1,2 млн-ға жетті": a scale word in a case is the whole noun phrase,
    # the word after it is no counted noun (with a bound, "мыңнан астам турист", the noun follows)
    cased_scale = lang == "kk" and scaled and not after and KK_CASED_SCALE.search(text, max(0, pos - 4), pos)
    unit_hit = units(lang).at(text, pos)
    if unit_hit and unit_hit[2] <= limit:
        return with_unit(text, q_start, str(unit_hit[0]), unit_hit[2], value, lang, qual, year_like)
    if prefix:
        return Quantity(value, prefix, q_start, pos, qual)
    cut = CUT_CURRENCY.match(text, pos) if scaled and lang != "en" else None
    if cut:
        return Quantity(value, "KZT", q_start, pos + len(cut.group().rstrip()), qual)
    cut = CUT_SQUARE.match(text, pos) if scaled else None
    if cut:
        return Quantity(value, "m2", q_start, pos + len(cut.group().rstrip()), qual)
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
    if cut_off_scale(text, pos, lang):
        return None
    noun = None if cased_scale else counted_object(text, pos, limit, lang)
    if noun is None and lang == "en" and counted_subject(text, pos):  # "Up to 25,000 are expected to work"
        return Quantity(value, "count", q_start, pos, qual, *(objects[-1] if objects else (None, None)))
    if noun is None:
        return without_object(text, q_start, pos, value, qual, objects, scaled, from_words)
    return counted(text, q_start, value, qual, objects, noun, lang)


def apply_scale(text: str, pos: int, value: float, limit: int, lang: str,
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


CUT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]{2,})\s*$")


def cut_off_scale(text: str, pos: int, lang: str) -> bool:
    """Whether the stored text breaks off inside the scale word after a number ("63 миллио" at
    the end of a cut page): its value is unknown, so the number states no figure.

    >>> cut_off_scale("бюджеттен 63 миллио", 12, "kk"), cut_off_scale("63 миллион", 2, "kk")
    (True, False)
    """
    m = CUT_WORD.match(text, pos)
    if not m or scales(lang).at(text, pos):
        return False
    word = m.group(1).lower()
    return any(len(key) > len(word) and key.startswith(word) for key in scales(lang).table)


MONEY_OR_SHARE = frozenset({"%", "KZT", "USD", "EUR", "RUB"})


def with_unit(text: str, q_start: int, unit: str, end: int, value: float, lang: str,
               qual: str | None, year_like: bool) -> Quantity | None:
    """A number followed by a unit, in the contract's unit (conversions applied), with a
    rate ("m3/day") and the qualifier that may stand around it."""
    if unit == "times":
        before = IN_BEFORE.search(text, max(0, q_start - 3), q_start)
        if before is None and is_frequency(text, end):
            return None  # "два раза в месяц", "4 times a week": a frequency (README), no multiple
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




# "The number of tourists reached 16,500 last year", "the number of cases stood at 900 a day": the level
# of a "number of" subject is a count, wherever its clause goes on
NUMBER_OF_LEVEL = re.compile(
    r"\bnumber\s+of\s+[^.;:!?]{1,80}?\s(?:stood\s+at|reached|amounted\s+to|totall?ed|exceeded|hit|"
    r"(?:rose|increased|grew|fell|decreased|dropped|declined)\s+to)\s+(?:(?:over|more\s+than|about|almost|nearly|some|around|"
    r"approximately)\s+)?$", re.I)


def without_object(text: str, q_start: int, pos: int, value: float, qual: str | None,
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
    if NUMBER_OF_LEVEL.search(text, max(0, q_start - 120), q_start):
        return Quantity(value, "count", q_start, pos, qual)
    if objects and OUT_OF_BEFORE.search(text, max(0, q_start - 20), q_start):
        return Quantity(value, "count", q_start, pos, qual, *objects[-1])
    if objects and OF_WHICH_CLAUSE.search(text, max(0, q_start - OF_WHICH_REACH), q_start) and CLAUSE_END.match(text, pos):
        # "27 объектов, из которых на сегодня введены в эксплуатацию девять.": the part ends the clause
        return Quantity(value, "count", q_start, pos, qual, *objects[-1])
    if objects and from_words and DASHED_PART.match(text, pos) and OF_WHICH_EARLIER.search(text, max(0, q_start - 200), q_start):
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


def counted(text: str, q_start: int, value: float, qual: str | None, objects: list[ObjectRef],
             noun: tuple[str | None, str, int], lang: str) -> Quantity | None:
    """A count of the noun after it; an elided noun counts the object stated before."""
    obj, lemma, end = noun
    if lemma.startswith(ELIDED):
        if not objects or text[end:end + 1].isalnum() or text[end:end + 1] in " \u00a0":
            return None
        return Quantity(value, "count", q_start, end, qual, *objects[-1])
    non_count = lemma.split()[-1] in non_count_nouns(lang) or (obj or "") in non_count_nouns("en") if lemma else True
    if non_count and not (lemma and RANK_AMONG.search(text, max(0, q_start - 40), q_start)):
        return None
    if lang == "kk" and qual is None and KK_BOUND_CASE.search(text, max(0, end - 4), end):
        after = qualifier_after(text, end)  # "20 мың адамға жуық", "50 отбасыдан астам": the bound after the noun
        if after and after[0]:
            qual, end = after
    return Quantity(value, "count", q_start, end, qual, obj, lemma)
