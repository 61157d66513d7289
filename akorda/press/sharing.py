"""What a link preview and a search engine read about a page (issue 11, part 4).

Share previews (X, Facebook, Telegram) render only raster images, so the
share image is a 1200x630 rendition of the event's first photo (Wagtail's
renditions, made once and kept), else the site's raster share card.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.http import HttpRequest
from django.templatetags.static import static
from django.utils import timezone
from wagtail.models import Revision

from akorda.core.templatetags.core_tags import SHARE_CARD  # drawn by scripts/make_share_card.py

SHARE_RENDITION = "fill-1200x630"
SHARE_SIZE = (1200, 630)


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


def share_image(request: HttpRequest, page=None, site_title: str = "") -> ShareImage:
    """The page's share image as an absolute URL; never fails the page."""
    photos = page.gallery if hasattr(page, "gallery_images") else []  # read once with the gallery (EventPage.gallery)
    first = photos[0] if photos else None
    if first is not None:
        try:
            rendition = first.image.get_rendition(SHARE_RENDITION)
            return ShareImage(request.build_absolute_uri(rendition.url), rendition.width, rendition.height,
                              first.caption or first.image.title)
        except Exception:
            pass
    return ShareImage(request.build_absolute_uri(static(SHARE_CARD)), *SHARE_SIZE, site_title)


def published_at(page) -> datetime.datetime:
    """When the release was published, with time and zone.

    ``date`` is the event's day as the press service set it; the first
    publication's time is used when it falls on that day (in the site's zone),
    else the start of that day, since an imported archive was published later.
    """
    zone = timezone.get_default_timezone()
    first = page.first_published_at
    if first is not None:
        local = timezone.localtime(first, zone)
        if local.date() == page.date:
            return local.replace(microsecond=0)
    return datetime.datetime.combine(page.date, datetime.time(0, 0), tzinfo=zone)


def modified_at(page) -> datetime.datetime | None:
    """When the live version was made: the last published revision's time."""
    # The revision's time only: loading the revision would read and decode its whole content.
    created = (Revision.objects.filter(pk=page.live_revision_id).values_list("created_at", flat=True).first()
               if page.live_revision_id else None)
    moment = created or page.last_published_at
    if moment is None:
        return None
    moment = timezone.localtime(moment, timezone.get_default_timezone()).replace(microsecond=0)
    return max(moment, published_at(page))

