"""Start a task worker for the configured backend, so Procfiles and units name one command.

Under RQ: django-rq's ``rqworker`` on the site's queue with django-tasks-rq's
job class and our worker class (``akorda.core.tasks.Worker``: jobs in the
worker's process, database connections checked around each job), or with
``--fork`` RQ's forking worker (each job in a work-horse of its own). Else
django-tasks-db's ``db_worker``.
"""
from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from akorda.core import periodic


class Command(BaseCommand):
    help = "Run a background task worker (RQ in production, the database worker under make run)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--burst", action="store_true", help="Stop when the queue is empty (benchmarks, tests).")
        parser.add_argument("--name", default=None, help="The worker's name (RQ); unique per process.")
        parser.add_argument("--fork", action="store_true", default=settings.TASKS_WORKER_FORK,
                            help="RQ: run each job in a forked work-horse (slower; TASKS_WORKER_FORK).")

    def handle(self, *args, burst: bool = False, name: str | None = None, fork: bool = False, **options) -> None:
        for path in settings.TASKS_WORKER_WARMUP:
            import_string(path)()
        if periodic.uses_rq():
            extra = {"name": name} if name else {}
            worker_class = "rq.Worker" if fork else "akorda.core.tasks.Worker"
            call_command(
                "rqworker", settings.TASKS_QUEUE, job_class="django_tasks_rq.Job", worker_class=worker_class, burst=burst,
                verbosity=options.get("verbosity", 1), **extra,
            )
        else:
            call_command("db_worker", queue_name=settings.TASKS_QUEUE, batch=burst,
                         verbosity=options.get("verbosity", 1))
