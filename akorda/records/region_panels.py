"""The release record's sections on the public region and official pages.

``akorda.regions`` offers the pages and a hook for sections; this module fills
it (registered in ``wagtail_hooks``) with the public record only
(``visibility.public_*``), whoever is logged in, like the release pages
themselves: the public site is one view.
"""
from __future__ import annotations

from collections import defaultdict

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from akorda.records.formatting import fact_label, fact_text, format_period
from akorda.records.models import Meeting, MeetingSource
from akorda.records.visibility import public_facts, public_meetings, public_pages
from akorda.regions.models import Official, Region


def _with_releases(meetings: QuerySet[Meeting], language: str) -> list[dict]:
    """Each meeting with its public release, in the reader's language when there is one."""
    sources = MeetingSource.objects.filter(page__in=public_pages()).select_related("page", "page__locale")
    out = []
    for meeting in meetings.prefetch_related(Prefetch("sources", queryset=sources, to_attr="public_sources")):
        pages = [s.page for s in meeting.public_sources]
        page = next((p for p in pages if p.locale.language_code == language), pages[0] if pages else None)
        out.append({"meeting": meeting, "page": page})
    return out


def region_record(request: HttpRequest, region: Region, language: str) -> SafeString:
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
    return render_to_string("records/regions/region_record.html", {
        "meetings": _with_releases(meetings, language),
        "figures": sorted(by_indicator.items()),
    }, request)


def official_record(request: HttpRequest, official: Official, language: str) -> SafeString:
    meetings = public_meetings().filter(official=official).select_related("region").order_by("-date")
    return render_to_string("records/regions/official_record.html", {
        "meetings": _with_releases(meetings, language),
    }, request)
