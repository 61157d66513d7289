"""The event a release reports: its kind (headline first, then the lead), region, official
and report period.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from akorda.extract.dates import find_periods
from akorda.extract.districts import normalize_district_region
from akorda.extract.event_statement import POST_PARAGRAPHS, QUOTE_PARAGRAPHS, address_lead, posted, quoted_words, says_headline
from akorda.extract.knowledge import cue_pattern
from akorda.extract.persons import find_official
from akorda.extract.persons_en import surname_reporter
from akorda.extract.record import Event
from akorda.extract.regions import centre_region, find_regions, normalize_region, town_region
from akorda.extract.source import Source
from akorda.extract.union import first_of, quick

RUBRIC_KIND = {"phone": "phone_call", "trips": "visit", "international": "visit", "meetings": "meeting"}
KIND_ORDER = ("phone_call", "visit", "reception", "meeting")
REGION_PARAGRAPHS = 12
# how far into the body a working trip is said to frame the report ("Как сообщалось ранее, ...")
TRIP_PARAGRAPHS = 4
LEAD_WORDS = 5
# a headline that says the Head of State received someone (not "met residents", which a trip frames)
RECEIVED = re.compile(r"принял(?!\s+участие)|принимает|қабылда|receiv|qabylda", re.I)


def _kind(text: str) -> str | None:
    for name in KIND_ORDER:
        if cue_pattern("event_kinds", name).search(text):
            return name
    return None


def _title_kind(title: str, lead: list[str]) -> str | None:
    """The headline's kind, unless its only visit cue is a weak one ("ознакомился с планами"
    says what he learned, not where) and the lead's first sentence says he received the
    official ("Президент принял министра ..."): the body's account of the event then wins."""
    kind = _kind(title)
    if kind != "visit":
        return kind
    strong = cue_pattern("event_kinds", "visit").search(cue_pattern("event_weak_visit").sub(" ", title))
    para = next((p for p in lead if len(p.split()) >= LEAD_WORDS), "")
    first = re.split(r"(?<=[.!?])\s+", para, maxsplit=1)[0]
    if strong is None and RECEIVED.search(first):
        return "reception"
    return kind


def _first_kind(text: str) -> str | None:
    """The kind whose cue comes first in the body: the release's own account of the
    event precedes what it mentions later (on a tie, the earlier in KIND_ORDER). One
    search of the kinds' union, not one per kind over a dozen paragraphs."""
    m = _kinds().search(text)
    return KIND_ORDER[int(m.lastgroup[1:])] if m and m.lastgroup else None


@lru_cache(maxsize=1)
def _kinds() -> re.Pattern[str]:
    return first_of([cue_pattern("event_kinds", name) for name in KIND_ORDER])


def _report_on_trip(kind: str, head: str, early: str, opening: str = "", received: bool = False) -> str:
    """A report heard on a working trip ("Скляр доложил Президенту ...", the body then saying
    the Head of State "прибыл с рабочей поездкой"): the release is of the visit where the
    headline and lead name no sitting (a meeting or session) of their own, or where the lead's
    first sentence frames the meeting as part of the trip ("As part of his working trip to
    Kostanay region the Head of State surveyed ...", "kicked off his working visit with a session"),
    unless the headline says he received the official (a trip then is only recalled)."""
    if kind in {"meeting", "reception"} and not received and cue_pattern("event_trip").search(opening):
        return "visit"
    if kind == "meeting" and not cue_pattern("event_sitting").search(head) and cue_pattern("event_trip").search(early):
        return "visit"
    return kind


def _capital(text: str) -> str | None:
    """Astana where the release speaks of the capital ("застройка столицы", "елорданың");
    Almaty where only of the southern capital ("акима южной столицы", Almaty's by-name)."""
    southern = False
    for m in cue_pattern("capital_words").finditer(text):
        if not cue_pattern("southern_capital").search(text[max(0, m.start() - 12):m.start()]):
            return "Astana"
        southern = True
    return "Almaty" if southern else None
# a governor word and the region it governs, near each other ("аким Актюбинской области", "Абай
# облысының әкімі", "governor of Abai region")
GOVERNOR_REACH = 40
# reporting together, or received together ("принял акима X, акима Y ...", "X-ті, Y-ті ... қабылдады")
JOINT_VERB = quick(re.compile(r"доложили|отчитались|сообщили|баяндады|есеп\s+берді|reported|briefed|"
                              r"принял(?!\s+участие)|қабылдады|received", re.I))


