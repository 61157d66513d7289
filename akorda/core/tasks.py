"""Task backends: Django's tasks API on RQ (production) or the database (``make run``).

Both backends here add one behaviour to the kept backends (django-tasks-rq,
django-tasks-db): a task enqueued inside a database transaction is sent when
that transaction commits, once per distinct call. Why by hand: django-tasks
dropped its enqueue-on-commit option (0.9), and Wagtail's and modelsearch's
signal handlers enqueue the reference-index and search-index updates on every
``post_save``, inside the publishing transaction. With a broker outside the
database (Redis) a worker could then read the page before it is committed,
and one import, which saves a page three times, sent the same update three
times. Sending on commit also means a rolled-back transaction sends nothing.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

import django_rq
from django.db import transaction
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id
from django_tasks_db import DatabaseBackend as KeptDatabaseBackend
from django_tasks_rq import RQBackend as KeptRQBackend
from django_tasks_rq.backend import Job
from rq.exceptions import NoSuchJobError

logger = logging.getLogger(__name__)


class CommitBoundMixin:
    """Send on commit, once per (task, arguments) within the transaction.

    Returns a READY result right away; its id is not the broker's (the job
    does not exist until the commit), which no caller here relies on.
    """

    _pending = threading.local()

    def _waiting(self) -> dict[tuple, tuple[Callable[[], None], TaskResult]]:
        """Calls still waiting for this thread's commit; forgets those already
        run or discarded by a rollback (no longer in Django's on-commit list)."""
        waiting = getattr(self._pending, "calls", None)
        if waiting is None:
            waiting = self._pending.calls = {}
        connection = transaction.get_connection()
        registered = {id(entry[1]) for entry in connection.run_on_commit}
        for key in [k for k, (callback, _) in waiting.items() if id(callback) not in registered]:
            del waiting[key]
        return waiting

    def enqueue(self, task: Task, args: Any, kwargs: Any) -> TaskResult:
        task = self._routed(task)
        if not transaction.get_connection().in_atomic_block:
            return super().enqueue(task, args, kwargs)  # type: ignore[misc]
        self.validate_task(task)  # type: ignore[attr-defined]
        key = (task.module_path, task.queue_name, task.priority, _canonical(args, kwargs))
        waiting = self._waiting()
        if key in waiting:
            return waiting[key][1]
        placeholder = TaskResult(
            task=task, id=get_random_id(), status=TaskResultStatus.READY, enqueued_at=None,
            started_at=None, last_attempted_at=None, finished_at=None, args=list(args),
            kwargs=dict(kwargs), backend=self.alias, errors=[], worker_ids=[],  # type: ignore[attr-defined]
        )

        def send() -> None:
            waiting.pop(key, None)
            super(CommitBoundMixin, self).enqueue(task, args, kwargs)  # type: ignore[misc]

        waiting[key] = (send, placeholder)
        # Not robust: when the broker is down at commit the caller hears of it; the
        # records app's reconcile job re-sends any extraction that was lost this way.
        transaction.on_commit(send)
        return placeholder

    def validate_task(self, task: Task) -> None:
        super().validate_task(self._routed(task))  # type: ignore[misc]

    def _routed(self, task: Task) -> Task:
        """Tasks declared on the default queue go to the configured one, so that
        several sites (or test runs) can share one Redis without sharing jobs."""
        queue = self.options.get("DEFAULT_QUEUE")  # type: ignore[attr-defined]
        if queue and task.queue_name == "default" and queue != "default":
            return task.using(queue_name=queue)
        return task


def _canonical(args: Any, kwargs: Any) -> str:
    return json.dumps([list(args), kwargs], sort_keys=True, default=str)


class RQBackend(CommitBoundMixin, KeptRQBackend):
    """Production: jobs in Redis, run by ``rqworker`` processes on any machine."""

    def _get_job(self, result_id: str) -> Job | None:
        # django-tasks-rq looks results up on the Redis of a queue named "default";
        # ours is named by TASKS_QUEUE, so ask that queue's connection.
        queue = self.options.get("DEFAULT_QUEUE") or next(iter(sorted(self.queues)))
        try:
            return Job.fetch(result_id, connection=django_rq.get_connection(queue))
        except NoSuchJobError:
            return None


class DatabaseBackend(CommitBoundMixin, KeptDatabaseBackend):
    """The embedded default: jobs as rows of the site's own database."""


def backlog() -> dict[str, int]:
    """Tasks waiting to run, per queue, as the configured backend counts them."""
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if isinstance(backend, KeptRQBackend):
        return {name: django_rq.get_queue(name).count for name in sorted(backend.queues)}
    if isinstance(backend, KeptDatabaseBackend):
        from django_tasks_db.models import DBTaskResult

        return {
            name: DBTaskResult.objects.ready().filter(queue_name=name).count() for name in sorted(backend.queues)
        }
    return {}
