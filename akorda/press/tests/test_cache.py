"""The shared page cache: variants, personalised pages, invalidation, proxy purges."""
from __future__ import annotations

import datetime
import http.server
import threading

import pytest
from django.test import override_settings

from akorda.core.cache import HIT_HEADER
from akorda.press.tests.conftest import add_event

pytestmark = pytest.mark.django_db

@pytest.fixture(autouse=True)
def _page_cache(shared_page_cache):
    """Every test here runs with the page cache on (akorda/conftest.py)."""



def _get(client, url: str, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def test_anonymous_event_page_is_cached_with_validators_and_answers_304(client, ru_event):
    url = ru_event.url
    first, _ = _get(client, url)
    assert first.status_code == 200 and first[HIT_HEADER] == "MISS"
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    assert "Cookie" in first["Vary"] and first["ETag"]
    second, html = _get(client, url)
    assert second[HIT_HEADER] == "HIT" and ru_event.title in html
    not_modified = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304 and not_modified.content == b""


def test_signed_in_reader_never_gets_or_fills_the_shared_copy(client, ru_event, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw-reader-1")
    client.force_login(user)
    signed_in = client.get(ru_event.url)
    assert signed_in.status_code == 200 and HIT_HEADER not in signed_in
    assert "private" in signed_in["Cache-Control"]
    client.logout()
    client.cookies.pop("sessionid", None)
    assert client.get(ru_event.url)[HIT_HEADER] == "MISS"  # the signed-in render was not stored
    assert client.get(ru_event.url)[HIT_HEADER] == "HIT"
    client.force_login(user)
    again = client.get(ru_event.url)
    assert HIT_HEADER not in again and "private" in again["Cache-Control"]


def test_low_vision_mode_has_its_own_variant(client, ru_event):
    _, standard = _get(client, ru_event.url)
    assert 'class="a11y"' not in standard
    client.cookies["a11y"] = "1"
    first, low_vision = _get(client, ru_event.url)
    assert first[HIT_HEADER] == "MISS" and '<html lang="ru" class="a11y">' in low_vision
    second, low_vision_again = _get(client, ru_event.url)
    assert second[HIT_HEADER] == "HIT" and 'class="a11y"' in low_vision_again
    del client.cookies["a11y"]
    third, standard_again = _get(client, ru_event.url)
    assert third[HIT_HEADER] == "HIT" and 'class="a11y"' not in standard_again


def test_each_language_has_its_own_variant(client, site_tree):
    kk_list = site_tree["kk"].events.url
    ru_list = site_tree["ru"].events.url
    _get(client, kk_list)
    _get(client, ru_list)
    kk, kk_html = _get(client, kk_list, HTTP_ACCEPT_LANGUAGE="ru")
    ru, ru_html = _get(client, ru_list, HTTP_ACCEPT_LANGUAGE="kk")
    assert kk[HIT_HEADER] == ru[HIT_HEADER] == "HIT"
    assert '<html lang="kk"' in kk_html and '<html lang="ru"' in ru_html
    assert "Оқиғалар" in kk_html and "События" in ru_html


def test_event_page_is_one_copy_whatever_the_referer(client, ru_event):
    """Back follows the Referer in the browser, so readers from a list share the cached page."""
    first, html = _get(client, ru_event.url, HTTP_REFERER="http://testserver/ru/events/?page=2")
    assert first[HIT_HEADER] == "MISS" and 'href="/ru/events/?page=2"' not in html
    direct, again = _get(client, ru_event.url)
    assert direct[HIT_HEADER] == "HIT" and again == html
    assert "Referer" not in direct["Vary"]


def test_responses_that_set_cookies_or_errors_are_not_stored(client, site_tree):
    assert client.get("/ru/events/no-such-page/").status_code == 404
    assert HIT_HEADER not in client.get("/ru/events/no-such-page/")
    redirect = client.get("/a11y/?next=/ru/")
    assert redirect.cookies and HIT_HEADER not in redirect


def test_published_correction_reaches_every_cached_page_at_once(client, site_tree, ru_event):
    """Home, Events, the rubric, archive day, feeds, search, the event and its print view."""
    ru = site_tree["ru"]
    urls = [
        ru.home.url,
        ru.events.url,
        ru.rubrics["akorda"].url,
        ru.events.url + "archive/2024/6/14/",
        ru.events.url + "feed/rss/",
        ru.rubrics["akorda"].url + "feed/atom/",
        "/ru/search/?q=%D1%88%D0%BA%D0%BE%D0%BB",
        ru_event.url,
        ru_event.url + "print/",
    ]
    for url in urls:
        _get(client, url)
        response, html = _get(client, url)
        assert response[HIT_HEADER] == "HIT", url
        assert "Обсуждено строительство новых" in html, url
    page = ru_event.get_latest_revision_as_object()
    page.title = "Глава государства провёл совещание по развитию школ и колледжей"
    page.body = "<p>Исправлено: обсуждено строительство новых школ и колледжей в регионах.</p>"
    page.save_revision().publish()
    for url in urls:
        response, html = _get(client, url)
        assert response.status_code == 200, url
        assert response[HIT_HEADER] == "MISS", url
        assert "Исправлено: обсуждено строительство новых" in html, url
        assert "Обсуждено строительство новых" not in html, url


def test_unpublished_event_leaves_every_cached_page(client, site_tree, ru_event):
    ru = site_tree["ru"]
    urls = [ru.home.url, ru.events.url, ru.events.url + "feed/rss/", "/sitemap-events-ru.xml"]
    slug = ru_event.url.rstrip("/").rsplit("/", 1)[-1]
    for url in urls:
        _get(client, url)
        assert slug in _get(client, url)[1], url
    _get(client, ru_event.url)
    ru_event.unpublish()
    assert client.get(ru_event.url).status_code == 404
    for url in urls:
        assert slug not in _get(client, url)[1], url


def test_a_new_event_in_one_language_keeps_other_pages_cached(client, site_tree, ru_event):
    """Precision: publishing a Kazakh event drops Kazakh lists, not Russian event pages or lists."""
    ru_list = site_tree["ru"].events.url
    kk_list = site_tree["kk"].events.url
    for url in (ru_event.url, ru_list, kk_list):
        _get(client, url)
    add_event(site_tree["kk"].rubrics["akorda"], "Мемлекет басшысы мектептер салу жөнінде кеңес өткізді",
              datetime.date(2024, 6, 15), ["Жаңа мектептер салу талқыланды."])
    assert client.get(ru_event.url)[HIT_HEADER] == "HIT"
    assert client.get(ru_list)[HIT_HEADER] == "HIT"
    kk, html = _get(client, kk_list)
    assert kk[HIT_HEADER] == "MISS" and "Мемлекет басшысы мектептер салу" in html


def test_moved_event_is_dropped_from_its_old_rubric(client, site_tree, ru_event):
    ru = site_tree["ru"]
    old_url = ru_event.url
    _get(client, old_url)
    _get(client, ru.rubrics["akorda"].url)
    ru_event.move(ru.rubrics["trips"], pos="last-child")
    old = client.get(old_url)
    assert old.status_code in (301, 404) and HIT_HEADER not in old  # Wagtail may redirect the old URL
    assert ru_event.title not in _get(client, ru.rubrics["akorda"].url)[1]
    assert ru_event.title in _get(client, ru.rubrics["trips"].url)[1]


def test_menu_change_drops_every_page(client, site_tree, ru_event):
    _get(client, ru_event.url)
    rubric = site_tree["ru"].rubrics["trips"]
    rubric.title = "Поездки по стране"
    rubric.save_revision().publish()
    response, html = _get(client, ru_event.url)
    assert response[HIT_HEADER] == "MISS" and "Поездки по стране" in html


class _PurgeRecorder(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []

    def do_PURGE(self) -> None:
        self.seen.append((self.headers.get("Host", ""), self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def purge_server():
    """A local HTTP server standing in for Varnish: it records the PURGE requests."""
    _PurgeRecorder.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, _PurgeRecorder.seen
    server.shutdown()
    server.server_close()


def test_publication_purges_the_proxy_through_wagtail_frontend_cache(site_tree, ru_event, purge_server):
    server, seen = purge_server
    location = f"http://127.0.0.1:{server.server_address[1]}"
    backends = {"default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}}
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        page = ru_event.get_latest_revision_as_object()
        page.body = "<p>Исправленный текст.</p>"
        page.save_revision().publish()
    paths = {path for _, path in seen}
    assert ru_event.url in paths
    for list_page in (site_tree["ru"].home, site_tree["ru"].events, site_tree["ru"].rubrics["akorda"]):
        assert list_page.url in paths, list_page.url
    assert site_tree["ru"].events.url + "feed/rss/" in paths
    assert "/sitemap.xml" in paths
    assert {host for host, _ in seen} == {"localhost"}