def _joint_report(chunks: list[str]) -> bool:
    """Governors of two regions report together, or are received together, in one sentence of
    the lead ("акимы ... X и ... Y доложили", "принял акима X, акима Y", "принял акимов X и Y
    областей"): the contract then leaves
    the official and the region null."""
    # a chunk without the verb has no sentence with it: no split, no per-sentence search
    for chunk in (c for c in chunks if JOINT_VERB.search(c)):
        for sentence in re.split(r"(?<=[.!?])\s+", chunk):
            if not JOINT_VERB.search(sentence):
                continue
            named: set[str] = set()
            for m in cue_pattern("governor_words").finditer(sentence):
                near = sentence[max(0, m.start() - GOVERNOR_REACH):m.end() + GOVERNOR_REACH]
                named.update(r.name for _, _, r in find_regions(near) if r.kind == "region")
            if len(named) >= 2 and (len(cue_pattern("governor_words").findall(sentence)) >= 2
                                    or cue_pattern("governor_plurals").search(sentence)):
                return True
    return False


# one governor's own report in his sentence ("Akmola region's governor X reported on ...")
REPORTED = quick(re.compile(r"доложил|отчитал|баяндады|есеп\s+берді|reported|accounted|briefed", re.I))


def _several_reporters(chunks: list[str]) -> bool:
    """Governors of two or more regions each report in a sentence of their own (two calls or
    receptions told in one release): the contract leaves the official and the region null."""
    regions: set[str] = set()
    # a chunk without the verb has no sentence with it: no split, no per-sentence search
    for chunk in (c for c in chunks if REPORTED.search(c)):
        for sentence in re.split(r"(?<=[.!?])\s+", chunk):
            reported = REPORTED.search(sentence)
            governor = cue_pattern("governor_words").search(sentence)
            if reported is None or governor is None or governor.start() > reported.start():
                continue
            near = sentence[max(0, governor.start() - GOVERNOR_REACH):governor.end() + GOVERNOR_REACH]
            named = {r.name for _, _, r in find_regions(near) if r.kind == "region"}
            if len(named) == 1:
                regions |= named
    return len(regions) >= 2


def _opening(paragraphs: list[str]) -> str:
    """The first sentence of the lead (a date line above it is no lead): where the release says
    what the event was; and the next paragraph's first sentence where the first names no sitting
    of its own ("met farmers." / "As part of his working trip ..."), unlike "На совещании ..."."""
    out: list[str] = []
    for para in (p for p in paragraphs if len(p.split()) >= LEAD_WORDS):
        if out and cue_pattern("event_sitting").search(out[0]):
            break
        stop = re.search(r"[.!?](?:\s|$)", para)
        out.append(para[:stop.end()] if stop else para)
    return " ".join(out)


def _event_kind(title: str, lead: list[str], src: Source | None, text: str, paragraphs: list[tuple[int, int]]) -> str:
    if src and src.rubric in RUBRIC_KIND and src.rubric == "phone":
        return RUBRIC_KIND[src.rubric]
    # the headline first; when it has no event verb, the lead paragraph (issue 8)
    # a call is named in the second paragraph as often ("Состоялся телефонный разговор ...")
    head = " ".join([title] + lead[:2])
    kind = ("phone_call" if cue_pattern("event_kinds", "phone_call").search(head) else None) or \
        (None if says_headline(title) else _title_kind(title, lead))
    first = _first_kind(" ".join(lead[:1]))
    if kind in {None, "meeting"} and _first_kind(" ".join(lead[:2])) in {None, "meeting"} and address_lead(title, " ".join(lead[:2])):
        return "other"  # an address, a speech at the Kurultai: the sitting it was given at is not the event
    near = [text[a:b] for a, b in paragraphs[:POST_PARAGRAPHS + QUOTE_PARAGRAPHS]]
    post = posted(title, near) if kind is None else None
    if post is not None and (post.up_front or first is None):
        # his post or statement: a sitting counts only where his own words report it, not one he
        # held before ("Бұған дейін ... отырысында") or will hold
        return _first_kind(" ".join([post.sentence if post.up_front else "", quoted_words(near, post.paragraph)])) or "other"
    kind = kind or first
    kind = kind or (RUBRIC_KIND[src.rubric] if src and src.rubric in RUBRIC_KIND else None) or \
        _kind(" ".join(lead[1:2])) or _first_kind(" ".join(text[a:b] for a, b in paragraphs[:REGION_PARAGRAPHS])) or "other"
    return _report_on_trip(kind, head, " ".join(text[a:b] for a, b in paragraphs[:TRIP_PARAGRAPHS]),
                           _opening(lead[:2]), bool(RECEIVED.search(title)))


