"""The per-request site snapshot (akorda.core.sitecache, akorda.press.sitepages): what it saves, and
that every change of what it holds reaches the next request at once.

The page cache stays off here (the suite's default), so each request renders; the snapshot lives in
the default cache (locmem in tests) with no clock-skew margin, so a stale snapshot would be served
if an invalidation were missing (with the margin every snapshot younger than a second is rebuilt).
"""
from __future__ import annotations

import datetime
from urllib.parse import unquote

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction, Site

from akorda.core.models import SiteIdentity
from akorda.press.models import EventIndexPage, RubricPage
from akorda.press.tests.conftest import add_event

pytestmark = pytest.mark.django_db

# What the snapshot answers, as the table a query reads from (the locale is still joined to pages).
SNAPSHOT_TABLES = tuple(f'FROM "{t}"' for t in ("wagtailcore_site", "wagtailcore_locale", "wagtailcore_pageviewrestriction",
                                               "core_siteidentity"))


@pytest.fixture(autouse=True)
def _no_skew():
    with override_settings(PAGE_CACHE_CLOCK_SKEW=0.0):
        yield


def _snapshot_queries(sql: list[str]) -> list[str]:
    """Queries for what the snapshot holds; the lists' own reading of the restrictions (listing.py) aside."""
    listing = 'SELECT "wagtailcore_page"."path" AS "page__path" FROM "wagtailcore_pageviewrestriction"'
    return [q for q in sql if any(t in q for t in SNAPSHOT_TABLES) and not q.startswith(listing)]


