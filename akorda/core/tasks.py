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
from typing import Any, ParamSpec, TypeVar, cast

import django_rq
from django.db import close_old_connections, transaction
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id
from django_tasks_db import DatabaseBackend as KeptDatabaseBackend
from django_tasks_rq import RQBackend as KeptRQBackend
from django_tasks_rq.backend import Job
from rq import Queue, SimpleWorker
from rq.exceptions import NoSuchJobError
from rq.job import Job as RQJob

logger = logging.getLogger(__name__)


P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
CallKey = tuple[str, str, int, str]


class _Pending(threading.local):
    """Per thread: calls waiting for the commit, by (task, queue, priority, arguments)."""

    def __init__(self) -> None:
        self.calls: dict[CallKey, tuple[Callable[[], None], object]] = {}


_pending = _Pending()


def _waiting() -> dict[CallKey, tuple[Callable[[], None], object]]:
    """Calls still waiting for this thread's commit; forgets those already run
    or discarded by a rollback (no longer in Django's on-commit list)."""
    registered = {id(entry[1]) for entry in transaction.get_connection().run_on_commit}
    waiting = _pending.calls
    for key in [k for k, (callback, _) in waiting.items() if id(callback) not in registered]:
        del waiting[key]
    return waiting


def send_on_commit(alias: str, task: Any, args: Any, kwargs: Any, send: Callable[[], R]) -> R:
    """``send()`` now outside a transaction; inside one, once per distinct call when it commits.

    A backend's ``enqueue`` calls this with its kept backend's ``enqueue`` as
    ``send``. Returns what ``send`` returns, or a READY placeholder whose id is
    not the broker's (the job does not exist until the commit), which no
    caller here relies on.
    """
    if not transaction.get_connection().in_atomic_block:
        return send()
    key = _call_key(task.module_path, task.queue_name, task.priority, args, kwargs)
    waiting = _waiting()
    if key in waiting:
        return cast(R, waiting[key][1])
    result = cast(R, _placeholder(task, alias, args, kwargs))

    def on_commit() -> None:
        waiting.pop(key, None)
        send()

    waiting[key] = (on_commit, result)
    # Not robust: when the broker is down at commit the caller hears of it; the
    # records app's reconcile job re-sends any extraction that was lost this way.
    transaction.on_commit(on_commit)
    return result


def _call_key(module_path: str, queue_name: str, priority: int, args: Any, kwargs: Any) -> CallKey:
    return (module_path, queue_name, priority, json.dumps([list(args), kwargs], sort_keys=True, default=str))


def _placeholder(task: Any, backend: str, args: Any, kwargs: Any) -> TaskResult[Any]:
    return TaskResult(
        task=task, id=get_random_id(), status=TaskResultStatus.READY, enqueued_at=None,
        started_at=None, last_attempted_at=None, finished_at=None, args=list(args),
        kwargs=dict(kwargs), backend=backend, errors=[], worker_ids=[],
    )


def _default_queue(options: dict[str, Any], queue_name: str) -> str | None:
    """Tasks declared on the default queue go to the configured one, so that
    several sites (or test runs) can share one Redis without sharing jobs.

    >>> _default_queue({"DEFAULT_QUEUE": "site-a"}, "default")
    'site-a'
    >>> _default_queue({"DEFAULT_QUEUE": "site-a"}, "reports") is None
    True
    """
    queue = options.get("DEFAULT_QUEUE")
    return queue if queue and queue_name == "default" and queue != "default" else None


class RQBackend(KeptRQBackend):
    """Production: jobs in Redis, run by ``task_worker`` processes on any machine."""

    def enqueue(
        self,
        task: Task[P, T],
        args: P.args,  # type: ignore[valid-type]
        kwargs: P.kwargs,  # type: ignore[valid-type]
    ) -> TaskResult[T]:
        task = self._routed(task)
        self.validate_task(task)
        return send_on_commit(self.alias, task, args, kwargs, lambda: KeptRQBackend.enqueue(self, task, args, kwargs))

    def validate_task(self, task: Task[Any, Any]) -> None:
        super().validate_task(self._routed(task))

    def _routed(self, task: Task[P, T]) -> Task[P, T]:
        queue = _default_queue(self.options, task.queue_name)
        return task.using(queue_name=queue) if queue else task

    def _get_job(self, result_id: str) -> Job | None:
        # django-tasks-rq looks results up on the Redis of a queue named "default";
        # ours is named by TASKS_QUEUE, so ask that queue's connection.
        queue = self.options.get("DEFAULT_QUEUE") or next(iter(sorted(self.queues)))
        try:
            return cast(Job, Job.fetch(result_id, connection=django_rq.get_connection(queue)))
        except NoSuchJobError:
            return None


class DatabaseBackend(KeptDatabaseBackend):
    """The embedded default: jobs as rows of the site's own database."""

    def enqueue(self, task: Any, args: Any, kwargs: Any) -> Any:
        # Typed loosely: django-tasks-db annotates with django.tasks' classes when the
        # checker sees Django 6's stubs, the runtime (Django 5.2) passes django_tasks'.
        task = self._routed(task)
        self.validate_task(task)
        return send_on_commit(self.alias, task, args, kwargs, lambda: KeptDatabaseBackend.enqueue(self, task, args, kwargs))

    def validate_task(self, task: Any) -> None:
        super().validate_task(self._routed(task))

    def _routed(self, task: Any) -> Any:
        queue = _default_queue(self.options, task.queue_name)
        return task.using(queue_name=queue) if queue else task


class Worker(SimpleWorker):
    """The default RQ worker: jobs run in the worker's own process, no fork per job.

    RQ's forking worker starts a work-horse per job, which then opens a new
    database connection and re-imports what the fork did not share: on two
    loaded cores that cost most of each extraction (docs/benchmarks.md, "Tasks").
    What the fork gave for free is restored here: before and after every job
    Django's ``close_old_connections`` drops a connection that errored or is
    past ``CONN_MAX_AGE``, and ``CONN_HEALTH_CHECKS`` (settings) pings a kept
    one before the job's first query, so a PostgreSQL restart costs no job
    and does not end the worker (fault test). A job that kills the process
    (out of memory) takes the worker with it: systemd or the Procfile's
    supervisor restarts it, RQ fails the job when its heartbeat lapses and the
    reaper marks its extraction failed. ``task_worker --fork`` keeps RQ's
    forking worker for jobs that must not share a process.
    """

    def execute_job(self, job: RQJob, queue: Queue) -> None:
        close_old_connections()
        try:
            super().execute_job(job, queue)
        finally:
            close_old_connections()


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