def _event_region(title: str, lead: list[str], kind: str, day: date | None, head: str) -> str | None:
    """The region, from the most telling place first: the headline, the lead, then the head of
    the body (``head``, its first paragraphs)."""
    region = normalize_region(title)
    if region is None and title:
        # a regional centre in the headline ("... о развитии Туркестана") outweighs regions the lead lists
        region = centre_region(title, day) or town_region(title, day)
    if region is None and lead and (cue_pattern("governor_words").search(title) or kind == "visit"
                                    or not _kind(title)):
        region = normalize_region(lead[0])
    if region is None:
        # no region named up front: a district in the headline or lead names it (issue 8)
        region = normalize_district_region("\n".join([title, *lead]), day)
    if region is not None:
        return region
    # one pass over the head of the body (the patterns are many, the paragraphs short)
    body_regions = [r for _, _, r in find_regions(head)]
    named = {r.name for r in body_regions if r.kind == "region"}
    if kind in {"reception", "visit"} and len(named) == 1:
        # a minister or company head reporting on one region's affairs: the only
        # region (not a city, which is more often where things happen) in the body
        return named.pop()
    if len(named) >= 2 and _national_reporter(title, lead):
        # the head of a national body speaking of several regions has no region of his own
        return None
    # the region the body names most (a gold region of null is not scored)
    counts: dict[str, int] = {}
    for r in body_regions:
        counts[r.name] = counts.get(r.name, 0) + (2 if r.kind == "region" else 1)
    if counts:
        return max(counts, key=lambda n: counts[n])
    # then a district; a regional centre; a town of regional significance up front ("посетил
    # Экибастуз"); "the capital" with no region named is Astana (the southern capital is Almaty)
    return normalize_district_region(head, day) or centre_region("\n".join([title, head]), day) \
        or town_region("\n".join([title, *lead]), day) or _capital("\n".join([title, head]))


def _national_reporter(title: str, lead: list[str]) -> bool:
    """The headline or the lead's first sentence names the head of a national body (a minister,
    a national company, a fund) and no governor: regions the body names are where his work
    reaches."""
    para = next((p for p in lead if len(p.split()) >= LEAD_WORDS), "")
    up_front = " ".join([title, re.split(r"(?<=[.!?])\s+", para, maxsplit=1)[0]])
    # a national body whose head reports ("министра энергетики", "АО «НК ...»", "фонда «Самрук-Казына»",
    # "министрі", "басқарма төрағасы"): the contract leaves its region null
    return bool(cue_pattern("national_body").search(up_front)) and not cue_pattern("governor_words").search(up_front)


# a Kazakh case ending left on a foreign surname ("Роман Склярды қабылдады")
KK_CASE_END = re.compile(r"(?:дың|дің|тың|тің|ның|нің|мен|бен|пен|ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|на|не)$")


def _kk_nominative(name: str, body: list[str]) -> str:
    """The surname as the text writes it bare elsewhere ("Роман Скляр баяндады"), where the name
    was read with a case ending the Kazakh rules do not strip from a foreign surname; a surname
    ending like a suffix ("Сатыбалды") keeps it, its stem never standing alone."""
    *first, last = name.split()
    m = KK_CASE_END.search(last)
    if not first or m is None or m.start() < 3:
        return name
    stem = last[:m.start()]
    bare = re.compile(rf"(?<![^\W\d_]){re.escape(stem)}(?![^\W\d_])")
    return " ".join([*first, stem]) if any(bare.search(p) for p in body) else name


def _report_period(title: str, lead: list[str], lang: str, year: int | None) -> str | None:
    periods: list[tuple[int, int, str]] = []
    for chunk in [title, *lead]:
        periods.extend(p for p in find_periods(chunk, 0, len(chunk), lang, year))
    report = next((label for _, _, label in periods if "-" in label or label[:1].isalpha()), None)
    return report if report is not None or not periods else periods[0][2]


def find_event(text: str, src: Source | None, paragraphs: list[tuple[int, int]], lang: str) -> Event:
    title = src.title if src else (text[paragraphs[0][0]:paragraphs[0][1]] if paragraphs else "")
    title = title or ""
    lead = [text[a:b] for a, b in paragraphs[:2]]
    kind = _event_kind(title, lead, src, text, paragraphs)
    day = src.date if src else None
    # (a hard-wrapped paragraph's line breaks are spaces: "Бейбіт\nАтамқұлов" is one name)
    body = [text[a:b].replace("\n", " ") for a, b in paragraphs]
    # a headline that names one region keeps it; one that names two leaves the body to tell
    one_region = normalize_region(title) is not None and len({r.name for _, _, r in find_regions(title)}) < 2 \
        and not cue_pattern("governor_plurals").search(title)  # "принял акимов ...", "әкімдерін қабылдады"
    joint = not one_region and (_joint_report([title, *lead]) or _several_reporters(body[:REGION_PARAGRAPHS]))
    region = None if joint else _event_region(title, lead, kind, day, "\n".join(body[:REGION_PARAGRAPHS]))
    official = None if joint else find_official(title, body, lang, governor_first=kind == "visit")
    if official is not None and lang == "kk":
        official = _kk_nominative(official, body)
    if official is None and lang == "en" and not joint:
        official = surname_reporter(body)
    return Event(kind=kind, date=day.isoformat() if day else None, official_name=official, region=region,
                 report_period=_report_period(title, lead, lang, day.year if day else None))
