"""What a database connection costs a request: opening one, and the health-check ping on a kept one.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/serve_event_bench \\
      .venv/bin/python scripts/bench_db_connection.py --rounds 200

Three timings, each ``--rounds`` times, with Django's own connection handling
(production settings): a new connection and its first query, what every
request pays with ``CONN_MAX_AGE = 0`` (``DB_CONN_MAX_AGE=0``); the same
query on a kept connection (``CONN_MAX_AGE`` > 0); and the ``SELECT 1`` that
``CONN_HEALTH_CHECKS`` adds before a kept connection's first query of each
request. Whether to keep connections is then a matter of these against a
request's own work (``scripts/profile_pages.py``).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.production")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")

QUERY = "SELECT id FROM wagtailcore_locale ORDER BY id LIMIT 1"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _row(name: str, times: list[float]) -> str:
    return f"| {name} | {statistics.median(times):.2f} | {_percentile(times, 0.95):.2f} | {max(times):.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    def query() -> None:
        with connection.cursor() as cursor:
            cursor.execute(QUERY)
            cursor.fetchall()

    fresh, kept, ping = [], [], []
    for _ in range(args.rounds):
        connection.close()
        started = time.perf_counter()
        query()  # connects first
        fresh.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        query()
        kept.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        usable = connection.is_usable()  # what CONN_HEALTH_CHECKS runs once per request
        ping.append((time.perf_counter() - started) * 1000)
        assert usable
    print(f"CONN_MAX_AGE={connection.settings_dict['CONN_MAX_AGE']} CONN_HEALTH_CHECKS={connection.settings_dict['CONN_HEALTH_CHECKS']}")
    print("| step | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    print(_row("connect + first query (CONN_MAX_AGE=0: every request)", fresh))
    print(_row("the same query on a kept connection", kept))
    print(_row("health-check ping on a kept connection (once per request)", ping))


if __name__ == "__main__":
    main()
