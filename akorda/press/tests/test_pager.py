"""Keyset pages of the events lists (akorda.press.pager): every event once, in order, by links that stay valid.

Team-written titles; the dates are chosen so that many events share a day and
some share (or lack) their first publication time, the ties a keyset must break.
"""
import datetime
import re

import pytest
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext

from akorda.press.index import EventListing
from akorda.press.listing import PAGE_SIZE
from akorda.press.tests.conftest import add_event

pytestmark = pytest.mark.django_db

TOTAL = 2 * PAGE_SIZE + 5  # three pages, the last one short
SAME_TIME = datetime.datetime(2024, 3, 1, 9, 0, tzinfo=datetime.UTC)


def titles(html: str) -> list[str]:
    return re.findall(r'<li class="event-item">.*?<h2><a [^>]*>([^<]+)</a>', html, re.S)


def link(html: str, rel: str) -> str | None:
    match = re.search(rf'<a rel="{rel}" href="([^"]+)"', html)
    return match.group(1).replace("&amp;", "&") if match else None


@pytest.fixture
def archive(site_tree):
    """25 events over 4 days in two rubrics; a third share one publication time, a third have none."""
    ru = site_tree["ru"].rubrics
    pages = []
    for i in range(TOTAL):
        rubric = ru["akorda"] if i % 2 else ru["trips"]
        pages.append(add_event(rubric, f"Событие {i:02d}", datetime.date(2024, 3, 1 + i % 4), ["Текст."]))
    ids = [p.pk for p in pages]
    EventListing.objects.filter(page_id__in=ids[::3]).update(first_published_at=SAME_TIME)
    EventListing.objects.filter(page_id__in=ids[1::3]).update(first_published_at=None)
    return pages


def expected_order() -> list[str]:
    """The list order, computed here in Python: date, then publication (none first), then id, all newest first."""
    rows = EventListing.objects.filter(live=True, locale__language_code="ru").select_related("page")
    far = datetime.datetime.max.replace(tzinfo=datetime.UTC)
    key = [(r.date, r.first_published_at or far, r.page_id, r.page.title) for r in rows]
    return [t for *_, t in sorted(key, reverse=True)]


def walk(client, start: str, rel: str) -> list[list[str]]:
    pages, url = [], start
    while url is not None:
        if url.startswith("?"):
            url = "/ru/events/" + url
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        pages.append(titles(html))
        url = link(html, rel)
        assert len(pages) <= TOTAL, "the links go round in a circle"
    return pages


def test_older_links_show_every_event_once_in_list_order(client, archive):
    pages = walk(client, "/ru/events/", "next")
    assert [len(p) for p in pages] == [PAGE_SIZE, PAGE_SIZE, TOTAL - 2 * PAGE_SIZE]
    assert [t for page in pages for t in page] == expected_order()


def test_newer_links_from_the_oldest_page_come_back_to_the_first(client, archive):
    forward = walk(client, "/ru/events/", "next")
    html = client.get("/ru/events/?page=999").content.decode()  # an old numbered link past the end: the oldest page
    assert titles(html) == expected_order()[-PAGE_SIZE:]
    back = walk(client, link(html, "prev"), "prev")
    order = expected_order()
    for page in back:  # each page is a run of the list, in its order
        start = order.index(page[0])
        assert page == order[start:start + len(page)]
    # The oldest page ends the list, so it does not start on a page boundary: the page between
    # it and the first page is short, and every event is shown once on the way back.
    assert [t for page in [*back[::-1], titles(html)] for t in page] == order
    assert back[-1] == forward[0]
    assert [len(p) for p in back] == [TOTAL - 2 * PAGE_SIZE, PAGE_SIZE]


def test_older_then_newer_shows_the_same_pages_back_to_exactly_the_first(client, archive):
    forward = walk(client, "/ru/events/", "next")
    last = client.get("/ru/events/" + link(client.get("/ru/events/" + link(
        client.get("/ru/events/").content.decode(), "next")).content.decode(), "next")).content.decode()
    back = walk(client, "/ru/events/" + link(last, "prev"), "prev")
    assert back == forward[-2::-1]
    first = client.get("/ru/events/").content.decode()
    assert link(first, "prev") is None and "?before=" not in first


