"""Values and numbers as the language versions of a release write them (for ``align``).

Kept apart from the alignment itself: what makes two versions' figures the
same value (units spelt alike, the scorer's tolerance, a translator's
rounding) and which numbers a version's text writes, in digits or in words.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from akorda.extract.numbers import cardinal_word

# Two values are the same figure when they differ by at most this share (the
# scorer's tolerance, /work/shared/extraction/README.md).
TOLERANCE = Decimal("0.005")
# A translation may round ("1 882 млрд" -> "1.9 trillion"); rounding is
# accepted within this share, and only when the rounded value keeps two digits.
ROUNDING_LIMIT = Decimal("0.05")

UNIT_ALIASES = {
    "kzt": "KZT", "tenge": "KZT", "тенге": "KZT", "теңге": "KZT", "₸": "KZT", "тг": "KZT",
    "usd": "USD", "$": "USD", "dollars": "USD", "долларов": "USD", "доллар": "USD",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "евро": "EUR", "rub": "RUB", "рубль": "RUB", "рублей": "RUB",
    "%": "%", "percent": "%", "per cent": "%", "процент": "%", "процентов": "%", "пайыз": "%",
    "t": "t", "tonnes": "t", "tons": "t", "тонн": "t", "тонна": "t",
    "ha": "ha", "hectares": "ha", "га": "ha", "гектар": "ha",
    "m2": "m2", "m²": "m2", "sq m": "m2", "кв. м": "m2", "m3": "m3", "m³": "m3",
    "km": "km", "км": "km", "count": "count", "rank": "rank", "times": "times",
}
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\d.,])\d+(?:[.,]\d+)?(?!\d)")
WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


class AlignmentError(ValueError):
    """A figure that cannot be compared (no number, no unit): says which and why."""


def normalize_unit(unit: str | None) -> str:
    """The contract's spelling of a unit, so that versions compare.

    >>> normalize_unit(" kzt "), normalize_unit("Тенге"), normalize_unit("%"), normalize_unit("m²")
    ('KZT', 'KZT', '%', 'm2')
    >>> normalize_unit("m3/day")
    'm3/day'
    >>> normalize_unit("")
    Traceback (most recent call last):
    ...
    akorda.extract.align_values.AlignmentError: a figure without a unit cannot be aligned
    """
    cleaned = " ".join((unit or "").split())
    if not cleaned:
        raise AlignmentError("a figure without a unit cannot be aligned")
    return UNIT_ALIASES.get(cleaned.casefold(), cleaned)


def normalize_value(value: Any) -> Decimal:
    """A figure's value as an exact decimal (engine floats carry binary noise).

    >>> normalize_value(9.1e12), normalize_value("4,8"), normalize_value(27)
    (Decimal('9.1E+12'), Decimal('4.8'), Decimal('27'))
    >>> normalize_value("пять")
    Traceback (most recent call last):
    ...
    akorda.extract.align_values.AlignmentError: not a number: 'пять'
    >>> normalize_value(float("nan"))
    Traceback (most recent call last):
    ...
    akorda.extract.align_values.AlignmentError: not a finite number: nan
    """
    if isinstance(value, bool):
        raise AlignmentError(f"not a number: {value!r}")
    text = repr(value) if isinstance(value, float) else str(value).strip().replace(",", ".")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        raise AlignmentError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise AlignmentError(f"not a finite number: {value!r}")
    return number.normalize() if number else Decimal(0)


def normalize_number(token: str, lang: str) -> Decimal | None:
    """A number as a release writes it, read in the release's language.

    A comma is the decimal mark in kk and ru; in en it groups thousands.

    >>> normalize_number("9,1", "ru"), normalize_number("9.1", "en"), normalize_number("1,200", "ru")
    (Decimal('9.1'), Decimal('9.1'), Decimal('1.2'))
    >>> normalize_number("1,200", "en") == normalize_number("1 200", "kk") == 1200
    True
    >>> normalize_number("x", "ru") is None
    True
    """
    compact = re.sub(r"[ \u00a0\u202f]", "", token.strip())
    if lang == "en" and EN_THOUSANDS.fullmatch(compact):
        compact = compact.replace(",", "")
    compact = compact.replace(",", ".")
    try:
        number = Decimal(compact)
    except InvalidOperation:
        return None
    return number.normalize() if number.is_finite() and number else (Decimal(0) if number.is_finite() else None)


def numbers_in(text: str, lang: str) -> frozenset[Decimal]:
    """Every number written in a text, in digits or in words, read in its language.

    >>> sorted(numbers_in("ВРП 9,1 трлн тенге, 27 производств", "ru"))
    [Decimal('9.1'), Decimal('27')]
    >>> sorted(numbers_in("Twenty-seven new plants and ten schools", "en"))
    [Decimal('10'), Decimal('27')]
    >>> sorted(numbers_in("жиырма жеті өндіріс", "kk"))
    [Decimal('7'), Decimal('20'), Decimal('27')]
    """
    found = {normalize_number(m.group(), lang) for m in NUMBER.finditer(text)}
    found.update(_word_numbers(text, lang))
    return frozenset(n for n in found if n is not None)


def _word_numbers(text: str, lang: str) -> set[Decimal]:
    """Numbers written as words ("twenty-seven", "жиырма жеті"), through the engine's numeral table."""
    found: set[Decimal] = set()
    previous: Decimal | None = None
    for match in WORDS.finditer(text):
        words = [cardinal_word(part, lang) for part in match.group().split("-")]
        parts = [v for v in words if v is not None]
        if not words or len(parts) < len(words):
            previous = None
            continue
        values = [Decimal(str(int(v))) if float(v).is_integer() else Decimal(str(v)) for v in parts]
        value: Decimal = sum(values, Decimal(0)) if len(values) == 2 and values[0] % 10 == 0 and values[0] > values[1] else values[0]
        found.add(value)
        if previous is not None and previous % 10 == 0 and 10 < previous < 100 and value < 10:
            found.add(previous + value)  # tens and units written apart: "жиырма жеті"
        previous = value
    return found


