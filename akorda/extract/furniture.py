"""The furniture of saved news pages: the lines around a release that are never a title, a date,
a person or a figure (timestamps, view counters, exchange-rate and weather widgets, radio
banners, bylines, photo credits, embedded posts' signatures, "Read also" headers), and the
agency dateline pattern built from the same lists (``data/furniture.json``).

``page`` reads a page's head, body and dateline with these; they live apart so that each
module stays one concern.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from akorda.extract.dates import MAX_NEWS_DATELINE, find_date
from akorda.extract.knowledge import load_json

WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
CAPS_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,}"
NAME_LINE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’ÁÓÚÝáóúýıń-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’ÁÓÚÝáóúýıń.-]+){1,2}\.?")
# a radio station's list of city frequencies ("Астана - 106,8FM Алматы - 101,00 FM ..."): the page's banner
FREQUENCY = re.compile(r"\d{2,3}[.,]\d{1,2}\s?FM(?![^\W\d_])", re.I)
FREQUENCY_LIST = 3
# a weather widget ("облачно В Атырау +16", "Астана -5°C"): a short line ending in a signed temperature
WEATHER = re.compile(r"(?<!\d)[+−–-]\d{1,2}\s*(?:°\s*[CС]?)?\s*$")
WEATHER_WORDS = 5
# the other lines of such a widget: the sky, the wind, the pressure ("в Актобе Пасмурно",
# "переменная облачность жел 2 м/с", "давление: 753 мм.рт.ст.")
WEATHER_TERMS = re.compile(r"(?<![^\W\d_])(?:пасмурно|облачно|малооблачно|облачность|ясно|дождь|снег|туман|давление|"
                           r"влажность|бұлтты|жаңбыр|cloudy|sunny|overcast|humidity)(?![^\W\d_])|\d\s*м/с|мм\.?\s*рт", re.I)
WEATHER_TERM_WORDS = 6
# the site's clock, not the story's date: "Сегодня 26 декабря 2024 года, четверг"
TODAY = re.compile(r"(?:Сегодня|Today|Бүгін)(?![^\W\d_])", re.I)


@dataclass(frozen=True)
class Furniture:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    related: frozenset[str]
    dateline: re.Pattern[str]


def line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = load_json("furniture.json")
    agencies = "|".join(re.escape(a) for a in sorted(data["agencies"], key=len, reverse=True))
    cities = "|".join(re.escape(c) for c in sorted(data["cities"], key=len, reverse=True))
    city = rf"(?:{CAPS_WORD}(?:[ -]{CAPS_WORD})?|{cities})"
    # "ASTANA. KAZINFORM -", "NUR-SULTAN, Kazakhstan -", "Астана. 1 декабря. KAZAKHSTAN TODAY -",
    # "НҰР-СҰЛТАН, 21 тамыз - Sputnik.": a city, then a day and month and/or an agency, then a dash
    dateline = re.compile(
        # "ASTANA – The region attracted ...": a city in capitals may take the dash straight away
        rf"(?P<city>{city})(?:,\s*(?:Kazakhstan|Казахстан|Қазақстан))?(?:\s*[.,]\s*|(?P<bare>\s+)(?=[-–—]\s))"
        # the day and month (or month and day, in English), perhaps a year and the clock:
        # "12 марта", "March 12", "12 марта 2024 г.", "12 қыркүйек 2024 жыл", "12 марта, 15:30"
        rf"(?:(?:(?P<d>[0-3]?\d)\s+(?P<m>[^\W\d_]{{3,12}})|(?P<m2>[A-Z][a-z]{{2,8}})\s+(?P<d2>[0-3]?\d))\.?"
        rf"(?:,?\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.|жылғы|жылы|жыл|ж\.))?)?(?:,?\s+\d{{1,2}}:\d\d)?\s*[.,]?\s*)?"
        rf"(?:[(/]?(?P<agency>{agencies})[)/]?\.?\s*)?"
        rf"(?P<dash>[-–—]\s*(?:(?:{agencies})\.\s*)?)?",
    )
    return Furniture(
        exact=frozenset(line_key(x) for x in data["line_exact"]),
        prefixes=tuple(line_key(x) for x in data["line_prefixes"]),
        related=frozenset(line_key(x).rstrip(":") for x in data["related_headers"]),
        dateline=dateline,
    )


# the signature under an embedded post: "— Ақорда Баспасөз қызметі (@AkordaPress) 14 мая 2019 г.",
# "— Akorda (@AkordaPress) May 14, 2019": the date of the words quoted above it, never a figure
TWEET_SIGNATURE = re.compile(r"^[ \t]*[—–-][ \t]*[^\n()]{2,60}\(@[\w.]{2,30}\)[ \t]+(?P<date>[^\n]{6,40}?)[ \t]*$", re.M)


def tweet_date(text: str) -> dt.date | None:
    r"""The date of the first embedded post's signature in text, if any.

    >>> tweet_date("Сөз.\n— Ақорда (@AkordaPress) 14 мая 2019 г.\nСоңы")
    datetime.date(2019, 5, 14)
    """
    return next((d for m in TWEET_SIGNATURE.finditer(text) for d in [find_date(m.group("date"))] if d), None)


RATE_WORDS = frozenset("usd eur rub cny gbp kzt доллар евро еуро рубль юань теңге тенге курс курсы валют валюта "
                       "бағамы".split())


@lru_cache(maxsize=1024)
def is_furniture(line: str) -> bool:
    """A line of the page around the release: never a title, a date, a person or a figure.
    Memoised: the page's head, body and headline readers ask of the same lines.

    >>> is_furniture("22.06.2022 | 16:52"), is_furniture("898"), is_furniture("Фото: Акорда")
    (True, True, True)
    >>> is_furniture("usd/kzt 478.9 eur/kzt 459.98"), is_furniture("Мемлекет басшысы әкімді қабылдады")
    (True, False)
    >>> is_furniture("Орал - 100,1FM Тараз - 104,5 FM Көкшетау - 102,0FM"), is_furniture("облачноВ Костанае -7")
    (True, True)
    >>> is_furniture("в Актобе Пасмурно"), is_furniture("переменная облачность жел 2 м/с, В")
    (True, True)
    >>> is_furniture("USD 470,15 EUR 509,80 RUB 5,12"), is_furniture("Доллар 470,15 Евро 509,80 Рубль 5,12")
    (True, True)
    """
    key = line_key(line)
    if not key:
        return True
    f = furniture()
    if key in f.exact or key.rstrip(":") in f.related or key.startswith(f.prefixes):
        return True
    # "fm" in the casefolded key: a cheap test before counting the frequencies
    if ("fm" in key and len(FREQUENCY.findall(line)) >= FREQUENCY_LIST) or TWEET_SIGNATURE.match(line):
        return True
    if WEATHER.search(line) and len(line.split()) <= WEATHER_WORDS:
        return True
    if len(line.split()) <= WEATHER_TERM_WORDS and WEATHER_TERMS.search(line):
        return True
    if TODAY.match(line) and len(line) <= MAX_NEWS_DATELINE and find_date(line):
        return True  # the site's clock ("Сегодня 26 декабря 2024 года, четверг"), not the story's date
    # three words decide: a paragraph is not tokenised whole
    words = list(islice((w for w in (m.group() for m in WORDS.finditer(line)) if w.casefold() not in RATE_WORDS),
                        3))
    # timestamps, counters, rates: digits with at most a month name and "GMT" (an exchange-rate
    # widget's currency names do not count: "USD 470,15 EUR 509,80 RUB 5,12", "Доллар 470,15 Евро 509,80")
    return (len(words) <= 2 and any(ch.isdigit() for ch in line) and not _short_statement(line, words)) or not words


# "Построено 12 школ.", "— открыто 8 школ", "• 9 мектеп ашылды": two words and a number that end
# in a full stop or stand after a list marker are a sentence of the report; a counter or a stamp
# has neither (nor a verb-like second word)
STATEMENT_MARKER = re.compile(r"^\s*[-–—•*·]\s*\S|[^.\d\s]\.$")
CLOCK = re.compile(r"\d:[0-5]\d")


def _short_statement(line: str, words: list[str]) -> bool:
    """Whether a line of two words and a number reads as a sentence rather than a counter.

    >>> _short_statement("Построено 12 школ.", ["Построено", "школ"]), _short_statement("12 марта 2024 г.", ["марта", "г"])
    (True, False)
    >>> _short_statement("— открыто 8 школ", ["открыто", "школ"]), _short_statement("Просмотров: 2 431", ["Просмотров"])
    (True, False)
    """
    return (len(words) == 2 and all(len(w) >= 3 for w in words) and STATEMENT_MARKER.search(line.strip()) is not None
            and not CLOCK.search(line) and find_date(line) is None)


@lru_cache(maxsize=1024)
def related_header(line: str) -> bool:
    """A line that opens a block of other stories ("Читайте также", "Сондай-ақ оқыңыз:"),
    memoised as ``is_furniture``.

    >>> related_header("Читайте также:"), related_header("Сондай-ақ оқыңыз: Жаңа жол ашылды"), related_header("Popular")
    (True, True, True)
    """
    key = line_key(line).rstrip(":").strip()
    f = furniture()
    return key in f.related or bool(_related_prefix().match(key))


@lru_cache(maxsize=1)
def _related_prefix() -> re.Pattern[str]:
    headers = "|".join(re.escape(h) for h in sorted(furniture().related, key=len, reverse=True))
    return re.compile(rf"(?:{headers})(?::|\s.?.?$)")


def is_byline(line: str) -> bool:
    """Two or three capitalised words alone on a line: an author or a photographer.

    >>> is_byline("Zhanna Nurmaganbetova"), is_byline("Názıra JÁRIMBETOVA."), is_byline("Tokayev receives akims")
    (True, True, False)
    """
    return bool(NAME_LINE.fullmatch(line.strip()))
