"""The body of a release: which lines are its title, dateline and paragraphs (an akorda.kz
page, a saved news page or a page of no known shape), and where its sentences end.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from akorda.extract import morph
from akorda.extract.dates import date_before_stamp, date_in, day_month, find_date, leading_date, parse_dateline
from akorda.extract.furniture import is_byline, is_furniture, related_header, tweet_date
from akorda.extract.knowledge import en_verbs, word_set
from akorda.extract.page import STAMP, Page, agency_dateline, read_page
from akorda.extract.source import HTML_SNIFF, Source, SourceError, detect_lang, is_chrome_line, read_source
from akorda.extract.union import quick

# a dash after the stop opens a line of direct speech ("... года. – Также отмечаю ...")
SENTENCE_END = re.compile(r"[.!?…]+[\"»”)]?(?=[\s\u00a0]+(?:[–—-][\s\u00a0]+)?[«\"“(A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[\"»”)]?$")

BODY_LINE_WORDS = 12
RELATED_HEADER_WORDS = 4  # as page._body: a header alone on its line ends the release
# a short line with a full date just below the body is its dateline
DATE_LINE_WORDS = 6
DATE_BELOW_LINES = 2


def prepare(text: str) -> tuple[str, Source | None, list[tuple[int, int]]]:
    """The text to read, its source (title, date, ...) and the spans of the release's paragraphs."""
    base, src, spans = _prepare(text)
    return base, src, _without_other_headlines(base, spans)


# two or more headline-like lines (short, capitalised, no closing punctuation, no list marker) at the
# very end, under the story's prose, are other stories' headlines: a "Related" block without its header
OTHER_HEADLINE_WORDS = (3, 16)
OTHER_HEADLINES_MIN = 2
LIST_MARKER = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])")
FIRST_WORD = re.compile(r"[^\W\d_]+")


def _without_other_headlines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    n = len(spans)
    while n > 0 and _headline_only(text[spans[n - 1][0]:spans[n - 1][1]].strip()):
        n -= 1
    has_prose = any(len(text[a:b].split()) >= BODY_LINE_WORDS for a, b in spans[:n])
    # "дал ряд поручений:" above the lines: they are its items, set out without punctuation
    introduced = n > 0 and text[spans[n - 1][0]:spans[n - 1][1]].rstrip().endswith(":")
    return spans[:n] if len(spans) - n >= OTHER_HEADLINES_MIN and has_prose and not introduced else spans


def _headline_only(line: str) -> bool:
    return (OTHER_HEADLINE_WORDS[0] <= len(line.split()) <= OTHER_HEADLINE_WORDS[1] and line[:1].isupper()
            and line[-1:] not in ".!?:;»\"”…)" and not LIST_MARKER.match(line) and not _opens_task(line))


def _opens_task(line: str) -> bool:
    """Whether a line opens with an infinitive or an imperative ("Обеспечить ...", "Ускорьте ...",
    "Ensure ..."): an item of a list of tasks, where a headline opens with its subject."""
    first = FIRST_WORD.match(line)
    if first is None:
        return False
    word = first.group().lower()
    if word in en_verbs():
        return True
    tag = morph.parse(word).tag
    return ("INFN" in tag or "impr" in tag) and morph.vocab().word_is_known(word)


def _prepare(text: str) -> tuple[str, Source | None, list[tuple[int, int]]]:
    try:
        src = read_source(text)
    except SourceError:
        src = None
    if src is not None and src.paragraph_spans is not None:
        if _site_shaped(text, src):
            spans = list(src.paragraph_spans)
            day = _lead_day_before(text, *spans[0], src.date) if spans and src.date else None
            src = replace(src, date=day) if day else src
            return text, src, _after_agency_datelines(text, spans, src.date)
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



