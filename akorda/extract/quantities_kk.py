"""What Kazakh word order and endings say about a figure, beside the shared scan of
``quantities.py``: Kazakh puts case endings on the number and the unit ("6%-тен асып",
"гектардан ... 15 центнер") and the qualifier after the unit ("тоннадан жоғары").

Rules, not phrase lists: a yield is a mass stated after a per-hectare ablative; a
comparative word is a bound after the ablative ("than") but a difference after the
dative ("by"); a numeral with a possessive ending is a part of a whole ("оның алтауы",
six of them), a count although no noun follows it.
"""
from __future__ import annotations

import re

from akorda.extract.quantity import Quantity
from akorda.extract.units import people_nouns, qualifier_after

KK_ADJECTIVAL = re.compile(r"[ \u00a0]+[^\W\d_]+(?:лы|лі|ды|ді|ты|ті|дық|дік|тық|тік|лық|лік)(?![^\W\d_])")
KK_FROM_BEFORE = re.compile(r"\d[^.;]{0,25}?(?:дан|ден|тан|тен|нан|нен)[ \u00a0]+$", re.I)
KK_ONE = frozenset({"бір", "бірі", "біреу", "бірге"})
# a year is named before "жылы"/"жылғы", never before a person noun (objects.json "people"): "1911 адам" is 1911 people
KK_PEOPLE_AFTER = re.compile(rf"[ \u00a0]+(?:{'|'.join(people_nouns('kk'))})[^\W\d_]{{0,6}}(?![^\W\d_])", re.I)
# "1 гектардан орташа 15,4 центнер", "әр гектардан 15,5 центнерді", "гектарына 18 центнер": a mass per hectare
KK_PER_HECTARE_BEFORE = re.compile(r"гектар(?:дан|ынан|ына)(?:[ \u00a0,]+[^\W\d_]+){0,3}[ \u00a0]+$", re.I)
KK_ABLATIVE_END = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.I)
KK_DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не)$", re.I)
# the case ending written after a sign: "8,5%-тен асырмау", "6%-тен асып"
KK_CASE_AFTER_SIGN = re.compile(r"-(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке)(?![^\W\d_])", re.I)
# comparatives: a bound after the ablative ("650 мың тоннадан жоғары", more than), a difference
# after the dative ("13,2 пайызға артық", 13.2 % more)
KK_COMPARATIVES = frozenset({"артық", "жоғары", "көп"})
# a possessive numeral is a part of a whole: "оның алтауы", "олардың сегізі", "тағы біреуі"
KK_WHOLE_BEFORE = re.compile(r"(?:оның|олардың|соның|бұлардың|тағы)[ \u00a0]+$", re.I)
KK_COLLECTIVE_POSSESSIVE = re.compile(r"(?:еу|ау)(?:[ыі]|[ыі]н|[ыі]н[ае]|[ыі]н[ае]н|[ыі]ң[ыі]ң|ының|інің)$", re.I)
KK_POSSESSIVE = re.compile(r"[^\W\d_]{3,}(?:[ыі]|сы|сі)$", re.I)
# "8 жарым пайыз" (eight and a half per cent): the half after a number in digits
KK_HALF_AFTER = re.compile(r"[ \u00a0]+жарым(?![^\W\d_])", re.I)
# "өңдеу өнеркәсібі 11, құрылыс саласы 7, тұрғын үйді пайдалануға беру көлемі 5 пайызға өскен":
# a Kazakh list names each item before its figure, and the names run longer than the shared scan's
# four words; the unit is written once, after the last figure
KK_LABELLED_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+){1,6}")
KK_LETTER = re.compile(r"[әғқңөұүһі]", re.I)
KK_LABELLED_MAX = 60
# a number word in a set phrase counts nothing: "тоғыз жолдың торабы" (the crossroads of nine roads, a
# city on the old trade routes), "төрт құбыласы тең" (all four sides even: well off), "бес саусақтай
# білу" (know like one's five fingers), "жеті атасын білу" (know one's seven forefathers)
KK_SET_PHRASE = re.compile(r"(?:тоғыз[ \u00a0]+жол(?:дың|ғы)[ \u00a0]+(?:тора[бп]|тоғыс)|төрт[ \u00a0]+құбыла|"
                           r"бес[ \u00a0]+саусақ(?:тай|ындай)|жеті[ \u00a0]+ата(?:сын|мызды|ңды|ларын))", re.I)
# "аталған тоғыз мектеп" (the nine schools named): a figure restated, not a new one
KK_RESTATED_BEFORE = re.compile(r"(?:аталған|аталмыш|жоғарыда\s+аталған)[ \u00a0]+$", re.I)


