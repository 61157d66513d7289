"""What higher apps add to an event page arrives through press's hook, escaped unless marked safe."""
from __future__ import annotations

import datetime

from django.utils.html import format_html
from wagtail import hooks

from akorda.press.templatetags.press_tags import EVENT_PAGE_PANELS_HOOK
from akorda.press.tests.conftest import add_event


def test_event_page_shows_the_panels_higher_apps_register(client, site_tree):
    page = add_event(site_tree["ru"].rubrics["akorda"], "Встреча", datetime.date(2024, 6, 14), ["Абзац."])

    def panel(request, event):
        return format_html('<aside class="test-panel">{}</aside>', event.title)

    def plain(request, event):
        return "<b>not markup</b>"

    with hooks.register_temporarily(EVENT_PAGE_PANELS_HOOK, panel), hooks.register_temporarily(EVENT_PAGE_PANELS_HOOK, plain):
        html = client.get(page.url).content.decode()
    assert '<aside class="test-panel">Встреча</aside>' in html
    assert "&lt;b&gt;not markup&lt;/b&gt;" in html and "<b>not markup</b>" not in html
    assert 'id="p0"' in html  # the body's paragraph anchors, given by press itself
