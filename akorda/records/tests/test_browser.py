"""The review screen's selection-to-offsets script in real Chromium (Playwright)."""
from __future__ import annotations

import os

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # fixtures write before the browser acts, never concurrently

from akorda.conftest import ARTIFACTS, launch_chromium, local_context, requires_chromium, restore_after_flush

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
    from akorda.press.structure import ensure_site_structure

    restore_after_flush()
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


def _no_horizontal_scroll(browser_tab) -> bool:
    return browser_tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_whole_review_with_the_keyboard_alone(live_server, tree, engine, django_user_model):
    """Issue 11: next, previous, confirm, reject and edit without the mouse, the text's
    outline following the item in focus, at 1366 px without horizontal scrolling."""
    from django.test import Client

    from akorda.press.models import EventPage
    from akorda.records.models import Fact, Instruction, Meeting
    from akorda.records.tests.conftest import RU_PARAGRAPHS, RU_TITLE, body

    page = tree["ru"].rubrics["akorda"].add_child(instance=EventPage(
        title=RU_TITLE, slug="review-keys", body=body(RU_PARAGRAPHS), live=False))
    page.save_revision().publish()
    meeting = Meeting.objects.get()
    money, jobs, waste = Fact.objects.order_by("span_start")
    instruction = Instruction.objects.get()

    user = django_user_model.objects.create_superuser("keys", password="pw-keys-1")
    client = Client()
    client.force_login(user)
    with launch_chromium() as browser:
        context = local_context(browser, viewport={"width": 1366, "height": 900})
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
        tab = context.new_page()
        tab.goto(f"{live_server.url}/admin/records/meetings/{meeting.pk}/")
        assert _no_horizontal_scroll(tab)
        assert tab.locator(f"#row-fact-{money.pk} output[data-readable]").inner_text() == "120,5\xa0млрд ₸"

        def focused() -> str:
            return tab.evaluate("document.activeElement.id")

        def outlined() -> list[str]:
            return tab.eval_on_selector_all("#release-text mark.is-current", "ms => ms.map(m => m.id)")

        def press_and_reload(key: str) -> None:
            with tab.expect_navigation():
                tab.keyboard.press(key)
            tab.wait_for_load_state()
            tab.wait_for_function("document.activeElement.classList.contains('review-item')")

        tab.keyboard.press("j")
        assert focused() == f"row-fact-{money.pk}" and outlined() == [f"fact-{money.pk}-0"]
        tab.keyboard.press("j")
        tab.keyboard.press("ArrowDown")
        assert focused() == f"row-fact-{waste.pk}" and outlined() == [f"fact-{waste.pk}-0"]
        tab.keyboard.press("k")
        tab.keyboard.press("ArrowUp")
        assert focused() == f"row-fact-{money.pk}"
        # A visible focus indicator: the row's outline is drawn.
        assert tab.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"

        press_and_reload("c")  # confirm; the next item takes the focus
        assert Fact.objects.get(pk=money.pk).status == "confirmed"
        assert focused() == f"row-fact-{jobs.pk}" and outlined() == [f"fact-{jobs.pk}-0"]

        tab.keyboard.press("e")  # edit the raw value, then back to the item and confirm with the edit
        assert focused() == f"id_f{jobs.pk}-value"
        tab.keyboard.type("1250")
        assert tab.locator(f"#row-fact-{jobs.pk} output[data-readable]").inner_text() == "1\xa0250"  # live, Russian grouping
        tab.keyboard.press("Escape")
        assert focused() == f"row-fact-{jobs.pk}"
        press_and_reload("c")
        jobs.refresh_from_db()
        assert (jobs.status, jobs.value, jobs.edited_by_analyst) == ("confirmed", 1250, True)
        assert focused() == f"row-fact-{waste.pk}"

        press_and_reload("x")  # reject
        assert Fact.objects.get(pk=waste.pk).status == "rejected"
        assert focused() == f"row-instruction-{instruction.pk}"
        assert outlined() == [f"instruction-{instruction.pk}-0"]
        tab.keyboard.press("k")
        assert focused() == f"row-fact-{waste.pk}"
        tab.keyboard.press("j")
        press_and_reload("c")
        assert Instruction.objects.get(pk=instruction.pk).status == "confirmed"
        assert not Fact.objects.filter(meeting=meeting, status="proposed").exists()
        assert _no_horizontal_scroll(tab)
        ARTIFACTS.mkdir(exist_ok=True)
        tab.keyboard.press("k")
        tab.screenshot(path=str(ARTIFACTS / "review-keyboard-1366.png"), full_page=False)
        for width in (1024, 820):  # tablets, landscape and portrait
            tab.set_viewport_size({"width": width, "height": 1180})
            assert _no_horizontal_scroll(tab), width
        tab.screenshot(path=str(ARTIFACTS / "review-tablet-820.png"), full_page=False)
        context.close()
