"""Oversight in real Chromium (Playwright, sync API) against the live server (issue 5).

``DJANGO_ALLOW_ASYNC_UNSAFE``: Playwright's sync API runs an event loop in
the test thread, and Django then refuses ORM calls made from that thread as
"async-unsafe". Our fixtures write to the database only before the browser
acts, never concurrently with a request, so the check (which guards against
sharing a connection between coroutines) has nothing to protect here; this
is the setting Django documents for that case.

The tests are transactional (the live server reads the data from another
thread), so they ask for a serialized rollback: the reference data the
migrations load (regions, indicators, role groups) is put back before each.
"""
from __future__ import annotations

import io
import os
import re

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from akorda.conftest import ARTIFACTS, launch_chromium, local_context, requires_chromium

PASSWORD = "browser-test-pw-1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    requires_chromium,
]


@pytest.fixture
def demo(transactional_db, django_user_model):
    """The oversight demo, with passwords the test knows."""
    from django.core.management import call_command

    call_command("load_oversight_demo", "--force", stdout=io.StringIO())
    for username in ("demo-analyst", "demo-officer"):
        user = django_user_model.objects.get(username=username)
        user.set_password(PASSWORD)
        user.save()


@pytest.fixture
def browser(transactional_db):
    """Per test, and only once the database is set up: with Playwright's event loop
    already running, the serialized rollback does not restore the reference data."""
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def tab(browser):
    context = local_context(browser, viewport={"width": 1280, "height": 900}, locale="ru-RU", accept_downloads=True)
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda msg: "Content Security Policy" in msg.text and page.csp_errors.append(msg.text))
    yield page
    context.close()


def sign_in(tab, live_server, username: str) -> None:
    """Through the login form, as a person would."""
    tab.goto(f"{live_server.url}/ru/oversight/login/?next=/ru/oversight/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.click(".login-form button[type=submit]")
    tab.wait_for_load_state()
    assert "/login/" not in tab.url, "login failed: " + tab.inner_text("main")[:500]


def shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"oversight-{name}.png"), full_page=True)


def test_dashboard_draws_its_charts(live_server, tab, demo):
    sign_in(tab, live_server, "demo-analyst")
    response = tab.goto(f"{live_server.url}/ru/oversight/regions/almaty-region/")
    assert response.status == 200
    charts = tab.locator("svg.chart")
    assert charts.count() == 6  # the six indicators of the demo
    first = charts.first.bounding_box()
    assert first and first["width"] > 300 and first["height"] > 100
    # A line through three periods, and a point with its tooltip for each.
    points = tab.locator("svg.chart").first.locator("polyline").get_attribute("points").split()
    assert len(points) == 3
    assert tab.locator("svg.chart").first.locator("circle title").count() == 3
    assert "трлн тенге" in tab.locator("svg.chart").first.locator("circle title").first.text_content()
    assert tab.locator("#instructions").get_by_text("проработать вопрос расширения сети детских садов").count() == 1
    shot(tab, "dashboard")
    assert tab.csp_errors == []


def test_compare_view_sorts(live_server, tab, demo):
    sign_in(tab, live_server, "demo-analyst")
    tab.goto(f"{live_server.url}/ru/oversight/compare/grp/")
    assert tab.locator("svg.chart polyline").count() == 6

    def column(index: int) -> list[float]:
        cells = tab.locator(f"#compare-table tbody tr td:nth-child({index})")
        return [float(v) for v in cells.evaluate_all("cells => cells.map(c => c.dataset.value)")]

    def regions() -> list[str]:
        return tab.locator("#compare-table tbody th").all_inner_texts()

    header = tab.locator("#compare-table thead th").nth(3).locator("button")  # the third period
    header.click()
    ascending = column(4)
    assert ascending == sorted(ascending) and len(ascending) == 6
    assert tab.locator("#compare-table thead th").nth(3).get_attribute("aria-sort") == "ascending"
    header.click()
    assert column(4) == sorted(ascending, reverse=True)
    assert regions()[0] == "Астана"  # the largest economy of the demo
    tab.locator("#compare-table thead th").first.locator("button").click()
    assert regions() == sorted(regions(), key=str.lower)
    shot(tab, "compare")
    assert tab.csp_errors == []


