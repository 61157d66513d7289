"""Region and official pages take the sections of higher apps from hooks (no import of them)."""
from __future__ import annotations

import pytest
from django.utils.html import format_html
from wagtail import hooks

from akorda.regions.models import Official, Region
from akorda.regions.views import OFFICIAL_PANELS_HOOK, REGION_PANELS_HOOK

pytestmark = pytest.mark.django_db


def test_region_page_renders_registered_panels_with_the_language(client):
    region = Region.objects.filter(kind=Region.Kind.REGION).first()
    seen = []

    def panel(request, obj, language):
        seen.append((obj, language))
        return format_html('<section class="test-panel">{}</section>', obj.slug)

    with hooks.register_temporarily(REGION_PANELS_HOOK, panel):
        html = client.get(f"/en/regions/{region.slug}/").content.decode()
    assert f'<section class="test-panel">{region.slug}</section>' in html
    assert seen == [(region, "en")]


def test_official_page_renders_registered_panels(client):
    official = Official.objects.create(name_ru="Тест Тестов", name_kk="Тест Тестов", name_en="Test Testov", slug="test-testov")

    def panel(request, obj, language):
        return format_html('<section class="test-panel">{}</section>', language)

    with hooks.register_temporarily(OFFICIAL_PANELS_HOOK, panel):
        html = client.get(f"/ru/officials/{official.slug}/").content.decode()
    assert '<section class="test-panel">ru</section>' in html
