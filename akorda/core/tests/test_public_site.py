"""Error pages in three languages and the visually impaired mode."""
import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, text",
    [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")],
)
def test_404_speaks_the_language_of_the_prefix(client, site_tree, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html and f'<html lang="{language}"' in html
    assert 'class="main-nav"' in html  # the full site chrome, so the reader can go on


@override_settings(ROOT_URLCONF="akorda.core.tests.urls_boom")
@pytest.mark.parametrize(
    "language, text",
    [("kk", "Сервер қатесі"), ("ru", "Ошибка сервера"), ("en", "Server error")],
)
def test_500_renders_without_database_in_the_prefix_language(site_tree, language, text, django_assert_num_queries):
    client = Client(raise_request_exception=False)
    with django_assert_num_queries(0):
        response = client.get(f"/{language}/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html and f'<html lang="{language}"' in html
    assert "{%" not in html


def test_a11y_toggle_without_javascript_sets_cookie_and_returns(client, site_tree):
    response = client.get("/a11y/", {"next": "/ru/events/"})
    assert response.status_code == 302 and response["Location"] == "/ru/events/"
    assert response.cookies["a11y"].value == "1"
    html = client.get("/ru/events/").content.decode()
    assert '<html lang="ru" class="a11y">' in html  # rendered by the server: no flash of the other mode
    assert 'aria-pressed="true"' in html
    off = client.get("/a11y/", {"next": "/ru/"})
    assert off.cookies["a11y"].value == ""
    assert '<html lang="ru">' in client.get("/ru/").content.decode()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_a11y_toggle_is_not_an_open_redirect(client, target):
    assert client.get("/a11y/", {"next": target})["Location"] == "/"


def test_header_has_identity_title_per_language(client, site_tree):
    assert "Қазақстан Республикасы Президентінің ресми сайты" in client.get("/kk/").content.decode()
    assert "Official website of the President of the Republic of Kazakhstan" in client.get("/en/").content.decode()


def test_header_uses_the_uploaded_emblem(client, site_tree):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Site

    from akorda.core.models import SiteIdentity

    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.emblem = Image.objects.create(title="Emblem", file=get_test_image_file())
    identity.save()
    html = client.get("/ru/").content.decode()
    assert "/static/core/emblem.svg\" alt" not in html
    assert 'class="emblem" src="/media/images/' in html


def test_placeholder_emblem_is_a_neutral_svg():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    svg = Path(__file__).parent.parent / "static/core/emblem.svg"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and "placeholder" in root.get("aria-label").lower()
