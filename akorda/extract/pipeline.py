"""From a release page to its record: the order in which the grammars run.

Spans index the string given to ``extract`` when it is plain text (with or
without site chrome). For HTML input the quotes index the clean text that
trafilatura renders (``Source.text``), since markup has no usable offsets.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from akorda.extract.dates import date_before_stamp, date_in, find_periods, parse_dateline
from akorda.extract.instructions import continuation, extract_instructions, introduces_list, list_item, umbrella
from akorda.extract.instructions import list_assignee as list_assignee_of
from akorda.extract.knowledge import cue_pattern, indicators, programmes, word_set
from akorda.extract.page import STAMP, Page, agency_dateline, is_furniture, read_page
from akorda.extract.persons import find_official
from akorda.extract.quantities import Quantity, scan
from akorda.extract.record import Event, Fact, Instruction, Record
from akorda.extract.regions import find_regions, normalize_region
from akorda.extract.source import HTML_SNIFF, Source, SourceError, detect_lang, is_chrome_line, read_source
from akorda.extract.translit import Transliteration, is_latin_kazakh, to_cyrillic, to_latin

SENTENCE_END = re.compile(r"[.!?…]+[\"»”)]?(?=[\s\u00a0]+[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[\"»”)]?$")

RUBRIC_KIND = {"phone": "phone_call", "trips": "visit", "international": "visit", "meetings": "meeting"}
BODY_LINE_WORDS = 12
KIND_ORDER = ("phone_call", "visit", "reception", "meeting")
QUOTED = re.compile(r"«([^«»]{2,80})»|“([^“”]{2,80})”|\"([^\"]{2,80})\"")


def extract(text: str, lang: str | None = None) -> Record:
    """The release record of a page (plain text with or without chrome, or HTML).

    Kazakh in the Latin alphabet is read through Cyrillic (``translit``); its quotes
    and instruction texts are mapped back to the Latin input."""
    if lang in (None, "kk") and not HTML_SNIFF.search(text[:2000]) and is_latin_kazakh(text):
        latin = to_cyrillic(text)
        return _back_to_latin(_extract(latin.text, "kk"), latin, text)
    return _extract(text, lang)


def _back_to_latin(record: Record, latin: Transliteration, text: str) -> Record:
    cyrillic = latin.text

    def back(span: tuple[int, int], length: int | None = None) -> tuple[int, int]:
        return latin.span_back(span[0], span[0] + length if length is not None else span[1])

    facts = []
    for f in record.facts:
        a, b = back(f.span)
        facts.append(replace(f, quote=text[a:b], span=(a, b)))
    items = []
    for i in record.instructions:
        a, b = back(i.span)
        quote = cyrillic[i.span[0]:i.span[1]]
        # the task in dictionary form is a prefix of its quote ("арттыруды" -> "арттыру")
        _, t_end = back(i.span, len(i.text)) if quote.startswith(i.text) else (a, b)
        items.append(replace(i, text=text[a:t_end], quote=text[a:b], span=(a, b),
                             assignee=to_latin(i.assignee) if i.assignee else None))
    title = record.title
    if title and cyrillic.find(title) >= 0:
        a, b = latin.span_back(cyrillic.find(title), cyrillic.find(title) + len(title))
        title = text[a:b]
    event = replace(record.event, official_name=to_latin(record.event.official_name)
                    if record.event.official_name else None)
    return replace(record, facts=tuple(facts), instructions=tuple(items), title=title, event=event)


def _extract(text: str, lang: str | None) -> Record:
    base, src, paragraphs = _prepare(text)
    lang = lang or (src.lang if src else detect_lang(base))
    year = src.date.year if src and src.date else None
    facts: list[Fact] = []
    items: list[Instruction] = []
    found_programmes: list[str] = []
    in_list, list_assignee = False, None
    umbrellas = []
    continued = False
    for p_start, p_end in paragraphs:
        item = list_item(base, p_start, p_end, lang) if in_list else None
        if item is not None:
            items.append(Instruction(text=item.text, quote=base[item.start:item.end],
                                     span=(item.start, item.end), assignee=list_assignee,
                                     topic=_topic(item.text, lang)))
        in_list = item is not None
        for s_start, s_end in sentences(base, p_start, p_end):
            progs = _programmes(base, s_start, s_end)
            found_programmes.extend(c for c in progs if c not in found_programmes)
            periods = find_periods(base, s_start, s_end, lang, year)
            quantities = scan(base, s_start, s_end, lang)
            quoted = [m.span() for m in QUOTED.finditer(base, s_start, s_end)]
            # numbers inside names («Программа-2025», "100 concrete steps") are not facts (README)
            quantities = [q for q in quantities if not _inside_period(q, periods)
                          and not any(a <= q.start < b for a, b in quoted)]
            previous: Quantity | None = None
            for q in quantities:
                facts.append(_fact(base, q, s_start, s_end, lang, periods, progs, previous))
                previous = q
            found = [] if item is not None else extract_instructions(base, s_start, s_end, lang)
            if not found and item is None and continued:
                # "The President set a number of tasks. This includes A, B and C."
                found = continuation(base, s_start, s_end, lang)
                for ins in found:
                    items.append(Instruction(text=ins.text, quote=base[ins.start:ins.end], span=(ins.start, ins.end),
                                             assignee=None, topic=_topic(ins.text, lang)))
            continued = False
            if not found and item is None:
                u = umbrella(base, s_start, s_end, lang)
                if u is not None:
                    umbrellas.append(u)
                    continued = True
            for ins in found:
                items.append(Instruction(text=ins.text, quote=base[ins.start:ins.end], span=(ins.start, ins.end),
                                         assignee=ins.assignee, topic=_topic(ins.text, lang)))
            if item is None and not found and introduces_list(base[s_start:s_end]):
                # "Глава государства дал ряд поручений:" and the items as paragraphs below
                in_list, list_assignee = True, list_assignee_of(base[s_start:s_end], lang)
    facts = _once(base, facts, paragraphs)
    items = _distinct(items)
    if not items and umbrellas:
        u = umbrellas[0]
        items.append(Instruction(text=u.text, quote=base[u.start:u.end], span=(u.start, u.end), assignee=None))
    event = _event(base, src, paragraphs, lang)
    return Record(lang=lang, event=event, facts=tuple(facts), instructions=tuple(items),
                  title=src.title if src else None, rubric=src.rubric if src else None,
                  programmes=tuple(found_programmes))


def _prepare(text: str) -> tuple[str, Source | None, list[tuple[int, int]]]:
    try:
        src = read_source(text)
    except SourceError:
        src = None
    if src is not None and src.paragraph_spans is not None:
        if _site_shaped(text, src):
            return text, src, _after_agency_datelines(text, list(src.paragraph_spans), src.date)
        src = None
    if src is None and not HTML_SNIFF.search(text[:2000]):
        page = read_page(text)
        if page is not None and page.paragraph_spans:
            return text, *_from_page(text, page)
    if src is not None:
        clean = src.text
        spans, pos = [], len(src.title or "") + 2 + len(src.dateline or "") + 2
        for para in src.paragraphs:
            spans.append((pos, pos + len(para)))
            pos += len(para) + 2
        return clean, src, spans
    return text, *_fallback(text)


def _distinct(items: list[Instruction]) -> list[Instruction]:
    """An instruction stated twice (a headline or lead line repeated in the body) is one
    item; the statement that names the addressee is kept."""
    out: list[Instruction] = []
    for item in items:
        key = " ".join(item.text.lower().split())
        same = next((n for n, x in enumerate(out) if " ".join(x.text.lower().split()) == key), None)
        if same is None:
            out.append(item)
        elif out[same].assignee is None and item.assignee is not None:
            out[same] = item
    return out


HEADLINE_WORDS = 25
REGION_PARAGRAPHS = 12


def _once(text: str, facts: list[Fact], paragraphs: list[tuple[int, int]]) -> list[Fact]:
    """A figure stated twice in one release (a headline or caption line repeated in the
    body, contract README) is one fact: the same value, unit and wording in a short line and
    elsewhere count once. The same wording twice in the body may state two things."""
    def key(f: Fact) -> tuple[float, str, str]:
        return round(float(f.value), 6), f.unit, " ".join(f.quote.lower().split())

    short = [(a, b) for a, b in paragraphs if len(text[a:b].split()) <= HEADLINE_WORDS]
    starts = [a for a, _ in short]
    counts: dict[tuple[float, str, str], int] = {}
    for f in facts:
        counts[key(f)] = counts.get(key(f), 0) + 1
    out = []
    for f in facts:
        k = key(f)
        at = bisect.bisect_right(starts, f.span[0]) - 1
        in_short = at >= 0 and short[at][0] <= f.span[0] < short[at][1]
        if counts[k] > 1 and in_short:
            counts[k] -= 1
            continue
        out.append(f)
    return out


def _site_shaped(text: str, src: Source) -> bool:
    """Whether read_source found an akorda.kz-shaped page: a real title right above a
    dateline near the top, not a saved news page whose furniture fooled it."""
    if src.title is None or src.title_span is None or src.dateline_span is None:
        return False
    title = text[src.title_span[0]:src.title_span[1]]
    head_lines = text[:src.dateline_span[0]].count("\n")
    # a release's body above the "title" means the title and dateline are a related story's
    body_above = any(len(line.split()) >= BODY_LINE_WORDS for line in text[:src.title_span[0]].splitlines())
    return not STAMP.match(title) and not is_furniture(title) and head_lines <= 20 and len(title.split()) >= 3 \
        and not body_above


def _from_page(text: str, page: Page) -> tuple[Source, list[tuple[int, int]]]:
    spans = list(page.paragraph_spans)
    dated = page.date or page.stamp
    year = dated.year if dated else _lead_year(text, spans[:4])
    date = page.date
    for a, b in spans[:3]:
        found = agency_dateline(text, a, b, year)
        if found is not None:
            date = date or found.date
            break
    if date is None and spans:
        # no dateline: a full date in the lead ("2026 жылғы 10 ақпанда өткен отырыста")
        date = date_in(text[spans[0][0]:spans[0][1]])
    if date is None and page.stamp and spans:
        # the stamp is when the page was saved, often the day after: "said on Friday"
        date = date_before_stamp(" ".join([page.title or "", text[spans[0][0]:spans[0][1]]]), page.stamp)
    date = date or page.stamp
    spans = _after_agency_datelines(text, spans, date)
    paragraphs = tuple(text[a:b] for a, b in spans)
    src = Source(title=page.title, date=date, dateline=page.dateline,
                 lang=detect_lang(" ".join(paragraphs[:6]) or page.title or ""), paragraphs=paragraphs,
                 rubric=None, text=text, title_span=page.title_span, dateline_span=page.dateline_span,
                 paragraph_spans=tuple(spans))
    return src, spans


LEAD_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,%])")
HORIZON_BEFORE = re.compile(r"(?:до|к|by|until|till|through|на|period)\s+$", re.I)
HORIZON_AFTER = re.compile(r"\s*(?:жылға|жылдарға|-ж\w*ға)", re.I)


def _lead_year(text: str, spans: list[tuple[int, int]]) -> int | None:
    """The year of an agency dateline that gives only day and month ("Астана. 18 августа"):
    the latest year the lead reports about, not a horizon ("до 2030 года", "2030 жылға")."""
    years = []
    for a, b in spans:
        for m in LEAD_YEAR.finditer(text, a, b):
            if HORIZON_BEFORE.search(text, max(a, m.start() - 8), m.start()) or HORIZON_AFTER.match(text, m.end()):
                continue
            years.append(int(m.group(1)))
    return max(years) if years else None


def _after_agency_datelines(text: str, spans: list[tuple[int, int]],
                            date: dt.date | None) -> list[tuple[int, int]]:
    """Body paragraphs without the agency dateline that opens one ("ASTANA. KAZINFORM -"),
    so that its city is never taken for the region."""
    out = []
    for n, (a, b) in enumerate(spans):
        found = agency_dateline(text, a, b, date.year if date else None) if n < 3 else None
        out.append((found.end, b) if found is not None and found.end < b else (a, b))
    return out


def _fallback(text: str) -> tuple[Source | None, list[tuple[int, int]]]:
    """Pages that break the usual shape (dateline first, no title): keep every
    non-chrome line as a paragraph and still take the date where one stands alone."""
    spans, date, dateline, title = [], None, None, None
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group().strip()
        if not line or is_chrome_line(line):
            continue
        parsed = parse_dateline(line) if date is None else None
        if parsed:
            date, dateline = parsed, line
            continue
        lead = len(m.group()) - len(m.group().lstrip())
        spans.append((m.start() + lead, m.start() + lead + len(line)))
        title = title or line
    if not spans:
        return None, []
    paragraphs = tuple(text[a:b] for a, b in spans)
    src = Source(title=title, date=date, dateline=dateline, lang=detect_lang(" ".join(paragraphs)),
                 paragraphs=paragraphs, rubric=None, text=text, paragraph_spans=tuple(spans))
    return src, spans


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside a paragraph; abbreviations ("тыс.", "г.") do not end one.

    >>> t = "Построено 5,3 тыс. домов. Глава государства поручил."
    >>> [t[a:b] for a, b in sentences(t, 0, len(t))]
    ['Построено 5,3 тыс. домов.', 'Глава государства поручил.']
    """
    out, seg = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        before = WORD_BEFORE.search(text, max(seg, m.start() - 12), m.end())
        if before and before.group(1).lower() in word_set("abbreviations"):
            continue
        out.append((seg, m.end()))
        seg = m.end()
        while seg < end and text[seg].isspace():
            seg += 1
    if seg < end:
        out.append((seg, end))
    return [piece for a, b in out for piece in _bounded(text, a, b)]


