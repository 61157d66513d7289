"""The release record under each release on the public site: its confirmed figures.

``akorda.press`` renders what the ``press_event_page_panels`` hook returns
under an event page; records fills it with this panel, so the page app never
loads a records template tag. Figures link to the paragraph they come from
(``id="p<n>"``, given by press's ``paragraph_ids`` filter).
"""
from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString

from akorda.core.cache import add_cache_tags
from akorda.records.formatting import fact_label, fact_text, format_period
from akorda.records.models import Fact, MeetingSource
from akorda.records.visibility import public_facts


@dataclass
class FigureLine:
    fact: Fact
    text: str
    label: str
    period: str
    href: str | None


def release_record(page) -> dict:
    """Confirmed figures of the meeting this release reports, for everyone.

    Only public data: confirmed figures whose source release is live
    (``visibility.public_facts``), whoever looks, so an analyst previewing
    the page sees what the public sees.
    """
    language = (getattr(getattr(page, "locale", None), "language_code", None) or translation.get_language() or "kk")[:2]
    source = MeetingSource.objects.filter(page_id=page.pk).select_related(
        "meeting", "meeting__region", "meeting__official").first()
    if source is not None:
        add_cache_tags(f"meeting:{source.meeting_id}")  # akorda.records.caching bumps it
    if source is None:
        return {"figures": [], "meeting": None, "language": language}
    meeting = source.meeting
    facts = list(public_facts().filter(meeting=meeting).select_related("indicator", "source_page", "source_page__locale"))
    texts: dict[int, str] = {}
    lines = []
    for fact in facts:
        source_page = page if fact.source_page_id == page.pk else fact.source_page
        if source_page is None:  # public facts always have one
            continue
        if source_page.pk not in texts:
            # public_facts() keeps facts of live pages only, and a live page's row holds
            # its published content (Wagtail keeps drafts in revisions): no revision to load.
            texts[source_page.pk] = source_page.source_text()
        index = fact.paragraph_index(texts[source_page.pk])
        anchor = f"#p{index}" if index is not None else ""
        if source_page.pk == page.pk:
            href = anchor or None
        else:
            href = source_page.url + anchor if source_page.url else None
        lines.append(FigureLine(fact, fact_text(fact, language), fact_label(fact, language),
                                format_period(fact.period_start, fact.period_end, fact.period, language), href))
    official = meeting.official
    return {
        "figures": lines,
        "meeting": meeting,
        "region": meeting.region,
        "official": official,
        "official_name": official.name(language) if official else "",
        "language": language,
    }


def release_record_panel(request: HttpRequest | None, page) -> SafeString:
    """The panel under a release (the ``press_event_page_panels`` hook, registered in wagtail_hooks)."""
    return render_to_string("records/tags/release_record.html", release_record(page), request)
