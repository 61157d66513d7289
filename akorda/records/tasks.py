"""Background work of the release record, through Django's tasks API (django-tasks).

``manage.py task_worker`` runs these (RQ workers in production, the database
worker under ``make run``); the test settings use the ImmediateBackend, which
runs them on enqueue. ``manage.py task_scheduler`` enqueues the periodic ones
(settings.PERIODIC_TASKS).
"""
from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django_tasks import TaskContext, TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from akorda.press.models import EventPage
from akorda.records.models import ExtractionRun
from akorda.records.pipeline import extract_page

logger = logging.getLogger(__name__)


@task(takes_context=True)
def extract_release(context: TaskContext, page_id: int, trigger: str = "published", force: bool = False,
                    user_id: int | None = None, revision_id: int | None = None) -> int | None:
    """Extract a release and propose its record; returns the ExtractionRun id."""
    run = extract_page(page_id, trigger=trigger, force=force, user_id=user_id,
                       revision_id=revision_id, task_id=context.task_result.id)
    return run.pk if run else None


def schedule_extraction(page_id: int, trigger: str, *, force: bool = False, user_id: int | None = None,
                        revision_id: int | None = None) -> None:
    """Enqueue after the publishing transaction commits, so the worker reads the
    committed live revision (and nothing is extracted from a rolled-back publish)."""
    transaction.on_commit(lambda: extract_release.enqueue(page_id, trigger, force, user_id, revision_id))


def _task_ended(task_id: str) -> bool:
    """Whether the backend says the run's task is over (failed, or finished
    without the run being closed: its worker process died)."""
    if not task_id:
        return False
    try:
        result = extract_release.get_backend().get_result(task_id)
    except (TaskResultDoesNotExist, NotImplementedError):
        return False
    except Exception:
        logger.warning("could not ask the task backend about task %s", task_id, exc_info=True)
        return False
    return result.status in (TaskResultStatus.FAILED, TaskResultStatus.SUCCESSFUL)


@task()
def reap_stale_runs(lease_seconds: int | None = None) -> int:
    """Mark failed the runs left "running" by a worker that died, so analysts see
    them (Release records > Failed extractions) with Retry; returns how many.

    A run is stale when its task is over by the backend's account (RQ fails the
    job when its work-horse dies) or when it outlived the lease, which is longer
    than the job timeout, so no live worker can still be on it.
    """
    lease = settings.EXTRACTION_LEASE_SECONDS if lease_seconds is None else lease_seconds
    cutoff = timezone.now() - datetime.timedelta(seconds=lease)
    grace = timezone.now() - datetime.timedelta(seconds=5)  # a task's result is written just after the run
    reaped = 0
    for run in ExtractionRun.objects.filter(status=ExtractionRun.Status.RUNNING):
        expired = run.created_at < cutoff
        if not expired and (run.created_at > grace or not _task_ended(run.task_id)):
            continue
        why = "its lease expired" if expired else "its task ended without closing it"
        updated = ExtractionRun.objects.filter(pk=run.pk, status=ExtractionRun.Status.RUNNING).update(
            status=ExtractionRun.Status.FAILED, resolved=False, finished_at=timezone.now(),
            error=f"WorkerLost: the worker running this extraction stopped ({why}); Retry runs it again.",
        )
        if updated:
            logger.warning("extraction run %s of page %s marked failed: %s", run.pk, run.page_id, why)
            reaped += updated
    return reaped


@task()
def reconcile_extractions(limit: int = 500) -> int:
    """Enqueue an extraction for live releases whose live revision has no run,
    e.g. when the broker was down at the publishing commit or lost its queue;
    returns how many were enqueued. Runs from the scheduler."""
    has_run = ExtractionRun.objects.filter(page=OuterRef("pk"), revision=OuterRef("live_revision"))
    older = timezone.now() - datetime.timedelta(minutes=5)  # leave fresh publications to their own task
    missing = (
        EventPage.objects.filter(live=True, live_revision__isnull=False, last_published_at__lt=older)
        .filter(~Exists(has_run))
        .filter(~Q(extraction_runs__status=ExtractionRun.Status.RUNNING))
        .values_list("pk", "live_revision_id")[:limit]
    )
    count = 0
    for page_id, revision_id in missing:
        extract_release.enqueue(page_id, "reconcile", False, None, revision_id)
        count += 1
    if count:
        logger.info("reconcile: %s live release(s) had no extraction of their live revision", count)
    return count