MAX_SENTENCE = 2000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut run-on "sentences" (tables, pasted lists) at spaces so work stays linear in the input."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _inside_period(q: Quantity, periods: list[tuple[int, int, str]]) -> bool:
    return any(a <= q.start and q.end <= b for a, b, _ in periods)


def _fact(text: str, q: Quantity, s_start: int, s_end: int, lang: str,
          periods: list[tuple[int, int, str]], progs: list[str], previous: Quantity | None) -> Fact:
    indicator = _indicator(text, q, s_start, s_end, lang)
    obj = q.object
    if obj == "places" and previous is not None and previous.object == "schools":
        obj = "school seats"
    measure = _measure(text, q, s_start, indicator, obj)
    period = None
    before = [label for a, _, label in periods if a <= q.start]
    after = [label for a, _, label in periods if a > q.start]
    if before:
        period = before[-1]
    elif after:
        period = after[0]
    comparison = None
    if q.unit == "%":
        tail = text[q.end:min(s_end, q.end + 30)]
        head = text[max(s_start, q.start - 45):q.start]
        cue_after, cue_before = r"^[^.;]{{0,12}}?(?:{})", r"(?:{})[^.;]{{0,25}}$"
        if cue_pattern("comparison", "increase_after", anchor=cue_after).search(tail) or \
                cue_pattern("comparison", "increase_before", anchor=cue_before).search(head):
            comparison = "increase"
        elif cue_pattern("comparison", "decrease_after", anchor=cue_after).search(tail) or \
                cue_pattern("comparison", "decrease_before", anchor=cue_before).search(head):
            comparison = "decrease"
    return Fact(
        value=q.value, unit=q.unit, quote=text[q.start:q.end], span=(q.start, q.end),
        object=obj if q.unit == "count" else None, measure=measure, qualifier=q.qualifier,
        object_lemma=q.object_lemma if q.unit == "count" else None, indicator=indicator,
        programme=progs[0] if progs else None, period=period, comparison=comparison,
    )


