"""The event page, its print view, Back/share/language links and the short address."""
import datetime
import html as html_lib
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from akorda.press.models import EventGalleryImage
from akorda.press.tests.conftest import add_event, translate_event

pytestmark = pytest.mark.django_db


def test_event_page_shows_title_dateline_body_and_actions(client, ru_event):
    response = client.get(ru_event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert ru_event.url.startswith("/ru/events/akorda/")
    assert "<h1>Глава государства провёл совещание по развитию школ</h1>" in html
    assert '<time datetime="2024-06-14">14 июня 2024 года</time>' in html
    assert re.search(r"<p[^>]*>Обсуждено строительство новых школ в регионах\.</p>", html)
    assert '<html lang="ru"' in html
    assert f'href="{ru_event.url}print/"' in html
    assert 'class="back-link" href="/ru/events/akorda/"' in html
    assert 'class="skip-link" href="#main"' in html
    assert "/static/core/emblem.svg" in html  # no SiteIdentity emblem yet: the placeholder
    assert "Официальный сайт Президента Республики Казахстан" in html
    assert "Алматинская область" in html


def test_datelines_in_kazakh_and_english(client, site_tree):
    day = datetime.date(2024, 6, 14)
    kk = add_event(site_tree["kk"].rubrics["akorda"], "Мемлекет басшысы кеңес өткізді", day, ["Мәтін."])
    en = add_event(site_tree["en"].rubrics["trips"], "The Head of State held a meeting", day, ["Text."])
    assert "2024 жылғы 14 маусым" in client.get(kk.url).content.decode()
    html = client.get(en.url).content.decode()
    assert "14 June 2024" in html and '<html lang="en"' in html


def test_template_leaves_blocks_for_the_record_panel():
    source = (Path(__file__).parent.parent / "templates/press/event_page.html").read_text()
    body_at = source.index("page.body|richtext")
    assert source.index("{% block event_record %}") > body_at  # other apps fill it (the record panel)
    base = (Path(__file__).parent.parent.parent / "core/templates/base.html").read_text()
    assert "{% block extra_head %}{% endblock %}" in base


def test_print_view_has_emblem_title_date_body_and_source(client, ru_event):
    ru_event.source_url = "https://www.akorda.kz/ru/example"
    ru_event.save_revision().publish()
    response = client.get(ru_event.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="emblem"' in html
    assert "Глава государства провёл совещание по развитию школ" in html
    assert "14 июня 2024 года" in html
    assert "Поручено ускорить работу над индустриальными зонами." in html
    assert "http://testserver/ru/events/akorda/глава-государства-провёл-совещание-по-развитию-школ/" in html
    assert f"http://testserver/e/{ru_event.id}/" in html
    assert "https://www.akorda.kz/ru/example" in html
    assert 'name="robots" content="noindex"' in html
    assert 'class="main-nav"' not in html


def test_print_stylesheet_hides_navigation():
    css = (Path(__file__).parent.parent.parent / "core/static/core/site.css").read_text()
    print_rules = css[css.index("@media print"):]
    assert ".main-nav" in print_rules and "display: none" in print_rules


def _back(client, page, data=None, **extra):
    html = client.get(page.url, data, **extra).content.decode()
    return re.search(r'class="back-link" href="([^"]*)"', html).group(1).replace("&amp;", "&")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("/ru/events/", "/ru/events/"),
        ("/ru/events/?region=x&page=2", "/ru/events/?region=x&page=2"),
        ("/ru/events/trips/", "/ru/events/trips/"),
        ("/ru/events/archive/2024/6/14/", "/ru/events/archive/2024/6/14/"),
        ("/ru/search/?q=школ", "/ru/search/?q=школ"),
        ("/ru/", "/ru/"),
        ("https://evil.example/ru/events/", "/ru/events/akorda/"),
        ("//evil.example/ru/events/", "/ru/events/akorda/"),
        ("/\\evil.example", "/ru/events/akorda/"),
        ("javascript:alert(1)", "/ru/events/akorda/"),
        ("/kk/events/", "/ru/events/akorda/"),  # another language's list is not where a Russian reader came from
        ("/ru/events/akorda/some-event/", "/ru/events/akorda/"),
        ("/admin/", "/ru/events/akorda/"),
    ],
)
def test_back_link_accepts_only_our_lists(client, ru_event, value, expected):
    assert _back(client, ru_event, {"from": value}) == expected


def test_event_page_does_not_depend_on_the_referer(client, ru_event):
    """Back follows the Referer in the browser (site.js, test_browser.py); the HTML is one for all."""
    plain = client.get(ru_event.url).content.decode()
    from_list = client.get(ru_event.url, HTTP_REFERER="http://testserver/ru/events/?page=2").content.decode()
    assert from_list == plain
    assert _back(client, ru_event, HTTP_REFERER="http://testserver/ru/events/?page=2") == "/ru/events/akorda/"


@pytest.mark.parametrize(
    "path, ours",
    [
        ("/ru/", True), ("/ru/events/", True), ("/ru/events/trips/", True), ("/ru/events/archive/", True),
        ("/ru/events/akorda/archive/2024/6/14/", True), ("/ru/search/", True),
        ("/ru/events/akorda/some-event/", False), ("/kk/events/", False), ("//evil.example/ru/events/", False),
        ("/admin/", False), ("/ru/events/trips", False),
    ],
)
def test_the_scripts_list_pattern_is_the_rule_from_is_checked_with(client, ru_event, path, ours):
    """The rubric default carries the pattern site.js applies to the Referer; a ``?from=`` link carries none."""
    html = client.get(ru_event.url).content.decode()
    pattern = html_lib.unescape(re.search(r'class="back-link" href="/ru/events/akorda/" data-lists="([^"]+)"', html).group(1))
    assert (re.match(pattern, path) is not None) is ours
    assert (_back(client, ru_event, {"from": path}) == path) is ours
    assert "data-lists" not in client.get(ru_event.url, {"from": "/ru/events/"}).content.decode()


