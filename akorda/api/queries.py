"""What a caller's filters select, in the order the lists are paged.

Each list is ordered by keys that end with the primary key, so that a row's
keys name its place exactly: the keyset pages of ``akorda.api.paging`` start
after them instead of counting rows with OFFSET (13 s at a million figures,
docs/benchmarks.md). Undated meetings and items without a span sort first.
"""
from __future__ import annotations

import re

from django.db.models import F, Prefetch, Q, QuerySet
from django.http import HttpRequest

from akorda.core.keyset import Key, ordered
from akorda.records.models import Fact, Instruction, Meeting, MeetingSource
from akorda.records.visibility import visible_facts, visible_instructions, visible_meetings, visible_pages
from akorda.regions.models import Official, Region, Tenure

BY_MEETING = (Key("key_date", F("meeting__date"), descending=True, nullable=True),
              Key("key_meeting", F("meeting_id")),
              Key("key_span", F("span_start"), nullable=True),
              Key("key_id", F("id")))
BY_DATE = (Key("key_date", F("date"), descending=True, nullable=True),
           Key("key_id", F("id"), descending=True))
# Regions and officials are short lists: by name, paged by offset.
BY_NAME = ("name_en", "id")


def _region_q(value: str | None, field: str) -> Q:
    if not value:
        return Q()
    return Q(**{f"{field}__slug": value}) | Q(**{f"{field}__canonical__iexact": value})


def _given(qs: QuerySet, **lookups: object) -> QuerySet:
    """Filter by each lookup whose value the caller gave; an absent or empty filter selects all."""
    return qs.filter(**{lookup: value for lookup, value in lookups.items() if value})


def regions(request: HttpRequest, current: bool | None) -> QuerySet[Region]:
    qs = Region.objects.select_related("successor").prefetch_related("centres")
    if current is not None:
        qs = qs.filter(valid_to__isnull=current)
    return qs.order_by(*BY_NAME)


def officials(request: HttpRequest, region: str | None) -> QuerySet[Official]:
    qs = Official.objects.prefetch_related(Prefetch("tenures", queryset=Tenure.objects.select_related("region")))
    if region:
        qs = qs.filter(_region_q(region, "tenures__region")).distinct()
    return qs.order_by(*BY_NAME)


def meetings(request: HttpRequest, region, official, kind, date_from, date_to) -> QuerySet[Meeting]:
    sources = MeetingSource.objects.filter(page__in=visible_pages(request.user)).select_related("page", "page__locale")
    qs = visible_meetings(request.user).select_related("region", "official").prefetch_related(
        Prefetch("sources", queryset=sources, to_attr="visible_sources"))
    qs = _given(qs.filter(_region_q(region, "region")),
                official__slug=official, kind=kind, date__gte=date_from, date__lte=date_to)
    return ordered(qs, BY_DATE)


def facts(request: HttpRequest, region, indicator, period, status, meeting, programme) -> QuerySet[Fact]:
    qs = visible_facts(request.user).select_related(
        "meeting", "meeting__region", "indicator", "programme", "source_page", "source_page__locale")
    qs = qs.filter(_region_q(region, "meeting__region"))
    qs = _given(qs, indicator__code=indicator)
    if period:
        by_text = Q(period__icontains=period)
        if re.fullmatch(r"[12]\d{3}", period):
            by_text |= Q(period_start__year=int(period))
        qs = qs.filter(by_text)
    qs = _given(qs, status=status, meeting_id=meeting, programme__code=programme)
    return ordered(qs, BY_MEETING)


def instructions(request: HttpRequest, region, status, execution, meeting) -> QuerySet[Instruction]:
    qs = visible_instructions(request.user).select_related(
        "meeting", "meeting__region", "region", "source_page", "source_page__locale")
    if region:
        qs = qs.filter(_region_q(region, "region") | (Q(region__isnull=True) & _region_q(region, "meeting__region")))
    return ordered(_given(qs, status=status, execution=execution, meeting_id=meeting), BY_MEETING)
