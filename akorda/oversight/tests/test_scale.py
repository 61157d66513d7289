"""Lists, dashboards and exports stay bounded with a large record (issue 10, item 3).

A generated record of 20,000 confirmed figures (demo data, akorda.records.tests.scale)
is far more than the tests otherwise hold; each view must answer with the same
number of queries as it does for a small record, page its rows, and stream files.
Speed at a million figures is measured by scripts/bench_scale.py (docs/benchmarks.md).
"""
from __future__ import annotations

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from akorda.oversight import stats
from akorda.oversight.tests.conftest import login
from akorda.oversight.views import OVERDUE_PAGE_SIZE, STATE_PREVIEW
from akorda.records.tests.scale import generate_record

pytestmark = pytest.mark.django_db

LARGE = 20_000
VIEWS = ["/api/v1/facts?limit=500", "/api/v1/instructions?limit=500", "/api/v1/meetings?limit=500",
         "/admin/records/?show=all", "/ru/oversight/regions/almaty-region/", "/ru/oversight/",
         "/ru/oversight/compare/grp/", "/ru/oversight/overdue/", "/ru/oversight/regions/almaty-region/briefing/"]


def queries(client, url: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            response.body = b"".join(response.streaming_content)
    return len(ctx.captured_queries), response


def test_views_cost_the_same_queries_for_a_large_record(client, superuser):
    login(client, superuser)
    generate_record(200)
    small = {url: queries(client, url)[0] for url in VIEWS}
    counts = generate_record(LARGE)
    assert counts["facts"] == LARGE
    for url in VIEWS:
        n, response = queries(client, url)
        assert n <= small[url], f"{url}: {small[url]} queries for 200 figures, {n} for {LARGE:,}"
        if url.startswith("/api/"):
            data = response.json()
            assert len(data["items"]) == 500 and data["count"] >= 500
    # Pages, not everything: the records list and the dashboard's meetings.
    admin = queries(client, "/admin/records/?show=all")[1]
    assert len(admin.context["meetings"].object_list) == 100 and admin.context["meetings"].paginator.num_pages > 1
    dashboard = queries(client, "/ru/oversight/regions/almaty-region/")[1]
    assert len(dashboard.context["timeline"].object_list) == 50


def test_dashboards_rank_and_list_only_what_they_show(client, superuser):
    """The generated record gives each region about sixty quarters (fifteen years);
    the pages show the last three years and a preview of instructions."""
    login(client, superuser)
    generate_record(LARGE)
    dashboard = client.get("/ru/oversight/regions/almaty-region/")
    panels = dashboard.context["panels"]
    assert panels and all(0 < len(panel["rows"]) <= 3 * 4 for panel in panels)  # at most three years of quarters
    assert len({p.period for p in stats.points(stats.confirmed_facts(superuser).filter(
        meeting__region__slug="almaty-region"))}) > 40  # what the page used to list and rank
    assert all(row["rank"] and row["rank"][1] > 1 for panel in panels for row in panel["rows"])
    by_state = {value: (items, total) for _label, value, items, total in dashboard.context["by_state"]}
    assert max(total for _items, total in by_state.values()) > STATE_PREVIEW
    assert all(len(items) == min(total, STATE_PREVIEW) for items, total in by_state.values())
    compare = client.get("/ru/oversight/compare/grp/")
    assert 0 < len(compare.context["labels"]) <= 3 * 4 and compare.context["years"].paginator.num_pages > 1
    earlier = client.get("/ru/oversight/compare/grp/?years=2")
    assert earlier.context["labels"] and set(earlier.context["labels"]).isdisjoint(compare.context["labels"])
    overdue = client.get("/ru/oversight/overdue/")
    assert len(overdue.context["instructions"].object_list) == OVERDUE_PAGE_SIZE


def test_the_csv_export_streams_every_row(client, superuser):
    login(client, superuser)
    generate_record(LARGE)
    n, response = queries(client, "/api/v1/facts/export.csv")
    assert response.streaming
    rows = list(csv.reader(io.StringIO(response.body.decode("utf-8-sig"))))
    assert len(rows) == LARGE + 1 and rows[0][0] == "id"
    # One query for the rows, read in chunks (a server-side cursor on PostgreSQL), plus the session's.
    assert n <= 5
