"""A draft or a scheduled event appears nowhere public until published (issue 2, item 8)."""
import datetime
from urllib.parse import quote

import pytest
from django.utils import timezone

from akorda.press.models import EventPage
from akorda.press.tests.conftest import add_event
from akorda.press.tests.test_pages import short_url_status

pytestmark = pytest.mark.django_db

TITLE = "Секретный черновик о строительстве школ"


@pytest.fixture(params=["draft", "scheduled"])
def hidden(request, site_tree) -> EventPage:
    rubric = site_tree["ru"].rubrics["akorda"]
    if request.param == "draft":
        # Never published: a page with a saved revision only.
        return add_event(rubric, TITLE, datetime.date(2024, 6, 14), ["Черновик о школах."], publish=False)
    page = add_event(rubric, TITLE, datetime.date(2024, 6, 14), ["Черновик о школах."], publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(days=2)
    page.save_revision().publish()  # Wagtail keeps it not live until publish_scheduled runs after go_live_at
    page.refresh_from_db()
    assert not page.live and page.scheduled_revision is not None
    return page


def test_page_itself_is_404(client, hidden):
    assert client.get("/ru/events/akorda/" + hidden.slug + "/").status_code == 404
    assert client.get("/ru/events/akorda/" + hidden.slug + "/print/").status_code == 404


def test_not_in_lists_home_or_archive(client, hidden):
    for url in ["/ru/", "/ru/events/", "/ru/events/akorda/", "/ru/events/?date=2024-06-14",
                "/ru/events/archive/2024/6/14/", "/ru/events/archive/2024/6/"]:
        html = client.get(url).content.decode()
        assert TITLE not in html, url
        assert 'href="/ru/events/archive/2024/6/14/"' not in html, url


def test_not_in_search(client, hidden):
    html = client.get("/ru/search/", {"q": "черновик"}).content.decode()
    assert TITLE not in html


def test_not_in_feeds(client, hidden):
    for url in ["/ru/events/feed/rss/", "/ru/events/feed/atom/", "/ru/events/akorda/feed/rss/"]:
        assert TITLE not in client.get(url).content.decode(), url


def test_not_in_sitemap(client, hidden):
    # Sitemap locations are URIs: the Cyrillic slug appears percent-encoded.
    from akorda.press.tests.conftest import sitemap_entries

    locations = " ".join(sitemap_entries(client))
    assert "/ru/events/" in locations  # the sections were read
    assert quote(hidden.slug) not in locations


def test_not_behind_the_short_url(client, hidden):
    assert short_url_status(client, hidden.id) == 404


def test_published_later_it_appears_everywhere(client, hidden):
    hidden.go_live_at = None
    hidden.save_revision().publish()
    assert client.get(hidden.url).status_code == 200
    assert TITLE in client.get("/ru/events/").content.decode()
    assert TITLE in client.get("/ru/search/", {"q": "черновик"}).content.decode()
    assert TITLE in client.get("/ru/events/feed/rss/").content.decode()
    assert quote(hidden.slug) in client.get("/sitemap.xml").content.decode()
    assert client.get(f"/e/{hidden.id}/")["Location"] == hidden.url


def test_unpublished_draft_changes_of_a_live_page_stay_private(client, site_tree):
    page = add_event(site_tree["ru"].rubrics["akorda"], "Опубликовано", datetime.date(2024, 6, 14), ["Было."])
    page.title = "Черновая правка заголовка"
    page.save_revision()
    html = client.get(page.url).content.decode()
    assert "Опубликовано" in html and "Черновая правка" not in html
    assert "Черновая правка" not in client.get("/ru/events/feed/rss/").content.decode()


def test_a_restricted_page_stays_out_of_public_lists(client, site_tree):
    from wagtail.models import PageViewRestriction

    page = add_event(site_tree["ru"].rubrics["akorda"], TITLE, datetime.date(2024, 6, 14), ["Черновик о школах."])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert TITLE not in client.get("/ru/events/").content.decode()
    assert TITLE not in client.get("/ru/search/", {"q": "черновик"}).content.decode()
    assert TITLE not in client.get("/ru/events/feed/rss/").content.decode()
    assert quote(page.slug) not in client.get("/sitemap.xml").content.decode()
    assert short_url_status(client, page.id) == 404
