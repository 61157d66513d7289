"""Record changes that public pages show: bump their cache tags, purge a proxy.

An event page shows the confirmed figures of its meeting (``meeting:<id>``,
added by ``{% release_record %}`` while rendering); region and official pages
and the API show the public record (``records``). A new link between a release
and a meeting changes that release's page (``page:<id>``). Reference data
(indicators, programmes, regions, officials) is printed on many pages, so it
bumps ``site``.
"""
from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from akorda.core.cache import invalidate
from akorda.records.models import Fact, Indicator, Instruction, Meeting, MeetingSource, Programme
from akorda.regions.models import AdministrativeCentre, Official, Region, Tenure

logger = logging.getLogger(__name__)


def _purge_meeting_pages(meeting_id: int | None) -> None:
    if not meeting_id or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    def purge() -> None:
        try:
            pages = [s.page for s in MeetingSource.objects.filter(meeting_id=meeting_id).select_related("page") if s.page.live]
            purge_pages_from_cache(pages)
        except Exception:
            logger.exception("Purging the frontend cache for meeting %s failed", meeting_id)

    transaction.on_commit(purge)


def on_item_changed(sender, instance, **kwargs) -> None:
    """A figure or instruction confirmed, corrected, rejected or removed."""
    invalidate(f"meeting:{instance.meeting_id}", "records")
    _purge_meeting_pages(instance.meeting_id)


def on_meeting_changed(sender, instance, **kwargs) -> None:
    invalidate(f"meeting:{instance.pk}", "records")
    _purge_meeting_pages(instance.pk)


def on_source_changed(sender, instance, **kwargs) -> None:
    invalidate(f"page:{instance.page_id}", f"meeting:{instance.meeting_id}", "records")
    _purge_meeting_pages(instance.meeting_id)


def on_reference_changed(sender, instance, **kwargs) -> None:
    invalidate("site")


def connect() -> None:
    receivers = [
        ((Fact, Instruction), on_item_changed),
        ((Meeting,), on_meeting_changed),
        ((MeetingSource,), on_source_changed),
        ((Indicator, Programme, Region, AdministrativeCentre, Official, Tenure), on_reference_changed),
    ]
    for models, receiver in receivers:
        for model in models:
            for signal in (post_save, post_delete):
                signal.connect(receiver, sender=model, dispatch_uid=f"records.cache.{model.__name__}.{signal is post_save}")
