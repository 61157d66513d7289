"""``manage.py demo_accounts``: the demo accounts as the last lines of `make run`.

load_demo and load_oversight_demo run before the servers start, so whatever
they print scrolls away under the servers' start-up lines. Procfile.dev runs
this command beside the servers: it waits until the web server answers,
prints the banner, then stays idle (``--wait``) because honcho stops every
process as soon as one of them exits.
"""
from __future__ import annotations

import signal
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from akorda.oversight.demo import banner


class Command(BaseCommand):
    help = "Print the demo site's addresses and demo accounts (DEBUG only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--after", metavar="URL", help="print once this URL answers (at most --timeout seconds)")
        parser.add_argument("--timeout", type=float, default=120.0)
        parser.add_argument("--wait", action="store_true", help="stay running after printing (for honcho)")

    def handle(self, *args, after: str | None = None, timeout: float = 120.0, wait: bool = False, **options) -> None:
        if after:
            self._wait_for(after, timeout)
        if settings.DEBUG:
            self.stdout.write(banner())
        else:
            self.stdout.write("DEBUG is off: no demo accounts are listed.")
        self.stdout.flush()
        if wait:
            signal.pause()

    def _wait_for(self, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=5):
                    return
            except urllib.error.HTTPError:
                return  # it answered, if not with 200
            except OSError:
                time.sleep(0.5)
        self.stderr.write(f"{url} did not answer within {timeout:.0f} s; listing the accounts anyway.")
