"""Figures over time, across regions: what the dashboards and the compare view show.

Only confirmed figures count (issue 5), and only those the user may see
(``visible_facts``). A point is one region's value of one catalog indicator
for one reporting period; when several meetings report the same period, the
latest meeting's figure stands.
"""
from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import CharField, Exists, F, Max, Min, OuterRef, Q, QuerySet, Subquery, Value, Window
from django.db.models.functions import Cast, Coalesce, NullIf, RowNumber
from django.utils.translation import get_language

from akorda.records.formatting import format_period
from akorda.records.models import Fact, Indicator, Meeting, ReviewStatus
from akorda.records.visibility import visible_facts


def lower_is_better(indicator: Indicator) -> bool:
    """The indicator's own direction (records migration 0003 sets it from the catalog)."""
    return not indicator.higher_is_better


@dataclass(frozen=True)
class Point:
    region_id: int | None
    indicator_id: int | None
    period: str
    sort_key: datetime.date
    value: Decimal
    unit: str
    fact_id: int
    meeting_id: int
    meeting_date: datetime.date | None


def confirmed_facts(user) -> QuerySet[Fact]:
    return (visible_facts(user)
            .filter(status=ReviewStatus.CONFIRMED, indicator__isnull=False, meeting__region__isnull=False)
            .select_related("meeting", "indicator"))


def period_of(fact: Fact, language: str | None = None) -> tuple[str, datetime.date]:
    """The period a figure is about, in the reader's language when its dates are
    known (the extracted text is in the release's language), and a date to
    order periods by."""
    meeting = fact.meeting
    label = fact.period or meeting.report_period or (meeting.date.isoformat() if meeting.date else "")
    if fact.period_start and fact.period_end:
        label = format_period(fact.period_start, fact.period_end, label, language or get_language() or "ru")
    key = fact.period_end or fact.period_start or meeting.date or datetime.date.min
    return label, key


POINT_FIELDS = ("region_id", "indicator_id", "label", "period_start", "period_end", "meeting__date",
                "value", "unit", "id", "meeting_id")


def points(facts: QuerySet[Fact]) -> list[Point]:
    """One point per (region, indicator, period); the latest meeting's figure wins.

    Within one meeting the first statement of an indicator is its headline
    figure. The choice is made in the database (ROW_NUMBER over each region,
    indicator and period), so only the points travel to Python: the dashboards
    rank every confirmed figure of the country, and reading a million of them
    took most of a minute (scripts/bench_scale.py, docs/benchmarks.md).
    """
    label = Coalesce(NullIf(F("period"), Value("")), NullIf(F("meeting__report_period"), Value("")),
                     Cast("meeting__date", CharField()), Value(""), output_field=CharField())
    ranked = facts.annotate(
        region_id=F("meeting__region_id"),
        label=label,
        place=Window(RowNumber(), partition_by=[F("meeting__region_id"), F("indicator_id"), label],
                     order_by=[F("meeting__date").desc(nulls_last=True), F("meeting_id").desc(),
                               F("span_start").asc(), F("id").asc()]),
    ).filter(place=1)
    out = []
    language = get_language() or "ru"
    for region_id, indicator_id, period, start, end, meeting_date, value, unit, pk, meeting_id \
            in ranked.values_list(*POINT_FIELDS):
        key = end or start or meeting_date or datetime.date.min
        if start and end:  # the period in the reader's language, from the figure's dates
            period = format_period(start, end, period, language)
        out.append(Point(region_id, indicator_id, period, key, value, unit, pk, meeting_id, meeting_date))
    return sorted(out, key=lambda p: (p.indicator_id, p.sort_key, p.region_id))


# The dashboards show the last few years of each indicator and rank only those
# (issue 10: ranking every confirmed figure of the country took 35 s at a
# million figures); older years are a page further in the compare view.
PERIOD_YEARS = 3


def years_window(last_year: int, page: int = 1) -> tuple[datetime.date, datetime.date]:
    """The dates of the ``page``-th window of PERIOD_YEARS years back from ``last_year``.

    >>> years_window(2024)
    (datetime.date(2022, 1, 1), datetime.date(2024, 12, 31))
    >>> years_window(2024, page=2)
    (datetime.date(2019, 1, 1), datetime.date(2021, 12, 31))
    """
    high = last_year - (page - 1) * PERIOD_YEARS
    return datetime.date(high - PERIOD_YEARS + 1, 1, 1), datetime.date(high, 12, 31)


def within(facts: QuerySet[Fact], windows: dict[int, tuple[datetime.date, datetime.date]]) -> QuerySet[Fact]:
    """The figures of the given indicators whose period falls in each one's window.

    A point's time is its period's end (its start, or the meeting's date, when
    the figure has no end), the same date ``points`` orders by; filtering on it
    before ranking keeps the window function to the figures a page shows.
    Windows are whole years, so every figure whose period reads the same as a
    shown one is ranked with it (the label names months, not days).
    """
    if not windows:
        return facts.none()
    undated_key = Coalesce("period_start", "meeting__date")
    where = Q()
    for indicator_id, (low, high) in windows.items():
        # Two flat terms per indicator, each led by (indicator, period_end):
        # PostgreSQL then reads records_fact_indicator_period by range (a
        # nested OR under one indicator left it a filter over every figure).
        where |= Q(indicator_id=indicator_id, period_end__range=(low, high))
        where |= Q(indicator_id=indicator_id, period_end__isnull=True, undated_key__range=(low, high))
    return facts.alias(undated_key=undated_key).filter(where)


