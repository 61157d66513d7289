"""Service time of single uncached requests, in-process, with production settings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/serve_webbench CACHE_URL=redis://127.0.0.1:6379/5 \
      .venv/bin/python scripts/profile_pages.py --requests 200        # p50/p95 per path, queries per request
    ... scripts/profile_pages.py --profile event                        # cProfile of one path, top 30 by cumulative time

Sequential requests through Django's test client (no HTTP, no queueing), the
page cache off (``PAGE_CACHE_URL=dummy://``), so each figure is one request's
own work: what a reader waits on an idle server. The paths are those of
``scripts/bench_web.sh`` (``scripts/bench_urls.py``).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.production")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ["PAGE_CACHE_URL"] = "dummy://"


def _paths() -> dict[str, str]:
    from urllib.parse import quote

    from wagtail.models import Locale

    from akorda.press.listing import PAGE_SIZE, listed_events
    from akorda.press.models import EventPage

    rows = listed_events(Locale.objects.get(language_code="ru"))
    pages = max(1, (rows.count() + PAGE_SIZE - 1) // PAGE_SIZE)
    newest = EventPage.objects.get(pk=rows.first().page_id)
    # The same events as ?page=<middle>, by a keyset link (akorda.press.pager): after the
    # last event of the page before it. Code before keyset pages ignores ``after``.
    before_deep = rows.values_list("page_id", flat=True)[(pages // 2 - 1) * PAGE_SIZE - 1]
    # A Newer link less than two pages from the top (the 16th event): the page between it and the first.
    near_top = rows.values_list("page_id", flat=True)[PAGE_SIZE + PAGE_SIZE // 2]
    return {
        "event": newest.url,
        "list": "/ru/events/",
        "deep": f"/ru/events/?page={pages // 2}",
        "deep_after": f"/ru/events/?after={before_deep}",
        "before_deep": f"/ru/events/?before={before_deep}",
        "before_top": f"/ru/events/?before={near_top}",
        "home": "/ru/",
        "search": "/ru/search/?q=" + quote("школы"),
        "search_kk": "/kk/search/?q=" + quote("мектеп"),
        "search_en": "/en/search/?q=" + quote("road construction"),
        "sitemap_index": "/sitemap.xml",
        "sitemap": "/sitemap-events-ru.xml?p=1",  # 1,000 URLs with their hreflang alternates
        "feed": "/ru/events/feed/rss/",
        "feed_rubric": "/ru/events/akorda/feed/atom/",
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200, help="sequential requests per path")
    parser.add_argument("--only", nargs="*", default=None,
                        help="path names: event list deep deep_after before_deep before_top home search search_kk "
                             "search_en sitemap_index sitemap feed feed_rubric")
    parser.add_argument("--profile", default="", help="cProfile one path by name instead")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, reset_queries
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    paths = _paths()
    if args.profile:
        path = paths[args.profile]
        client.get(path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(20):
            client.get(path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return
    print("| path | URL | queries | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for name, path in paths.items():
        if args.only and name not in args.only:
            continue
        assert client.get(path).status_code == 200, path  # warm: per-process caches
        connection.force_debug_cursor = True
        reset_queries()
        client.get(path)
        queries = len(connection.queries)
        connection.force_debug_cursor = False
        times = []
        for _ in range(args.requests):
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        print(f"| {name} | `{path}` | {queries} | {statistics.median(times):.1f} | {_percentile(times, 0.95):.1f} | {max(times):.1f} |")


if __name__ == "__main__":
    main()