def test_officer_cannot_open_another_regions_instruction(live_server, tab, demo):
    from akorda.records.models import Instruction

    almaty = Instruction.objects.filter(region__canonical="Almaty Region", status="confirmed").first()
    own = Instruction.objects.filter(region__canonical="Karaganda Region", execution="open",
                                     status="confirmed").first()
    sign_in(tab, live_server, "demo-officer")
    assert tab.url.endswith("/ru/oversight/regions/karaganda-region/")
    assert tab.goto(f"{live_server.url}/ru/oversight/instructions/{almaty.pk}/").status == 404
    assert tab.goto(f"{live_server.url}/ru/oversight/regions/almaty-region/").status == 403
    tab.goto(f"{live_server.url}/ru/oversight/instructions/")
    assert f"/instructions/{almaty.pk}/" not in tab.content()
    # Their own region's instruction opens, and they report on it with an attachment.
    assert tab.goto(f"{live_server.url}/ru/oversight/instructions/{own.pk}/").status == 200
    tab.fill("#id_text", "Работы завершены, акт приёмки приложен.")
    tab.set_input_files("#id_attachments", files=[{"name": "act.pdf", "mimeType": "application/pdf",
                                                   "buffer": b"%PDF-1.4 test act"}])
    tab.click(".report-form button[type=submit]")
    tab.wait_for_load_state()
    assert tab.locator("[data-testid=state]").inner_text() == "Исполняется"  # "In progress" on /ru/
    assert tab.get_by_role("link", name="act.pdf").count() == 1
    shot(tab, "officer-report")


def test_briefing_pdf_holds_the_region_and_its_open_instructions(live_server, tab, demo):
    from django.contrib.auth import get_user_model
    from pypdf import PdfReader

    from akorda.oversight.access import region_instructions
    from akorda.oversight.control import with_state
    from akorda.regions.models import Region

    analyst = get_user_model().objects.get(username="demo-analyst")
    almaty = Region.objects.get(slug="almaty-region")
    pending = [i.text for i in with_state(region_instructions(analyst, almaty))
               if i.state in ("open", "in_progress", "overdue")]
    assert pending
    sign_in(tab, live_server, "demo-analyst")
    tab.goto(f"{live_server.url}/ru/oversight/regions/almaty-region/")
    with tab.expect_download() as download_info:
        tab.click("[data-testid=briefing-pdf]")
    download = download_info.value
    assert download.suggested_filename == "briefing-almaty-region.pdf"
    reader = PdfReader(download.path())
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "Алматинская область" in text
    for instruction in pending:
        assert instruction in text


def test_analyst_drafts_a_release_and_the_editor_opens_under_the_csp(live_server, tab, demo, django_user_model):
    """From the dashboard an analyst drafts a release; the Wagtail editor (its scripts
    and rich-text widget) then works under the admin's policy."""
    from akorda.press.models import EventPage

    sign_in(tab, live_server, "demo-analyst")
    tab.goto(f"{live_server.url}/ru/oversight/regions/almaty-region/")
    tab.locator("#timeline button[data-testid^=draft-]").first.click()
    tab.wait_for_load_state()
    assert "Созданы проекты пресс-релизов (en, kk, ru)" in tab.locator(".messages").inner_text()
    drafts = EventPage.objects.filter(live=False, is_demo=True)
    assert drafts.count() == 3
    ru = drafts.get(locale__language_code="ru")
    assert ru.title == "Глава государства принял акима Алматинской области Армана Демобекова"

    tab.context.clear_cookies()
    django_user_model.objects.create_superuser("boss", password=PASSWORD)
    tab.goto(f"{live_server.url}/admin/login/")
    tab.fill("#id_username", "boss")
    tab.fill("#id_password", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url(re.compile(r".*/admin/$"))
    tab.get_by_role("link", name="Oversight").first.wait_for()
    tab.goto(f"{live_server.url}/admin/pages/{ru.pk}/edit/")
    tab.wait_for_load_state("networkidle")
    assert tab.locator("#id_title").input_value() == ru.title
    assert tab.locator(".Draftail-Editor").first.inner_text().startswith("Президенту было доложено")
    assert tab.csp_errors == [], tab.csp_errors
    shot(tab, "admin-editor")
