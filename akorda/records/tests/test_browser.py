"""The review screen's selection-to-offsets script in real Chromium (Playwright)."""
from __future__ import annotations

import os

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # fixtures write before the browser acts, never concurrently

from akorda.conftest import ARTIFACTS, launch_chromium, local_context, requires_chromium

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    requires_chromium,
]

SELECT = """([text, blockIndex]) => {
  const block = document.querySelector('#release-text .block-' + blockIndex);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes = []; let all = '';
  while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
  const at = all.indexOf(text), end = at + text.length;
  const find = (pos) => { for (const [n, o] of nodes) if (pos <= o + n.data.length) return [n, pos - o]; };
  const range = document.createRange();
  range.setStart(...find(at)); range.setEnd(...find(end));
  const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
  document.getElementById('release-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
}"""


@pytest.fixture
def tree(transactional_db):
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Locale, Page

    from akorda.press.structure import ensure_site_structure

    # A test with serialized_rollback before this one flushes without
    # post_migrate (no content types left) and leaves the cache stale.
    ContentType.objects.clear_cache()
    if not ContentType.objects.exists():
        emit_post_migrate_signal(0, False, "default")

    if Page.get_first_root_node() is None:
        locale, _ = Locale.objects.get_or_create(language_code="kk")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return ensure_site_structure()


@pytest.fixture
def tab():
    with launch_chromium() as browser:
        yield local_context(browser, viewport={"width": 1400, "height": 900})


def test_selecting_words_adds_a_figure(live_server, tab, tree, engine, django_user_model):
    from django.test import Client

    from akorda.press.models import EventPage
    from akorda.records.models import Fact, Meeting
    from akorda.records.tests.conftest import RU_PARAGRAPHS, RU_TITLE, body

    page = tree["ru"].rubrics["akorda"].add_child(instance=EventPage(
        title=RU_TITLE, slug="review-me", body=body(RU_PARAGRAPHS), live=False))
    page.save_revision().publish()
    meeting = Meeting.objects.get()
    text = EventPage.objects.get(pk=page.pk).source_text()

    user = django_user_model.objects.create_superuser("boss", password="pw-boss-1")
    client = Client()
    client.force_login(user)
    tab.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    browser_tab = tab.new_page()
    browser_tab.goto(f"{live_server.url}/admin/records/meetings/{meeting.pk}/")
    assert browser_tab.locator("#release-text mark[data-kind='fact']").count() == 3

    # Across a marked figure: offsets still index the whole source text.
    words = "составил 120,5 млрд тенге, создано"
    browser_tab.evaluate(SELECT, [words, 3])
    start = int(browser_tab.input_value("[name='add-span_start']"))
    assert text[start:int(browser_tab.input_value("[name='add-span_end']"))] == words

    words = "январь-май 2024 года"
    browser_tab.evaluate(SELECT, [words, 2])
    assert browser_tab.input_value("[name='add-quote']") == words
    assert browser_tab.input_value("[name='add-value']") == "2024"  # the leading number, prefilled
    browser_tab.fill("[name='add-value']", "5")
    browser_tab.fill("[name='add-unit']", "count")
    browser_tab.fill("[name='add-measure']", "months reported")
    browser_tab.get_by_role("button", name="Add figure").click()
    browser_tab.wait_for_load_state()
    fact = Fact.objects.get(measure="months reported")
    assert text[fact.span_start:fact.span_end] == words and fact.status == "confirmed"
    assert browser_tab.locator(f"#row-fact-{fact.pk}").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    browser_tab.screenshot(path=str(ARTIFACTS / "records-review.png"), full_page=True)
