"""The events' read model: one narrow row per event for lists, archive and search.

Why a table of its own: an event's list keys live in two tables (``date`` and
``body`` in press_eventpage; ``locale``, ``live`` and ``path`` in
wagtailcore_page), so no index can serve "live events of one language, newest
first" and every list sorted the whole archive. Here they sit side by side
with partial indexes (live rows only) on (locale, date, first publication, id)
and (rubric, ...), and on PostgreSQL with the search document, a tsvector
built with the page language's text-search configuration, under a GIN index.

The row is rebuilt from the *stored* page (never from an instance in memory,
which may hold a draft) after every save of an event and after a move, so it
always describes what is live. Drafts, unpublished and scheduled pages keep a
row with ``live`` false and are never listed.
"""
from __future__ import annotations

from collections.abc import Iterable

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models

# Text-search configuration per language. PostgreSQL 15 ships no Kazakh
# dictionary; 'kazakh' is our own configuration (migration 0002, a copy of
# 'simple': lower-cased whole words), named so that a real Kazakh dictionary can
# replace it without touching code. Kazakh queries add prefix matching instead
# (see akorda.press.search).
SEARCH_CONFIGS = {"ru": "russian", "en": "english", "kk": "kazakh"}
DEFAULT_CONFIG = "simple"


class EventListing(models.Model):
    page = models.OneToOneField("press.EventPage", primary_key=True, on_delete=models.CASCADE, related_name="listing")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    rubric = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    date = models.DateField()
    first_published_at = models.DateTimeField(null=True)
    live = models.BooleanField(default=False)
    document = SearchVectorField(null=True)  # PostgreSQL only; NULL elsewhere

    class Meta:
        app_label = "press"
        indexes = [
            models.Index(fields=["locale", "-date", "-first_published_at", "-page"], condition=models.Q(live=True),
                         name="press_listing_locale_date"),
            models.Index(fields=["rubric", "-date", "-first_published_at", "-page"], condition=models.Q(live=True),
                         name="press_listing_rubric_date"),
        ]

    def __str__(self) -> str:
        return f"listing of page {self.page_id}"


def sync_listings(page_ids: Iterable[int], *, documents: bool = True) -> None:
    """Rebuild the rows of these event pages from the database."""
    from wagtail.models import Page

    from akorda.press.models import EventPage

    ids = sorted(set(page_ids))
    if not ids:
        return
    rows = list(EventPage.objects.filter(pk__in=ids).values(
        "pk", "locale_id", "date", "first_published_at", "live", "path", "depth"))
    parents = dict(Page.objects.filter(path__in={r["path"][:-Page.steplen] for r in rows}).values_list("path", "pk"))
    EventListing.objects.bulk_create(
        [
            EventListing(page_id=r["pk"], locale_id=r["locale_id"], date=r["date"], live=r["live"],
                         first_published_at=r["first_published_at"], rubric_id=parents.get(r["path"][:-Page.steplen]))
            for r in rows
        ],
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["locale", "rubric", "date", "first_published_at", "live"],
    )
    if documents and connection.vendor == "postgresql":
        update_documents(ids)


# Title (weight A) and the tag-stripped body (weight B), with the row's language's configuration.
DOCUMENT_SQL = """
UPDATE press_eventlisting AS l SET document =
    setweight(to_tsvector(c.cfg, p.title), 'A') ||
    setweight(to_tsvector(c.cfg, regexp_replace(e.body, '<[^>]+>', ' ', 'g')), 'B')
FROM wagtailcore_page p
JOIN press_eventpage e ON e.page_ptr_id = p.id
JOIN wagtailcore_locale loc ON loc.id = p.locale_id
CROSS JOIN LATERAL (SELECT (CASE loc.language_code {cases} ELSE '{default}' END)::regconfig AS cfg) c
WHERE p.id = l.page_id {where}
"""


def document_sql(where: str = "") -> str:
    cases = " ".join(f"WHEN '{code}' THEN '{cfg}'" for code, cfg in SEARCH_CONFIGS.items())
    return DOCUMENT_SQL.format(cases=cases, default=DEFAULT_CONFIG, where=where)


def update_documents(ids: list[int] | None = None) -> None:
    with connection.cursor() as cursor:
        if ids is None:
            cursor.execute(document_sql())
        else:
            cursor.execute(document_sql("AND l.page_id = ANY(%s)"), [ids])


def rebuild_all() -> int:
    """Every event's row (after a bulk load or a restore); returns how many."""
    from akorda.press.models import EventPage

    ids = list(EventPage.objects.values_list("pk", flat=True))
    for start in range(0, len(ids), 2000):
        sync_listings(ids[start:start + 2000], documents=False)
    if connection.vendor == "postgresql":
        update_documents()  # one statement for the whole archive
    return len(ids)


def on_event_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        sync_listings([instance.pk])


def on_page_moved(sender, instance, **kwargs) -> None:
    from akorda.press.models import EventPage

    sync_listings(EventPage.objects.filter(path__startswith=instance.path).values_list("pk", flat=True))


def connect() -> None:
    from django.db.models.signals import post_save
    from wagtail.signals import post_page_move

    from akorda.press.models import EventPage

    post_save.connect(on_event_saved, sender=EventPage, dispatch_uid="press.index.saved")
    post_page_move.connect(on_page_moved, dispatch_uid="press.index.moved")
