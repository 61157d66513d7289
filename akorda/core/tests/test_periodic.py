"""Periodic jobs: one schedule (settings.PERIODIC_TASKS) for RQ's cron and the embedded loop."""
from __future__ import annotations

import pytest
from django.test import override_settings

from akorda.core import periodic

pytestmark = pytest.mark.django_db

# django-tasks' dummy backend keeps what is enqueued (outside the commit-bound dedupe,
# which would rightly merge the rounds, all inside this test's one transaction).
DUMMY_BACKEND = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}}


def test_every_periodic_task_is_a_task_of_its_app():
    from django_tasks.base import Task

    paths = [job.path for job in periodic.schedule()]
    assert paths == [
        "akorda.press.tasks.publish_scheduled", "akorda.oversight.tasks.mark_overdue",
        "akorda.records.tasks.reap_stale_runs", "akorda.records.tasks.reconcile_extractions",
    ]
    for job in periodic.schedule():
        assert isinstance(job.task, Task) and job.every >= 60


@override_settings(TASKS=DUMMY_BACKEND)
def test_embedded_loop_enqueues_each_job_when_due():
    from django_tasks import task_backends

    now = [0.0]
    slept = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    backend = task_backends["default"]
    backend.clear()
    periodic.run_embedded(sleep=sleep, clock=lambda: now[0], rounds=3)
    sent = [result.task.module_path for result in backend.results]
    # t=0 sends all four; t=60 and t=120 the two minutely ones.
    assert sent.count("akorda.records.tasks.reap_stale_runs") == 3
    assert sent.count("akorda.press.tasks.publish_scheduled") == 3
    assert sent.count("akorda.oversight.tasks.mark_overdue") == 1
    assert sent.count("akorda.records.tasks.reconcile_extractions") == 1
    assert slept == [60, 60, 60]


def test_rq_scheduler_registers_the_tasks_functions(settings):
    settings.RQ_QUEUES = {settings.TASKS_QUEUE: {"URL": "redis://127.0.0.1:6379/2", "DEFAULT_TIMEOUT": 300}}
    scheduler = periodic.rq_scheduler()  # registering does not connect
    jobs = {job.func_name: job for job in scheduler.get_jobs()}
    assert set(jobs) == {job.path for job in periodic.schedule()}
    assert jobs["akorda.records.tasks.reap_stale_runs"].interval == 60
    assert jobs["akorda.records.tasks.reap_stale_runs"].job_options["meta"] == {"backend_name": "default"}
