"""Saved news pages: the release inside a page that news sites and agencies print
around it (timestamps, view counters, bylines, photo credits, rubric words,
"Read also" blocks, agency datelines such as "ASTANA. KAZINFORM -").

``read_page`` is the reader for plain text that is not in the akorda.kz shape
(``source.read_source`` handles that one): it keeps the offsets of every part in
the input, takes the first headline-like line of the head as the title (or none,
when the page opens with the lead), the first news-site dateline of the head as
the date, and ends the body where a block of other stories begins, so that a
related story's date far down the page never becomes the dateline. The lists of
furniture live in ``data/furniture.json``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from akorda.extract.dates import day_month, find_date
from akorda.extract.furniture import TODAY, furniture, is_byline, is_furniture, line_key, related_header
from akorda.extract.related import compact_block, story_resumes

LINE = re.compile(r"[^\r\n]+")
# The stored pages' own stamp on their first line ("date 2022-02-16 <headline>")
STAMP = re.compile(r"\A[ \t]*date[ \t]+(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b[ \t]*")
TITLE_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]{2,}"
HEADLINE_WORDS = (3, 30)
# a publication stamp that ends the headline's own line: a full date, then the clock
TITLE_STAMP = re.compile(r"[\s,|]+\d{1,2}\s+[^\W\d_]+\s+\d{4}(?:\s+(?:г\.|года))?,?\s+(?:в\s+)?\d{1,2}:\d\d\s*$")
HEAD_LINES = 14
LONG_LINE_WORDS = 30
WRAP_MIN, WRAP_MAX = 55, 100
UPDATED = re.compile(r"(?:Обновлено|Изменено|Updated|Last\s+updated|Жаңартылды|Өзгертілді)(?![^\W\d_])", re.I)


# an agency's signature the list does not know, right after the day and month: a word or three
# ("ҚазТАГ", "ИА «Новости-Казахстан»", "Orda.kz"), then a dash. Each word is set as an outlet's
# name is: in capitals (a second capital inside: "BAQ", "ҚазТАГ"), in quotes or with a dot inside
# ("Zakon.kz"); the lead's subject ("Глава государства –", "The budget –") is none of these
SIGNATURE_WORD = (r"(?:[«\"][^«»\"\n]{1,30}[»\"]|[^\W\d_][\w-]*\.[^\W\d_][\w.-]*"
                  r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)(?![\w.])")
UNLISTED_AGENCY = re.compile(rf"[(/]?{SIGNATURE_WORD}(?:\s+{SIGNATURE_WORD}){{0,2}}[)/]?\s*[-–—]\s*")


@dataclass(frozen=True)
class AgencyDateline:
    end: int
    date: dt.date | None
    day: str | None
    month: str | None


def agency_dateline(text: str, start: int, end: int, year: int | None) -> AgencyDateline | None:
    """An agency's city dateline opening a paragraph; the city names where the story was
    filed, not the region (contract README). Day and month take the year given.

    >>> t = "Астана. 1 декабря. KAZAKHSTAN TODAY - Президент принял акима."
    >>> d = agency_dateline(t, 0, len(t), 2025); t[d.end:d.end + 9], d.date
    ('Президент', datetime.date(2025, 12, 1))
    >>> t = "NUR-SULTAN. KAZINFORM Kazakh President received the governor"
    >>> t[agency_dateline(t, 0, len(t), None).end:][:5]
    'Kazak'
    >>> agency_dateline("Астана тепер столица.", 0, 21, None) is None
    True
    >>> t = "ASTANA – The region attracted investments"
    >>> t[agency_dateline(t, 0, len(t), None).end:][:10]
    'The region'
    >>> agency_dateline("Astana – the capital", 0, 20, None) is None
    True
    >>> t = "Алматы. 29 января. ҚазТАГ – Президент принял акима."
    >>> t[agency_dateline(t, 0, len(t), 2025).end:][:9]
    'Президент'
    >>> leads = ("Астана. 12 марта. Глава государства - Президент принял акима.", "Алматы, 5 мая. Аким города – Е. Досаев доложил.",
    ...          "ASTANA. 12 March. The budget - the main topic.", "Астана. 12 марта. Orda.kz – Президент принял акима.")
    >>> [t[agency_dateline(t, 0, len(t), 2025).end:][:5] for t in leads]
    ['Глава', 'Аким ', 'The b', 'Прези']
    """
    m = furniture().dateline.match(text, start, end)
    if not m:
        return None
    day: str | None = m.group("d") or m.group("d2")
    month: str = m.group("m") or m.group("m2") or ""
    if not (day or m.group("agency") or m.group("dash")):
        return None
    if day and day_month(day, month, 2000) is None:
        return None
    stop = m.end()
    signed = m.group("agency") or m.group("dash")
    if day and not signed:
        # "Алматы. 29 қаңтар. ҚазТАГ –": after a city, a day and a month, a short signature and a dash sign
        # the dateline, whichever agency the word names (the list cannot hold them all)
        other = UNLISTED_AGENCY.match(text, stop, end)
        if other:
            stop, signed = other.end(), other.group()
    # "Астана. 12 марта. Глава государства ...": a city, then a day and a month closed by a stop, is a
    # dateline without a signature; the words after it are the lead's subject
    if not signed and not m.group("city").isupper() and not (day and m.group().rstrip()[-1:] in ".,"):
        return None
    if m.group("bare") is not None and not m.group("city").isupper():
        return None  # "Астана – столица": a city named in a sentence, no dateline
    while stop < end and text[stop] in " \u00a0\t":
        stop += 1
    date = day_month(day, month, int(m.group("y")) if m.group("y") else year) if day else None
    return AgencyDateline(stop, date, day, month if day else None)


@dataclass(frozen=True)
class Page:
    title: str | None
    title_span: tuple[int, int] | None
    date: dt.date | None
    dateline: str | None
    dateline_span: tuple[int, int] | None
    stamp: dt.date | None
    paragraph_spans: tuple[tuple[int, int], ...]
    # a stamp of the head with a day and a month but no year ("8 Апреля, 15:37"): (day, month)
    yearless: tuple[str, str] | None = None


# a publication stamp that leaves the year out, the clock beside it, perhaps a view counter:
# "8 Апреля, 15:37 932", "15:37, 8 апреля" (read only when the head has no full date)
YEARLESS_STAMP = re.compile(r"(?P<d>[0-3]?\d)\s+(?P<m>[^\W\d_]{3,12})\.?,?\s+(?:в\s+)?\d{1,2}:\d\d(?:\s+\d+)?"
                            r"|\d{1,2}:\d\d,?\s+(?P<d2>[0-3]?\d)\s+(?P<m2>[^\W\d_]{3,12})\.?")


def yearless_stamp(line: str) -> tuple[str, str] | None:
    """Day and month of a head line that is a stamp without a year.

    >>> yearless_stamp("8 Апреля, 15:37 932"), yearless_stamp("15:37, 8 апреля")
    (('8', 'Апреля'), ('8', 'апреля'))
    >>> yearless_stamp("8 школ построено") is None, yearless_stamp("12:00 24 часа") is None
    (True, True)
    """
    m = YEARLESS_STAMP.fullmatch(" ".join(line.split()))
    if m is None:
        return None
    day, month = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
    return (day, month) if day_month(day, month, 2000) else None


def read_page(text: str) -> Page | None:
    """Title, date and body paragraphs of a saved news page (offsets into ``text``)."""
    lines, stamp = _lines(text)
    if not lines:
        return None
    title_span, dateline_span, date, others = _head(text, lines)
    title = text[title_span[0]:title_span[1]] if title_span else None
    dateline = text[dateline_span[0]:dateline_span[1]] if dateline_span else None
    paragraphs = _body(text, lines, title, {dateline_span, title_span, *others})
    partial = None if date else next((dm for a, b in lines[:HEAD_LINES] for dm in [yearless_stamp(text[a:b])] if dm), None)
    return Page(title, title_span, date, dateline, dateline_span, stamp, tuple(_unwrap(text, paragraphs)), partial)


def _lines(text: str) -> tuple[list[tuple[int, int]], dt.date | None]:
    """The page's non-blank lines, stripped, and the save stamp that may open the first one."""
    lines: list[tuple[int, int]] = []
    stamp = None
    for m in LINE.finditer(text):
        a, b = m.span()
        if not lines and not stamp:
            s = STAMP.match(text, a, b)
            if s:
                try:
                    stamp = dt.date(int(s["y"]), int(s["m"]), int(s["d"]))
                except ValueError:
                    stamp = None
                a = s.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            lines.append((a, b))
    return lines, stamp


