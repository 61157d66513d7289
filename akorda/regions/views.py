"""Public pages of regions and officials: who governed, what was reported, which figures.

They show the public record only (``visibility.public_*``), whoever is
logged in, like the release pages themselves: the public site is one view.
"""
from __future__ import annotations

from collections import defaultdict

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext

from akorda.records.formatting import fact_label, fact_text, format_period
from akorda.records.models import Meeting, MeetingSource
from akorda.records.visibility import public_facts, public_meetings, public_pages
from akorda.regions.models import Official, Region, Tenure


def _public(view):
    """Region and official pages show the public record and releases: cached, tagged so."""
    from functools import wraps

    from akorda.core.cache import mark_cacheable

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        mark_cacheable("events", "records")
        return view(request, *args, **kwargs)

    return wrapper


def _language() -> str:
    return (translation.get_language() or "kk")[:2]


def _with_releases(meetings, language: str) -> list[dict]:
    """Each meeting with its public release, in the reader's language when there is one."""
    sources = MeetingSource.objects.filter(page__in=public_pages()).select_related("page", "page__locale")
    out = []
    for meeting in meetings.prefetch_related(Prefetch("sources", queryset=sources, to_attr="public_sources")):
        pages = [s.page for s in meeting.public_sources]
        page = next((p for p in pages if p.locale.language_code == language), pages[0] if pages else None)
        out.append({"meeting": meeting, "page": page})
    return out


@_public
def region_list(request: HttpRequest) -> HttpResponse:
    regions = Region.objects.prefetch_related("centres")
    return render(request, "regions/region_list.html", {
        "regions": [r for r in regions if r.is_current and r.kind == Region.Kind.REGION],
        "cities": [r for r in regions if r.is_current and r.kind == Region.Kind.CITY],
        "historical": [r for r in regions if not r.is_current],
    })


@_public
def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug)
    language = _language()
    tenures = region.tenures.select_related("official").order_by("-start")
    meetings = public_meetings().filter(region=region).select_related("official").order_by("-date")
    facts = public_facts().filter(meeting__region=region).select_related(
        "indicator", "meeting", "source_page", "source_page__locale").order_by(
        "indicator__name_en", "-period_end", "-meeting__date", "span_start")
    by_indicator: dict[str, list[dict]] = defaultdict(list)
    for fact in facts:
        label = fact_label(fact, language) if fact.indicator_id else gettext("Other figures")
        by_indicator[label].append({
            "fact": fact,
            "text": fact_text(fact, language),
            "measure": "" if fact.indicator_id else fact_label(fact, language),
            "period": format_period(fact.period_start, fact.period_end, fact.period, language),
        })
    return render(request, "regions/region_detail.html", {
        "region": region,
        "centre": region.centre_on(),
        "centres": region.centres.all(),
        "tenures": tenures,
        "meetings": _with_releases(meetings, language),
        "figures": sorted(by_indicator.items()),
        "predecessors": region.predecessors.all(),
    })


@_public
def official_detail(request: HttpRequest, slug: str) -> HttpResponse:
    official = get_object_or_404(Official, slug=slug)
    language = _language()
    meetings = public_meetings().filter(official=official).select_related("region").order_by("-date")
    return render(request, "regions/official_detail.html", {
        "official": official,
        "name": official.name(language),
        "tenures": Tenure.objects.filter(official=official).select_related("region").order_by("-start"),
        "meetings": _with_releases(meetings, language),
    })
