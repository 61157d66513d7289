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
from akorda.extract.union import quick

# a list of names sharing one plural district word: "Жарқайың, Есіл, Жақсы аудандары"
_CAP = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w'’-]*"
_LIST = rf"(?:(?:\s*,\s*|\s+(?:және|мен|и|and)\s+){_CAP}(?:\s+{_CAP})?){{0,5}}"
# a village or settlement that bears a district's name ("Бурабай кентінде", "Катонқарағай ауылында")
# is that district's centre, so "ауыл" and "кент" point to the district too (issue 8)
DISTRICT_WORD = quick(re.compile(r"(?<![^\W\d_])(?:аудан|район|district|ауыл|кент)\w*", re.I))
# how far before the word for "district" a name (or a list of them) may start, and how far
# after it a Russian name may end ("в районе имени Габита Мусрепова")
WINDOW, AFTER = 200, 60
SETTLEMENT_WINDOW = 40


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


def district_forms(d: District) -> list[tuple[str, str]]:
    """(kind of context, regular expression for the name) of the district in kk, ru and en.

    Kinds: "kk" before "ауданы", "ru" an adjective in any case before "район", "ru-after"
    a name after "район" ("район Шал акына"), "en" before "District". The English name
    wants its capital so that a common word ("may district") is no name.

    >>> shalkar = next(d for d in districts() if d.kk == "Шалқар")
    >>> district_forms(shalkar)
    [('kk', 'Шалқар'), ('ru', 'Шалкарск\\\\w*'), ('en', '(?-i:S)halkar')]
    """
    forms = [("kk", _words(d.kk))]
    for name in d.ru:
        if name.lower().startswith("район "):
            forms.append(("ru-after", _words(name[6:])))
        else:
            forms.append(("ru", _words(name.rsplit(" ", 1)[0][:-2]) + r"\w*"))
    forms += [("en", f"(?-i:{n[:1]}){_words(n[1:])}") for n in d.en]
    return forms


# each kind's names as one alternation in its context (one pass instead of one per district);
# written by hand: no library knows Kazakhstan's districts in kk/ru/en with their case forms
_CONTEXT = {
    "kk": rf"(?<![^\W\d_])(?:{{}})(?={_LIST}\s+(?:аудан|ауыл|кент))",
    "ru": rf"(?<![^\W\d_])(?:{{}})(?={_LIST}\s+район)",
    "ru-after": r"(?<![^\W\d_])район\w*\s+(?:имени\s+)?(?:{})(?![^\W\d_])",
    "en": rf"(?<![^\W\d_])(?:{{}})(?={_LIST}\s+[Dd]istrict)",
}


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], dict[str, tuple[District, ...]]], ...]:
    """One pattern per kind, a named group per distinct name; the districts that share a
    spelling (Есіл, Жамбыл, Абай …) share its group, so a match tells every one of them."""
    out = []
    for kind, context in _CONTEXT.items():
        by_form: dict[str, list[District]] = {}
        for d in districts():
            for k, form in district_forms(d):
                if k == kind:
                    by_form.setdefault(form, []).append(d)
        groups = {f"d{i}": tuple(ds) for i, ds in enumerate(by_form.values())}
        body = "|".join(f"(?P<d{i}>{form})" for i, form in enumerate(by_form))
        # the names' first letters in front: the window is scanned at the few places a name can open
        out.append((quick(re.compile(context.replace("{}", body), re.I)), groups))
    return tuple(out)


def find_districts(text: str) -> list[tuple[int, District]]:
    """Every district named in the text with the word for "district", by position.

    >>> [(d.kk, d.region) for _, d in find_districts("Облыс әкімі Сырдария ауданында болды")]
    [('Сырдария', 'Kyzylorda Region')]
    >>> find_districts("Сырдария өзенінің бойында")
    []
    """
    # the patterns run only around a word for "district" (most releases have none);
    # lookbehind still sees the text before the window
    hits: dict[tuple[int, str], District] = {}
    for word in DISTRICT_WORD.finditer(text):
        settlement = word.group()[:3].lower() in {"ауы", "кен"}
        # a settlement's name stands right before its word, in Kazakh only: a short window, one pattern
        lo, hi = (max(0, word.start() - SETTLEMENT_WINDOW), word.end()) if settlement else \
            (max(0, word.start() - WINDOW), min(len(text), word.end() + AFTER))
        for pattern, groups in _compiled()[:1] if settlement else _compiled():
            for m in pattern.finditer(text, lo, hi):
                name = m.lastgroup or ""
                for d in groups.get(name, ()):
                    hits[(m.start(name), d.kk + d.region)] = d
    return [(start, d) for (start, _), d in sorted(hits.items(), key=lambda h: h[0])]


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
