"""The public site in real Chromium (Playwright, sync API) against the live server.

Playwright's sync API runs an event loop in the test thread, and Django then
refuses ORM calls from it as "async-unsafe"; the fixtures here only create
pages before the browser acts, never concurrently, so allowing it is safe
(the setting Django documents for exactly this case).
"""
from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from akorda.conftest import ARTIFACTS, launch_chromium, local_context, requires_chromium
from akorda.press.tests.conftest import add_event, translate_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    requires_chromium,
]


@pytest.fixture
def site_tree(transactional_db):
    """The site structure for live-server tests.

    The flush between transactional tests also deletes the tree root that
    Wagtail's migration 0002 creates; put it back as that migration does.
    """
    from akorda.conftest import restore_after_flush
    from akorda.press.structure import ensure_site_structure

    restore_after_flush()
    return ensure_site_structure()


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def page(browser):
    context = local_context(browser, viewport={"width": 1280, "height": 900}, locale="ru-RU")
    tab = context.new_page()
    yield tab
    context.close()


def seed_event(site_tree, seed_path: Path):
    """The seed release as an event page: through the importer when it exists,
    else built here from the seed file's lines (test code; the repo keeps no copy)."""
    try:
        from akorda.press.importing import import_file
    except ImportError:
        import_file = None
    if import_file is not None:
        return import_file(seed_path, publish=True).page.specific
    lines = [line.strip() for line in seed_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dateline = next(i for i, line in enumerate(lines) if re.fullmatch(r"\d{1,2} \w+ \d{4} года", line))
    end = next(i for i, line in enumerate(lines) if line.startswith("Вернуться назад"))
    return add_event(site_tree["ru"].rubrics["akorda"], lines[dateline - 1], datetime.date(2024, 6, 14), lines[dateline + 1:end])


def test_home_then_seed_event_then_print_view(live_server, page, site_tree, seed_path):
    event = seed_event(site_tree, seed_path)
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(live_server.url + "/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator(".site-title").inner_text().strip().lower() == "официальный сайт президента республики казахстан"
    page.get_by_role("link", name=event.title).click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == event.url
    assert page.locator("h1").inner_text() == event.title
    assert page.locator(".dateline").inner_text() == "14 июня 2024 года"
    assert page.locator(".event-body p").count() >= 5
    assert page.locator("img.emblem").evaluate("img => img.complete && img.naturalWidth > 0")
    back = page.locator(".back-link")
    assert back.get_attribute("href") == "/ru/" and back.inner_text() == "Вернуться назад"  # it came from home
    page.screenshot(path=str(ARTIFACTS / "seed-event-ru.png"), full_page=True)

    page.emulate_media(media="print")
    assert not page.locator(".main-nav").is_visible() and not page.locator(".event-actions").is_visible()
    page.emulate_media(media="screen")

    page.get_by_role("link", name="Печать").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == event.url + "print/"
    assert page.locator("h1").inner_text() == event.title
    assert "14 июня 2024 года" in page.locator(".dateline").inner_text()
    source = page.locator(".print-source").inner_text()
    assert f"/e/{event.id}/" in source and "/ru/events/akorda/" in source
    assert page.locator("img.emblem").is_visible()
    page.screenshot(path=str(ARTIFACTS / "seed-event-ru-print.png"), full_page=True)
    page.emulate_media(media="print")
    assert not page.locator(".print-actions").is_visible()


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_back_returns_to_the_filtered_list_the_reader_came_from(live_server, page, site_tree):
    """The page is one for all readers (cacheable); site.js points Back at the list in the Referer."""
    event = add_event(site_tree["ru"].rubrics["akorda"], "Совещание в Алматинской области", datetime.date(2024, 6, 5),
                      ["Текст."], regions=["Алматинская область"])
    add_event(site_tree["ru"].rubrics["trips"], "Поездка в Абайскую область", datetime.date(2024, 6, 6),
              ["Текст."], regions=["Абайская область"])
    page.goto(live_server.url + event.url)
    assert page.locator(".back-link").get_attribute("href") == "/ru/events/akorda/"  # arrived directly: the rubric

    page.locator(".tags").get_by_role("link", name="Алматинская область").click()  # the filtered list
    page.wait_for_load_state()
    list_url = _path_and_query(page.url)
    assert urlsplit(page.url).path == "/ru/events/" and "region=" in list_url
    assert page.locator(".event-item h2").all_inner_texts() == [event.title]
    page.get_by_role("link", name=event.title).click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == event.url and not urlsplit(page.url).query  # the shared URL
    assert page.locator(".back-link").get_attribute("href") == list_url
    page.locator(".back-link").click()
    page.wait_for_load_state()
    assert _path_and_query(page.url) == list_url
    assert page.locator(".event-item h2").all_inner_texts() == [event.title]

    # Not a list of ours in this language: the rubric stays.
    for referer in (live_server.url + "/kk/events/", live_server.url + event.url, "http://evil.example/ru/events/"):
        page.goto(live_server.url + event.url, referer=referer)
        assert page.evaluate("document.referrer") in (referer, "")
        assert page.locator(".back-link").get_attribute("href") == "/ru/events/akorda/", referer
    page.goto(live_server.url + event.url, referer=live_server.url + "/ru/search/?q=%D0%BE%D0%B1%D0%BB")
    assert page.locator(".back-link").get_attribute("href") == "/ru/search/?q=%D0%BE%D0%B1%D0%BB"


def test_language_switch_to_translation_and_back(live_server, page, site_tree):
    ru = add_event(site_tree["ru"].rubrics["akorda"], "Глава государства провёл заседание", datetime.date(2024, 6, 14), ["Текст."])
    en = translate_event(ru, site_tree["en"], "The Head of State chaired a meeting", ["Text."])
    page.goto(live_server.url + ru.url)
    page.locator(".languages").get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == en.url
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".dateline").inner_text() == "14 June 2024"
    page.locator(".languages").get_by_role("link", name="Қазақша").click()  # no Kazakh translation
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/kk/events/"


def test_share_links_point_at_the_networks_with_this_page(live_server, page, site_tree):
    event = add_event(site_tree["ru"].rubrics["trips"], "Рабочая поездка в область", datetime.date(2024, 6, 1), ["Текст."])
    page.goto(live_server.url + event.url)
    absolute = live_server.url + event.url
    hrefs = {a.get_attribute("data-share"): a.get_attribute("href") for a in page.locator(".share a").all()}
    assert set(hrefs) == {"x", "facebook", "telegram"}
    assert urlsplit(hrefs["x"]).netloc == "twitter.com"
    assert parse_qs(urlsplit(hrefs["x"]).query) == {"url": [absolute], "text": [event.title]}
    assert parse_qs(urlsplit(hrefs["facebook"]).query) == {"u": [absolute]}
    assert urlsplit(hrefs["telegram"]).netloc == "t.me"
    assert parse_qs(urlsplit(hrefs["telegram"]).query) == {"url": [absolute], "text": [event.title]}
    for link in page.locator(".share a").all():
        assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")


def test_search_from_the_header(live_server, page, site_tree):
    add_event(site_tree["ru"].rubrics["akorda"], "Совещание о строительстве", datetime.date(2024, 6, 2),
              ["В регионе построено 13 школ."])
    page.goto(live_server.url + "/ru/events/")
    page.fill("#header-q", "школ")
    page.press("#header-q", "Enter")
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/ru/search/"
    assert page.locator(".event-item h2").inner_text() == "Совещание о строительстве"
    assert page.locator(".snippet mark").first.inner_text().lower().startswith("школ")


def test_visually_impaired_mode_survives_navigation(live_server, page, site_tree):
    event = add_event(site_tree["ru"].rubrics["akorda"], "Приём", datetime.date(2024, 6, 3), ["Текст."])
    page.goto(live_server.url + "/ru/")
    normal = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    toggle = page.locator(".a11y-toggle")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    assert page.locator("html.a11y").count() == 1
    assert toggle.get_attribute("aria-pressed") == "true"
    large = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert large > normal * 1.2
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    # The next page arrives with the class already in its HTML: no flash.
    response = page.goto(live_server.url + event.url)
    assert '<html lang="ru" class="a11y">' in response.text()
    assert page.locator(".a11y-toggle").get_attribute("aria-pressed") == "true"
    page.locator(".a11y-toggle").click()
    page.goto(live_server.url + "/ru/events/")
    assert page.locator("html.a11y").count() == 0