def written_number(quote: str, lang: str) -> Decimal | None:
    """The first number as the quote writes it ("9,1" of "9,1 трлн тенге"), else None.

    >>> written_number("9,1 трлн тенге", "ru"), written_number("KZT5 trillion", "en"), written_number("вдвое", "ru")
    (Decimal('9.1'), Decimal('5'), None)
    """
    match = NUMBER.search(quote)
    return normalize_number(match.group(), lang) if match else None


def plain(value: Decimal) -> str:
    """A decimal written out without an exponent, for JSON and people.

    >>> plain(Decimal("1E+1")), plain(Decimal("9.1E+12")), plain(Decimal("4.80"))
    ('10', '9100000000000', '4.8')
    """
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def digits(value: Decimal) -> int:
    """Significant digits of a value ("1.9E+12" has two)."""
    return len(value.normalize().as_tuple().digits) if value else 1


def _round_to(value: Decimal, places: int) -> Decimal:
    if not value:
        return value
    exponent = value.adjusted() - places + 1
    return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP).normalize()


def same_value(a: Any, b: Any) -> bool:
    """Whether two versions give the same value (within the scorer's 0.5 %, or rounded).

    >>> same_value(9.1e12, "9100000000000"), same_value(1882e9, 1.9e12), same_value(5e9, 5e12)
    (True, True, False)
    >>> same_value(5, 5.4), same_value(48, 48.2), same_value(0, 0)
    (False, True, True)
    """
    x, y = normalize_value(a), normalize_value(b)
    if x == y:
        return True
    if not x or not y or (x > 0) != (y > 0):
        return False
    if abs(x - y) <= TOLERANCE * max(abs(x), abs(y)):
        return True
    coarse, fine = (x, y) if digits(x) <= digits(y) else (y, x)
    kept = digits(coarse)
    if kept < 2:
        return False
    return _round_to(fine, kept) == coarse and abs(x - y) <= ROUNDING_LIMIT * abs(fine)