def _site_shaped(text: str, src: Source) -> bool:
    """Whether read_source found an akorda.kz-shaped page: a real title right above a
    dateline near the top, not a saved news page whose furniture fooled it."""
    if src.title is None or src.title_span is None or src.dateline_span is None:
        return False
    title = text[src.title_span[0]:src.title_span[1]]
    head_lines = text[:src.dateline_span[0]].count("\n")
    # a release's body above the "title" means the title and dateline are a related story's
    body_above = any(len(line.split()) >= BODY_LINE_WORDS for line in text[:src.title_span[0]].splitlines())
    # a byline right above the dateline ("By Zhanna …") is a saved page's, never an akorda.kz title
    return not STAMP.match(title) and not is_furniture(title) and head_lines <= 20 and len(title.split()) >= 3 \
        and not body_above and not is_byline(title)


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
    if date is not None and date == page.date and spans:
        date = _lead_day_before(text, *spans[0], date) or date
    if date is None and page.yearless:
        # a stamp without its year ("8 Апреля, 15:37") takes the year the lead reports about, as
        # an agency dateline's day and month do
        date = day_month(*page.yearless, year)
    if date is None and spans:
        # no dateline: a full date in the lead ("2026 жылғы 10 ақпанда өткен отырыста")
        date = _lead_date(text, *spans[0])
    if date is None and page.title:
        # the first line is the lead sentence, opening with the date ("23 августа 2023 года глава ...")
        date = leading_date(page.title)
    if date is None and spans:
        # the date below the story, above a tag line or two ("01 ноя 2021, 10:31" / "страны центральной азии"),
        # is when it was posted: a day and month in the lead ("On October 29") is the event's
        below = next((d for _, b in reversed(spans[-3:]) for d in [_date_below(text, b)] if d), None)
        lead = " ".join([page.title or "", *(text[a:b] for a, b in spans[:3])])
        date = (date_before_stamp(lead, below) or below) if below else None
    date = date or tweet_date(text)
    if date is None and page.stamp and spans:
        # the stamp is when the page was saved, often the day after: "said on Friday"
        date = date_before_stamp(" ".join([page.title or "", text[spans[0][0]:spans[0][1]]]), page.stamp)
    date = date or page.stamp
    spans = _after_agency_datelines(text, spans, date)
    paragraphs = tuple(text[a:b] for a, b in spans)
    src = Source(title=page.title, date=date, dateline=page.dateline,
                 lang=detect_lang(" ".join(_prose(paragraphs)[:6]) or page.title or ""), paragraphs=paragraphs,
                 rubric=None, text=text, title_span=page.title_span, dateline_span=page.dateline_span,
                 paragraph_spans=tuple(spans))
    return src, spans


def _lead_day_before(text: str, start: int, end: int, posted: dt.date) -> dt.date | None:
    """The day the lead's first sentence gives the event, a day or a few before the page's
    posting date ("12 марта 2024, 09:10" / "11 марта Глава государства принял ...", "Кеше, 11
    наурызда, ..."); a sentence that recalls an earlier event keeps the posting date."""
    first = next(iter(sentences(text, start, end)), None)
    if first is None or RECALLS.match(text, *first):
        return None
    day = date_before_stamp(text[first[0]:first[1]], posted)
    return day if day is not None and day < posted else None


def _prose(paragraphs: tuple[str, ...]) -> list[str]:
    """The paragraphs that are sentences: a page's lead lines may be widget words ("icon",
    "oC") that outnumber the release's own words and tell the wrong language."""
    return [p for p in paragraphs if len(p.split()) >= 4] or list(paragraphs)


# a sentence that recalls an earlier event: its date is that event's ("Напомним, 12 января 2024 года ...")
RECALLS = re.compile(r"(?:Ранее|Напомним|Как\s+сообщалось|Earlier|Previously|As\s+reported|Бұған\s+дейін|Бұдан\s+бұрын|"
                     r"Еске\s+сал)(?![^\W\d_])", re.I)


def _lead_date(text: str, start: int, end: int) -> dt.date | None:
    """The first full date in the lead paragraph text[start:end], outside a sentence that
    recalls an earlier event."""
    return next((d for a, b in sentences(text, start, end) if not RECALLS.match(text, a, b)
                 for d in [date_in(text[a:b])] if d), None)


LEAD_YEAR = quick(re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,%])"))
HORIZON_BEFORE = re.compile(r"(?:до|к|by|until|till|through|на|period)\s+$", re.I)
HORIZON_AFTER = re.compile(r"\s*(?:жылға|жылдарға|-ж\w*ға)", re.I)


def _date_below(text: str, end: int) -> dt.date | None:
    """The dateline right below the story, where some outlets place it ("11 декабря 2023,
    15:13"): a short line holding a full date among the first lines after the body."""
    lines = [line.strip() for line in text[end:].splitlines() if line.strip()][:DATE_BELOW_LINES]
    # below a "Read also" header the dates are other stories' (issue 8)
    lines = lines[:next((i for i, line in enumerate(lines) if related_header(line)), len(lines))]
    return next((d for line in lines if len(line.split()) <= DATE_LINE_WORDS
                 for d in [find_date(line)] if d is not None), None)


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
        if related_header(text[a:b]) and len(text[a:b].split()) <= RELATED_HEADER_WORDS:
            break  # "Related news", "Popular": other stories follow, numbered or not
        found = agency_dateline(text, a, b, date.year if date else None) if n < 3 else None
        out.append((found.end, b) if found is not None and found.end < b else (a, b))
    return out


def _fallback(text: str) -> tuple[Source | None, list[tuple[int, int]]]:
    """Pages that break the usual shape (dateline first, no title): keep every
    non-chrome line as a paragraph and still take the date where one stands alone."""
    spans: list[tuple[int, int]] = []
    date, dateline, title = None, None, None
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group().strip()
        if not line or is_chrome_line(line):
            continue
        parsed = parse_dateline(line) if date is None else None
        if date is None and not spans and not parsed:
            date = leading_date(line)
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
