"""Numbers that lean on a neighbour for their unit: the items of a list whose unit is
written once ("70, 80, а местами 90 процентов"), the first end of a range ("с 11 до 15 млрд
тенге"), the parts of a count ("16 проектов, 8 из которых – в промышленности, 3 – в туризме")
and a scaled number in a money context ("на сумму 13,9 млрд").

Releases write the unit once and let the reader carry it over; the sentence's quantities
arrive here in order, each with its own span, and the bare ones take what their list gives.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal

from akorda.extract.numbers import EN_NUMBER, NUMBER, normalize_number
from akorda.extract.quantities_kk import kk_contrast_gap, kk_labelled_gap
from akorda.extract.quantity import Quantity
from akorda.extract.units import money_context, money_nouns

# what may stand between the numbers of one list that share a unit: "70, 80, а местами 90
# процентов", "3,4 трлн до 6 трлн тенге", "70-80 пайызын", "between 12 and 15 percent"
LIST_GAP = re.compile(
    r"[ \u00a0]*(?:,|;|[-–—]|\bи\b|\bили\b|\bа\s+местами\b|"
    # "70, 80 and even 90 percent", "70, 80 and in some districts 90 percent"
    r"\band\s+(?:even|in\s+(?:some|certain|many)\s+(?:places|districts|areas|villages|regions))\b|"
    r"\band\b|\bor\b|\bto\b|\bдо\b|және|немесе|"
    r"\bс\b|\bfrom\b)?(?:[ \u00a0]*(?:,|\bи\b|\band\s+(?:even|in\s+(?:some|certain|many)\s+(?:places|districts|areas|villages|regions))\b|"
    r"\band\b|\bа\s+местами\b|\bа\b|\bдо\b|\bto\b))?[ \u00a0]*",
    re.I,
)
# "A 9,8 мың, B 6 мың, C 17,7 мың гектар": labelled items of one list, the unit written once at
# its end; a comma, then a short label of words (no digits, no verb-ending punctuation)
LABELLED_GAP = re.compile(r"\.?[ \u00a0]*,[ \u00a0]*(?:[^\W\d_]+[ \u00a0,]+){1,4}(?:[–—][ \u00a0]*)?")
# "2,900 schools were built in 2019, and this figure reached 10,000 in 2021": the bare number is
# the same count, named again as "this figure"
FIGURE_AGAIN = re.compile(
    r"[^.;:!?]{0,80}?\b(?:this|that|the)[ \u00a0]+(?:figure|number)[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+|will[ \u00a0]+)?"
    r"(?:already[ \u00a0]+)?(?:reached|reach|rose[ \u00a0]+to|grew[ \u00a0]+to|increased[ \u00a0]+to|amounted[ \u00a0]+to|"
    r"stood[ \u00a0]+at|totall?ed)[ \u00a0]+$", re.I)
# between a count and a bare number that continues it: "5 schools, 3 in 2020", "vaccinate 505,000
# people, more than 80,000 have ...", "8 школ, ещё 3 ..."
AFTER_COUNTED_GAP = re.compile(
    r"(?:[ \u00a0]+(?:in|в|за)[ \u00a0]+(?:19|20)\d\d(?:[ \u00a0]+году)?)?"  # the previous item's year
    r"[ \u00a0]*,[ \u00a0]*(?:(?:and|of\s+them|more\s+than|over|about|almost|nearly|another|и|ещё|еще|более|свыше|"
    r"около|почти|және|тағы)[ \u00a0]+)?", re.I)
# "погибли трое работников лесничества, ещё 11 ищут": "ещё" goes on with the count across the
# words that complete its noun
AFTER_COUNTED_MORE = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]*,[ \u00a0]*(?:ещё|еще|тағы|another)[ \u00a0]+", re.I)
# "2,500 people were vaccinated with the first dose, and 1,400 with the second": a bare number
# after ", and" whose verb is left out (a preposition follows it) counts the noun of the clause before
ELLIPSIS_BEFORE = re.compile(r"[^.;:!?]{0,150}?,[ \u00a0]*(?:and|while|whereas)[ \u00a0]+", re.I)
ELLIPSIS_AFTER = re.compile(r"[ \u00a0]+(?:with|in|by|for|at|on|from|under|through|via)[ \u00a0]+(?!(?:19|20)\d\d\b)", re.I)
# the two ends of a change written "с 11 до 15 млрд тенге", "from 3 to 5 billion tenge"
FROM_BEFORE = re.compile(r"(?:^|(?<=\W))(?:from|с|со)[ \u00a0]+$", re.I)
TO_GAP = re.compile(r"[ \u00a0]+(?:до|to)[ \u00a0]+", re.I)
# a part named by a dash after its number: "8 из которых – в промышленности, 3 – в туризме"
PART_DASH = re.compile(r"[ \u00a0]*[–—-][ \u00a0]")
OF_WHICH_SPAN = re.compile(r"(?:из\s+(?:них|которых)|of\s+(?:them|which)|оның\s+ішінде)\W*$", re.I)
MONEY_UNITS = frozenset({"KZT", "USD", "EUR", "RUB"})
# "280bln of this sum", "only 4.5bn of them were used": a scaled number that names a part of
# something said before; when the sentence before named a currency, the part is that money
PART_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|it|this|that|these|those|which)\b", re.I)
PART_OF_REACH = 200
CURRENCY_WORDS = (("KZT", re.compile(r"tenge|\bKZT|₸", re.I)), ("USD", re.compile(r"dollars?\b|\$|\bUSD", re.I)),
                  ("EUR", re.compile(r"euros?\b|€|\bEUR", re.I)))
# a number this large is never a percentage the list's last item lends it
PERCENT_CEILING = 1000
SCALES = (1e3, 1e6, 1e9, 1e12)
# "45 млрд средств", "45 млрд-тан астам қаржы": a number of millions that counts money itself
MONEY_NOUN_FLOOR = 1_000_000


def _goes_on(text: str, r: Quantity, q: Quantity) -> bool:
    """Whether the bare number q goes on with the count r just stated: "7,000 flats last year,
    2,900 in 2019", or with its verb left out after ", and" ("..., and 1,400 with the second"),
    or named again as "this figure"."""
    if any((gap := g.match(text, r.end, q.start)) is not None and gap.end() == q.start
           for g in (AFTER_COUNTED_GAP, AFTER_COUNTED_MORE)):
        return True
    again = FIGURE_AGAIN.match(text, r.end, q.start)
    if again is not None and again.end() == q.start:
        return True
    gap = ELLIPSIS_BEFORE.match(text, r.end, q.start) if ELLIPSIS_AFTER.match(text, q.end) else None
    return gap is not None and gap.end() == q.start


def resolve_bare(text: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers take the unit of the list they stand in; a bare scaled number in a
    money context is money (contract README); other bare numbers are no facts."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, r = out[i], out[i + 1]
        if _from_to(text, q, r):
            out[i] = replace(q, value=_range_scaled(text, q, r), unit=r.unit, object=None, object_lemma=None)
            continue
        if not q.bare or (r.bare and r.unit == ""):
            continue
        if not _same_list(text, q, r) or (r.unit == "%" and q.value >= PERCENT_CEILING):
            continue  # "превысило 110 тысяч, на них приходится 40,7%": thousands are no share
        if r.unit in MONEY_UNITS or r.unit not in {"count", ""} or r.object:
            value = _range_scaled(text, q, r)  # "44-45 мың гектар": the first end takes the scale too
            if value == q.value and (_same_list_gap(text, q, r) or _labelled(text, q, r)) and _scale_of(text, q) == 1:
                # "10, 12 and 15 billion tenge", "15, 18 and 21 centners per hectare": every item takes
                # the scale and the conversion the last one was read with
                value = float(Decimal(repr(q.value)) * Decimal(repr(_scale_of(text, r))))
            counted = r.unit == "count"
            out[i] = replace(q, value=value, unit=r.unit, object=r.object if counted else None,
                             object_lemma=r.object_lemma if counted else None, bare=r.bare)
            if value != q.value and r.qualifier is None:
                out[i + 1] = replace(r, qualifier=q.qualifier)
    for i in range(1, len(out)):
        q, r = out[i], out[i - 1]
        if q.bare and q.unit == "" and r.unit == "count" and r.object and _goes_on(text, r, q):
            out[i] = replace(q, unit="count", object=r.object, object_lemma=r.object_lemma, bare=False)
    out = _parts_by_dash(text, out)
    money = None
    resolved = []
    for q in out:
        q = _money_noun(q)
        if q.unit == "count" and q.object is None and q.value >= 1_000_000:
            if q.bare and money is None:
                money = next((x.unit for x in out if x.unit in MONEY_UNITS), None) or \
                    ("KZT" if money_context().search(text, start, end) else "")
            unit = (money if q.bare else "") or _part_of_money(text, start, q)
            if unit:
                money = money or unit
                q = replace(q, unit=unit, object=None, object_lemma=None, bare=False)
        if q.unit == "":
            continue
        resolved.append(q)
    return resolved


def _part_of_money(text: str, start: int, q: Quantity) -> str:
    """The currency of the sentence before, for a scaled part of it ("... 380bln tenge. 280bln of
    this sum must ..."): the last currency written in the reach before the sentence, or ""."""
    if not PART_OF_AFTER.match(text, q.end):
        return ""
    before = text[max(0, start - PART_OF_REACH):start]
    found = [(m.end(), unit) for unit, rx in CURRENCY_WORDS for m in rx.finditer(before)]
    return max(found)[1] if found else ""


def _money_noun(q: Quantity) -> Quantity:
    """Millions of "средств", "инвестиций", "қаржы" are money, in the contract's default currency;
    the noun decides after its adjectives ("бюджетных средств")."""
    if q.unit == "count" and q.value >= MONEY_NOUN_FLOOR and q.object_lemma \
            and q.object_lemma.split()[-1] in money_nouns():
        return replace(q, unit="KZT", object=None, object_lemma=None, bare=False)
    return q


def _from_to(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether q is the first end of "с 11 до 15 млрд тенге": a number with no unit of its
    own before "до" and a second end that carries one (money, a share, a physical unit)."""
    return q.unit in {"count", ""} and q.object is None and r.unit not in {"count", ""} \
        and FROM_BEFORE.search(text, max(0, q.start - 6), q.start) is not None \
        and (gap := TO_GAP.match(text, q.end, r.start)) is not None and gap.end() == r.start


def _parts_by_dash(text: str, out: list[Quantity]) -> list[Quantity]:
    """The parts of a count listed with dashes after "из которых": each bare number that a
    dash follows counts what the "of which" part counts ("8 из которых – ..., 3 – ...")."""
    part = None
    for i, q in enumerate(out):
        if q.unit == "count" and q.object and OF_WHICH_SPAN.search(text, q.start, q.end):
            part = q
        elif part is not None and q.bare and q.unit == "" and PART_DASH.match(text, q.end):
            out[i] = replace(q, unit="count", object=part.object, object_lemma=part.object_lemma, bare=False)
    return out


def _range_scaled(text: str, q: Quantity, r: Quantity) -> float:
    """The first end of a range written "44-45 мың" or "с 11 до 15 млрд": the second's scale,
    where that makes the ends alike (a dashed range's ends are close, a change's within tenfold)."""
    gap = text[q.end:r.start]
    if q.value <= 0:
        return q.value
    # "6-6.5 centners per hectare" read as t/ha 0.65: the first end takes the second's conversion too
    converted = _scale_of(text, r)
    factors = ([converted] if converted < 1 else []) + list(SCALES)
    if gap in {"-", "–", "—"}:
        return next((_times(q.value, s) for s in factors if q.value <= r.value / s <= 2 * q.value), q.value)
    if TO_GAP.fullmatch(gap):
        return next((_times(q.value, s) for s in factors if q.value / 10 <= r.value / s <= 10 * q.value), q.value)
    return q.value


def _times(value: float, factor: float) -> float:
    """value * factor without a binary fraction's tail (6 * 0.1 is 0.6, not 0.6000000000000001)."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _same_list_gap(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether q and r are items of a list joined by commas or "and" (not a range's ends)."""
    gap = text[q.end:r.start]
    plain = LIST_GAP.match(text, q.end, r.start)
    return plain is not None and plain.end() == r.start and gap.strip() not in {"-", "–", "—", ""} \
        and TO_GAP.fullmatch(gap) is None and not FROM_BEFORE.search(text, max(0, q.start - 6), q.start)


def _scale_of(text: str, r: Quantity) -> float:
    """The factor by which r's value differs from its digits as written ("15 billion" 1e9, "21
    centners per hectare" read as t/ha 0.1): a power of ten, or 1 where none is clear."""
    digits = FIRST_NUMBER.search(text, r.start, r.end)
    if digits is None or r.value == 0:
        return 1.0
    for pattern in (EN_NUMBER, NUMBER):
        m = pattern.match(text, digits.start())
        if m is None:
            continue
        raw = normalize_number(m.group("int"), m.group("frac"))
        if raw == 0:
            continue
        power = math.log10(r.value / raw)
        if abs(power - round(power)) < 1e-9:
            return float(10 ** round(power)) if round(power) >= 0 else 1 / 10 ** -round(power)
    return 1.0


FIRST_NUMBER = re.compile(r"\d")


def _labelled(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether r is the next labelled item after q ("білім беруге 120, денсаулық сақтауға 95 млрд")."""
    m = LABELLED_GAP.match(text, q.end, r.start)
    return (m is not None and m.end() == r.start and r.start - q.end <= 50) or kk_labelled_gap(text, q.end, r.start)


def _same_list(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether q and the next quantity r stand in one list whose unit is written once."""
    gap = LIST_GAP.match(text, q.end, r.start)
    if gap is not None and gap.end() == r.start and r.start - q.end <= 32:
        return True
    if kk_contrast_gap(text, q.end, r.start) and q.unit in {"count", ""} and q.object is None:
        return True  # "былтыр 120, ал биыл 150 мектеп": a count's noun too is written once
    return _labelled(text, q, r) and q.unit in {"count", ""} and q.object is None and r.unit not in {"count", ""}
