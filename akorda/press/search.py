"""Search across the events of one language, with that language's text rules.

On PostgreSQL the search reads a stored tsvector per event
(``press_eventlisting.document``, built on publication with the page
language's configuration: 'russian', 'english' and our 'kazakh'; see
akorda.press.index) through its GIN index. Only the matching rows are
ranked (``ts_rank`` on the ``@@`` matches, the best ``MAX_RESULTS``
among the newest ``RANK_WINDOW`` of them), and ``ts_headline``, which re-parses a whole body, runs only for the ten hits of
the page shown (:class:`Hits`). Russian and English queries are stemmed
(websearch syntax); Kazakh has no stemmer in PostgreSQL, so each Kazakh term
is matched as a word beginning (``:*``) after :func:`kazakh_stem` drops the
common inflectional endings, so «мектептерде» finds «мектеп», «мектептер».

Wagtail's own search index is not what the public search reads on
PostgreSQL; it is kept for the admin's page search, which editors use. On
other databases (SQLite in development) this falls back to Wagtail's search
(its SQLite FTS5 backend, exact tokens) and adds events whose words begin
with every query term, so prefix queries still work; morphology is
PostgreSQL's job. Only live, public events are searched.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale

from akorda.press.index import DEFAULT_CONFIG, SEARCH_CONFIGS
from akorda.press.listing import listed_events
from akorda.press.models import EventPage, public_events

CONFIGS = SEARCH_CONFIGS
PREFIX_LANGUAGES = {"kk"}
# Kazakh inflectional endings (plural, case, possessive), longest first. Written
# here because PostgreSQL has no Kazakh dictionary and Snowball no Kazakh stemmer;
# it only shortens *query* terms, which are then matched as word beginnings.
KAZAKH_ENDINGS = tuple(sorted({
    "лардың", "лердің", "дардың", "дердің", "тардың", "тердің",
    "ларда", "лерде", "дарда", "дерде", "тарда", "терде", "ларға", "лерге", "дарға", "дерге", "тарға", "терге",
    "лары", "лері", "дары", "дері", "тары", "тері", "лар", "лер", "дар", "дер", "тар", "тер",
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "да", "де", "та", "те",
    "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "ды", "ді", "ты", "ті", "ны", "ні",
    "сы", "сі", "ы", "і",
}, key=len, reverse=True))
MIN_STEM = 4
MAX_RESULTS = 100
RANK_WINDOW = 500
FALLBACK_SCAN = 2000  # newest events scanned for prefix matches off PostgreSQL
_START, _STOP = "\x02", "\x03"  # sentinels ts_headline wraps matches in; escaped text cannot contain them
_WORD = re.compile(r"\w+", re.U)


@dataclass(frozen=True)
class SearchHit:
    page: object
    snippet: SafeString


def terms(query: str) -> list[str]:
    """The query's words, lowercased; punctuation and tsquery operators drop out.

    >>> terms("«Индустриальная  зона» & 'x':*")
    ['индустриальная', 'зона', 'x']
    """
    return [w.lower() for w in _WORD.findall(query or "")][:20]


def search_events(query: str, language: str, limit: int = MAX_RESULTS) -> Hits | list[SearchHit]:
    words = terms(query)
    locale = Locale.objects.filter(language_code=language).first()
    if not words or locale is None:
        return []
    if connection.vendor == "postgresql":
        return _postgres(query, words, language, locale, limit)
    return _fallback(query, words, locale, limit)


def kazakh_stem(word: str) -> str:
    """Drop one common Kazakh ending while at least ``MIN_STEM`` letters remain.

    >>> kazakh_stem("мектептерде"), kazakh_stem("мектеп"), kazakh_stem("жылы")
    ('мектеп', 'мектеп', 'жылы')
    """
    for _ in range(2):  # plural + case: мектеп-тер-де
        for ending in KAZAKH_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
        else:
            break
    return word


class _StripTags(Func):
    """Body HTML to text for ts_headline: tags become spaces."""

    function = "regexp_replace"
    template = "%(function)s(%(expressions)s, '<[^>]+>', ' ', 'g')"
    output_field = TextField()


def _tsquery(query: str, words: list[str], language: str):
    from django.contrib.postgres.search import SearchQuery

    config = CONFIGS.get(language, DEFAULT_CONFIG)
    if language in PREFIX_LANGUAGES or config == DEFAULT_CONFIG:
        stems = [kazakh_stem(w) if language == "kk" else w for w in words]
        # Each term is \w+ only (see terms()), so quoting cannot be broken out of.
        return SearchQuery(" & ".join(f"'{w}':*" for w in stems), config=config, search_type="raw")
    return SearchQuery(query, config=config, search_type="websearch")


class Hits:
    """The ranked matches (ids only); pages and headlines are built per slice shown.

    Paginator takes ``len()`` and a slice; iterating gives every hit (tests, API).
    """

    def __init__(self, ids: list[int], tsquery, config: str):
        self.ids, self.tsquery, self.config = ids, tsquery, config

    def __len__(self) -> int:
        return len(self.ids)

    def count(self) -> int:
        return len(self.ids)

    def __iter__(self):
        return iter(self[0:len(self.ids)])

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key:key + 1][0]
        return self._hits(self.ids[key])

    def _hits(self, ids: list[int]) -> list[SearchHit]:
        from django.contrib.postgres.search import SearchHeadline

        if not ids:
            return []
        text = _StripTags(F("body"))
        pages = EventPage.objects.filter(pk__in=ids).select_related("locale").annotate(
            headline=SearchHeadline(
                Concat(F("title"), Value(". "), text, output_field=TextField()),
                self.tsquery,
                config=self.config,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        ).in_bulk()
        return [SearchHit(pages[i], _marked(html.unescape(pages[i].headline))) for i in ids if i in pages]


def ranked_matches(query: str, language: str, locale: Locale, limit: int = MAX_RESULTS) -> tuple[list[int], object]:
    """The ids of the best ``limit`` matches and the tsquery.

    One query: the newest ``RANK_WINDOW`` rows matching ``@@`` (through the GIN
    index for rare words; for a word in a third of the archive, walking the
    (locale, date) index is cheaper and PostgreSQL does that), each with its
    ``ts_rank``; the ranking of those few hundred is done here. Ranking every
    match of a common word would cost tens of thousands of ``ts_rank`` calls per
    search, and news readers look for recent events first (older ones are a
    date filter away).
    """
    from django.contrib.postgres.search import SearchRank

    tsquery = _tsquery(query, terms(query), language)
    rows = list(
        matches_queryset(locale, tsquery)
        .annotate(rank=SearchRank(F("document"), tsquery))
        .values_list("page_id", "rank")[:RANK_WINDOW]
    )
    # Rows come newest first; a stable sort by rank keeps that order among equals.
    rows.sort(key=lambda row: -row[1])
    return [page_id for page_id, _ in rows[:limit]], tsquery


def matches_queryset(locale: Locale, tsquery):
    """Listed events of ``locale`` matching ``tsquery``, newest first."""
    return listed_events(locale).filter(document=tsquery)


def _postgres(query: str, words: list[str], language: str, locale: Locale, limit: int) -> Hits:
    ids, tsquery = ranked_matches(query, language, locale, limit)
    return Hits(ids, tsquery, CONFIGS.get(language, DEFAULT_CONFIG))


def _marked(text: str) -> SafeString:
    """Escape a headline, then turn the sentinels into <mark>."""
    text = " ".join(text.split())
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


def _fallback(query: str, words: list[str], locale: Locale, limit: int) -> list[SearchHit]:
    base = public_events(locale)
    found: list = []
    try:
        found = list(base.search(query, operator="and")[:limit])  # type: ignore[attr-defined]  # Wagtail's search mixin
    except Exception:
        found = []
    seen = {p.id for p in found}
    for page in base[:FALLBACK_SCAN]:
        if len(found) >= limit:
            break
        if page.id in seen:
            continue
        tokens = [t.lower() for t in _WORD.findall(page.title + " " + " ".join(page.paragraphs()))]
        if all(any(t.startswith(w) for t in tokens) for w in words):
            found.append(page)
            seen.add(page.id)
    return [SearchHit(page, window_snippet(" ".join([page.title + ".", *page.paragraphs()]), words)) for page in found]


def window_snippet(text: str, words: list[str], width: int = 30) -> SafeString:
    """About ``width`` words around the first word that begins with a query term.

    >>> str(window_snippet("Построено 13 школ на 13,8 тыс. мест", ["школ"], width=4))
    'Построено 13 <mark>школ</mark> на …'
    """
    tokens = text.split()
    hit = next(
        (i for i, token in enumerate(tokens) if any(_starts(token, w) for w in words)),
        0,
    )
    start = max(0, hit - width // 2)
    end = min(len(tokens), start + width)
    out = []
    for token in tokens[start:end]:
        out.append(f"<mark>{escape(token)}</mark>" if any(_starts(token, w) for w in words) else escape(token))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return mark_safe(prefix + " ".join(out) + suffix)


def _starts(token: str, word: str) -> bool:
    match = _WORD.search(token)
    return match is not None and match.group(0).lower().startswith(word)
