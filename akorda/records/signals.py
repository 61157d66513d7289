"""Receivers that start extraction when a release goes live or is imported (issue 4)."""
from __future__ import annotations

from wagtail.signals import page_published

from akorda.press.models import EventPage
from akorda.press.signals import release_imported
from akorda.records.tasks import schedule_extraction


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    if isinstance(instance, EventPage):
        schedule_extraction(instance.pk, "published")


def on_release_imported(sender, page, created=False, **kwargs) -> None:
    schedule_extraction(page.pk, "imported")


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="records.extract_on_publish")
    release_imported.connect(on_release_imported, dispatch_uid="records.extract_on_import")