def _head(text: str, lines: list[tuple[int, int]]
          ) -> tuple[tuple[int, int] | None, tuple[int, int] | None, dt.date | None, list[tuple[int, int]]]:
    """The headline's and the dateline's spans and the date, from the lines above the lead
    (the first long line): furniture, bylines and short links there are skipped. A block of
    other stories' headlines above the release's own (a line of it no headline, a dateline
    still below) ends at the headline right above the dateline; the block's lines are returned
    last, to be kept out of the body."""
    first_long = next((i for i, (a, b) in enumerate(lines) if len(text[a:b].split()) >= LONG_LINE_WORDS), len(lines))
    date = dateline_span = title_span = None
    updated: tuple[dt.date, tuple[int, int]] | None = None
    head = lines[:min(first_long, HEAD_LINES)]
    shown: list[tuple[int, int]] = []  # headline-length lines from the first headline down
    # "10:45 Алматыда жол апаты болды" under "10:30 ...": the site's feed above the headline
    feed_rows = {i for i in range(len(head)) if _feed_block(text, head, i)}
    block = False
    for i, (a, b) in enumerate(head):
        line = text[a:b]
        edited = find_date(line) if UPDATED.match(line) else None
        if edited is not None:
            updated = updated or (edited, (a, b))
            continue  # when the page was last edited: the date only where no other is given
        stamped = TITLE_STAMP.search(line) if title_span is None and date is None else None
        if stamped and _headline_like(text, a, a + stamped.start()) and find_date(stamped.group()):
            # "Токаев дал поручения акиму ... 21 февраля 2022, 19:30": the headline, then its stamp
            date, dateline_span, title_span = find_date(stamped.group()), (a + stamped.start(), b), (a, a + stamped.start())
            continue
        if related_header(line):
            if title_span is not None:
                break  # the other stories begin: nothing below is this release's head
            continue  # "Новости по теме: 02.03.2022 ...": another story's date above the headline
        if date is None and find_date(line) and not TODAY.match(line):
            date, dateline_span = find_date(line), (a, b)
            if block and shown:
                title_span, shown = shown[-1], shown[:-1]
            else:
                shown = []
            continue
        if is_furniture(line) or is_byline(line) or (title_span is None and (len(line.split()) < HEADLINE_WORDS[0] or i in feed_rows)):
            continue  # short lines above the headline are rubrics and links ("Все новости")
        if title_span is not None and date is None and _author_credit(line) and _dateline_below(text, head[i + 1:]):
            continue  # the author's card between the headline and the dateline
        if title_span is None and _headline_like(text, a, b):
            title_span = (a, b)
            shown.append((a, b))
            continue
        if title_span is not None and date is None and _headline_like(text, a, b):
            shown.append((a, b))
            continue  # a subtitle between the headline and the dateline
        if date is None and HEADLINE_WORDS[0] <= len(line.split()) <= HEADLINE_WORDS[1] \
                and not line.rstrip().endswith(".") and _dateline_below(text, head[i + 1:]):
            block = True
            shown.append((a, b))
            continue  # other stories' headlines: the release's own stands right above the dateline
        break  # the lead: a headline below it is another story's
    if date is None and updated is not None:
        date, dateline_span = updated
    feed = [head[i] for i in sorted(feed_rows) if title_span is None or head[i][0] < title_span[0]]
    if not block or date is None or title_span is None or \
            any(line_key(text[a:b]) == line_key(text[title_span[0]:title_span[1]]) for a, b in shown):
        return title_span, dateline_span, date, feed  # (the headline repeated: its own subtitle lies between)
    return title_span, dateline_span, date, shown + feed