def test_share_links_carry_absolute_url_and_title(client, ru_event):
    html = client.get(ru_event.url).content.decode()
    links = dict(re.findall(r'href="([^"]+)" data-share="(\w+)"', html))
    links = {key: href.replace("&amp;", "&") for href, key in links.items()}
    absolute = f"http://testserver{ru_event.url}"
    x = urlsplit(links["x"])
    assert x.netloc == "twitter.com" and parse_qs(x.query) == {"url": [absolute], "text": [ru_event.title]}
    fb = urlsplit(links["facebook"])
    assert fb.netloc == "www.facebook.com" and parse_qs(fb.query) == {"u": [absolute]}
    tg = urlsplit(links["telegram"])
    assert tg.netloc == "t.me" and parse_qs(tg.query) == {"url": [absolute], "text": [ru_event.title]}
    assert "%D0%93%D0%BB%D0%B0%D0%B2%D0%B0" in links["telegram"]  # the title is urlencoded


def _language_urls(html: str) -> dict[str, str]:
    nav = html[html.index('class="languages"'):]
    nav = nav[: nav.index("</nav>")]
    return {code: url for url, code in re.findall(r'href="([^"]+)" hreflang="(\w\w)"', nav)}


def test_language_switch_leads_to_translation_or_events_section(client, site_tree, ru_event):
    en = translate_event(ru_event, site_tree["en"], "The Head of State held a meeting on schools", ["Text."])
    urls = _language_urls(client.get(ru_event.url).content.decode())
    assert urls == {"ru": ru_event.url, "en": en.url, "kk": "/kk/events/"}
    assert _language_urls(client.get(en.url).content.decode())["ru"] == ru_event.url
    html = client.get(ru_event.url).content.decode()
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{en.url}">' in html


def test_a_draft_translation_is_not_offered(client, site_tree, ru_event):
    en = translate_event(ru_event, site_tree["en"], "Draft translation", ["Text."])
    en.unpublish()
    assert _language_urls(client.get(ru_event.url).content.decode())["en"] == "/en/events/"


def test_gallery_renders_when_present(client, ru_event):
    image = Image.objects.create(title="Meeting", file=get_test_image_file())
    EventGalleryImage.objects.create(page=ru_event, image=image, caption="Во время встречи")
    html = client.get(ru_event.url).content.decode()
    assert 'class="gallery"' in html and "Во время встречи" in html and "<img" in html
    assert 'name="twitter:card" content="summary_large_image"' in html


def test_open_graph_twitter_and_news_article(client, ru_event):
    html = client.get(ru_event.url).content.decode()
    absolute = f"http://testserver{ru_event.url}"
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{absolute}">' in html
    assert f'<meta property="og:title" content="{ru_event.title}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert f'<link rel="canonical" href="{absolute}">' in html
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == ru_event.title
    # The event's day with a time and the site's zone (Asia/Almaty, UTC+5 since 2024-03-01).
    assert re.fullmatch(r"2024-06-14T\d\d:\d\d:\d\d\+05:00", data["datePublished"])
    assert data["inLanguage"] == "ru"
    assert data["url"] == absolute
    assert data["publisher"]["name"] == "Официальный сайт Президента Республики Казахстан"


def test_json_ld_cannot_close_its_script(client, site_tree):
    page = add_event(site_tree["en"].rubrics["akorda"], "A </script><script>alert(1)</script> title", datetime.date(2024, 1, 1), ["x"])
    html = client.get(page.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(raw)["headline"].startswith("A </script>")


def test_home_shows_latest_events(client, site_tree, ru_event):
    older = add_event(site_tree["ru"].rubrics["trips"], "Рабочая поездка", datetime.date(2024, 5, 1), ["Текст."])
    html = client.get("/ru/").content.decode()
    assert ru_event.title in html and older.title in html
    assert html.index(ru_event.title) < html.index(older.title)
    assert ru_event.title not in client.get("/en/").content.decode()


def test_short_url_redirects_to_current_url_and_survives_moves(client, site_tree, ru_event):
    response = client.get(f"/e/{ru_event.id}/")
    assert response.status_code == 302 and response["Location"] == ru_event.url
    ru_event.slug = "renamed"
    ru_event.save_revision().publish()
    ru_event.move(site_tree["ru"].rubrics["trips"], pos="last-child")
    response = client.get(f"/e/{ru_event.id}/")
    assert response["Location"] == "/ru/events/trips/renamed/"
    assert client.get(response["Location"]).status_code == 200


def test_short_url_keeps_the_events_own_locale(client, site_tree):
    kk = add_event(site_tree["kk"].rubrics["phone"], "Телефон арқылы сөйлесу", datetime.date(2024, 3, 3), ["Мәтін."])
    response = client.get(f"/e/{kk.id}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"].startswith("/kk/events/telephone-conversations/")


def short_url_status(client, page_id: int) -> int:
    """The final status of a short address.

    Django's LocaleMiddleware answers any unprefixed 404 with a redirect to the
    default language's prefix (/kk/e/N/, which Wagtail's catch-all makes a
    "valid" path); that page is a 404 too, so nothing about the page leaks.
    """
    response = client.get(f"/e/{page_id}/", follow=True)
    return response.status_code


def test_short_url_404_for_unknown_and_non_events(client, site_tree):
    assert short_url_status(client, 999999) == 404
    assert short_url_status(client, site_tree["ru"].events.id) == 404
