"""Receivers that start extraction when a release goes live (issue 4).

Only ``page_published`` enqueues: the importer publishes through Wagtail, so
its ``release_imported`` signal would enqueue a second extraction of the same
revision (issue 9 found one import sending two).
"""
from __future__ import annotations

from wagtail.signals import page_published

from akorda.press.models import EventPage
from akorda.records.tasks import schedule_extraction


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    if isinstance(instance, EventPage):
        schedule_extraction(instance.pk, "published", revision_id=revision.pk if revision is not None else None)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="records.extract_on_publish")
