"""Dates as releases write them: the dateline and the reporting period.

Datelines are short, fixed-shape lines, so plain regular expressions (anchored,
without nested quantifiers) are enough and keep ``read_source`` free of model
loading. Month names live in ``data/months.json``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from akorda.extract.knowledge import load_json

WORD_MONTH = r"(?P<m>[^\W\d_]{3,12})\.?"
DAY = r"(?P<d>[0-3]?\d)"
YEAR = r"(?P<y>(?:19|20)\d\d)"
TIME = r"(?:[\s,]+\d{1,2}:\d\d)?"

DAY_MONTH_YEAR = re.compile(
    rf"{DAY}\s+{WORD_MONTH},?\s+{YEAR}(?:\s*(?:года|год|г\.?|year|ж\.?))?{TIME}", re.I
)
KK_YEAR_DAY_MONTH = re.compile(rf"{YEAR}\s*(?:жылғы|жылы|ж\.)\s+{DAY}\s+{WORD_MONTH}{TIME}", re.I)
EN_MONTH_DAY_YEAR = re.compile(rf"{WORD_MONTH}\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}{TIME}", re.I)
NUMERIC_DATE = re.compile(DAY + r"[./](?P<m>[01]?\d)[./]" + YEAR + TIME)

DATELINE_PATTERNS = (DAY_MONTH_YEAR, KK_YEAR_DAY_MONTH, EN_MONTH_DAY_YEAR, NUMERIC_DATE)


@lru_cache(maxsize=1)
def _month_stems() -> tuple[tuple[str, int], ...]:
    data = load_json("months.json")
    stems = [(stem, num) for lang in ("ru", "kk", "en") for stem, num in data[lang].items()]
    # longest stems first, so that "мая" is tried before a shorter stem could shadow it
    return tuple(sorted(stems, key=lambda s: -len(s[0])))


def normalize_month(word: str) -> int | None:
    """Map a month name in any case form of kk/ru/en to its number.

    >>> normalize_month("июня"), normalize_month("маусымда"), normalize_month("March")
    (6, 6, 3)
    >>> normalize_month("года") is None
    True
    """
    word = word.lower().rstrip(".")
    if word.isdigit():
        num = int(word)
        return num if 1 <= num <= 12 else None
    for stem, num in _month_stems():
        if word.startswith(stem):
            return num
    return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    month = normalize_month(match["m"])
    if month is None:
        return None
    try:
        return dt.date(int(match["y"]), month, int(match["d"]))
    except ValueError:
        return None


def parse_dateline(line: str) -> dt.date | None:
    """Parse a line that consists of a date only (the release's dateline).

    >>> parse_dateline("3 марта 2023 года")
    datetime.date(2023, 3, 3)
    >>> parse_dateline("2022 жылғы 9 қыркүйек")
    datetime.date(2022, 9, 9)
    >>> parse_dateline("21 october 2021 year"), parse_dateline("July 4, 2020")
    (datetime.date(2021, 10, 21), datetime.date(2020, 7, 4))
    >>> parse_dateline("05.01.2019")
    datetime.date(2019, 1, 5)
    >>> parse_dateline("Аким доложил о 5 школах 2023") is None
    True
    """
    line = " ".join(line.split())
    if len(line) > 40:
        return None
    for pattern in DATELINE_PATTERNS:
        match = pattern.fullmatch(line)
        if match:
            return _to_date(match)
    return None


@dataclass(frozen=True)
class Period:
    """A reporting period: free text plus the first and last month it covers."""

    text: str
    year: int | None
    first_month: int | None = None
    last_month: int | None = None

    def label(self) -> str:
        return self.text
