"""Start the scheduler of periodic jobs on the configured task engine (akorda.core.periodic)."""
from __future__ import annotations

from django.core.management.base import BaseCommand

from akorda.core import periodic


class Command(BaseCommand):
    help = "Run the periodic jobs of settings.PERIODIC_TASKS: RQ's cron scheduler under RQ, else a Python loop."

    def handle(self, *args, **options) -> None:
        for job in periodic.schedule():
            self.stdout.write(f"every {job.every:>5} s  {job.path}")
        if periodic.uses_rq():
            periodic.rq_scheduler().start()
        else:
            periodic.run_embedded()
