"""``manage.py load_demo``: the demo site that ``make run`` serves (issue 2, item 7)."""
from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from akorda.press.demo import ACCOUNTS, load_demo


class Command(BaseCommand):
    help = "Site structure, moderation workflow, demo releases (marked demo) and demo accounts. Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true",
                            help="run even with DEBUG off (creates accounts with published passwords!)")

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("load_demo creates accounts with published passwords; it runs only with "
                               "DEBUG on (use --force to override on a machine that is not public)")

        def on_result(path, result, problem) -> None:
            if result is None:
                self.stderr.write(f"{path}: {problem}")

        report = load_demo(on_result=on_result)
        self.stdout.write(f"Demo releases: {report.summary()}")
        if not report.ok:
            raise CommandError(f"{len(report.failed)} demo release(s) failed to import (see above)")
        for account in ACCOUNTS:
            self.stdout.write(f"  {account.username} / {account.password}  ({account.role})")
