"""What the public may see of the events' lists, and the filters the lists offer.

Every list (home, Events section, rubric, archive, search, feeds, sitemap)
starts from :func:`listed_events`, and every other public path (the short
URL, search off PostgreSQL) from ``akorda.press.models.public_events``, so a
draft or a scheduled page (``live`` is False until Wagtail's
``publish_scheduled`` makes it live) and a page behind a view restriction
reach nobody by any of them (issue 2, item 8).

Below the page models, which call it: it reads the listing rows and the tag
tables, and the pages pass in the scope of a list (its language and rubric).
"""
from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from babel.dates import format_date, get_day_names
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, QueryDict
from taggit.models import Tag
from wagtail.models import Locale, Page

from akorda.core.cache import memoized
from akorda.core.sitecache import site_snapshot
from akorda.press.index import EventListing
from akorda.press.tagging import EventPersonTag, EventRegionTag

PAGE_SIZE = 10
LIST_ORDER = ("-date", "-first_published_at", "-page_id")


def listed_events(locale: Locale, rubric: Page | None = None) -> QuerySet[EventListing]:
    """Rows of :class:`~akorda.press.index.EventListing` that the public may see, newest first.

    Every event of ``locale`` (what a home page or the Events section lists:
    there is one of each per locale), or only those of ``rubric``. The list
    keys are in one narrow table with partial indexes, so a page of a list,
    its count and a deep page read an index, not the archive. Live only,
    nothing under a view restriction.
    """
    qs = EventListing.objects.filter(live=True, locale=locale)
    if rubric is not None:
        qs = qs.filter(rubric_id=rubric.pk)
    for path in site_snapshot().restricted_paths:  # the request's snapshot (one cache read), not a query
        qs = qs.exclude(page__path__startswith=path)
    return qs.order_by(*LIST_ORDER)


def pages_of(rows: Iterable[EventListing]) -> list:
    """The event pages of listing rows, in the rows' order, in one query (through the rows' own link)."""
    ids = [row.page_id for row in rows]
    linked = EventListing.objects.filter(page_id__in=ids).select_related("page__locale")
    pages = {row.page_id: row.page for row in linked}
    return [pages[i] for i in ids if i in pages]


def _parse_date(value: str | None) -> datetime.date | None:
    """An ISO date from a query string, or None for anything else.

    >>> _parse_date("2024-06-14"), _parse_date("14.06.2024"), _parse_date("")
    (datetime.date(2024, 6, 14), None, None)
    """
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        return None


@dataclass
class EventFilters:
    """The list filters, read from the query string; invalid values are ignored.

    A reader who types a wrong date gets the unfiltered list and the form shows
    the field empty again, rather than a server error.
    """

    rubric: str = ""
    rubric_page: Page | None = None
    date: datetime.date | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    region: str = ""
    person: str = ""
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query: QueryDict, rubrics: dict[str, Page]) -> EventFilters:
        """``rubrics`` maps rubric codes to the rubric pages of the list's locale."""
        f = cls()
        rubric = query.get("rubric", "")
        if rubric in rubrics:
            f.rubric, f.rubric_page = rubric, rubrics[rubric]
        for name in ("date", "date_from", "date_to"):
            raw = query.get(name, "")
            value = _parse_date(raw)
            if raw and value is None:
                f.errors.append(name)
            setattr(f, name, value)
        f.region = query.get("region", "")[:100]
        f.person = query.get("person", "")[:100]
        return f

    @property
    def active(self) -> bool:
        return any([self.rubric, self.date, self.date_from, self.date_to, self.region, self.person])

    def apply(self, qs: QuerySet) -> QuerySet:
        """Filters listing rows (:func:`listed_events`); tags as semi-joins, so no DISTINCT."""
        if self.rubric_page is not None:
            qs = qs.filter(rubric_id=self.rubric_page.pk)
        if self.date:
            qs = qs.filter(date=self.date)
        if self.date_from:
            qs = qs.filter(date__gte=self.date_from)
        if self.date_to:
            qs = qs.filter(date__lte=self.date_to)
        if self.region:
            qs = qs.filter(Exists(EventRegionTag.objects.filter(content_object_id=OuterRef("page_id"), tag__slug=self.region)))
        if self.person:
            qs = qs.filter(Exists(EventPersonTag.objects.filter(content_object_id=OuterRef("page_id"), tag__slug=self.person)))
        return qs


def paginate(request: HttpRequest, items, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """Django's paginator, for search hits (a bounded, ranked list); a page number out of
    range shows the last page, not an error. The events lists page by keyset
    (akorda.press.pager), whose cost does not grow with the page's depth."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def tag_facets(through: type[EventRegionTag | EventPersonTag], locale: Locale, rubric: Page | None = None) -> list[Tag]:
    """Tags used by the listed events (region or person) of a list's scope, by name.

    One EXISTS per tag; still, a tag of another language checks every event it
    is on, so the result is kept (``memoized``) until an event of this language
    changes (the ``events:<lang>`` tag akorda.press.caching bumps).
    """

    def compute() -> list[Tag]:
        events = listed_events(locale, rubric).filter(page_id=OuterRef("content_object_id")).order_by()
        used = through.objects.filter(tag_id=OuterRef("pk")).filter(Exists(events))
        return list(Tag.objects.filter(Exists(used)).order_by("name"))

    key = f"facets:{through._meta.label_lower}:{locale.pk}:{rubric.pk if rubric else ''}"
    return memoized(key, ("site", f"events:{locale.language_code}"), compute)


# What a page's position is given by: numbered pages (search), keyset pages (lists).
POSITION_PARAMS = ("page", "after", "before")


def query_without_page(request: HttpRequest) -> str:
    """The current filters as a query string, for the pager's links."""
    query = request.GET.copy()
    for name in POSITION_PARAMS:
        query.pop(name, None)
    return query.urlencode()


@dataclass(frozen=True)
class CalendarDay:
    date: datetime.date
    in_month: bool
    count: int


@dataclass(frozen=True)
class MonthCalendar:
    year: int
    month: int
    title: str
    weekdays: list[str]
    weeks: list[list[CalendarDay]]
    previous: datetime.date
    next: datetime.date


def month_calendar(qs: QuerySet, year: int, month: int, language: str) -> MonthCalendar:
    """A month grid (weeks from Monday, as in Kazakhstan) with each day's event count."""
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    counts: dict[datetime.date, int] = {}
    for day in qs.filter(date__range=(first, last)).values_list("date", flat=True):
        counts[day] = counts.get(day, 0) + 1
    weeks = [
        [CalendarDay(d, d.month == month, counts.get(d, 0)) for d in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    names = get_day_names("abbreviated", locale=language)
    return MonthCalendar(
        year=year,
        month=month,
        title=format_date(first, "LLLL y", locale=language),
        weekdays=[names[i] for i in range(7)],
        weeks=weeks,
        previous=(first - datetime.timedelta(days=1)).replace(day=1),
        next=last + datetime.timedelta(days=1),
    )
