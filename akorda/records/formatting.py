"""Figures as readers read them, per site language, with Babel (CLDR data).

"446,7 млрд ₸" in Russian and Kazakh, "446.7 billion tenge" in English. The
words come from the one wording table (``akorda.extract.wording``, its
``short`` forms); only the numbers are formatted here.
"""
from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_compact_decimal, format_decimal

from akorda.extract import wording

LANGUAGES = ("kk", "ru", "en")
COMPACT_FROM = 1_000_000


def _number(value: Decimal, language: str, *, long: bool = False) -> str:
    if abs(value) >= COMPACT_FROM:
        return format_compact_decimal(value, format_type="long" if long else "short", locale=language, fraction_digits=1)
    return format_decimal(value, locale=language)


def format_figure(value: Decimal | float | int, unit: str, language: str, *, qualifier: str = "",
                  obj: str = "") -> str:
    """
    >>> format_figure(Decimal("446700000000"), "KZT", "ru")
    '446,7\\xa0млрд ₸'
    >>> format_figure(Decimal("446700000000"), "KZT", "en")
    '446.7 billion tenge'
    >>> format_figure(Decimal("446700000000"), "KZT", "kk")
    '446,7\\xa0млрд ₸'
    >>> format_figure(Decimal("107.9"), "%", "ru"), format_figure(Decimal("6600"), "ha", "en", qualifier="more_than")
    ('107,9%', 'more than 6,600 hectares')
    >>> format_figure(5, "rank", "ru"), format_figure(Decimal("53"), "count", "en", obj="schools")
    ('5-е место', '53 schools')
    """
    language = language[:2] if language[:2] in LANGUAGES else "en"
    value = Decimal(str(value))
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    if unit == "%":
        text = f"{format_decimal(value, locale=language)}%"
    elif unit == "rank":
        text = wording.rank(format_decimal(value, locale=language), language)
    elif unit == "count":
        text = format_decimal(value, locale=language)
        if obj and language == "en":
            text = f"{text} {obj}"
    else:
        # English spells the scale out ("446.7 billion tenge"); ru and kk abbreviate ("446,7 млрд ₸").
        long = language == "en"
        text = f"{_number(value, language, long=long)} {wording.unit(unit, language, 'short') or unit}"
    return wording.qualified(text, qualifier, language, "short")


def format_period(start, end, text: str, language: str) -> str:
    r"""The period in the reader's language when its dates are known, else as extracted.

    >>> import datetime
    >>> format_period(datetime.date(2024, 1, 1), datetime.date(2024, 5, 31), "January-May 2024", "en")
    'January\u2009–\u2009May 2024'
    >>> format_period(None, None, "this year", "ru")
    'this year'
    """
    if start and end:
        from babel.dates import format_interval

        if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
            return str(start.year)
        return format_interval(start, end, "yMMMM", locale=language[:2])
    return text


def _source_language(fact) -> str | None:
    page = getattr(fact, "source_page", None)
    return page.locale.language_code if page is not None else None


def fact_text(fact, language: str) -> str:
    """A confirmed figure for the reader: the release's own words for a count
    in the reader's language (they carry the counted noun, declined), else
    the value formatted for the reader's locale."""
    if fact.unit == "count" and not fact.indicator_id and fact.quote and _source_language(fact) == language[:2]:
        return fact.quote
    obj = fact.object if language[:2] == "en" and fact.object.isascii() else ""
    return format_figure(fact.value, fact.unit, language, qualifier=fact.qualifier, obj=obj)


def fact_label(fact, language: str) -> str:
    """What the figure measures: the catalog indicator's name in the reader's
    language, else the extracted measure when it is in the reader's language."""
    if fact.indicator_id:
        return fact.indicator.name(language[:2])
    # The engine writes a measure either as the release's own words or as an
    # English gloss: show it only when it is in the reader's script.
    in_latin = fact.measure.isascii()
    if (language[:2] == "en") == in_latin and (in_latin or _source_language(fact) == language[:2]):
        return fact.measure
    return ""
