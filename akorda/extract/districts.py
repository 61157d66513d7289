"""The region a district (kk аудан, ru район, en district) belongs to.

Real releases often name only a district ("Сырдария ауданында", "в Шалкарском
районе"), so the region is found through the gazetteer in ``data/districts.json``.
A district's name fires only with the word for "district" beside it (a bare town
name never does), and a name that two regions share (Есіл, Жамбыл, Абай …) names
no region. Districts moved to a new region (2018, 2022) answer with the region
of the event's date when it is known.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from akorda.extract.knowledge import load_json

# a list of names sharing one plural district word: "Жарқайың, Есіл, Жақсы аудандары"
_CAP = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w'’-]*"
_LIST = rf"(?:(?:\s*,\s*|\s+(?:және|мен|и|and)\s+){_CAP}(?:\s+{_CAP})?){{0,5}}"


@dataclass(frozen=True)
class District:
    kk: str
    ru: tuple[str, ...]
    en: tuple[str, ...]
    region: str
    before: str | None = None
    until: str | None = None

    def region_on(self, day: date | None) -> str:
        """The district's region on the day (the current one when the day is unknown)."""
        if day is not None and self.before and self.until and day.isoformat() < self.until:
            return self.before
        return self.region

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1)
def districts() -> tuple[District, ...]:
    """The gazetteer, as read from ``data/districts.json``."""
    return tuple(
        District(kk=d["kk"], ru=tuple(d["ru"]), en=tuple(d["en"]), region=d["region"],
                 before=d.get("before"), until=d.get("until"))
        for d in load_json("districts.json")["districts"]
    )


def _words(name: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name.strip()))


def _ru_pattern(name: str) -> str:
    """"Шалкарский район" → the adjective in any case before район; "район Шал акына" → район first."""
    if name.lower().startswith("район "):
        return rf"район\w*\s+(?:имени\s+)?{_words(name[6:])}(?![^\W\d_])"
    adjective = name.rsplit(" ", 1)[0]
    return rf"{_words(adjective[:-2])}\w*{_LIST}\s+район\w*"


def district_patterns(d: District) -> tuple[str, ...]:
    """Regular expressions (case-insensitive but for the English name's capital) for the
    district in kk, ru and en running text; the English one wants a capital so that a
    common word ("may") before "district" is no name.

    >>> [bool(re.match(p, "Шалқар ауданының", re.I)) for p in district_patterns(districts()[0])]
    [False, False, False]
    >>> shalkar = next(d for d in districts() if d.kk == "Шалқар")
    >>> [bool(re.match(p, s, re.I)) for p, s in zip(district_patterns(shalkar),
    ...     ["Шалқар ауданының", "Шалкарском районе", "Shalkar District"])]
    [True, True, True]
    """
    return (rf"{_words(d.kk)}{_LIST}\s+аудан\w*",
            *(_ru_pattern(n) for n in d.ru),
            *(rf"(?-i:{n[:1]}){_words(n[1:])}{_LIST}\s+district" for n in d.en))


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[District, re.Pattern[str]], ...]:
    return tuple((d, re.compile(rf"(?<![^\W\d_])(?:{'|'.join(district_patterns(d))})", re.I))
                 for d in districts())


def find_districts(text: str) -> list[tuple[int, District]]:
    """Every district named in the text with the word for "district", by position.

    >>> [(d.kk, d.region) for _, d in find_districts("Облыс әкімі Сырдария ауданында болды")]
    [('Сырдария', 'Kyzylorda Region')]
    >>> find_districts("Сырдария өзенінің бойында")
    []
    """
    hits = [(m.start(), d) for d, pattern in _compiled() for m in pattern.finditer(text)]
    return sorted(hits, key=lambda h: h[0])


def normalize_district_region(text: str, day: date | None = None) -> str | None:
    """The region of the first district in the text that names exactly one region.

    >>> normalize_district_region("Аким Шалкарского района доложил")
    'Aktobe Region'
    >>> normalize_district_region("in Zharma district", date(2021, 5, 1))
    'East Kazakhstan Region'
    >>> normalize_district_region("in Zharma district", date(2023, 5, 1))
    'Abai Region'
    >>> normalize_district_region("Есіл ауданы") is None
    True
    """
    by_start: dict[int, set[str]] = {}
    for start, d in find_districts(text):
        by_start.setdefault(start, set()).add(d.region_on(day))
    for start in sorted(by_start):
        if len(by_start[start]) == 1:
            return by_start[start].pop()
    return None
