"""Background work of the release record, through Django's tasks API (django-tasks).

``make run`` starts ``manage.py db_worker``, which runs these; the test
settings use the ImmediateBackend, which runs them on enqueue.
"""
from __future__ import annotations

from django.db import transaction
from django_tasks import task

from akorda.records.pipeline import extract_page


@task()
def extract_release(page_id: int, trigger: str = "published", force: bool = False, user_id: int | None = None) -> int | None:
    """Extract a release and propose its record; returns the ExtractionRun id."""
    run = extract_page(page_id, trigger=trigger, force=force, user_id=user_id)
    return run.pk if run else None


def schedule_extraction(page_id: int, trigger: str, *, force: bool = False, user_id: int | None = None) -> None:
    """Enqueue after the publishing transaction commits, so the worker reads the
    committed live revision (and nothing is extracted from a rolled-back publish)."""
    transaction.on_commit(lambda: extract_release.enqueue(page_id, trigger, force, user_id))
