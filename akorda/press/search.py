"""Search across the events of one language, with that language's text rules.

Why not Wagtail's search alone: its database backend indexes every language
with one text-search configuration, so on PostgreSQL a Russian «школ» would
not find «школы» and «индустриальная зона» would not find «индустриальных
зон». On PostgreSQL this module therefore builds the query itself with
django.contrib.postgres (SearchVector/SearchQuery/SearchRank/SearchHeadline)
over the title and the tag-stripped body, with the configuration of the
page's language: 'russian' and 'english' (Snowball stemming) and, as
PostgreSQL ships no Kazakh dictionary, 'simple' with prefix terms (``:*``)
so that Kazakh at least matches word beginnings. It computes on the fly
rather than from a stored tsvector column: the release archive is thousands
of pages, not millions, and a migration-free query stays correct whatever
edits the press service makes.

On other databases (SQLite in development) it falls back to Wagtail's search
(its SQLite FTS5 backend, exact tokens) and adds events whose words begin
with every query term, so prefix queries still work; morphology is
PostgreSQL's job. Only live, public pages are searched (``public_events``).
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

from akorda.press.models import public_events

CONFIGS = {"ru": "russian", "en": "english", "kk": "simple"}
PREFIX_LANGUAGES = {"kk"}
MAX_RESULTS = 100
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


def search_events(query: str, language: str, limit: int = MAX_RESULTS) -> list[SearchHit]:
    words = terms(query)
    locale = Locale.objects.filter(language_code=language).first()
    if not words or locale is None:
        return []
    if connection.vendor == "postgresql":
        return _postgres(query, words, language, locale, limit)
    return _fallback(query, words, locale, limit)


class _StripTags(Func):
    """Body HTML to text for tsvector/ts_headline: tags become spaces."""

    function = "regexp_replace"
    template = "%(function)s(%(expressions)s, '<[^>]+>', ' ', 'g')"
    output_field = TextField()


def _postgres(query: str, words: list[str], language: str, locale: Locale, limit: int) -> list[SearchHit]:
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector

    config = CONFIGS.get(language, "simple")
    if language in PREFIX_LANGUAGES or config == "simple":
        # Each term is \w+ only (see terms()), so quoting cannot be broken out of.
        tsquery = SearchQuery(" & ".join(f"'{w}':*" for w in words), config=config, search_type="raw")
    else:
        tsquery = SearchQuery(query, config=config, search_type="websearch")
    text = _StripTags(F("body"))
    vector = SearchVector("title", config=config, weight="A") + SearchVector(text, config=config, weight="B")
    qs = (
        public_events(locale)
        .annotate(document=vector)
        .filter(document=tsquery)  # @@: every term must match; ts_rank alone is >0 for partial matches
        .annotate(rank=SearchRank(vector, tsquery))
        .annotate(
            headline=SearchHeadline(
                Concat(F("title"), Value(". "), text, output_field=TextField()),
                tsquery,
                config=config,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        )
        .order_by("-rank", "-date", "-id")[:limit]
    )
    return [SearchHit(page, _marked(html.unescape(page.headline))) for page in qs]


def _marked(text: str) -> SafeString:
    """Escape a headline, then turn the sentinels into <mark>."""
    text = " ".join(text.split())
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


def _fallback(query: str, words: list[str], locale: Locale, limit: int) -> list[SearchHit]:
    base = public_events(locale)
    found: list = []
    try:
        found = list(base.search(query, operator="and")[:limit])
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
