"""Plain-text views of rich text and long dates per locale."""
from __future__ import annotations

import datetime
import html
import re

from babel.dates import format_date

_BLOCK = re.compile(r"<(p|li|h[1-6]|blockquote)[^>]*>(.*?)</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")

# CLDR's long forms differ from the site's house style in ru and kk: the site
# writes "14 июня 2024 года" and "2024 жылғы 14 маусым" (seen on akorda.kz).
_PATTERNS = {"ru": "d MMMM y 'года'", "kk": "y 'жылғы' d MMMM", "en": "d MMMM y"}


def html_paragraphs(value: str) -> list[str]:
    """Split stored rich text into plain paragraphs.

    >>> html_paragraphs("<p>One &amp; <b>two</b></p><p> </p><p>Three</p>")
    ['One & two', 'Three']
    """
    blocks = [m.group(2) for m in _BLOCK.finditer(value or "")] or [value or ""]
    out = []
    for block in blocks:
        text = " ".join(html.unescape(_TAG.sub("", block)).split())
        if text:
            out.append(text)
    return out


def format_long_date(value: datetime.date, language: str) -> str:
    """The dateline as the site prints it in each language.

    >>> d = datetime.date(2024, 6, 14)
    >>> format_long_date(d, "ru"), format_long_date(d, "kk"), format_long_date(d, "en")
    ('14 июня 2024 года', '2024 жылғы 14 маусым', '14 June 2024')
    """
    language = (language or "kk")[:2]
    return format_date(value, _PATTERNS.get(language, _PATTERNS["en"]), locale=language)
