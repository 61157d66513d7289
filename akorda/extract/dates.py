"""Dates as releases write them: the dateline and the reporting period.

Datelines are short, fixed-shape lines, so plain regular expressions (anchored,
without nested quantifiers) are enough and keep ``read_source`` free of model
loading. Month names live in ``data/months.json``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from akorda.extract.knowledge import load_json
from akorda.extract.union import Scout, quick

WORD_MONTH = r"(?P<m>[^\W\d_]{3,12})\.?"
DAY = r"(?P<d>[0-3]?\d)"
YEAR = r"(?P<y>(?:19|20)\d\d)"
TIME = r"(?:[\s,]+\d{1,2}:\d\d)?"

DAY_MONTH_YEAR = re.compile(
    rf"{DAY}(?:st|nd|rd|th)?\s+{WORD_MONTH},?\s+{YEAR}(?:\s*(?:года|год|г\.?|year|ж\.?))?{TIME}", re.I
)
KK_YEAR_DAY_MONTH = re.compile(rf"{YEAR}\s*(?:жылғы|жылы|ж\.)\s+{DAY}\s+{WORD_MONTH}{TIME}", re.I)
EN_MONTH_DAY_YEAR = re.compile(rf"{WORD_MONTH}\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}{TIME}", re.I)
NUMERIC_DATE = re.compile(DAY + r"[./](?P<m>[01]?\d)[./]" + YEAR + TIME)

DATELINE_PATTERNS = (DAY_MONTH_YEAR, KK_YEAR_DAY_MONTH, EN_MONTH_DAY_YEAR, NUMERIC_DATE)


@lru_cache(maxsize=1)
def _month_stems() -> tuple[tuple[str, int], ...]:
    data = load_json("months.json")
    stems = [(stem, num) for lang in ("ru", "kk", "kk_latn", "en") for stem, num in data[lang].items()]
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


NUMERIC_DASHED = re.compile(DAY + r"[./-](?P<m>[01]?\d)[./-]" + YEAR + r"(?!\d)")
CLOCK = quick(re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)"))
# a site's machine stamp ("2021-08-19 18:00")
ISO_DATE = re.compile(r"(?<![\d.-])" + YEAR + r"-(?P<m>[01]\d)-" + r"(?P<d>[0-3]\d)(?![\d.-])")
NEWS_PATTERNS = (DAY_MONTH_YEAR, KK_YEAR_DAY_MONTH, EN_MONTH_DAY_YEAR, NUMERIC_DASHED, ISO_DATE)
MAX_NEWS_DATELINE = 80
# a stamp that separates day, month and year with spaces ("19 08 2022, 09:15"): a date only
# where the clock stands beside it, "5 12 2022" alone being three numbers
SPACED_NUMERIC = re.compile(r"(?<!\d)(?P<d>[0-3]\d) (?P<m>[01]\d) " + YEAR + r"(?!\d)")


def find_date(line: str) -> dt.date | None:
    """The date of a news site's short dateline line, around clock times, weekdays,
    counters, bullets and rubrics.

    >>> find_date("Четверг, 19 Авг 2021, 18:00"), find_date("20:58, 27 May 2019")
    (datetime.date(2021, 8, 19), datetime.date(2019, 5, 27))
    >>> find_date("• 23 желтоқсан 2021"), find_date("03 июня 2024 | 16:06")
    (datetime.date(2021, 12, 23), datetime.date(2024, 6, 3))
    >>> find_date("Aımaqtar • 26 Sáýir, 2020"), find_date("22.06.2022 | 16:52")
    (datetime.date(2020, 4, 26), datetime.date(2022, 6, 22))
    >>> find_date("23 желт. 2021"), find_date("5 қаз. 2022 ж.")
    (datetime.date(2021, 12, 23), datetime.date(2022, 10, 5))
    >>> find_date("2021-08-19 18:00"), find_date("5th March 2024")
    (datetime.date(2021, 8, 19), datetime.date(2024, 3, 5))
    >>> find_date("In 2021 the region built 5 schools") is None
    True
    >>> find_date("19 08 2022, 09:15"), find_date("19 08 2022") is None
    (datetime.date(2022, 8, 19), True)
    """
    clocked = CLOCK.search(line) is not None
    line = " ".join(CLOCK.sub(" ", line).split())
    if len(line) > MAX_NEWS_DATELINE:
        return None
    for pattern in NEWS_PATTERNS + ((SPACED_NUMERIC,) if clocked else ()):
        for match in pattern.finditer(line):
            date = _to_date(match)
            if date:
                return _month_first(line, match, date) if pattern is NUMERIC_DASHED else date
    return None


# an English weekday that opens a numeric stamp tells a month-first date ("Tue, 03/05/2024" is
# 5 March, a Tuesday) from a day-first one
EN_WEEKDAY = re.compile(r"(?<![^\W\d_])(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _month_first(line: str, match: re.Match[str], date: dt.date) -> dt.date:
    """The numeric date read month first where only that reading falls on the weekday the line names.

    >>> find_date("Tue, 03/05/2024 - 10:15"), find_date("Fri, 03/05/2024")
    (datetime.date(2024, 3, 5), datetime.date(2024, 5, 3))
    """
    day = EN_WEEKDAY.search(line)
    if day is None or date.weekday() == EN_WEEKDAYS.index(day.group(1).lower()):
        return date
    try:
        swapped = dt.date(date.year, date.day, date.month)
    except ValueError:
        return date
    return swapped if swapped.weekday() == EN_WEEKDAYS.index(day.group(1).lower()) else date


# a numeric date with its clock time inside a line: the page's time stamp ("жаңалық 16.09.2025 12:30")
STAMPED = re.compile(NUMERIC_DASHED.pattern + r"[ ,|]+\d{1,2}:\d\d(?!\d)")


def date_in(text: str) -> dt.date | None:
    """The first full date written in running text ("2026 жылғы 10 ақпанда өткен ...").

    >>> date_in("Президент 2026 жылғы 10 ақпанда өткен отырыста сөйледі")
    datetime.date(2026, 2, 10)
    >>> date_in("Жұмыс сапары: жаңалық 16.09.2025 12:30 Сурет: akorda.kz")
    datetime.date(2025, 9, 16)
    """
    best: tuple[int, dt.date] | None = None
    for pattern in (DAY_MONTH_YEAR, KK_YEAR_DAY_MONTH, EN_MONTH_DAY_YEAR, STAMPED):
        for match in pattern.finditer(text):
            date = _to_date(match)
            if date and (best is None or match.start() < best[0]):
                best = (match.start(), date)
                break
    return best[1] if best else None


def leading_date(line: str) -> dt.date | None:
    """The full date a lead sentence opens with, where an outlet's first line is that
    sentence rather than a headline ("23 августа 2023 года глава государства принял ...").

    >>> leading_date("12 марта 2024 года глава государства принял акима области")
    datetime.date(2024, 3, 12)
    >>> leading_date("Глава государства 12 марта 2024 года принял акима") is None
    True
    """
    for pattern in (DAY_MONTH_YEAR, KK_YEAR_DAY_MONTH, EN_MONTH_DAY_YEAR):
        match = pattern.match(line.lstrip())
        if match and len(line.split()) > len(match.group().split()) + 2:
            return _to_date(match)
    return None


def day_month(day: str, month: str, year: int | None) -> dt.date | None:
    """A date from an agency dateline's day and month ("1 декабря") and a year found elsewhere.

    >>> day_month("1", "декабря", 2025), day_month("16", "наурыз", None)
    (datetime.date(2025, 12, 1), None)
    """
    number = normalize_month(month)
    if number is None or year is None:
        return None
    try:
        return dt.date(year, number, int(day))
    except ValueError:
        return None


EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
RU_MONTH = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
KK_MONTH = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)[а-яәғқңөұүһі]*"
EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DASH = r"\s*[-–—]\s*"
# The first letter a Kazakh "range" or "months" period can start with (a year's digit, a
# month's initial; a year, "биылғы", "өткен", "ағымдағы", "алғашқы", a digit or a number
# word's initial), as a look-ahead: these two patterns open with optional groups, which the
# engine otherwise tries at every letter of every sentence (a third of the time, measured).
KK_RANGE_LEAD = "(?=[12" + "".join(sorted({m[0] for m in KK_MONTH[3:KK_MONTH.index(")")].split("|")})) + "])"
KK_MONTHS_LEAD = r"(?=[\dбөаеүтжсо])"

# The year a count of months or a half-year is of: a number, or this or last year ("rel").
RU_OF_YEAR = r"(?:\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>текущего|этого|прошлого))\s+года)?"
EN_OF_YEAR = r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>this|the\s+current|last)\s+year))?"

PERIOD_PATTERNS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "ru": (
        ("range", re.compile(rf"(?<![^\W\d_])(?:за|в|по\s+итогам)\s+(?P<m1>{RU_MONTH})(?:{DASH}(?P<m2>{RU_MONTH}))?"
                             rf"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.?))?", re.I)),
        ("start", re.compile(r"(?<![^\W\d_])на\s+начало\s+(?P<y>(?:19|20)\d\d)\s+года", re.I)),
        ("months", re.compile(r"(?<![^\W\d_])за\s+(?P<n>\d{1,2}|[а-яё]+)\s+месяц[а-я]*" + RU_OF_YEAR, re.I)),
        ("half", re.compile(r"(?<![^\W\d_])(?:за|в|по\s+итогам)\s+(?:перво[егм]о?|1)\s*(?:-?[ем]\s+)?полугоди[еяи]" + RU_OF_YEAR, re.I)),
        ("last", re.compile(r"(?<![^\W\d_])(?:в|за)\s+(?:прошлом|прошлый|минувшем|минувший|предыдущем)\s+год[ау]?"
                            r"|по\s+итогам\s+(?:прошлого|минувшего)\s+года", re.I)),
        ("this", re.compile(r"(?<![^\W\d_])(?:в\s+(?:этом|текущем|нынешнем)\s+году|с\s+начала\s+(?:этого\s+|текущего\s+)?года)", re.I)),
        ("year", re.compile(r"(?<![^\W\d_])(?:в|за|по\s+итогам)\s+(?P<y>(?:19|20)\d\d)\s+(?:году|год|года)", re.I)),
    ),
    "en": (
        ("range", re.compile(rf"(?<![^\W\d_])(?:in|for|over|during)\s+(?:the\s+)?(?P<m1>{EN_MONTH})(?:{DASH}(?P<m2>{EN_MONTH}))?"
                             rf"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?")),
        ("start", re.compile(r"(?:at\s+the\s+(?:start|beginning)\s+of|as\s+of\s+the\s+(?:start|beginning)\s+of)"
                             r"\s+(?P<y>(?:19|20)\d\d)", re.I)),
        ("months", re.compile(r"(?<![^\W\d_])(?:for|in|over)\s+(?:the\s+(?:first\s+)?)?(?P<n>\d{1,2}|[a-z]+)\s+months"
                              + EN_OF_YEAR, re.I)),
        ("half", re.compile(r"(?<![^\W\d_])(?:in|for)\s+the\s+first\s+half" + EN_OF_YEAR, re.I)),
        ("last", re.compile(r"(?<![^\W\d_])(?:last|previous|the\s+past)\s+year", re.I)),
        ("this", re.compile(r"(?<![^\W\d_])(?:(?:this|the\s+current)\s+year|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year)", re.I)),
        ("year", re.compile(r"(?<![^\W\d_])(?:in|for)\s+(?P<y>(?:19|20)\d\d)(?![\d-])", re.I)),
    ),
    "kk": (
        ("range", re.compile(rf"{KK_RANGE_LEAD}(?:(?P<y>(?:19|20)\d\d)\s+жылғы\s+)?"
                             rf"(?P<m1>{KK_MONTH})(?:{DASH}(?P<m2>{KK_MONTH}))?\s+ай", re.I)),
        ("start", re.compile(r"(?P<y>(?:19|20)\d\d)\s+жылдың\s+басында", re.I)),
        # "2023 жылғы 9 айда", "биылғы он бір айдағы", "өткен жылғы алғашқы алты айында"
        ("months", re.compile(KK_MONTHS_LEAD
                              + r"(?:(?:(?P<y>(?:19|20)\d\d)\s+жыл(?:ғы|дың)|(?P<rel>биылғы|өткен\s+жылғы|ағымдағы\s+жылғы))\s+)?"
                              r"(?:алғашқы\s+)?(?<![\d,.])(?P<n>\d{1,2}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он(?:\s+бір)?)"
                              r"\s+ай(?:да|дағы|ында|ындағы|ының|лық)(?![^\W\d_])", re.I)),
        ("last", re.compile(r"(?<![^\W\d_])(?:өткен\s+жыл\w*|былтыр\w*)", re.I)),
        ("this", re.compile(r"(?<![^\W\d_])(?:биыл\w*|ағымдағы\s+жыл\w*)", re.I)),
        ("year", re.compile(r"(?<![^\W\d_])(?P<y>(?:19|20)\d\d)\s+жыл(?:ы|дың\s+қорытындысы|ғы\s+(?:\S+\s+){0,3}?қорытынды\w*)", re.I)),
    ),
}


# the Kazakh "range" and "months" periods both end in the word for month ("... ай", "... айда"), and
# open with optional groups that cost their search a look at nearly every letter: a sentence
# without the word has neither
KK_MONTHS_WORD = re.compile(r"\sай", re.I)
KK_MONTH_PERIODS = frozenset(n for n, (kind, _) in enumerate(PERIOD_PATTERNS["kk"]) if kind in {"range", "months"})


@lru_cache(maxsize=4)
def _period_scout(lang: str) -> Scout:
    """One scan of a sentence for where any period can start (union.py): most sentences name none."""
    return Scout([pattern for _, pattern in PERIOD_PATTERNS[lang]])


def find_periods(text: str, start: int, end: int, lang: str, year: int | None) -> list[tuple[int, int, str]]:
    """Reporting periods named in text[start:end], as (start, end, label).

    The label is English free text; a period without a year takes the
    release's year, "last year" the year before (contract: the period of a fact).

    >>> find_periods("за январь-апрель выросло", 0, 24, "ru", 2024)
    [(0, 16, 'January-April 2024')]
    >>> find_periods("В прошлом году построено", 0, 24, "ru", 2024)[0][2]
    '2023'
    >>> find_periods("за 8 месяцев текущего года", 0, 26, "ru", 2023)[0][2]
    'January-August 2023'
    >>> find_periods("өңірдің 2023 жылғы 9 айдағы", 0, 27, "kk", 2023)[0][2]
    'January-September 2023'
    """
    out = []
    kinds = PERIOD_PATTERNS.get(lang, PERIOD_PATTERNS["ru"])
    skip = KK_MONTH_PERIODS if lang == "kk" and not KK_MONTHS_WORD.search(text, start, end) else frozenset()
    for (kind, _), matches in zip(kinds, _period_scout(lang if lang in PERIOD_PATTERNS else "ru").finditer_each(text, start, end, skip),
                                  strict=True):
        for m in matches:
            label = _label(kind, m, year)
            if label:
                out.append((m.start(), m.end(), label))
    out.sort()
    return out


def _label(kind: str, m: re.Match[str], year: int | None) -> str | None:
    groups = m.groupdict()
    y = int(groups["y"]) if groups.get("y") else year
    if kind == "range":
        first = normalize_month(groups["m1"])
        last = normalize_month(groups["m2"]) if groups.get("m2") else None
        if first is None:
            return None
        span = EN_MONTHS[first - 1] + (f"-{EN_MONTHS[last - 1]}" if last else "")
        return f"{span} {y}" if y else span
    if kind in {"months", "half"}:
        if kind == "half":
            count = 6
        else:
            raw = groups["n"].lower()
            count = int(raw) if raw.isdigit() else load_json("lexicon.json")["month_counts"].get(raw)
        if not count or not 1 < count <= 12:
            return None
        rel = (groups.get("rel") or "").lower()
        if (rel in {"прошлого", "last"} or rel.startswith("өткен")) and year:
            y = year - 1
        span = f"January-{EN_MONTHS[count - 1]}"
        return f"{span} {y}" if y else span
    if kind == "start":
        return f"start of {y}"
    if kind == "last":
        return str(year - 1) if year else "last year"
    if kind == "this":
        return str(year) if year else "this year"
    return str(y) if y else None


# The lead of a saved news page dates the event against the page's stamp, which is often
# the next day: "... said on Friday", "... told the President on 13 August", "в пятницу".
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
ON_WEEKDAY = re.compile(r"(?<![^\W\d_])(?:on|в|во)\s+(?P<w>" + "|".join(WEEKDAYS) + r")(?![^\W\d_])", re.I)
ON_DAY_MONTH = re.compile(rf"(?<![\d.])(?:{DAY}\s+{WORD_MONTH}|{WORD_MONTH.replace('?P<m>', '?P<m2>')}\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
                          rf"(?![^\W_]|,?\s+(?:19|20)\d\d|\s*[-–—]\s*\d)", re.I)
LEAD_DAYS_BACK = 6
# the newswire's bare weekday: "met with the Deputy Prime Minister Tuesday," ("Good Friday" is a feast,
# "planned for Tuesday" a day to come)
EN_NOT_BEFORE_WEEKDAY = ("Good", "Black", "for", "until", "till", "by", "next", "this", "last", "before", "after", "from", "since", "to")
EN_BARE_WEEKDAY = re.compile(r"(?<=[\w,] )" + "".join(rf"(?<!{w} )" for w in EN_NOT_BEFORE_WEEKDAY)
                             + r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"(?=[,.;]|\s+(?:morning|afternoon|evening|night)\b|\s+(?:[a-z]+\s+){0,3}?(?:said|reports?|reported)\b)")


def date_before_stamp(lead: str, stamp: dt.date) -> dt.date | None:
    """The event's date in a lead written a little after it: a weekday or a day and month
    with no year, on or before the stamp (at most LEAD_DAYS_BACK days for a weekday).

    >>> date_before_stamp("the press service said on Friday", dt.date(2021, 10, 9))
    datetime.date(2021, 10, 8)
    >>> date_before_stamp("told the President on 13 August.", dt.date(2019, 8, 15))
    datetime.date(2019, 8, 13)
    >>> date_before_stamp("Tokayev met with the minister Tuesday, Akorda reports.", dt.date(2025, 7, 17))
    datetime.date(2025, 7, 15)
    >>> date_before_stamp("Глава государства принял акима.", dt.date(2019, 8, 15)) is None
    True
    """
    for m in ON_DAY_MONTH.finditer(lead):
        day, month = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
        date = day_month(day, month, stamp.year)
        if date is not None:
            if date > stamp:
                date = day_month(day, month, stamp.year - 1)
            if date is not None and (stamp - date).days <= LEAD_DAYS_BACK:
                return date
    weekday = ON_WEEKDAY.search(lead) or EN_BARE_WEEKDAY.search(lead)
    if weekday:
        back = (stamp.weekday() - WEEKDAYS[weekday.group("w").lower()]) % 7
        return stamp - dt.timedelta(days=back)
    return None
