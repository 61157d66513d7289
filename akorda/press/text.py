"""Plain-text views of rich text and long dates per locale."""
from __future__ import annotations

import datetime
import re
import unicodedata

from babel.dates import format_date

from akorda.press import richtext

# CLDR's long forms differ from the site's house style in ru and kk: the site
# writes "14 июня 2024 года" and "2024 жылғы 14 маусым" (seen on akorda.kz).
_PATTERNS = {"ru": "d MMMM y 'года'", "kk": "y 'жылғы' d MMMM", "en": "d MMMM y"}


def html_paragraphs(value: str) -> list[str]:
    """Split stored rich text into plain paragraphs.

    >>> html_paragraphs("<p>One &amp; <b>two</b></p><p> </p><p>Three</p>")
    ['One & two', 'Three']
    """
    return richtext.paragraphs(value)


def format_long_date(value: datetime.date, language: str) -> str:
    """The dateline as the site prints it in each language.

    >>> d = datetime.date(2024, 6, 14)
    >>> format_long_date(d, "ru"), format_long_date(d, "kk"), format_long_date(d, "en")
    ('14 июня 2024 года', '2024 жылғы 14 маусым', '14 June 2024')
    """
    language = (language or "kk")[:2]
    return format_date(value, _PATTERNS.get(language, _PATTERNS["en"]), locale=language)


# Characters that change neither how a title reads nor what it means, but make
# two saves of one release compare unequal: the soft hyphen, zero-width
# spaces and joiners, the word joiner, the BOM, and the bidirectional marks,
# embeddings, overrides and isolates (Unicode TR #9). kk/ru/en need none of them.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)


def clean_title(value: str) -> str:
    """A title as stored: NFC, no invisible characters, single spaces.

    >>> clean_title("\\u200fГлава  госу\\u00adдарства\\u200b принял\\u00a0акима ")
    'Глава государства принял акима'
    >>> clean_title("Е\\u0301лки") == "\\u0415\\u0301лки" and clean_title("й") == "\\u0439"
    True
    """
    value = INVISIBLE.sub("", unicodedata.normalize("NFC", value))
    return " ".join(value.split())
