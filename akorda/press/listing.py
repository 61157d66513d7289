"""What the public may see of events, and the filters the lists offer.

Every public path (pages, lists, archive, search, feeds, sitemap, short URL)
starts from ``akorda.press.models.public_events``, so a draft or a scheduled page (``live`` is
False until Wagtail's ``publish_scheduled`` makes it live) and a page behind a
view restriction (``public()``) reach nobody by any of them (issue 2, item 8).
"""
from __future__ import annotations

import calendar
import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from babel.dates import format_date, get_day_names
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from wagtail.models import Page
from wagtail.query import PageQuerySet

PAGE_SIZE = 10


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

    def apply(self, qs: PageQuerySet) -> PageQuerySet:
        if self.rubric_page is not None:
            qs = qs.descendant_of(self.rubric_page)
        if self.date:
            qs = qs.filter(date=self.date)
        if self.date_from:
            qs = qs.filter(date__gte=self.date_from)
        if self.date_to:
            qs = qs.filter(date__lte=self.date_to)
        if self.region:
            qs = qs.filter(tagged_regions__tag__slug=self.region)
        if self.person:
            qs = qs.filter(tagged_persons__tag__slug=self.person)
        return qs.distinct()


def paginate(request: HttpRequest, qs: QuerySet[Any] | Sequence[Any], per_page: int = PAGE_SIZE) -> PaginatorPage:
    """Django's paginator; a page number out of range shows the last page, not an error."""
    return Paginator(qs, per_page).get_page(request.GET.get("page"))


def query_without_page(request: HttpRequest) -> str:
    """The current filters as a query string, for the pager's links."""
    query = request.GET.copy()
    query.pop("page", None)
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