# an author's card under the headline: a first name alone (a picture's caption), a role line
# ("журналист, редактор Astana TV", "тілші"); then the full byline and the dateline
AUTHOR_ROLE = re.compile(r"(?:журналист|корреспондент|фотокорреспондент|редактор|обозреватель|тілші|"
                         r"journalist|correspondent|editor|reporter)\w*(?:,|\s|$)")
LONE_NAME = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]{2,}")
AUTHOR_ROLE_WORDS = 6


def _author_credit(line: str) -> bool:
    """Whether a line under the headline is the author's card: a lone first name or a role
    line in lower case (a headline opens with a capital)."""
    return LONE_NAME.fullmatch(line) is not None or \
        (AUTHOR_ROLE.match(line) is not None and len(line.split()) <= AUTHOR_ROLE_WORDS)


def _dateline_below(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a line below is a dateline (the release's head goes on down to it)."""
    return any(find_date(text[a:b]) and not TODAY.match(text[a:b]) and not UPDATED.match(text[a:b]) for a, b in lines)


def _body(text: str, lines: list[tuple[int, int]], title: str | None,
          head: set[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """The body lines: no furniture, bylines or repeated headline; a short "related" header
    opens a block of other stories' headlines that runs until the story resumes in prose (a site
    may set the block in the middle of the release), a longer header line is skipped."""
    paragraphs: list[tuple[int, int]] = []
    header: int | None = None  # the short related header whose block is being skipped
    for n, (a, b) in enumerate(lines):
        line = text[a:b]
        if related_header(line):
            if len(line.split()) <= 4 and not compact_block(text, lines, n):
                break  # a spaced block (headline, teaser, date) runs to the page's end
            header = n if header is None and len(line.split()) <= 4 else header
            continue
        if header is not None and not story_resumes(text, lines, n, header):
            continue
        header = None
        if (a, b) in head or is_furniture(line) or is_byline(line) or _repeats_title(line, title):
            continue  # the headline repeated (as a caption or a share line) is not the lead
        if paragraphs and _feed_item(line, text[lines[n - 1][0]:lines[n - 1][1]] if n else "",
                                     text[lines[n + 1][0]:lines[n + 1][1]] if n + 1 < len(lines) else ""):
            continue  # "12:04 В Шымкенте открыли 3 завода": another story's headline in a news feed
        paragraphs.append((a, b))
    return paragraphs


# a news feed's item: a clock time or a numeric date, then a headline (capitalised, no full stop),
# or a headline that ends in its clock time, beside another item
FEED_STAMP = r"(?:[0-2]?\d:[0-5]\d|[0-3]?\d\.[01]\d\.(?:19|20)?\d\d)"
FEED_LEADING = re.compile(rf"^{FEED_STAMP}[\s,|]+[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\n]*[^.!?:;]$")
FEED_TRAILING = re.compile(rf"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\n]*[^\d\s.,:;]\s+{FEED_STAMP}$")
FEED_WORDS = 20


def _feed_item(line: str, above: str = "", below: str = "") -> bool:
    """Whether a body line is another story's headline in a feed, under or beside the release:
    its stamp leads it, or it ends in one beside another line of the feed (a line of the body
    may end in a time or a date: "Заседание началось в 10:00").

    >>> _feed_item("12:04 В Шымкенте открыли 3 завода"), _feed_item("Алматыда 12 мектеп салынады 15:20", "12:04 Жаңа саябақ ашылды")
    (True, True)
    >>> _feed_item("12:04 Аким доложил о строительстве 3 заводов."), _feed_item("Сағат 12:04-те басталды")
    (False, False)
    >>> _feed_item("Заседание началось в 10:00"), _feed_item("Итоги года подведут 25.12.2024", "Аким доложил о работе.")
    (False, False)
    """
    return _feed_shaped(line) and (FEED_LEADING.match(line) is not None or any(_feed_shaped(other) for other in (above, below)))


def _feed_block(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether lines[i] is one of two stamped headlines or more in a row (a feed); one alone may be the release's."""
    def shaped(j: int) -> bool:
        return 0 <= j < len(lines) and FEED_LEADING.match(text[lines[j][0]:lines[j][1]]) is not None
    return shaped(i) and (shaped(i - 1) or shaped(i + 1))


def _feed_shaped(line: str) -> bool:
    return len(line.split()) <= FEED_WORDS and (FEED_LEADING.match(line) is not None or FEED_TRAILING.match(line) is not None)


# a line that refers back to someone named before it ("The latter reported, ...", "He said ...") is
# the body of a page whose head was cut off, never its headline
ANAPHOR_OPENS = re.compile(r"(?:The\s+latter|The\s+former|He|She|They|According\s+to\s+(?:him|her|them))\b[\s,]")
# a line that opens with the headline and goes on for this many words more is the lead, which
# often restates the headline as its first sentence: not a caption to drop
LEAD_AFTER_TITLE_WORDS = 4


def _repeats_title(line: str, title: str | None) -> bool:
    """Whether `line` is the headline repeated (as a caption or a share line), not a lead
    paragraph that opens with the headline's words and goes on."""
    if title is None or not line_key(line).startswith(line_key(title)):
        return False
    return len(line.split()) - len(title.split()) < LEAD_AFTER_TITLE_WORDS


SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"]")


def _headline_like(text: str, a: int, b: int) -> bool:
    """A headline: a short line of words, one sentence at most, not furniture, not a
    byline, not a lead that opens with an agency dateline."""
    line = text[a:b]
    if _wrapped(text, a, b) or ANAPHOR_OPENS.match(line):
        return False  # the first line of a hard-wrapped lead, or a sentence that refers back: no headline
    return (not is_furniture(line) and not is_byline(line) and not related_header(line)
            and HEADLINE_WORDS[0] <= len(line.split()) <= HEADLINE_WORDS[1] and not line.endswith(":")
            and not SENTENCE_INSIDE.search(line) and agency_dateline(text, a, b, None) is None)


def _wrapped(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is cut at wrap length with its sentence running on in the next line,
    itself of wrap length: a plain-text copy's hard wrap ("... instructed Deputy" / "Prime
    Minister X to ...")."""
    if not WRAP_MIN <= b - a <= WRAP_MAX or text[b - 1] in ".!?:;»\"”" or not text.startswith("\n", b):
        return False
    nxt = text.find("\n", b + 1)
    nxt = len(text) if nxt < 0 else nxt
    return WRAP_MIN <= nxt - (b + 1) <= WRAP_MAX and not text[b + 1:b + 2].isspace()


def _unwrap(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines (a plain-text copy cut at ~70 characters) into paragraphs:
    a line of wrap length that does not end a sentence continues on the next one; so does a
    paragraph's first word that a copy left alone on its line before a wrapped line ("Бейбіт" /
    "Атамқұлов ... баяндады. Өз кезегінде"), which would part a name from its surname."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            pa, pb = out[-1]
            last_line = text[text.rfind("\n", pa, pb) + 1 if "\n" in text[pa:pb] else pa:pb]
            if text[pb:a].count("\n") == 1 and not _list_items(last_line, text[a:b]) and (
                    (WRAP_MIN <= len(last_line) <= WRAP_MAX and text[pb - 1] not in ".!?:;»\"”")
                    or (LONE_WORD.fullmatch(text, pa, pb) and _wrapped(text, a, b))):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


# a list item's marker: a dash or a bullet, or a number with a dot or a bracket, then a space
LIST_MARKER = re.compile(r"\s*(?:[-–—•·*]|\d{1,2}[.)])\s")


def _list_items(line: str, below: str) -> bool:
    """Whether two lines are items of one list ("- развитие экономики" under "- поддержка села"):
    the next item, not a hard wrap of the one above, whatever the line's length."""
    return LIST_MARKER.match(line) is not None and LIST_MARKER.match(below) is not None


# a paragraph's first word alone on its line: a capitalised word, not a caps rubric ("ЭКОНОМИКА")
LONE_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z]+")