@lru_cache(maxsize=4)
def _indicator_patterns(lang: str) -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    out = []
    for ind in indicators():
        cues = ind.cues.get(lang) or ind.cues.get("ru", ())
        if cues:
            out.append((ind.code, frozenset(ind.units),
                        re.compile(r"(?<![^\W\d_])(?:" + "|".join(cues) + ")", re.I)))
    return tuple(out)


def _indicator(text: str, q: Quantity, s_start: int, s_end: int, lang: str) -> str | None:
    """The catalog indicator whose cue stands nearest before (or inside) the quote."""
    best: tuple[int, int, str] | None = None
    for rank, (code, units, pattern) in enumerate(_indicator_patterns(lang)):
        if q.unit.split("/")[0] not in units:
            continue
        for m in pattern.finditer(text, max(s_start, q.start - 300), min(s_end, q.end + 40)):
            # a cue before the number, or inside its quote, beats one after it ("280 km of roads")
            distance = max(0, q.start - m.end()) if m.start() < q.end else 2 + m.start() - q.end
            key = (distance, rank, code)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _measure(text: str, q: Quantity, s_start: int, indicator: str | None, obj: str | None) -> str:
    if indicator:
        for ind in indicators():
            if ind.code == indicator:
                return ind.names["en"]
    if obj:
        return obj
    words = re.findall(r"[^\W\d_]+", text[s_start:q.start])
    return " ".join(words[-5:]) or q.unit


