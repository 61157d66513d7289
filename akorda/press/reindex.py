"""When an event's listing row (akorda.press.index) is rebuilt, and from what.

The row is rebuilt from the *stored* page (never from an instance in memory,
which may hold a draft) after every save of an event and after a move, so it
always describes what is live. Drafts, unpublished and scheduled pages keep a
row with ``live`` false and are never listed. Above the page models: it reads
them, and they never call it (the receivers are connected in ``PressConfig.ready``).
"""
from __future__ import annotations

from collections.abc import Iterable

from django.db import connection
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import post_page_move

from akorda.press.index import EventListing, update_documents
from akorda.press.models import EventPage

BATCH = 2000


def sync_listings(page_ids: Iterable[int], *, documents: bool = True) -> None:
    """Rebuild the rows of these event pages from the database."""
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


def rebuild_all() -> int:
    """Every event's row (after a bulk load or a restore); returns how many."""
    ids = list(EventPage.objects.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        sync_listings(ids[start:start + BATCH], documents=False)
    if connection.vendor == "postgresql":
        update_documents()  # one statement for the whole archive
    return len(ids)


def on_event_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        sync_listings([instance.pk])


def on_page_moved(sender, instance, **kwargs) -> None:
    sync_listings(EventPage.objects.filter(path__startswith=instance.path).values_list("pk", flat=True))


def connect() -> None:
    post_save.connect(on_event_saved, sender=EventPage, dispatch_uid="press.index.saved")
    post_page_move.connect(on_page_moved, dispatch_uid="press.index.moved")
