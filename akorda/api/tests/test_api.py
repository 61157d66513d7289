"""The read API: shapes, filters, exports, and that nothing unreviewed leaks."""
from __future__ import annotations

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from akorda.records.models import Instruction, ReviewStatus

pytestmark = pytest.mark.django_db


def body(response) -> bytes:
    """The bytes of a response, streamed (CSV) or not."""
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def reviewed(reviewed, make_release):
    """The records fixture, plus a draft release whose figure must never be served."""
    draft = make_release("ru", publish=False, slug="draft-release", paragraphs=["Собрано 500 тонн мусора."])
    return (*reviewed, draft)


def test_regions_and_officials(client, db):
    data = client.get("/api/v1/regions?limit=100").json()
    assert data["count"] == 21 and len(data["items"]) == 21
    almaty = next(r for r in data["items"] if r["canonical"] == "Almaty Region")
    assert [c["name_en"] for c in almaty["centres"]] == ["Taldykorgan", "Konaev"]
    assert client.get("/api/v1/regions?current=false").json()["items"][0]["canonical"] == "South Kazakhstan Region"
    officials = client.get("/api/v1/officials?region=almaty-region").json()
    assert officials["items"][0]["slug"] == "marat-sultangaziyev"


def test_anonymous_sees_confirmed_facts_of_published_releases_only(client, reviewed):
    page, confirmed, _rejected, _proposed, _draft = reviewed
    data = client.get("/api/v1/facts").json()
    assert data["count"] == 1 and data["items"][0]["id"] == confirmed.pk
    assert data["items"][0]["value"] == 120500000000 and data["items"][0]["region"] == "almaty-region"
    for status in ("proposed", "rejected"):
        assert client.get(f"/api/v1/facts?status={status}").json()["count"] == 0
    assert client.get("/api/v1/instructions").json()["count"] == 0
    Instruction.objects.update(status=ReviewStatus.CONFIRMED)
    assert client.get("/api/v1/instructions").json()["count"] == 1
    meetings = client.get("/api/v1/meetings").json()
    assert meetings["count"] == 1
    # The draft release is not named anywhere.
    assert "draft-release" not in client.get("/api/v1/meetings").content.decode()
    page.unpublish()
    assert client.get("/api/v1/facts").json()["count"] == 0
    assert client.get("/api/v1/meetings").json()["count"] == 0
    assert client.get("/api/v1/instructions").json()["count"] == 0


def test_exports_obey_visibility(client, reviewed):
    confirmed = reviewed[1]
    for url in ("/api/v1/facts?format=csv", "/api/v1/facts/export.csv"):
        response = client.get(url)
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))
        assert [int(r["id"]) for r in rows] == [confirmed.pk]
    response = client.get("/api/v1/facts/export.xlsx?region=almaty-region")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "id" and [r[0] for r in rows[1:]] == [confirmed.pk]
    assert client.get("/api/v1/facts/export.xlsx?status=proposed").status_code == 200
    assert len(list(load_workbook(io.BytesIO(client.get("/api/v1/facts/export.xlsx?status=proposed").content)).active.rows)) == 1


def test_analyst_sees_everything(client, reviewed, analyst):
    client.force_login(analyst)
    assert client.get("/api/v1/facts").json()["count"] == 3
    assert client.get("/api/v1/facts?status=proposed").json()["count"] == 1
    assert client.get("/api/v1/instructions").json()["count"] == 1


def test_filters_and_pagination(client, reviewed, analyst):
    client.force_login(analyst)
    assert client.get("/api/v1/facts?indicator=jobs_created").json()["count"] == 1
    assert client.get("/api/v1/facts?period=2024").json()["count"] == 3
    assert client.get("/api/v1/facts?region=abai-region").json()["count"] == 0
    page = client.get("/api/v1/facts?limit=2&offset=2").json()
    assert page["count"] == 3 and len(page["items"]) == 1
    assert client.get("/api/v1/facts?limit=0").status_code == 400
    assert client.get("/api/v1/facts?format=pdf").status_code == 400


def test_openapi_and_docs_without_cdn(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/facts" in schema["paths"]
    docs = client.get("/api/v1/docs").content.decode()
    # The server-rendered reference (issue 11: accessible), from the same schema, nothing from a CDN.
    assert '<html lang="en">' in docs and "/api/v1/openapi.json" in docs and "/api/v1/meetings" in docs
    assert "cdn" not in docs.lower() and "https://" not in docs


@pytest.mark.parametrize("path", ["/api/v1/facts?limit=500", "/api/v1/instructions?limit=500",
                                  "/api/v1/meetings?limit=500", "/api/v1/facts/export.csv"])
def test_lists_cost_the_same_queries_for_more_rows(client, engine, make_release, analyst, path):
    """Rows read their meeting, region, indicator, programme and source page: joined or
    prefetched in the list's query, never one query per row (a regression guard)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(analyst)

    def measure() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200
        rows = (len(response.json()["items"]) if "export" not in path
                else len(list(csv.reader(io.StringIO(body(response).decode())))) - 1)
        return len(ctx.captured_queries), rows

    make_release("ru", slug="release-a")
    few, few_rows = measure()
    for n in range(3):
        make_release("ru", slug=f"release-more-{n}", date=datetime.date(2024, 7, 1 + n))
    many, many_rows = measure()
    assert many_rows > few_rows > 0
    assert many <= few, f"{path}: {few} queries for {few_rows} rows, {many} for {many_rows}"
