"""The public site: figures on the release page, region and official pages."""
from __future__ import annotations

import pytest

from akorda.records.models import Fact, ReviewStatus

pytestmark = pytest.mark.django_db


def test_event_page_lists_confirmed_figures_with_anchors(client, reviewed):
    page = reviewed[0]
    html = client.get(page.url).content.decode()
    assert "Цифры в этом сообщении" in html
    assert "120,5\xa0млрд ₸" in html
    assert 'href="#p1"' in html and 'id="p1"' in html  # the figure's paragraph
    assert "1200" not in html.split('class="release-record"')[1]  # rejected
    assert "500" not in html.split('class="release-record"')[1]  # proposed
    assert '/ru/regions/almaty-region/' in html and '/ru/officials/marat-sultangaziyev/' in html


def test_english_version_formats_and_links_to_the_russian_text(client, reviewed, make_release):
    from akorda.records.tests.conftest import EN_PARAGRAPHS, EN_TITLE

    en = make_release("en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS, translation_of=reviewed[0])
    html = client.get(en.url).content.decode()
    assert "Figures in this release" in html and "120.5 billion tenge" in html
    assert f'{reviewed[0].url}#p1' in html


def test_nothing_reaches_the_public_from_a_draft(client, engine, make_release, superuser):
    page = make_release("ru")
    Fact.objects.update(status=ReviewStatus.CONFIRMED)
    # While the release is live its confirmed figure is public, so its absence below means something.
    assert "120,5\xa0млрд ₸" in client.get("/ru/regions/almaty-region/").content.decode()
    page.unpublish()
    assert client.get("/ru/regions/almaty-region/").content.decode().count("млрд") == 0
    client.force_login(superuser)
    # Even for staff, the public pages show public data only.
    assert "млрд" not in client.get("/ru/regions/almaty-region/").content.decode()


def test_region_pages(client, reviewed):
    listing = client.get("/ru/regions/").content.decode()
    assert "Алматинская область" in listing and "Южно-Казахстанская область" in listing
    html = client.get("/ru/regions/almaty-region/").content.decode()
    assert "Конаев" in html and "Талдыкорган" in html
    assert "Марат Султангазиев" in html
    assert reviewed[0].title in html
    assert "120,5\xa0млрд ₸" in html and "Инвестиции в основной капитал" in html
    assert "1200" not in html.split("</head>", 1)[1]  # the proposed figure; the head has og:image:width 1200
    en = client.get("/en/regions/almaty-region/").content.decode()
    assert "120.5 billion tenge" in en
    assert client.get("/ru/regions/no-such-region/").status_code == 404


def test_official_page(client, reviewed):
    html = client.get("/kk/officials/marat-sultangaziyev/").content.decode()
    assert "Марат Сұлтанғазиев" in html and "Алматы облысының әкімі" in html
    assert reviewed[0].title in html
