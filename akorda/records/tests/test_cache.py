"""A reviewed record reaches every cached public page that shows it, at once."""
from __future__ import annotations

import pytest
from django.test import Client

from akorda.core.cache import HIT_HEADER
from akorda.records.formatting import fact_text
from akorda.records.models import ReviewStatus

pytestmark = pytest.mark.django_db

@pytest.fixture(autouse=True)
def _page_cache(shared_page_cache):
    """Every test here runs with the page cache on (akorda/conftest.py)."""



def _record_part(html: str) -> str:
    return html.split('class="release-record"', 1)[1] if 'class="release-record"' in html else ""


def test_confirmed_figure_reaches_event_region_official_and_api_at_once(reviewed):
    page, _confirmed, _rejected, proposed = reviewed
    reader = Client()
    urls = [page.url, "/ru/regions/almaty-region/", "/api/v1/facts", "/api/v1/meetings"]
    for url in urls:
        reader.get(url)
        assert reader.get(url)[HIT_HEADER] == "HIT", url
    assert reader.get("/api/v1/facts").json()["count"] == 1

    proposed.status = ReviewStatus.CONFIRMED  # what the review's "Confirm" saves
    proposed.save()
    text = fact_text(proposed, "ru")

    event = reader.get(page.url)
    assert event[HIT_HEADER] == "MISS" and text in _record_part(event.content.decode())
    region = reader.get("/ru/regions/almaty-region/")
    assert region[HIT_HEADER] == "MISS" and text in region.content.decode()
    facts = reader.get("/api/v1/facts")
    assert facts[HIT_HEADER] == "MISS" and facts.json()["count"] == 2


def test_corrected_figure_replaces_the_cached_one(reviewed):
    page, confirmed, _rejected, _proposed = reviewed
    reader = Client()
    confirmed.refresh_from_db()  # the fixture confirmed it with a queryset update
    before = fact_text(confirmed, "ru")
    assert before in _record_part(reader.get(page.url).content.decode())
    confirmed.value = 121_000_000_000  # an analyst's correction of the figure
    confirmed.edited_by_analyst = True
    confirmed.save()
    after = fact_text(confirmed, "ru")
    assert after != before
    html = _record_part(reader.get(page.url).content.decode())
    assert after in html and before not in html


def test_signed_in_analyst_sees_the_api_unshared(reviewed, analyst):
    """The API shows analysts unreviewed items: their answers never enter the shared cache."""
    anonymous = Client()
    assert anonymous.get("/api/v1/facts").json()["count"] == 1
    staff = Client()
    staff.force_login(analyst)
    response = staff.get("/api/v1/facts")
    assert response.json()["count"] == 3 and HIT_HEADER not in response
    assert "private" in response["Cache-Control"]
    assert anonymous.get("/api/v1/facts").json()["count"] == 1
