"""The release record on the public site: ``{% release_record page %}`` and paragraph anchors."""
from __future__ import annotations

import re
from dataclasses import dataclass

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from akorda.core.cache import add_cache_tags
from akorda.records.formatting import fact_label, fact_text, format_period
from akorda.records.models import Fact, MeetingSource
from akorda.records.visibility import public_facts

register = template.Library()

# The blocks EventPage.paragraphs() splits the body into (akorda.press.text.html_paragraphs):
# the n-th non-empty one is paragraph n, the unit that spans are anchored to.
_BLOCK = re.compile(r"<(p|li|h[1-6]|blockquote)([^>]*)>(.*?)</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@register.filter
def paragraph_ids(html: str) -> str:
    """Give each body paragraph the id ``p<n>`` that figures link to.

    >>> str(paragraph_ids('<p>One</p><p> </p><p class="x">Two</p>'))
    '<p id="p0">One</p><p> </p><p id="p1" class="x">Two</p>'
    """
    counter = iter(range(10**6))

    def add(match: re.Match) -> str:
        tag, attrs, inner = match.group(1), match.group(2), match.group(3)
        if not _TAG.sub("", inner).strip() or " id=" in attrs:
            return match.group(0)
        return f'<{tag} id="p{next(counter)}"{attrs}>{inner}</{tag}>'

    return mark_safe(_BLOCK.sub(add, str(html)))


@dataclass
class FigureLine:
    fact: Fact
    text: str
    label: str
    period: str
    href: str | None


@register.inclusion_tag("records/tags/release_record.html")
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
        if fact.source_page_id not in texts:
            # public_facts() keeps facts of live pages only, and a live page's row holds
            # its published content (Wagtail keeps drafts in revisions): no revision to load.
            source_page = page if fact.source_page_id == page.pk else fact.source_page
            texts[fact.source_page_id] = source_page.source_text()
        index = fact.paragraph_index(texts[fact.source_page_id])
        anchor = f"#p{index}" if index is not None else ""
        if fact.source_page_id == page.pk:
            href = anchor or None
        else:
            href = (fact.source_page.url or "") + anchor if fact.source_page.url else None
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
