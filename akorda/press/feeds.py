"""RSS 2.0 and Atom feeds of the Events section and of each rubric, per language.

django.contrib.syndication does the XML; the feed object is the list page, so
``/ru/events/feed/rss/`` carries the Russian Events section and
``/ru/events/akorda/feed/atom/`` only its rubric. Items are the page's own
list (``base_events``, from ``listed_events``): drafts and scheduled pages
never appear.
"""
from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed

from akorda.core.models import SiteIdentity
from akorda.press.listing import pages_of

FEED_ITEMS = 20


class EventsRssFeed(Feed):
    feed_type: type[SyndicationFeed] = Rss201rev2Feed

    def __call__(self, request: HttpRequest, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request: HttpRequest, page=None):
        return page

    def title(self, page) -> str:
        identity = SiteIdentity.for_request(self.request)
        return f"{page.title} — {identity.title(page.locale.language_code)}"

    def link(self, page) -> str:
        return page.get_url(self.request)

    def description(self, page) -> str:
        return page.title

    def feed_url(self, page) -> str:
        return self.request.path

    def items(self, page):
        return pages_of(page.base_events()[:FEED_ITEMS])

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.summary()

    def item_link(self, item) -> str:
        return item.get_url(self.request)

    def item_guid(self, item) -> str:
        # The short address survives renames and moves (issue 2), so it is the stable id.
        return self.request.build_absolute_uri(f"/e/{item.id}/")

    item_guid_is_permalink = True

    def item_pubdate(self, item) -> datetime.datetime:
        noon = datetime.datetime.combine(item.date, datetime.time(12, 0))
        return timezone.make_aware(noon)

    def item_updateddate(self, item) -> datetime.datetime | None:
        return item.last_published_at

    def item_categories(self, item) -> list[str]:
        rubric = item.rubric()
        return [rubric.title] if rubric else []

    def get_feed(self, obj, request):
        # Feed.language defaults to the active language: make it the page's.
        with translation.override(obj.locale.language_code):
            return super().get_feed(obj, request)


class EventsAtomFeed(EventsRssFeed):
    feed_type = Atom1Feed
    subtitle = EventsRssFeed.description
