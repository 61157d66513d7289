"""What an analyst takes into the next meeting with a region's akim (issue 5)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import get_language

from akorda.oversight import stats
from akorda.oversight.access import region_instructions
from akorda.oversight.control import Execution, with_state
from akorda.records.models import Meeting, MeetingSource
from akorda.records.visibility import visible_meetings, visible_pages
from akorda.regions.models import Official, Region, Tenure

BRIEFING_MEETINGS = 3
BRIEFING_INSTRUCTIONS = 100


@dataclass
class Profile:
    region: Region
    centre: object | None
    kato: str
    akim: Official | None
    akim_since: datetime.date | None


def profile(region: Region, day: datetime.date | None = None) -> Profile:
    """The region's card; the akim is the official whose tenure in the region is open."""
    tenure = (Tenure.objects.filter(region=region, end__isnull=True).select_related("official")
              .order_by("-start").first())
    akim = tenure.official if tenure else None
    since = tenure.start if tenure else None
    if akim is None:
        meeting = Meeting.objects.filter(region=region, official__isnull=False).order_by("-date").first()
        akim = meeting.official if meeting else None
    return Profile(region, region.centre_on(day), region.kato, akim, since)


def figures_table(user, region: Region, count: int = BRIEFING_MEETINGS) -> tuple[list[Meeting], list[dict]]:
    """The last ``count`` meetings' confirmed figures side by side, oldest first,
    with the change between the last two."""
    facts = stats.confirmed_facts(user)
    meetings = stats.meetings_with_figures(facts, region, count)[::-1]
    known = stats.headlines(facts, meetings)
    columns = [known[m.pk] for m in meetings]
    changes = {c.indicator.pk: c for c in stats.compare_meetings(
        facts, meetings[-1] if meetings else None, meetings[-2] if len(meetings) > 1 else None, known)}
    rows = []
    for indicator_id, change in sorted(changes.items(), key=lambda kv: kv[1].indicator.name()):
        rows.append({"indicator": change.indicator, "cells": [col.get(indicator_id) for col in columns], "change": change})
    return meetings, rows


def context(user, region: Region) -> dict:
    meetings, rows = figures_table(user, region)
    instructions = with_state(region_instructions(user, region)).select_related("meeting").order_by("deadline", "id")
    overdue = instructions.filter(state=Execution.OVERDUE)
    still_open = instructions.filter(state__in=(Execution.OPEN, Execution.IN_PROGRESS))
    # Only releases in the reader's language: the briefing is one language throughout.
    sources = (MeetingSource.objects.filter(meeting__in=visible_meetings(user).filter(region=region),
                                            page__in=visible_pages(user),
                                            language=(get_language() or "ru")[:2])
               .select_related("page", "meeting", "page__locale").order_by("-meeting__date", "language"))
    return {
        "region": region,
        "profile": profile(region),
        "meetings": meetings,
        "rows": rows,
        # The oldest deadlines first, a printable number of them; the register has the rest.
        "overdue": list(overdue[:BRIEFING_INSTRUCTIONS]),
        "overdue_total": overdue.count(),
        "open": list(still_open[:BRIEFING_INSTRUCTIONS]),
        "open_total": still_open.count(),
        "releases": list(sources),
        "generated": timezone.localtime(),
    }