def kk_unit(text: str, q_start: int, unit: str, end: int, value: float) -> str | None:
    """The unit a Kazakh clause gives the figure; None where the figure is no fact ("1
    гектардан", per one hectare, the denominator of a yield).

    >>> kk_unit("әр гектардан 15,5 центнерді", 13, "t", 27, 1.55), kk_unit("1 гектардан", 0, "ha", 11, 1.0)
    ('t/ha', None)
    """
    if unit == "t" and KK_PER_HECTARE_BEFORE.search(text, max(0, q_start - 45), q_start):
        return "t/ha"
    if unit == "ha" and value == 1 and KK_ABLATIVE_END.search(text, max(0, end - 3), end):
        return None
    return unit


def kk_qualifier_after_unit(text: str, q_start: int, end: int, qual: str | None) -> str | None:
    """Kazakh puts the qualifier after the unit ("5 млн гектардан асады", "600 миллиард
    теңгеге жуық", "8,5%-тен асырмау"); "дейін" after a "from" figure ends a change rather
    than setting a ceiling; a comparative after the dative is a difference, no bound.

    >>> kk_qualifier_after_unit("650 мың тоннадан жоғары", 0, 16, None), kk_qualifier_after_unit("13,2 пайызға артық", 0, 12, None)
    ('more_than', None)
    """
    if qual is None:
        sign = KK_CASE_AFTER_SIGN.match(text, end) if end and text[end - 1] == "%" else None
        pos = sign.end() if sign else end
        after_unit = qualifier_after(text, pos)
        if after_unit and after_unit[0]:
            form = text[pos:after_unit[1]].strip().lower()
            qual = None if form in KK_COMPARATIVES and KK_DATIVE_END.search(text, max(0, pos - 3), pos) else after_unit[0]
    if qual == "up_to" and KK_FROM_BEFORE.search(text, max(0, q_start - 40), q_start):
        return None  # "18 млн тоннадан 27 млн тоннаға дейін": the end of a change, not a ceiling
    return qual


def kk_restated(text: str, start: int) -> bool:
    """Whether the number at start restates a figure ("аталған тоғыз мектеп") or opens a set
    phrase that counts nothing (KK_SET_PHRASE)."""
    return KK_RESTATED_BEFORE.search(text, max(0, start - 25), start) is not None or KK_SET_PHRASE.match(text, start) is not None


def kk_partitive(text: str, start: int, end: int) -> bool:
    """Whether a numeral word text[start:end] names a part of a whole ("оның алтауы"): a
    collective numeral with a possessive ending, or a possessive numeral after "оның",
    "олардың", "тағы"."""
    word = text[start:end]
    if KK_COLLECTIVE_POSSESSIVE.search(word):
        return True
    return bool(KK_POSSESSIVE.match(word)) and KK_WHOLE_BEFORE.search(text, max(0, start - 12), start) is not None


def kk_half(text: str, pos: int) -> int | None:
    """The end of "жарым" (and a half) right after a number that ends at pos, or None.

    >>> kk_half("8 жарым пайыз", 1), kk_half("8 жарымы", 1)
    (7, None)
    """
    m = KK_HALF_AFTER.match(text, pos)
    return m.end() if m else None


def kk_labelled_gap(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], between two figures, is ", <the next item's name>" of a Kazakh list.

    >>> kk_labelled_gap("11, құрылыс саласы 7", 2, 19), kk_labelled_gap("11 және 7", 2, 8)
    (True, False)
    """
    m = KK_LABELLED_GAP.match(text, a, b)
    return m is not None and m.end() == b and b - a <= KK_LABELLED_MAX and KK_LETTER.search(text, a, b) is not None


# "құрылыс кезінде 3500, ал іске қосылғанда 1800 жұмыс орны" (3,500 during construction and 1,800
# once running): ", ал" (while) sets the next figure against the last, and the label of the next
# (a time, a place, a year) stands between; the noun or unit is written once, after the last figure
KK_CONTRAST_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]*ал[ \u00a0]+(?:(?:[^\W\d_]+|(?:19|20)\d\d)[ \u00a0]+){0,6}", re.I)


def kk_contrast_gap(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], between two figures, is ", ал <the next figure's label>" (KK_CONTRAST_GAP).

    >>> kk_contrast_gap("120, ал биыл 150", 3, 13), kk_contrast_gap("120, биыл 150", 3, 10)
    (True, False)
    """
    m = KK_CONTRAST_GAP.match(text, a, b)
    return m is not None and m.end() == b and b - a <= KK_LABELLED_MAX


# "екі аймақтың арасындағы байланыс": the sides of a relation, named before, are no count
KK_BETWEEN_AFTER = re.compile(r"[ \u00a0]+арас(?:ы|ында|ындағы|ына|ынан)(?![^\W\d_])", re.I)


def kk_between(text: str, q: Quantity) -> bool:
    """Whether a count names the sides of a relation ("екі ел арасындағы", between the two)."""
    return q.unit == "count" and KK_BETWEEN_AFTER.match(text, q.end) is not None