def _programmes(text: str, start: int, end: int) -> list[str]:
    found: list[str] = []
    for m in QUOTED.finditer(text, start, end):
        name = " ".join((m.group(1) or m.group(2) or m.group(3)).lower().split())
        code = _programme_index().get(name)
        if code is None:
            code = next((c for alias, c in _programme_index().items() if name.startswith(alias) or (alias in name
                         and len(alias) > 6)), None)
        if code and code not in found:
            found.append(code)
    return found


@lru_cache(maxsize=1)
def _programme_index() -> dict[str, str]:
    return {alias: p.code for p in programmes() for alias in p.aliases}


def _topic(text: str, lang: str) -> str | None:
    progs = _programmes('"' + text + '"', 0, len(text) + 2)
    if progs:
        return progs[0]
    for code, _, pattern in _indicator_patterns(lang):
        if pattern.search(text):
            return code
    return None


def _kind(text: str) -> str | None:
    for name in KIND_ORDER:
        if cue_pattern("event_kinds", name).search(text):
            return name
    return None


def _first_kind(text: str) -> str | None:
    """The kind whose cue comes first in the body: the release's own account of the
    event precedes what it mentions later."""
    hits = [(m.start(), name) for name in KIND_ORDER for m in [cue_pattern("event_kinds", name).search(text)] if m]
    return min(hits)[1] if hits else None


