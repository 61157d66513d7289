"""Keyset pages of the public events lists: a page starts after (or ends before) one event.

Why not page numbers: ``?page=1667`` made PostgreSQL read and drop 16,660
rows before the ten shown (65 ms p95 against 36 ms for page 1 at 100,000
events), and counting the list for "page N of M" read all of it on every
request. Here the Older link names the last event shown (``?after=<id>``) and
the Newer link the first (``?before=<id>``); the page is the next ten rows of
the (locale, date) index from that event's sort keys (akorda.core.keyset,
which the API's ``after=`` pages use too), so every page costs what the first
does. Near the top, Newer pages keep to the first page's boundaries, so walking
back shows each event once and ends on exactly the first page (``_before``).
A link stays valid and shows the same events as long as they are listed: the
position is read from the event's listing row whatever its state, so an event
unpublished since still marks its place; an unknown id shows the first page.
Old ``?page=N`` links keep working (by OFFSET, as before).
"""
from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import F, QuerySet
from django.http import HttpRequest
from django.utils import translation

from akorda.core.keyset import Key, after, ordered
from akorda.press.index import EventListing
from akorda.press.listing import PAGE_SIZE, pages_of
from akorda.press.text import format_long_date

# The list order (akorda.press.listing.LIST_ORDER) as keyset keys; the last one is unique.
LIST_KEYS = (
    Key("list_date", F("date"), descending=True),
    Key("list_published", F("first_published_at"), descending=True, nullable=True),
    Key("list_id", F("page_id"), descending=True),
)
MAX_ID = 2**63 - 1
MAX_LEGACY_PAGE = 100_000


@dataclass
class KeysetPage:
    """One page of events and the positions its Newer and Older links start from."""

    object_list: list
    newer: int | None  # ``before=`` for the Newer link; None on the first page
    older: int | None  # ``after=`` for the Older link; None when nothing older follows
    newest_date: datetime.date | None = None
    oldest_date: datetime.date | None = None

    def __iter__(self) -> Iterator:
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    @property
    def dates(self) -> str:
        """The days the page spans, as the site prints datelines (what the pager shows, not a number)."""
        if self.newest_date is None or self.oldest_date is None:
            return ""
        language = translation.get_language() or "kk"
        newest = format_long_date(self.newest_date, language)
        if self.oldest_date == self.newest_date:
            return newest
        return f"{newest} – {format_long_date(self.oldest_date, language)}"

    @property
    def has_other_pages(self) -> bool:
        return self.newer is not None or self.older is not None


def _cursor(raw: str | None, limit: int = MAX_ID) -> int | None:
    """A positive integer from the query string, or None for anything else."""
    if raw is None or not (raw.isascii() and raw.isdigit()):  # "²".isdigit(), and int() refuses it
        return None
    value = int(raw)
    return value if 0 < value <= limit else None


def position(page_id: int) -> list[Any] | None:
    """The sort keys of an event's listing row, listed or not; None if it has no row."""
    row = ordered(EventListing.objects.filter(pk=page_id), LIST_KEYS).values_list(*(k.name for k in LIST_KEYS))
    values = row.first()
    return list(values) if values is not None else None


def _page(rows: list[EventListing], newer: int | None, older: int | None) -> KeysetPage:
    return KeysetPage(
        object_list=pages_of(rows),
        newer=newer,
        older=older,
        newest_date=rows[0].date if rows else None,
        oldest_date=rows[-1].date if rows else None,
    )


def _first(qs: QuerySet, per_page: int) -> KeysetPage:
    rows = list(ordered(qs, LIST_KEYS)[:per_page + 1])
    older = rows[per_page - 1].page_id if len(rows) > per_page else None
    return _page(rows[:per_page], None, older)


def _after(qs: QuerySet, start: list[Any], per_page: int) -> KeysetPage:
    rows = list(after(ordered(qs, LIST_KEYS), LIST_KEYS, start)[:per_page + 1])
    older = rows[per_page - 1].page_id if len(rows) > per_page else None
    rows = rows[:per_page]
    # The Newer link from an empty page (the position was the oldest event) starts before that event.
    newer = rows[0].page_id if rows else start[-1]
    return _page(rows, newer, older)


def _before(qs: QuerySet, start: list[Any], per_page: int) -> KeysetPage:
    """The page that ends right before ``start``, on the pages the first one begins.

    Reading back ten rows from any position would give pages that straddle the
    first page's end when the position is less than two pages from the top (a
    link made before newer events were published, the oldest page of an old
    ``?page=N`` link, a hand-made ``?before=``): the page before the 14th event
    would be events 4-13, and its own Newer link the first page, events 1-10
    again. So up to two pages are read back: within one page of the top, the
    first page; within two, only the events between the first page and the
    position (a short page), whose Newer link is the first page itself."""
    rows = list(after(ordered(qs, LIST_KEYS, reverse=True), LIST_KEYS, start, reverse=True)[:2 * per_page])
    if len(rows) <= per_page:
        return _first(qs, per_page)
    rows = rows[:min(per_page, len(rows) - per_page)][::-1]
    last = rows[-1]
    more = after(ordered(qs, LIST_KEYS), LIST_KEYS, [getattr(last, k.name) for k in LIST_KEYS]).exists()
    return _page(rows, rows[0].page_id, last.page_id if more else None)


def _numbered(qs: QuerySet, number: int, per_page: int) -> KeysetPage:
    """An old ``?page=N`` link, by OFFSET as before; past the end, the oldest page (as Django's get_page)."""
    start = (number - 1) * per_page
    rows = list(ordered(qs, LIST_KEYS)[start:start + per_page + 1])
    if not rows:
        rows = list(ordered(qs, LIST_KEYS, reverse=True)[:per_page + 1])
        if len(rows) <= per_page:
            return _first(qs, per_page)
        rows = rows[:per_page][::-1]
        return _page(rows, rows[0].page_id, None)
    older = rows[per_page - 1].page_id if len(rows) > per_page else None
    rows = rows[:per_page]
    return _page(rows, rows[0].page_id, older)


def keyset_page(request: HttpRequest, qs: QuerySet[EventListing], per_page: int = PAGE_SIZE) -> KeysetPage:
    """The page of listing rows (akorda.press.listing.listed_events) the query string asks for."""
    # The search document (a tsvector, most of the row) is not shown. Not on an old numbered
    # page: there the narrower row tips PostgreSQL into sorting the whole list for the OFFSET.
    light = qs.defer("document")
    for name, step in (("after", _after), ("before", _before)):
        page_id = _cursor(request.GET.get(name))
        start = position(page_id) if page_id is not None else None
        if start is not None:
            return step(light, start, per_page)
    number = _cursor(request.GET.get("page"), MAX_LEGACY_PAGE)
    if number is not None and number > 1:
        return _numbered(qs, number, per_page)
    return _first(light, per_page)
