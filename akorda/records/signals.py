"""Receivers that start extraction when a release goes live or is imported (issue 4)."""
from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    from akorda.press.models import EventPage
    from akorda.records.tasks import schedule_extraction

    if isinstance(instance, EventPage):
        schedule_extraction(instance.pk, "published")


def on_release_imported(sender, page, created=False, **kwargs) -> None:
    from akorda.records.tasks import schedule_extraction

    schedule_extraction(page.pk, "imported")


def connect() -> None:
    from wagtail.signals import page_published

    page_published.connect(on_page_published, dispatch_uid="records.extract_on_publish")
    try:
        from akorda.press.signals import release_imported
    except ImportError:
        # The importer (akorda.press.importing) is not there yet; publishing still triggers.
        logger.debug("akorda.press.signals.release_imported not available")
        return
    release_imported.connect(on_release_imported, dispatch_uid="records.extract_on_import")
