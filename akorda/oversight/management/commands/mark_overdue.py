"""Daily: store "overdue" on instructions whose deadline passed (see akorda.oversight.control).

Oversight pages compute the state on every request; this keeps the stored
field, which the API and its exports show, in line. Run it once a day
(cron or a systemd timer), after midnight Asia/Almaty.
"""
from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError

from akorda.oversight.control import refresh_overdue


class Command(BaseCommand):
    help = "Mark instructions past their deadline as overdue (and reopen those whose deadline moved)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Take this day (YYYY-MM-DD) as today; for re-runs and tests.")

    def handle(self, *args, date: str | None = None, **options):
        day = None
        if date:
            try:
                day = datetime.date.fromisoformat(date)
            except ValueError as error:
                raise CommandError(f"--date {date!r} is not a date in the form YYYY-MM-DD") from error
        marked, reopened = refresh_overdue(day)
        self.stdout.write(f"{marked} instruction(s) marked overdue, {reopened} reopened.")
