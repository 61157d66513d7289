"""Link previews and indexing (issue 11, part 4): raster share images, dates with
zone, hreflang with self and x-default, meta descriptions."""
from __future__ import annotations

import datetime
import io
import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from akorda.press.models import EventGalleryImage
from akorda.press.tests.conftest import translate_event

pytestmark = pytest.mark.django_db


def meta(html: str, key: str) -> str:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    assert match, f"no {key} meta"
    return match.group(1)


def open_served(url: str) -> PILImage.Image:
    """The file behind a static or media URL the page announces, decoded by Pillow."""
    path = urlsplit(url).path
    if path.startswith(settings.STATIC_URL):
        with open(finders.find(path[len(settings.STATIC_URL):]), "rb") as handle:
            data = handle.read()
    else:
        assert path.startswith(settings.MEDIA_URL), url
        with default_storage.open(path[len(settings.MEDIA_URL):]) as handle:
            data = handle.read()
    image = PILImage.open(io.BytesIO(data))
    image.load()
    return image


def test_event_without_photo_shares_the_raster_card(client, ru_event):
    html = client.get(ru_event.url).content.decode()
    og, twitter = meta(html, "og:image"), meta(html, "twitter:image")
    assert og == twitter and og.startswith("http://testserver/") and not og.endswith(".svg")
    image = open_served(og)
    assert image.format == "PNG" and image.size == (1200, 630)
    assert (meta(html, "og:image:width"), meta(html, "og:image:height")) == ("1200", "630")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["image"][0]["url"] == og


def test_event_photo_is_the_share_image_at_1200_by_630(client, ru_event):
    from django.core.cache import cache

    # Wagtail caches renditions by image id in the default cache; an earlier test's image
    # may have had this id (ids are reused after a rolled-back test), so start clean.
    cache.clear()
    photo = Image.objects.create(title="Встреча (демо)", file=get_test_image_file(size=(1600, 1200)))
    EventGalleryImage.objects.create(page=ru_event, image=photo, caption="Встреча в Акорде")
    html = client.get(ru_event.url).content.decode()
    og = meta(html, "og:image")
    assert "/media/" in og and meta(html, "twitter:image") == og
    assert open_served(og).size == (1200, 630)
    assert meta(html, "og:image:alt") == "Встреча в Акорде"
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["image"][0] == {"@type": "ImageObject", "url": og, "width": 1200, "height": 630}


def test_dates_carry_time_and_zone_and_modified_is_the_last_publication(client, ru_event):
    from akorda.press.sharing import modified_at, published_at

    ru_event.title += " (исправлено)"
    revision = ru_event.save_revision()
    revision.publish()
    ru_event.refresh_from_db()
    html = client.get(ru_event.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    published = datetime.datetime.fromisoformat(data["datePublished"])
    modified = datetime.datetime.fromisoformat(data["dateModified"])
    assert published.utcoffset() == datetime.timedelta(hours=5) and published.date() == ru_event.date
    assert modified == modified_at(ru_event) and modified >= published == published_at(ru_event)
    assert abs(modified - revision.created_at) < datetime.timedelta(seconds=1)
    assert meta(html, "article:published_time") == data["datePublished"]


def test_pages_list_themselves_and_x_default_among_alternates(client, site_tree, ru_event):
    kk = translate_event(ru_event, site_tree["kk"], "Мемлекет басшысы мектептер бойынша кеңес өткізді", ["Мәтін."])
    html = client.get(ru_event.url).content.decode()
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert links["ru"] == f"http://testserver{ru_event.url}"
    assert links["kk"] == f"http://testserver{kk.url}"
    assert links["x-default"] == links["kk"]  # the site's default language
    home = client.get("/en/").content.decode()
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', home))
    assert {"kk", "ru", "en", "x-default"} <= set(links) and links["en"] == "http://testserver/en/"


@pytest.mark.parametrize("path, words", [
    ("/ru/", "Президента Республики Казахстан"),
    ("/ru/events/", "События"),
    ("/ru/events/akorda/", "Акорда"),
    ("/en/events/archive/2024/6/", "Events"),
])
def test_home_and_lists_have_meta_descriptions(client, ru_event, path, words):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    description = meta(response.content.decode(), "description")
    assert words in description and len(description) > 40


def test_archive_title_names_the_section_once(client, ru_event):
    html = client.get("/ru/events/archive/2024/6/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.count("События") == 1


def test_event_description_is_the_lead_paragraph(client, ru_event):
    html = client.get(ru_event.url).content.decode()
    assert meta(html, "description").startswith("Обсуждено строительство новых школ")


@pytest.mark.django_db(transaction=True)
def test_share_preview_of_the_seed_event_is_a_raster(live_server, seed_path, django_capture_on_commit_callbacks):
    """As a link preview bot does: fetch the seed's event page, then its og:image, over HTTP."""
    import urllib.request

    from akorda.conftest import restore_after_flush
    from akorda.press.importing import import_file
    from akorda.press.models import EventPage
    from akorda.press.structure import ensure_site_structure

    # After another transactional test's flush: content types and the root page may be gone.
    restore_after_flush()
    ensure_site_structure()
    with django_capture_on_commit_callbacks(execute=True):
        import_file(seed_path)
    page = EventPage.objects.live().get()
    with urllib.request.urlopen(live_server.url + page.url, timeout=30) as response:
        html = response.read().decode()
    og = meta(html, "og:image")
    assert meta(html, "twitter:image") == og
    with urllib.request.urlopen(og, timeout=30) as response:
        assert response.headers["Content-Type"].startswith("image/")
        image = PILImage.open(io.BytesIO(response.read()))
        image.load()
    assert image.format in {"PNG", "JPEG", "WEBP"} and image.size == (1200, 630)
