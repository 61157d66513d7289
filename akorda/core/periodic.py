"""Periodic jobs (settings.PERIODIC_TASKS) on the task engine's own scheduler.

Under RQ, RQ's cron scheduler (through django-rq) enqueues them into Redis and
any worker runs them; it keeps its schedule, heartbeat and history in Redis.
Under the database backend (``make run``, no extra server) ``run_embedded``
enqueues them through Django's tasks API from a Python loop, so the worker
runs them the same way. Either way the job is the app's own task.
"""
from __future__ import annotations

import logging
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from django.conf import settings
from django.utils.module_loading import import_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_rq import RQBackend as KeptRQBackend

logger = logging.getLogger(__name__)


@dataclass
class Periodic:
    path: str
    every: int  # seconds

    @property
    def task(self) -> Any:
        return import_string(self.path)


def schedule() -> list[Periodic]:
    return [Periodic(path, int(every)) for path, every in settings.PERIODIC_TASKS]


def uses_rq() -> bool:
    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], KeptRQBackend)


def rq_scheduler() -> Any:
    """RQ's cron scheduler with every periodic job registered.

    The function registered is the task's own function: its import path names
    the Task object, which the worker's job class (django_tasks_rq.Job) runs;
    ``backend_name`` in the job's meta is what that job class reads.
    """
    from django_rq.cron import DjangoCronScheduler

    scheduler = DjangoCronScheduler(name=f"akorda-{settings.TASKS_QUEUE}")
    for job in schedule():
        task = job.task
        scheduler.register(
            task.func, settings.TASKS_QUEUE, interval=job.every,
            meta={"backend_name": DEFAULT_TASK_BACKEND_ALIAS},
            # A periodic run that cannot start within its interval is dropped, not piled up.
            ttl=job.every, job_timeout=cast(int, settings.RQ_QUEUES[settings.TASKS_QUEUE]["DEFAULT_TIMEOUT"]),
        )
    return scheduler


def run_embedded(*, sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 rounds: int | None = None) -> None:
    """Enqueue each periodic task when due, through the configured backend.

    ``rounds`` bounds the loop for tests; otherwise it runs until SIGTERM/SIGINT.
    """
    stop = False

    def request_stop(signum, frame) -> None:
        nonlocal stop
        stop = True

    if rounds is None:
        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
    jobs = schedule()
    due = {job.path: clock() for job in jobs}
    done = 0
    while not stop and (rounds is None or done < rounds):
        now = clock()
        for job in jobs:
            if now >= due[job.path]:
                try:
                    job.task.enqueue()
                except Exception:
                    logger.exception("could not enqueue periodic task %s; will try at its next time", job.path)
                due[job.path] = now + job.every
        done += 1
        sleep(max(0.5, min(due.values()) - clock()))