def last_years(facts: QuerySet[Fact]) -> dict[int, tuple[datetime.date, datetime.date]]:
    """Indicator id -> the window of the latest PERIOD_YEARS years it has figures for."""
    latest = (facts.order_by().values("indicator_id")
              .annotate(high=Max(Coalesce("period_end", "period_start", "meeting__date"))))
    return {row["indicator_id"]: years_window(row["high"].year) for row in latest if row["high"]}


def time_span(facts: QuerySet[Fact]) -> tuple[int, int] | None:
    """The first and last year the figures are about, or None when there are none."""
    key = Coalesce("period_end", "period_start", "meeting__date")
    span = facts.aggregate(low=Min(key), high=Max(key))
    return (span["low"].year, span["high"].year) if span["high"] else None


def periods(pts: list[Point]) -> list[str]:
    """Period labels in time order."""
    keys: dict[str, datetime.date] = {}
    for p in pts:
        keys[p.period] = max(keys.get(p.period, datetime.date.min), p.sort_key)
    return sorted(keys, key=lambda label: (keys[label], label))


def ranks(pts: list[Point], indicator: Indicator) -> dict[tuple[str, int | None], tuple[int, int]]:
    """(period, region_id) -> (rank, regions reporting) for one indicator.

    Rank 1 is the best: the highest value, or the lowest when lower is better
    (unemployment, a reported rank). Equal values share a rank (competition ranking).
    """
    by_period: dict[str, list[Point]] = defaultdict(list)
    for p in pts:
        if p.indicator_id == indicator.pk:
            by_period[p.period].append(p)
    out: dict[tuple[str, int | None], tuple[int, int]] = {}
    lower_better = lower_is_better(indicator)
    for period, items in by_period.items():
        values = sorted((p.value for p in items), reverse=not lower_better)
        for p in items:
            out[(period, p.region_id)] = (values.index(p.value) + 1, len(items))
    return out


@dataclass(frozen=True)
class Change:
    indicator: Indicator
    latest: Fact | None
    previous: Fact | None

    @property
    def delta(self) -> Decimal | None:
        if self.latest is None or self.previous is None or self.latest.unit != self.previous.unit:
            return None
        return self.latest.value - self.previous.value

    @property
    def percent(self) -> Decimal | None:
        delta = self.delta
        if delta is None or self.previous is None or self.latest is None or not self.previous.value \
                or self.latest.unit in ("%", "rank"):
            return None
        return (delta / abs(self.previous.value) * 100).quantize(Decimal("0.1"))

    @property
    def better(self) -> bool | None:
        delta = self.delta
        if not delta:
            return None
        lower_better = lower_is_better(self.indicator)
        return (delta < 0) if lower_better else (delta > 0)


def meetings_with_figures(facts: QuerySet[Fact], region, limit: int) -> list[Meeting]:
    """The region's latest ``limit`` meetings with a figure in ``facts``, newest first."""
    with_figure = facts.filter(meeting=OuterRef("pk"))
    meetings = with_period(Meeting.objects.filter(region=region).filter(Exists(with_figure)))
    return list(meetings.order_by("-date", "-id")[:limit])


def headlines(facts: QuerySet[Fact], meetings: list[Meeting]) -> dict[int, dict[int | None, Fact]]:
    """Meeting id -> indicator id -> the meeting's first confirmed figure of it, in one query."""
    out: dict[int, dict[int | None, Fact]] = {m.pk: {} for m in meetings}
    for fact in facts.filter(meeting__in=[m.pk for m in meetings]).order_by("meeting_id", "span_start", "id"):
        out[fact.meeting_id].setdefault(fact.indicator_id, fact)
    return out


def compare_meetings(facts: QuerySet[Fact], latest: Meeting | None, previous: Meeting | None,
                     known: dict[int, dict[int | None, Fact]] | None = None) -> list[Change]:
    """The latest meeting's figures beside the previous one's, indicator by indicator
    (``known``: the headlines already read, from ``headlines``)."""
    wanted = [m for m in (latest, previous) if m is not None]
    known = known if known is not None and all(m.pk in known for m in wanted) else headlines(facts, wanted)
    new = known[latest.pk] if latest else {}
    old = known[previous.pk] if previous else {}
    indicators: dict[int, Indicator] = {}
    for i in set(new) | set(old):
        indicator = (new.get(i) or old[i]).indicator  # selected with the figure (confirmed_facts)
        if i is not None and indicator is not None:
            indicators[i] = indicator
    rows = [Change(indicators[i], new.get(i), old.get(i)) for i in indicators]
    return sorted(rows, key=lambda c: c.indicator.name())


def with_period(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Annotate the dates of the period a meeting reports on (its first dated
    figure's), so ``meeting_period`` needs no query per row."""
    dated = Fact.objects.filter(meeting=OuterRef("pk"), period_start__isnull=False,
                                period_end__isnull=False).order_by("span_start", "id")
    return meetings.annotate(period_from=Subquery(dated.values("period_start")[:1]),
                             period_to=Subquery(dated.values("period_end")[:1]))


def meeting_period(meeting: Meeting, language: str | None = None) -> str:
    """The period a meeting reports on, in the reader's language when its dates
    are known; ``report_period`` is the release's own (often English) words."""
    if hasattr(meeting, "period_from"):
        annotated: Any = meeting  # with_period's annotations
        start, end = annotated.period_from, annotated.period_to
    else:
        fact = (meeting.facts.filter(period_start__isnull=False, period_end__isnull=False)
                .order_by("span_start", "id").first())
        start, end = (fact.period_start, fact.period_end) if fact else (None, None)
    return format_period(start, end, meeting.report_period, language or get_language() or "ru")
