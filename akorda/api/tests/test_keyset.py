"""Keyset pages (``after=<id>``): the same items in the same order as offset pages,
and a deep page costs what the first one does (issue 10, item 3)."""
from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from akorda.records.models import Meeting
from akorda.records.tests.scale import generate_record

pytestmark = pytest.mark.django_db


def walk(client, url: str) -> list[int]:
    """Every id of a list, following ``next`` from the first page."""
    ids: list[int] = []
    data = client.get(url).json()
    while True:
        ids += [item["id"] for item in data["items"]]
        if data["next"] is None:
            return ids
        assert data["next"] == ids[-1]
        data = client.get(f"{url}&after={data['next']}").json()


@pytest.mark.parametrize("name", ["facts", "instructions", "meetings"])
def test_after_gives_the_offset_order_without_gaps_or_repeats(client, superuser, name):
    client.force_login(superuser)
    generate_record(1000)  # 50 meetings, 100 instructions
    # An undated meeting and figures without a span: the keys that would be NULL.
    undated = Meeting.objects.create(kind="reception", official_name="Демо Демов", is_demo=True)
    undated.facts.create(value=1, unit="t", quote="1 т", span_start=None, span_end=None)
    undated.instructions.create(text="демо без даты", span_start=None, span_end=None)
    by_offset = []
    for offset in range(0, 1100, 37):
        by_offset += [item["id"] for item in client.get(f"/api/v1/{name}?limit=37&offset={offset}").json()["items"]]
    by_keyset = walk(client, f"/api/v1/{name}?limit=37")
    assert by_keyset == by_offset and len(set(by_keyset)) == len(by_keyset) > 37


def test_after_takes_the_filters_and_an_offset_on_top(client, superuser):
    client.force_login(superuser)
    generate_record(400)
    all_ids = walk(client, "/api/v1/facts?limit=500&region=almaty-region")
    third = all_ids[2]
    data = client.get(f"/api/v1/facts?limit=5&region=almaty-region&after={third}&offset=2").json()
    assert [item["id"] for item in data["items"]] == all_ids[5:10]


def test_after_an_item_outside_the_list_is_a_409_naming_it(client, superuser):
    generate_record(400)
    other = Meeting.objects.exclude(region__slug="almaty-region").first().facts.first()
    client.force_login(superuser)
    response = client.get(f"/api/v1/facts?region=almaty-region&after={other.pk}")
    assert response.status_code == 409 and f"after={other.pk}" in response.json()["detail"]
    client.logout()  # the public does not see demo records, so their ids are not in its list either
    assert client.get(f"/api/v1/facts?after={other.pk}").status_code == 409
    assert client.get("/api/v1/facts?after=0").status_code == 400


def test_a_deep_keyset_page_costs_the_queries_of_the_first(client, superuser):
    client.force_login(superuser)
    generate_record(2000)
    ids = walk(client, "/api/v1/facts?limit=500")
    with CaptureQueriesContext(connection) as first:
        client.get("/api/v1/facts?limit=100")
    with CaptureQueriesContext(connection) as deep:
        page = client.get(f"/api/v1/facts?limit=100&after={ids[-150]}").json()
    assert [item["id"] for item in page["items"]] == ids[-149:-49]
    # One more than the first page: the lookup of the item to start after.
    assert len(deep.captured_queries) <= len(first.captured_queries) + 1
    assert not any("OFFSET" in q["sql"].upper() for q in deep.captured_queries)


def counts(queries: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_keyset_pages_and_count_false_do_not_count_the_list(client, superuser):
    client.force_login(superuser)
    generate_record(400)
    with CaptureQueriesContext(connection) as counted:
        first = client.get("/api/v1/facts?limit=7").json()
    assert first["count"] == 400 and len(counts(counted)) == 1
    with CaptureQueriesContext(connection) as keyset:
        second = client.get(f"/api/v1/facts?limit=7&after={first['next']}").json()
    with CaptureQueriesContext(connection) as uncounted:
        bare = client.get("/api/v1/facts?limit=7&count=false").json()
    assert second["count"] is None and counts(keyset) == [] and len(second["items"]) == 7
    assert bare["count"] is None and counts(uncounted) == []
    assert bare["items"] == first["items"] and bare["next"] == first["next"]
    # The last page, uncounted, still knows that nothing follows it.
    last = client.get(f"/api/v1/facts?limit=500&after={first['next']}").json()
    assert len(last["items"]) == 393 and last["next"] is None


def test_the_schema_documents_after_next_and_409(client):
    schema = client.get("/api/v1/openapi.json").json()
    facts = schema["paths"]["/api/v1/facts"]["get"]
    after = next(p for p in facts["parameters"] if p["name"] == "after")
    assert after["schema"]["anyOf"][0]["minimum"] == 1 or after["schema"].get("minimum") == 1
    assert "409" in facts["responses"]
    page = facts["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    properties = schema["components"]["schemas"][page]["properties"]
    assert "next" in properties and {"type": "null"} in properties["count"]["anyOf"]
    assert any(p["name"] == "count" for p in facts["parameters"])
