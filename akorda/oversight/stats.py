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

from django.db.models import OuterRef, QuerySet, Subquery
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


POINT_FIELDS = ("meeting__region_id", "indicator_id", "period", "period_start", "period_end",
                "meeting__report_period", "meeting__date", "value", "unit", "id", "meeting_id")


def points(facts: QuerySet[Fact]) -> list[Point]:
    """One point per (region, indicator, period); the latest meeting's figure wins.

    Read as tuples in chunks rather than as model instances: the dashboards rank
    every confirmed figure of the country, and with a million of them objects
    would cost most of the time and the memory (scripts/bench_scale.py).
    """
    best: dict[tuple, tuple[tuple, Point]] = {}
    language = get_language() or "ru"
    rows = facts.order_by("meeting__date", "meeting_id", "span_start", "id").values_list(*POINT_FIELDS)
    for region_id, indicator_id, period, start, end, report_period, meeting_date, value, unit, pk, meeting_id \
            in rows.iterator(chunk_size=5000):
        label = period or report_period or (meeting_date.isoformat() if meeting_date else "")
        if start and end:
            label = format_period(start, end, label, language)
        key = end or start or meeting_date or datetime.date.min
        point = Point(region_id, indicator_id, label, key, value, unit, pk, meeting_id, meeting_date)
        slot = (point.region_id, point.indicator_id, label)
        order = (meeting_date or datetime.date.min, meeting_id)
        # Within one meeting the first statement of an indicator is its headline figure.
        if slot not in best or order > best[slot][0]:
            best[slot] = (order, point)
    return sorted((p for _, p in best.values()), key=lambda p: (p.indicator_id, p.sort_key, p.region_id))


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


def meetings_with_figures(facts: QuerySet[Fact], region) -> list[Meeting]:
    ids = facts.filter(meeting__region=region).values_list("meeting_id", flat=True).distinct()
    return list(Meeting.objects.filter(pk__in=list(ids)).order_by("-date", "-id"))


def headline(facts: QuerySet[Fact], meeting: Meeting) -> dict[int | None, Fact]:
    """Indicator id -> the meeting's first confirmed figure of it."""
    out: dict[int | None, Fact] = {}
    for fact in facts.filter(meeting=meeting).order_by("span_start", "id"):
        out.setdefault(fact.indicator_id, fact)
    return out


def compare_meetings(facts: QuerySet[Fact], latest: Meeting | None, previous: Meeting | None) -> list[Change]:
    """The latest meeting's figures beside the previous one's, indicator by indicator."""
    new = headline(facts, latest) if latest else {}
    old = headline(facts, previous) if previous else {}
    indicators = Indicator.objects.in_bulk(set(new) | set(old))
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
