"""What one import sends to the task queue, and the idempotence of extraction (issue 9)."""
from __future__ import annotations

from collections import Counter

import pytest
from django.db import transaction
from django.test import override_settings
from django_tasks import task_backends
from django_tasks.backends.dummy import DummyBackend

from akorda.core.tasks import send_on_commit
from akorda.records.models import ExtractionRun
from akorda.records.pipeline import extract_page

pytestmark = pytest.mark.django_db


class RecordingBackend(DummyBackend):
    """Our commit-bound sending over django-tasks' dummy backend, which only records."""

    def enqueue(self, task, args, kwargs):
        return send_on_commit(self.alias, task, args, kwargs, lambda: DummyBackend.enqueue(self, task, args, kwargs))


RECORDING = {"default": {"BACKEND": f"{__name__}.RecordingBackend", "QUEUES": ["default"]}}


@pytest.fixture
def recorded(site_tree):
    with override_settings(TASKS=RECORDING):
        backend = task_backends["default"]
        backend.clear()
        yield backend


def _sent(backend) -> Counter:
    return Counter(r.task.module_path for r in backend.results)


def test_one_import_sends_one_extraction_and_no_duplicate(recorded, seed_path, django_capture_on_commit_callbacks):
    from akorda.press.importing import import_file

    with django_capture_on_commit_callbacks(execute=True):
        page = import_file(seed_path).page
    sent = _sent(recorded)
    assert sent["akorda.records.tasks.extract_release"] == 1
    extraction = next(r for r in recorded.results if r.task.module_path.endswith("extract_release"))
    assert extraction.args == [page.pk, "published", False, None, page.live_revision_id]
    # The page is saved three times by one import; each kind of task (Wagtail's index
    # updates, the page cache's purge) is sent once all the same. Before issue 9 one import
    # sent 8: two extractions and the same two index updates three times each.
    assert max(sent.values()) == 1, sent
    assert {"wagtail.tasks.update_reference_index_task", "modelsearch.tasks.insert_or_update_object_task"} <= set(sent)


def test_nothing_is_sent_before_commit_nor_after_rollback(recorded, seed_path, django_capture_on_commit_callbacks):
    from akorda.press.importing import import_file

    class Abandon(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(Abandon), transaction.atomic():
            import_file(seed_path)
            assert recorded.results == []  # inside the transaction: nothing sent yet
            raise Abandon
    assert recorded.results == [] and callbacks == []
    with django_capture_on_commit_callbacks(execute=True):
        import_file(seed_path)
    assert _sent(recorded)["akorda.records.tasks.extract_release"] == 1  # nothing stale held back


def test_a_repeated_task_for_the_same_revision_extracts_once(engine, make_release):
    page = make_release("ru")
    first = ExtractionRun.objects.get()
    again = extract_page(page.pk, trigger="published", revision_id=page.live_revision_id)
    assert again.pk == first.pk and engine.calls == 1


def test_a_task_for_a_superseded_revision_does_nothing(engine, make_release):
    page = make_release("ru")
    old_revision = page.live_revision_id
    page.save_revision().publish()
    assert extract_page(page.pk, revision_id=old_revision) is None


def test_two_workers_never_run_the_same_revision_at_once(engine, make_release):
    page = make_release("ru")
    ExtractionRun.objects.all().delete()
    ExtractionRun.objects.create(page=page, revision_id=page.live_revision_id, status="running")
    # A second worker on the same revision (a retried task) leaves it to the first.
    run = extract_page(page.pk, force=True)
    assert run.status == "running" and ExtractionRun.objects.count() == 1
    assert engine.calls == 1  # only make_release's own extraction ran the engine


def test_reaper_fails_runs_whose_worker_died_and_admin_offers_retry(engine, make_release, superuser, client):
    import datetime

    from django.utils import timezone

    from akorda.records.tasks import reap_stale_runs

    page = make_release("ru")
    ExtractionRun.objects.all().delete()
    lost = ExtractionRun.objects.create(page=page, revision_id=page.live_revision_id, status="running")
    ExtractionRun.objects.filter(pk=lost.pk).update(created_at=timezone.now() - datetime.timedelta(minutes=20))
    fresh = ExtractionRun.objects.create(page=page, status="running")
    assert reap_stale_runs.call(lease_seconds=600) == 1
    lost.refresh_from_db()
    fresh.refresh_from_db()
    assert (lost.status, lost.resolved) == ("failed", False) and "WorkerLost" in lost.error
    assert fresh.status == "running"
    client.force_login(superuser)
    from django.urls import reverse

    html = client.get(reverse("records_admin:runs")).content.decode()
    assert reverse("records_admin:retry", args=[lost.pk]) in html and "WorkerLost" in html


def test_reconcile_enqueues_live_releases_without_a_run_of_their_revision(engine, make_release):
    import datetime

    from django.utils import timezone

    from akorda.press.models import EventPage
    from akorda.records.tasks import reconcile_extractions

    page = make_release("ru")
    ExtractionRun.objects.all().delete()  # as if the broker lost the task
    EventPage.objects.filter(pk=page.pk).update(last_published_at=timezone.now() - datetime.timedelta(hours=1))
    assert reconcile_extractions.call() == 1  # the test backend runs it at once
    run = ExtractionRun.objects.get()
    assert (run.status, run.trigger, run.revision_id) == ("done", "reconcile", page.live_revision_id)
    assert reconcile_extractions.call() == 0
