"""Figures as words and numbers, per language, with Babel's CLDR data.

Dashboards and the briefing show compact numbers ("446,7 млрд"); drafted
releases use the same compact style, which is the house style of the
releases ("5 трлн тенге", "136,7 тыс. субъектов"). Unit words come from the
one wording table (``akorda.extract.wording``, its ``word`` forms).
"""
from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_compact_decimal, format_decimal

from akorda.extract import wording


def number(value: Decimal | float, lang: str, *, compact: bool = True) -> str:
    """
    >>> number(Decimal("446700000000"), "ru"), number(5e12, "en"), number(Decimal("12"), "kk")
    ('446,7 млрд', '5 trillion', '12')
    >>> number(Decimal("136700"), "ru"), number(Decimal("107.9"), "en")
    ('136,7 тыс.', '107.9')
    """
    value = float(value)
    locale = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}.get(lang, lang)
    if compact and abs(value) >= 1000:
        text = format_compact_decimal(value, locale=locale, fraction_digits=1,
                                      format_type="long" if lang == "en" else "short")
    else:
        text = format_decimal(round(value, 2), locale=locale)
    return text.replace("\xa0", " ").replace("\u202f", " ")


def figure(value: Decimal | float, unit: str, lang: str) -> str:
    """A value with its unit for tables and charts.

    >>> figure(Decimal("5000000000000"), "KZT", "ru"), figure(Decimal("6.3"), "%", "ru"), figure(5, "rank", "en")
    ('5 трлн тенге', '6,3%', '#5')
    """
    if unit == "%":
        return number(value, lang, compact=False) + "%"
    if unit == "rank":
        return f"#{number(value, lang, compact=False)}"
    if unit == "count":
        return number(value, lang)
    return f"{number(value, lang)} {wording.unit(unit, lang) or unit}"