def _queries(client, url: str) -> tuple[list[str], str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [q["sql"] for q in captured.captured_queries], response.content.decode()


def _warm(client, url: str) -> str:
    """Two requests: the first builds the snapshot, the second must read it from the cache."""
    client.get(url)
    sql, html = _queries(client, url)
    assert not _snapshot_queries(sql), "the snapshot was not used"
    return html


def test_event_page_asks_the_database_only_about_the_event(client, ru_event):
    client.get(ru_event.url)
    sql, html = _queries(client, ru_event.url)
    assert ru_event.title in html
    assert not _snapshot_queries(sql)
    # Routing: one page query (the event, locale joined); hreflang: one; none for home, Events, rubric, menu.
    page_queries = [q for q in sql if '"wagtailcore_page"' in q]
    assert len(page_queries) == 2, page_queries
    assert 'INNER JOIN "wagtailcore_locale"' in page_queries[0]


def test_home_reads_no_structure_page(client, site_tree, ru_event):
    client.get("/ru/")
    sql, html = _queries(client, "/ru/")
    assert ru_event.title in html and 'href="/ru/events/"' in html
    assert not _snapshot_queries(sql)
    assert not [q for q in sql if 'FROM "wagtailcore_page"' in q and '"wagtailcore_page"."depth" = 3' in q]


def test_a_rubric_published_shows_in_the_menu_at_once(client, site_tree, ru_event):
    _warm(client, ru_event.url)
    events = site_tree["ru"].events
    rubric = RubricPage(title="Обращения", slug="addresses", code="akorda", locale=events.locale, live=False)
    events.add_child(instance=rubric)
    html = _warm(client, ru_event.url)
    assert "Обращения" not in html  # a draft is in no menu
    rubric.save_revision().publish()
    _, html = _queries(client, ru_event.url)
    assert 'href="/ru/events/addresses/"' in html
    assert client.get("/ru/events/addresses/").status_code == 200  # and routing finds it


def test_a_rubric_unpublished_leaves_the_menu_and_its_address_at_once(client, site_tree, ru_event):
    trips = RubricPage.objects.get(pk=site_tree["ru"].rubrics["trips"].pk)  # the fixture's copy is stale
    html = _warm(client, ru_event.url)
    assert f'href="{trips.url}"' in html
    trips.unpublish()
    _, html = _queries(client, ru_event.url)
    assert f'href="{trips.url}"' not in html
    assert client.get(trips.url).status_code == 404


def test_a_rubric_saved_without_publishing_is_seen_at_once(client, site_tree, ru_event):
    """A direct save (live flag, title) outdates the snapshot as much as a publication."""
    trips = RubricPage.objects.get(pk=site_tree["ru"].rubrics["trips"].pk)
    _warm(client, ru_event.url)
    trips.title = "Поездки по регионам"
    trips.save()
    _, html = _queries(client, ru_event.url)
    assert "Поездки по регионам" in html


def test_a_renamed_section_routes_under_its_new_address_at_once(client, site_tree, ru_event):
    _warm(client, ru_event.url)
    events = EventIndexPage.objects.get(pk=site_tree["ru"].events.pk)
    events.slug = "news"
    events.save_revision().publish()
    moved = ru_event.url.replace("/ru/events/", "/ru/news/")
    assert client.get(moved).status_code == 200
    assert client.get(ru_event.url).status_code == 404
    _, html = _queries(client, moved)
    assert 'href="/ru/news/"' in html


def test_a_moved_rubric_is_routed_where_it_now_is(client, site_tree, ru_event):
    _warm(client, ru_event.url)
    rubric = RubricPage.objects.get(pk=site_tree["ru"].rubrics["akorda"].pk)
    rubric.move(RubricPage.objects.get(pk=site_tree["ru"].rubrics["trips"].pk), pos="last-child")
    rubric.refresh_from_db()
    moved = f"{rubric.url}{ru_event.slug}/"
    old = client.get(ru_event.url)
    assert old.status_code == 301 and unquote(old["Location"]) == moved  # Wagtail's redirect: routing no longer finds it there
    assert client.get(moved).status_code == 200


def test_a_view_restriction_is_enforced_at_once(client, site_tree, ru_event):
    rubric = site_tree["ru"].rubrics["akorda"]
    _warm(client, ru_event.url)
    restriction = PageViewRestriction.objects.create(page=rubric, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(ru_event.url)
    assert response.status_code == 302 and "login" in response["Location"]  # Wagtail's check ran
    home = client.get("/ru/").content.decode()
    assert f'href="{rubric.url}"' not in home  # and the menu dropped it
    restriction.delete()
    assert client.get(ru_event.url).status_code == 200


def test_the_site_identity_edited_shows_at_once(client, site_tree, ru_event):
    _warm(client, ru_event.url)
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.title_ru = "Сайт для проверки снимка"
    identity.save()
    _, html = _queries(client, ru_event.url)
    assert "Сайт для проверки снимка" in html


def test_a_site_change_is_seen_at_once(client, site_tree, ru_event):
    """The host's Site comes from the snapshot: a site made default for another host no longer answers."""
    _warm(client, ru_event.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname = "elsewhere.example"
    site.is_default_site = False
    site.save()
    assert client.get(ru_event.url).status_code == 404
    site.is_default_site = True
    site.save()
    assert client.get(ru_event.url).status_code == 200


def test_a_locale_removed_is_seen_at_once(client, site_tree, ru_event):
    """Routing picks the home of the active locale from the snapshot; without the locale, Wagtail's
    fallback (the root page itself) answers, as it would reading the database."""
    _warm(client, "/en/")
    english_home = site_tree["en"].home
    assert client.get("/en/").context["page"].pk == english_home.pk
    Locale.objects.filter(language_code="en").update(language_code="en-old")  # no signal: bump by hand below
    Locale.objects.get(language_code="en-old").save()
    assert client.get("/en/").context["page"].pk != english_home.pk


def test_a_new_event_under_a_rubric_is_routed(client, site_tree, ru_event):
    """Event pages are not in the snapshot: one made after it was built is found."""
    _warm(client, ru_event.url)
    later = add_event(site_tree["ru"].rubrics["akorda"], "Совещание по вопросам транспорта", datetime.date(2024, 7, 1),
                      ["Обсуждены вопросы транспорта."])
    assert client.get(later.url).status_code == 200


def test_region_and_person_tags_in_one_query_keep_their_order(client, site_tree):
    """``EventPage.tag_links`` reads both kinds at once; each kind in the order the tags were added."""
    page = add_event(site_tree["ru"].rubrics["akorda"], "Встреча в регионах", datetime.date(2024, 5, 2), ["Текст встречи."],
                     regions=["Туркестанская область", "Абайская область"], persons=["Ерлан Карин", "Айгуль Бекова"])
    client.get(page.url)
    sql, html = _queries(client, page.url)
    assert len([q for q in sql if '"taggit_tag"' in q]) == 1
    tags = html[html.index('class="tags"'):]
    order = [tags.index(name) for name in ("Туркестанская область", "Абайская область", "Ерлан Карин", "Айгуль Бекова")]
    assert order == sorted(order)
    assert "?region=" in tags and "?person=" in tags


def test_a_preview_shows_its_unsaved_tags(site_tree):
    """A preview's tags are in memory (modelcluster), not in the tables: ``tag_links`` reads those."""
    page = add_event(site_tree["ru"].rubrics["akorda"], "Черновик с метками", datetime.date(2024, 5, 3), ["Текст."],
                     regions=["Абайская область"])
    page.regions.add("Жетысуская область")  # not saved
    assert [t.name for t in page.tag_links["regions"]] == ["Абайская область", "Жетысуская область"]
