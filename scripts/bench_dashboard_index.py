#!/usr/bin/env python3
"""The dashboards' ranking query with and without records_fact_indicator_period (issue 10).

    .venv/bin/python scripts/bench_dashboard_index.py --database-url postgres://…/dash_bench [--rounds 3]

On a database that scripts/bench_scale.py filled (PostgreSQL; migrated to
records 0006), times the region dashboard and the compare view in four
variants, interleaved round by round so that the shared machine's load falls
on all of them alike: the previous shape of ``stats.within`` (one nested OR per
indicator) and the current one (two flat terms per indicator), each without
and with the index, which is dropped and created again between variants. The
index is left in place at the end. Not a test: the figures go to
docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INDEX = "records_fact_indicator_period"
URLS = ["/ru/oversight/regions/almaty-region/", "/ru/oversight/compare/grp/"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.test")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.db.models import Q
    from django.db.models.functions import Coalesce
    from django.test import Client

    from akorda.oversight import stats

    current = stats.within

    def previous(facts, windows: dict[int, tuple[datetime.date, datetime.date]]):
        """stats.within as of commit 4dd63ae: the years nested under each indicator."""
        if not windows:
            return facts.none()
        where = Q()
        for indicator_id, (low, high) in windows.items():
            where |= Q(indicator_id=indicator_id) & (
                Q(period_end__range=(low, high)) | Q(period_end__isnull=True, undated_key__range=(low, high)))
        return facts.alias(undated_key=Coalesce("period_start", "meeting__date")).filter(where)

    def index(present: bool) -> None:
        with connection.cursor() as cursor:
            if present:
                cursor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON records_fact (indicator_id, period_end)")
            else:
                cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")

    client = Client()
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    variants = {("previous", False): previous, ("previous", True): previous,
                ("current", False): current, ("current", True): current}
    times: dict[tuple[str, bool, str], list[float]] = {}
    for _ in range(args.rounds):
        for (shape, with_index), within in variants.items():
            index(with_index)
            stats.within = within  # the views call stats.within through the module
            for url in URLS:
                assert client.get(url).status_code == 200  # warm-up
                for _ in range(3):
                    start = time.perf_counter()
                    client.get(url)
                    times.setdefault((shape, with_index, url), []).append(time.perf_counter() - start)
    stats.within = current
    index(True)
    print(f"{'view':45} {'query shape':10} {'index':6} median ms (of {3 * args.rounds})")
    for (shape, with_index, url), values in sorted(times.items(), key=lambda kv: (kv[0][2], kv[0][0], kv[0][1])):
        print(f"{url:45} {shape:10} {'yes' if with_index else 'no':6} {statistics.median(values) * 1000:.0f}")


if __name__ == "__main__":
    main()
