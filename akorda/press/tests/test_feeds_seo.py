"""Feeds, sitemap with hreflang alternates, robots.txt."""
import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from akorda.press.tests.conftest import add_event, sitemap_entries, translate_event

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def feed_events(site_tree):
    ru = site_tree["ru"].rubrics
    return [
        add_event(ru["akorda"], "Приём в Акорде", datetime.date(2024, 6, 14), ["Первый абзац о приёме.", "Второй."]),
        add_event(ru["trips"], "Рабочая поездка", datetime.date(2024, 6, 10), ["О поездке."]),
        add_event(site_tree["en"].rubrics["akorda"], "Reception at Akorda", datetime.date(2024, 6, 14), ["Text."]),
    ]


def test_rss_per_language(client, feed_events):
    response = client.get("/ru/events/feed/rss/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "ru"
    assert "События" in channel.findtext("title")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Приём в Акорде", "Рабочая поездка"]
    first = items[0]
    assert first.findtext("link") == "http://testserver" + feed_events[0].url
    assert first.findtext("guid") == f"http://testserver/e/{feed_events[0].id}/"
    assert first.findtext("description") == "Первый абзац о приёме."
    assert first.findtext("category") == "Акорда"


def test_atom_per_rubric(client, feed_events):
    response = client.get("/ru/events/akorda/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == ["Приём в Акорде"]
    en = ET.fromstring(client.get("/en/events/feed/atom/").content)
    assert [e.findtext(f"{ATOM}title") for e in en.findall(f"{ATOM}entry")] == ["Reception at Akorda"]


def test_pages_announce_their_feeds(client, feed_events):
    html = client.get("/ru/events/akorda/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="Акорда (RSS)" href="/ru/events/akorda/feed/rss/">' in html
    assert 'type="application/atom+xml"' in html
    event_html = client.get(feed_events[0].url).content.decode()
    assert 'href="/ru/events/feed/rss/"' in event_html


def test_sitemap_lists_every_locale_with_hreflang_alternates(client, site_tree, feed_events):
    en = translate_event(feed_events[0], site_tree["en"], "Reception (translation)", ["Text."])
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = {loc.text for loc in index.iter(f"{SM}loc")}
    assert sections == {f"http://testserver/sitemap-{name}.xml" for name in ("pages", "events-kk", "events-ru", "events-en")}
    entries = sitemap_entries(client)
    ru_loc = "http://testserver" + feed_events[0].url
    assert ru_loc in entries
    assert "http://testserver/kk/" in entries and "http://testserver/en/events/" in entries
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entries[ru_loc].findall(f"{XHTML}link")
    }
    assert alternates == {"ru": ru_loc, "en": "http://testserver" + en.url}
    home_alts = {link.get("hreflang") for link in entries["http://testserver/kk/"].findall(f"{XHTML}link")}
    assert home_alts == {"kk", "ru", "en"}


def test_sitemap_lastmod_is_the_last_publication(client, site_tree, feed_events):
    page = feed_events[1]
    page.refresh_from_db()
    entry = sitemap_entries(client)["http://testserver" + page.url]
    # The sitemap writes the site's own date (TIME_ZONE, Asia/Almaty), not UTC's: between 19:00 and
    # midnight UTC the two differ by a day.
    assert entry.findtext(f"{SM}lastmod") == timezone.localtime(page.last_published_at).date().isoformat()


def test_sitemap_hosts_follow_the_configured_site(client, site_tree, feed_events, settings):
    """The Site's root URL when the request names its host; the request's host otherwise (make run)."""
    from wagtail.models import Site

    settings.ALLOWED_HOSTS = ["testserver", "www.example.kz", "127.0.0.1"]
    Site.objects.filter(is_default_site=True).update(hostname="www.example.kz", port=443)
    entries = sitemap_entries(client, HTTP_HOST="www.example.kz", HTTP_X_FORWARDED_PROTO="https", secure=True)
    assert "https://www.example.kz" + feed_events[0].url in entries
    index = client.get("/sitemap.xml", HTTP_HOST="www.example.kz", secure=True).content.decode()
    assert "https://www.example.kz/sitemap-events-ru.xml" in index
    local = sitemap_entries(client, HTTP_HOST="127.0.0.1:8000")
    assert "http://127.0.0.1:8000" + feed_events[0].url in local


def test_sitemap_sections_are_paged(client, site_tree, feed_events, monkeypatch):
    from akorda.press import sitemaps

    monkeypatch.setattr(sitemaps.EventSitemap, "limit", 1)
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-events-ru.xml?p=2" in index
    first = client.get("/sitemap-events-ru.xml?p=1").content.decode()
    second = client.get("/sitemap-events-ru.xml?p=2").content.decode()
    assert first.count("<url>") == second.count("<url>") == 1 and first != second


def _queries(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(path).status_code == 200  # warm: the per-process caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_sitemap_and_feed_queries_do_not_grow_with_their_entries(client, site_tree, feed_events, settings):
    """The events' sitemap reads its page of URLs and their translations in two queries, the feed
    its items with their rubrics: as many queries for three entries as for thirty."""
    settings.PAGE_CACHE_CLOCK_SKEW = 0.0  # the site snapshot is trusted at once after the pages added here
    translate_event(feed_events[0], site_tree["en"], "Reception (translation)", ["Text."])
    paths = ("/sitemap-events-ru.xml", "/sitemap-events-ru.xml?p=1", "/ru/events/feed/rss/", "/ru/events/trips/feed/atom/")
    few = {path: _queries(client, path) for path in paths}
    rubrics = site_tree["ru"].rubrics
    for i in range(27):
        page = add_event(rubrics["trips"] if i % 2 else rubrics["akorda"], f"Ещё событие {i}", datetime.date(2024, 5, 1 + i), ["Текст."])
        if i % 3 == 0:
            translate_event(page, site_tree["en" if i % 2 else "kk"], f"Translation {i}", ["Text."])
    entries = sitemap_entries(client)
    assert sum(1 for loc in entries if loc.startswith("http://testserver/ru/events/")) >= 30
    many = {path: _queries(client, path) for path in paths}
    assert many == few
    assert few["/sitemap-events-ru.xml"] <= 6 and few["/ru/events/feed/rss/"] <= 3


def test_sitemap_urls_are_wagtails_for_every_page_and_slug(client, site_tree, feed_events, settings):
    """The sitemap writes URLs from ``url_path`` without asking Wagtail page by page
    (akorda.press.hosts.AbsoluteUrls): the same as Wagtail's for every page of the
    tree, Cyrillic and Kazakh slugs included, on the request's host and on the Site's."""
    from urllib.parse import quote

    from django.test import RequestFactory
    from wagtail.models import Page, Site

    from akorda.press.hosts import AbsoluteUrls, absolute

    ru, kk = site_tree["ru"].rubrics, site_tree["kk"].rubrics
    add_event(ru["akorda"], "Кириллица", datetime.date(2024, 6, 1), ["Текст."], slug="кириллица-в-адресе")
    add_event(kk["akorda"], "Қазақша", datetime.date(2024, 6, 1), ["Мәтін."], slug="ақордадағы-қабылдау")
    settings.ALLOWED_HOSTS = ["testserver", "www.example.kz"]
    pages = list(Page.objects.filter(depth__gt=1))
    assert len(pages) > 10
    for host, secure in (("testserver", False), ("www.example.kz", True)):
        if host == "www.example.kz":
            Site.objects.filter(is_default_site=True).update(hostname=host, port=443)
        request = RequestFactory().get("/sitemap.xml", HTTP_HOST=host, secure=secure)
        url_of = AbsoluteUrls(request)
        assert [url_of(p.url_path) for p in pages] == [absolute(request, p) for p in pages]
    entries = sitemap_entries(client, HTTP_HOST="www.example.kz", secure=True)
    assert f"https://www.example.kz/ru/events/akorda/{quote('кириллица-в-адресе')}/" in entries


def test_robots_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
