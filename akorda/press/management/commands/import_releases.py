"""``manage.py import_releases PATH...``: saved release pages (text or HTML) into the site."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from akorda.press.importing import ImportResult, import_paths
from akorda.press.models import RUBRICS


class Command(BaseCommand):
    help = (
        "Import saved release pages (.txt in the akorda.kz shape, or .html/.htm) from files or folders "
        "(recursively). Re-importing the same release updates its page. Files named <group>.<lang>.<ext> "
        "(03.ru.txt, 03.kk.txt) are linked as translations of one event."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
        parser.add_argument("--draft", action="store_true", help="save a draft revision, do not publish")
        parser.add_argument(
            "--allow-shrink", action="store_true",
            help="publish an update even when it is much shorter than the live release or lacks some of "
                 "its paragraphs (refused otherwise; the earlier text stays in the page's revisions)")
        parser.add_argument("--demo", action="store_true", help="mark the pages as demo content")
        parser.add_argument("--rubric", choices=RUBRICS, help="put every release in this rubric")
        parser.add_argument("--user", help="username recorded as the revisions' author")

    def handle(self, *args, **options) -> None:
        user = None
        if options["user"]:
            try:
                user = get_user_model().objects.get(username=options["user"])
            except get_user_model().DoesNotExist:
                raise CommandError(f"no user named {options['user']!r}") from None

        def on_result(path: Path, result: ImportResult | None, problem: str | None) -> None:
            if result is None:
                self.stderr.write(f"{path}: {problem}")
            elif options["verbosity"] >= 1:
                verb = "created" if result.created else "updated"
                state = "live" if result.page.live and not options["draft"] else "draft"
                self.stdout.write(f"{path}: {verb} [{result.page.locale.language_code}, {state}] "
                                  f"{result.page.title} ({unquote(result.page.get_url() or result.page.url_path)})")

        report = import_paths(options["paths"], publish=not options["draft"], demo=options["demo"],
                              rubric=options["rubric"], user=user, on_result=on_result,
                              allow_shrink=options["allow_shrink"])
        self.stdout.write(report.summary())
        if not report.ok:
            # The per-file reasons are already on stderr; only the status is left to say.
            raise SystemExit(1)
