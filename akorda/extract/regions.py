"""The region a release is about, mapped to the contract's canonical English names.

Spellings live in ``data/regions.json``; regions (with a word for "region"
next to the name) are tried before cities, so that "Алматинской области" is
Almaty Region and "акимат города Алматы" is Almaty.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from akorda.extract.knowledge import Region, load_json, regions
from akorda.extract.union import Scout

# "rgn" is how news agencies abbreviate "region" in English headlines ("Tokayev visits Almaty rgn")
REGION_WORD = r"(?:област\w*|облыс\w*|region|rgn|oblast)"
# "Мангистауский район", "Маңғыстау ауданы": a region's name is also a district's
DISTRICT_WORD = r"(?:аудан\w*|район\w*|[Dd]istrict)"


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[Region, re.Pattern[str]], ...]:
    out = []
    for kind in ("region", "city"):
        for region in regions():
            if region.kind != kind:
                continue
            body = "|".join(f"(?:{p})" for p in region.patterns)
            # "Алматы облысы" is the region, "Алматы ауданы" a district (of Astana): neither the city;
            # a region's bare name ("Маңғыстау") before a word for "district" is that district
            guard = rf"(?!\s+(?:{REGION_WORD}|{DISTRICT_WORD}))" if kind == "city" else ""
            bare = "|".join(f"(?:{p})" for p in region.bare)
            body = f"{body}|(?:{bare})(?!\\s+{DISTRICT_WORD})" if bare else body
            out.append((region, re.compile(rf"(?<![^\W\d_])(?:{body}){guard}", re.I)))
    return tuple(out)


@lru_cache(maxsize=1)
def _scout() -> Scout:
    return Scout([pattern for _, pattern in _compiled()])


def find_regions(text: str) -> list[tuple[int, int, Region]]:
    """Every region mention in the text, by position.

    >>> [r.name for _, _, r in find_regions("принял акима Южно-Казахстанской области")]
    ['South Kazakhstan Region']
    >>> [r.name for _, _, r in find_regions("акима города Шымкента и Алматы облысының")]
    ['Shymkent', 'Almaty Region']
    >>> [r.name for _, _, r in find_regions("в Акмолинской, Павлодарской и Костанайской областях")]
    ['Akmola Region', 'Pavlodar Region', 'Kostanay Region']
    >>> [r.name for _, _, r in find_regions("Ақмола және Қостанай облыстарында")]
    ['Akmola Region', 'Kostanay Region']
    """
    return list(_regions_in(text))


@lru_cache(maxsize=16)
def _regions_in(text: str) -> tuple[tuple[int, int, Region], ...]:
    """``find_regions``, kept for the last few texts: a release asks of its headline three times."""
    hits: list[tuple[int, int, Region]] = []
    taken: list[tuple[int, int]] = []
    for (region, _), matches in zip(_compiled(), _scout().finditer_each(text), strict=True):
        for m in matches:
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            hits.append((m.start(), m.end(), region))
            taken.append(m.span())
    hits.extend(_elided(text, taken))
    hits.sort(key=lambda h: h[0])
    return tuple(hits)


# regions sharing one plural region word: "Акмолинской, Павлодарской и Костанайской областях",
# "Ақмола және Қостанай облыстарында", "Akmola and Kostanay regions"
ELIDED = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]+(?:-[^\W\d_]+)?,\s+)*[^\W\d_]+(?:-[^\W\d_]+)?)\s+"
                    r"(?:и|және|мен|бен|пен|and)\s+[^\W\d_]+(?:-[^\W\d_]+)?\s+"
                    r"(?P<word>областей|областях|областям|областями|облыстар\w*|regions)(?![^\W\d_])", re.I)
SINGULAR = {"облыстар": "облысы", "regions": "region"}
# the plural region words ELIDED ends with: most texts have none, and one scan for them spares its
# try of a list of words at every word start
ELIDED_WORD = re.compile(r"област(?:ей|ях|ям|ями)|облыстар|regions", re.I)


def _elided(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Region]]:
    """The regions whose region word is left to the last of a list: each name before it, read
    with the word in the singular, where that reading is a region."""
    out: list[tuple[int, int, Region]] = []
    if ELIDED_WORD.search(text) is None:
        return out
    for m in ELIDED.finditer(text):
        word = m.group("word").lower()
        single = next((v for k, v in SINGULAR.items() if word.startswith(k)), "области")
        for name in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)?", m.group(1)):
            a, b = m.start(1) + name.start(), m.start(1) + name.end()
            if any(x < b and a < y for x, y in taken):
                continue
            probe = f"{name.group()} {single}"
            found = next((r for r, pattern in _compiled() if r.kind == "region" and pattern.match(probe)), None)
            if found is not None:
                out.append((a, b, found))
                taken.append((a, b))
    return out


def normalize_region(text: str) -> str | None:
    """The canonical English name of the first region named in the text.

    >>> normalize_region("Глава государства принял акима Алматинской области")
    'Almaty Region'
    >>> normalize_region("The President received the akim of Jambyl Region")
    'Zhambyl Region'
    >>> normalize_region("Мемлекет басшысы Астана қаласының әкімін қабылдады")
    'Astana'
    """
    hits = find_regions(text)
    return hits[0][2].name if hits else None


# the endings a Kazakh town name takes ("Өскеменде", "Семейдегі", "Таразға"), or none
KK_TOWN_ENDINGS = (r"(?:да|де|та|те|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің|дан|ден|тан|тен|нан|нен|"
                   r"дағы|дегі|тағы|тегі|лық|лік|дық|дік|тық|тік)?")


@lru_cache(maxsize=1)
def _centres() -> tuple[re.Pattern[str], tuple[tuple[str, str | None, str | None, re.Pattern[str]], ...]]:
    """One alternation of every centre's names and, per centre, its region, the dates it was the
    centre and its own pattern: one pass over the text, then the centres a found name fits (one
    town is the centre of two regions in turn: Taldykorgan of Almaty Region, then of Zhetysu)."""
    alternatives: list[str] = []
    centres: list[tuple[str, str | None, str | None, re.Pattern[str]]] = []
    for region in regions():
        for c in region.centres:
            names = "|".join([rf"{re.escape(c.kk)}{KK_TOWN_ENDINGS}", rf"{re.escape(c.ru)}[а-яё]{{0,3}}", re.escape(c.en)])
            alternatives.append(f"(?:{names})")
            centres.append((region.name, c.valid_from, c.valid_to, re.compile(names, re.I)))
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(alternatives)})(?![^\W\d_])"), tuple(centres)


def centre_region(text: str, day: date | None = None) -> str | None:
    """The region whose centre the text names (a town, not a region: "Өскемен мен Рахман
    қайнары жолы" is East Kazakhstan), where one region's centre alone is named on the day.

    >>> centre_region("Бұл ауыл Өскемен мен Рахман қайнары жолының бойында"), centre_region("Семейде жиын өтті")
    ('East Kazakhstan Region', 'Abai Region')
    """
    on = day.isoformat() if day else None
    pattern, centres = _centres()
    named = set()
    for m in pattern.finditer(text):
        for name, since, until, own in centres:
            if not own.fullmatch(m.group()):
                continue
            if (on is None and until is None) or (on is not None and (since or "") <= on < (until or "9999")):
                named.add(name)
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1)
def _towns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str, str | None, str | None], ...]]:
    """Towns of regional significance (data/towns.json): one alternation, then each town's own
    pattern, region, former region and the day it moved."""
    towns = []
    for t in load_json("towns.json")["towns"]:
        names = "|".join([*(rf"{re.escape(n)}{KK_TOWN_ENDINGS}" for n in t["kk"]),
                          *(rf"{re.escape(n)}[а-яё]{{0,3}}" for n in t["ru"]), *(re.escape(n) for n in t["en"]),
                          *filter(None, (_ru_town_adjective(n) for n in t["ru"]))])
        towns.append((re.compile(names), t["region"], t.get("before"), t.get("until")))
    pattern = "|".join(f"(?:{own.pattern})" for own, *_ in towns)
    return re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])"), tuple(towns)


# the adjective of a town whose name ends in a consonant ("экибастузская ТЭЦ", "балхашского
# завода", "степногорский", "саранские шахты"): the stem without a soft sign, "-ский" (after
# "-ск", "-ий"), in any case; a name ending in a vowel forms it irregularly and is left out
RU_ADJECTIVE_ENDINGS = r"(?:ий|ая|ое|ие|ого|ой|ую|ому|им|их|ими|ом)"


def _ru_town_adjective(name: str) -> str | None:
    stem = name.removesuffix("ь")
    if not re.search(r"[бвгджзйклмнпрстфхцчшщ]$", stem) or stem.endswith(("ый", "ий", "ым", "ом")) or " " in stem:
        return None  # "Рудный", "Рудным": an adjective already, declined
    suffix = "" if stem.endswith("ск") else "ск"
    return rf"[{stem[0].upper()}{stem[0].lower()}]{re.escape(stem[1:])}{suffix}{RU_ADJECTIVE_ENDINGS}"


def town_region(text: str, day: date | None = None) -> str | None:
    """The region of the towns of regional significance the text names, where they are one
    region's ("Президент посетил Экибастуз" is Pavlodar Region; Zhezkazgan was Karaganda's
    until 2022, Ulytau's since).

    >>> town_region("Президент посетил Экибастуз"), town_region("Жезказгане", date(2021, 8, 19))
    ('Pavlodar Region', 'Karaganda Region')
    >>> town_region("Tokayev visits Zhezkazgan and Ekibastuz") is None
    True
    """
    pattern, towns = _towns()
    named = set()
    for m in pattern.finditer(text):
        for own, region, before, until in towns:
            if own.fullmatch(m.group()):
                named.add(before if before and until and day is not None and day.isoformat() < until else region)
    return named.pop() if len(named) == 1 else None