def _event(text: str, src: Source | None, paragraphs: list[tuple[int, int]], lang: str) -> Event:
    title = src.title if src else (text[paragraphs[0][0]:paragraphs[0][1]] if paragraphs else "")
    title = title or ""
    lead = [text[a:b] for a, b in paragraphs[:2]]
    kind = "other"
    if src and src.rubric in RUBRIC_KIND and src.rubric == "phone":
        kind = RUBRIC_KIND[src.rubric]
    else:
        # the headline first; when it has no event verb, the lead paragraph (issue 8)
        head = " ".join([title] + lead[:1])
        kind = ("phone_call" if cue_pattern("event_kinds", "phone_call").search(head) else None) or \
            _kind(title) or _first_kind(" ".join(lead[:1])) or \
            (RUBRIC_KIND[src.rubric] if src and src.rubric in RUBRIC_KIND else None) or _kind(" ".join(lead[1:2])) \
            or _first_kind(" ".join(text[a:b] for a, b in paragraphs[:REGION_PARAGRAPHS])) or "other"
    region = normalize_region(title)
    if region is None and lead and (cue_pattern("governor_words").search(title) or kind == "visit"
                                    or not _kind(title)):
        region = normalize_region(lead[0])
    # one pass over the head of the body (the patterns are many, the paragraphs short)
    body_regions = [r for _, _, r in find_regions("\n".join(text[a:b] for a, b in paragraphs[:REGION_PARAGRAPHS]))] \
        if region is None else []
    if region is None and kind in {"reception", "visit"}:
        # a minister or company head reporting on one region's affairs: the only
        # region (not a city, which is more often where things happen) in the body
        named = {r.name for r in body_regions if r.kind == "region"}
        if len(named) == 1:
            region = named.pop()
    if region is None:
        # the region the body names most (a gold region of null is not scored)
        counts: dict[str, int] = {}
        for r in body_regions:
            counts[r.name] = counts.get(r.name, 0) + (2 if r.kind == "region" else 1)
        region = max(counts, key=lambda n: counts[n]) if counts else None
    body = [text[a:b] for a, b in paragraphs]
    official = find_official(title, body, lang)
    periods: list[tuple[int, int, str]] = []
    for chunk in [title, *lead]:
        periods.extend(p for p in find_periods(chunk, 0, len(chunk), lang,
                                               src.date.year if src and src.date else None))
    report = next((label for _, _, label in periods if "-" in label or label[:1].isalpha()), None)
    if report is None and periods:
        report = periods[0][2]
    return Event(kind=kind, date=src.date.isoformat() if src and src.date else None,
                 official_name=official, region=region, report_period=report)
