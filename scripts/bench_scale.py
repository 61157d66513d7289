#!/usr/bin/env python3
"""Lists, dashboards and exports over a large generated record (issue 10, item 3).

    .venv/bin/python scripts/bench_scale.py [--facts 1000000] [--database-url URL]

Builds a throwaway database (PostgreSQL when --database-url points at one, else a
SQLite file in /tmp), fills it with --facts confirmed figures of generated demo
meetings (akorda.records.tests.scale: about 20 figures and 2 instructions per
meeting) plus one flooded meeting (3,000 proposed figures, 1,000 instructions,
what an unbounded release produced), and times the views through Django's test
client as a signed-in superuser. Side by side, in the same run, it times the
previous implementations of the two hot spots (joined COUNT DISTINCT per meeting,
model instances for the dashboard's points) against the current ones.
Not a test: the figures go to docs/benchmarks.md.
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


def _fresh_database(url: str) -> None:
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        admin = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    else:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--database-url", default="sqlite:////tmp/akorda-bench-scale.sqlite3")
    parser.add_argument("--csv-rows", type=int, default=100_000, help="rows of the CSV export to read")
    parser.add_argument("--reuse", action="store_true", help="time the views on the database a previous run filled")
    parser.add_argument("--compare-points", action="store_true",
                        help="also time the dashboards' points from model instances (minutes at a million)")
    args = parser.parse_args()

    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.test")
    if not args.reuse:
        _fresh_database(args.database_url)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db.models import Count, Q
    from django.test import Client

    from akorda.oversight import stats
    from akorda.records.counts import attach_item_counts
    from akorda.records.models import Fact, Instruction, Meeting, ReviewStatus
    from akorda.records.tests.scale import generate_record
    from akorda.regions.models import Region

    if args.reuse:
        call_command("migrate", verbosity=0)
        user = get_user_model().objects.get(username="bench")
    else:
        start = time.perf_counter()
        call_command("migrate", verbosity=0)
        print(f"migrate: {time.perf_counter() - start:.1f} s", flush=True)
        user = get_user_model().objects.create_superuser("bench", password="bench-only-1")
        start = time.perf_counter()
        counts = generate_record(args.facts)
        region = Region.objects.get(slug="almaty-region")
        flood = Meeting.objects.create(region=region, date=datetime.date(2024, 6, 14), kind="reception",
                                       official_name="Демо Демов", is_demo=True)
        Fact.objects.bulk_create([Fact(meeting=flood, value=k, unit="t", quote=f"{k} т") for k in range(3000)])
        Instruction.objects.bulk_create([Instruction(meeting=flood, text=f"демо {k}") for k in range(1000)])
        print(f"generated {counts} + 1 flooded meeting in {time.perf_counter() - start:.1f} s", flush=True)

    client = Client()
    client.force_login(user)
    rows = []

    def view(url: str) -> None:
        def get():
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        get()  # warm: first-use caches (templates, catalog) are not what is measured
        seconds, _ = timed(get)
        rows.append((url, seconds))
        print(f"{url}: {seconds * 1000:.0f} ms (median of 3)", flush=True)

    # The keyset page as deep as the OFFSET one: after the item just before position 900,000
    # (finding it costs the OFFSET once, outside the timing).
    deep = client.get("/api/v1/facts?limit=1&offset=899999").json()["items"][0]["id"]
    for url in ["/api/v1/facts?limit=500", "/api/v1/facts?limit=500&count=false", "/api/v1/facts?limit=500&offset=900000",
                f"/api/v1/facts?limit=500&after={deep}",
                "/api/v1/facts?limit=500&region=almaty-region&period=2024", "/api/v1/instructions?limit=500",
                "/api/v1/meetings?limit=500", "/admin/records/?show=all", "/admin/records/",
                "/ru/oversight/regions/almaty-region/", "/ru/oversight/compare/grp/", "/ru/oversight/compare/grp/?years=5",
                "/ru/oversight/overdue/", "/ru/oversight/regions/almaty-region/briefing/", "/ru/oversight/"]:
        view(url)

    # The CSV export: time to the first row and rows per second over --csv-rows rows.
    start = time.perf_counter()
    response = client.get("/api/v1/facts/export.csv")
    first = None
    n = 0
    for chunk in response.streaming_content:
        if first is None:
            first = time.perf_counter() - start
        n += chunk.count(b"\n")
        if n >= args.csv_rows:
            break
    csv_seconds = time.perf_counter() - start
    response.close()
    print(f"CSV: first row after {first * 1000:.0f} ms, {n:,} rows in {csv_seconds:.1f} s "
          f"({n / csv_seconds:,.0f} rows/s)", flush=True)

    # Side by side: the previous joined COUNT DISTINCT against the subquery counts.
    def old_counts():
        qs = (Meeting.objects.annotate(
            n_proposed=Count("facts", filter=Q(facts__status=ReviewStatus.PROPOSED), distinct=True),
            n_confirmed=Count("facts", filter=Q(facts__status=ReviewStatus.CONFIRMED), distinct=True),
            n_instructions=Count("instructions", distinct=True)).order_by("-date", "-id"))
        return list(qs[:100])

    def new_counts():
        return attach_item_counts(list(Meeting.objects.order_by("-date", "-id")[:100]))

    old_s, old = timed(old_counts, repeat=1)
    new_s, new = timed(new_counts, repeat=1)
    assert [(m.pk, m.n_proposed, m.n_confirmed, m.n_instructions) for m in old] == \
        [(m.pk, m.n_proposed, m.n_confirmed, m.n_instructions) for m in new]
    print(f"records list counts, 100 newest meetings (one flooded): joined COUNT DISTINCT {old_s:.2f} s, "
          f"page first then two grouped counts {new_s:.3f} s, ratio {old_s / new_s:.1f}", flush=True)

    if not args.compare_points:
        return
    # Side by side: the dashboard's points from model instances (previous) and from tuples (current).
    facts = stats.confirmed_facts(user)

    def old_points():
        best = {}
        for fact in facts.order_by("meeting__date", "meeting_id", "span_start", "id"):
            label, _key = stats.period_of(fact)
            slot = (fact.meeting.region_id, fact.indicator_id, label)
            order = (fact.meeting.date or datetime.date.min, fact.meeting_id)
            if slot not in best or order > best[slot][0]:
                best[slot] = (order, fact.pk)
        return len(best)

    old_s, old_n = timed(old_points, repeat=1)
    new_s, new_pts = timed(lambda: stats.points(facts), repeat=1)
    assert old_n == len(new_pts)
    print(f"dashboard points over {facts.count():,} confirmed figures: model instances {old_s:.1f} s, "
          f"tuples {new_s:.1f} s, ratio {old_s / new_s:.1f} ({old_n:,} points)", flush=True)


if __name__ == "__main__":
    main()