def test_a_newer_link_from_anywhere_reaches_exactly_the_first_page_showing_each_event_once(client, archive):
    """``?before=`` of each event (a hand-made link, or one whose pages no longer start where
    the first page ends because newer events were published since), the newest included."""
    order = expected_order()
    ids = {p.title: p.pk for p in archive}
    first = titles(client.get("/ru/events/").content.decode())
    for rank, title in enumerate(order):
        pages = walk(client, f"/ru/events/?before={ids[title]}", "prev")
        assert pages[-1] == first, rank
        if rank <= PAGE_SIZE:  # nothing or less than a page newer: the first page itself
            assert pages == [first], rank
        else:  # the events between the top and this one, each once, on pages that end at the first page
            assert [t for page in pages[::-1] for t in page] == order[:rank], rank
            html = client.get(f"/ru/events/?before={ids[title]}").content.decode()
            older = link(html, "next")  # and that page's Older link goes on from this event
            assert titles(client.get("/ru/events/" + older).content.decode())[0] == title, rank


def test_newer_links_after_new_events_are_published_show_each_event_once(client, site_tree, archive):
    second = link(client.get("/ru/events/").content.decode(), "next")
    third = link(client.get("/ru/events/" + second).content.decode(), "next")
    for i in range(3):
        add_event(site_tree["ru"].rubrics["akorda"], f"Новое событие {i}", datetime.date(2024, 4, 1 + i), ["Текст."])
    order = expected_order()
    html = client.get("/ru/events/" + third).content.decode()
    start = order.index(titles(html)[0])
    back = walk(client, "/ru/events/" + link(html, "prev"), "prev")
    assert [t for page in back[::-1] for t in page] == order[:start]
    assert back[-1] == titles(client.get("/ru/events/").content.decode())


def test_a_shared_link_keeps_its_events_when_newer_ones_are_published(client, site_tree, archive):
    second = link(client.get("/ru/events/").content.decode(), "next")
    before = titles(client.get("/ru/events/" + second).content.decode())
    add_event(site_tree["ru"].rubrics["akorda"], "Самое новое событие", datetime.date(2024, 4, 1), ["Текст."])
    assert titles(client.get("/ru/events/" + second).content.decode()) == before


def test_a_link_stays_valid_when_its_event_is_unpublished_and_bad_positions_show_the_first_page(client, archive):
    first = client.get("/ru/events/").content.decode()
    second = link(first, "next")
    expected = titles(client.get("/ru/events/" + second).content.decode())
    cursor = int(second.split("after=")[1])
    archive_page = next(p for p in archive if p.pk == cursor)
    archive_page.unpublish()
    assert titles(client.get("/ru/events/" + second).content.decode()) == expected
    first = client.get("/ru/events/").content.decode()
    for bad in ("?after=abc", "?after=0", "?after=99999999", "?before=-1", f"?after={2**70}"):
        response = client.get("/ru/events/" + bad)
        assert response.status_code == 200 and titles(response.content.decode()) == titles(first), bad


def test_filters_are_kept_and_applied_on_every_page(client, archive):
    pages = walk(client, "/ru/events/?rubric=akorda", "next")
    shown = [t for page in pages for t in page]
    assert shown == [t for t in expected_order() if int(t.split()[-1]) % 2]
    assert "rubric=akorda&after=" in link(client.get("/ru/events/?rubric=akorda").content.decode(), "next")


def test_the_day_archive_lists_that_day_in_list_order(client, archive):
    day = [t for t in expected_order() if int(t.split()[-1]) % 4 == 0]  # 1 March 2024
    assert titles(client.get("/ru/events/archive/2024/3/1/").content.decode()) == day


def test_a_deep_page_costs_the_queries_of_the_first_and_reads_no_offset(client, archive, settings):
    # The cached site snapshot and facets count as fresh only once they are PAGE_CACHE_CLOCK_SKEW
    # (1 s, a guard for clocks of several machines) younger than the archive's last publication, so
    # with the default a warm-up right after the fixture was sometimes rebuilt inside the capture.
    settings.PAGE_CACHE_CLOCK_SKEW = 0
    client.get("/ru/events/")  # warm: the per-process caches (site, facets)
    # Django keeps the last 9,000 queries only; the archive's set-up comes close to that, and a
    # capture that crosses the cap counts short. Start each capture from an empty log.
    reset_queries()
    with CaptureQueriesContext(connection) as first:
        html = client.get("/ru/events/").content.decode()
    second = link(html, "next")
    third = link(client.get("/ru/events/" + second).content.decode(), "next")
    reset_queries()
    with CaptureQueriesContext(connection) as deep:
        client.get("/ru/events/" + third)
    # One more query: the position's sort keys, read by the event's id.
    assert len(deep) == len(first) + 1
    # (The breadcrumbs' ``slice:"1:"`` of the page's few ancestors is an OFFSET 1 of their own.)
    offsets = [q["sql"] for q in deep.captured_queries if "OFFSET" in q["sql"].upper() and "press_eventlisting" in q["sql"]]
    assert not offsets, offsets
    assert not any("COUNT(" in q["sql"].upper() for q in first.captured_queries + deep.captured_queries)
