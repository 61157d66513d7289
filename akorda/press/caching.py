"""What each public page is tagged with in the shared cache, and what a page change bumps.

See :mod:`akorda.core.cache` for the mechanism. An event page depends on
itself, its translations (language switcher, hreflang) and its meeting's
record; lists, home, archive, feeds and search of a language on every public
event of that language; the sitemap and the API on every event. Any other
page (home, Events, a rubric) changes the menu, breadcrumbs or structure
everywhere, so it bumps ``site``.

The same changes purge a proxy/CDN in front through Wagtail's frontend cache
app (``WAGTAILFRONTENDCACHE``): the page itself is purged by the app's own
publish/unpublish handlers; here the lists that show it, the sitemap and the
page's translations are added, and moves and deletions are covered.
"""
from __future__ import annotations

import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page

from akorda.core.cache import invalidate
from akorda.press.cache_tags import event_tags, list_tags
from akorda.press.models import EventPage

logger = logging.getLogger(__name__)


def tags_for_change(page) -> tuple[str, ...]:
    specific = page.specific_class
    if specific is not None and issubclass(specific, EventPage):
        return (*event_tags(page), "events", *list_tags(page.locale.language_code))
    return ("site",)


def _purge(page) -> None:
    """Lists showing ``page``, its translations and the sitemap, from a proxy in front."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    try:
        pages = [page, *page.get_ancestors().live().specific()[1:]]
        pages += list(page.get_translations().live().specific())
        batch.add_pages(pages)
        site = page.get_site()
        if site is not None:
            batch.add_url(site.root_url + "/sitemap.xml")
            batch.add_url(f"{site.root_url}/sitemap-events-{page.locale.language_code}.xml")
        batch.purge()
    except Exception:
        logger.exception("Purging the frontend cache for page %s failed", page.pk)


def on_page_changed(sender, instance, **kwargs) -> None:
    invalidate(*tags_for_change(instance))
    _purge(instance)


def on_page_moved(sender, instance, **kwargs) -> None:
    # The old URL, the new one and the lists of both parents: every tag of the page.
    invalidate(*tags_for_change(instance))
    _purge(instance)


def on_page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.depth > 1:
        invalidate(*tags_for_change(instance))


def on_page_about_to_be_deleted(sender, instance, **kwargs) -> None:
    # The URLs are still known before the row goes.
    if isinstance(instance, Page) and instance.depth > 1 and instance.live:
        _purge(instance)


def on_page_saved(sender, instance, **kwargs) -> None:
    """Any save of a structure page (home, Events, a rubric), published or not: its row is in the
    site snapshot (akorda.press.sitepages), which a created page, a changed slug or ``live`` flag
    or a direct ``save()`` outdates as much as a publication. Event pages are not in it."""
    if isinstance(instance, Page) and not isinstance(instance, EventPage) and instance.specific_class is not EventPage:
        invalidate("site")


def connect() -> None:
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    page_published.connect(on_page_changed, dispatch_uid="press.cache.published")
    page_unpublished.connect(on_page_changed, dispatch_uid="press.cache.unpublished")
    page_slug_changed.connect(on_page_changed, dispatch_uid="press.cache.slug")
    post_page_move.connect(on_page_moved, dispatch_uid="press.cache.moved")
    post_delete.connect(on_page_deleted, dispatch_uid="press.cache.deleted")
    post_save.connect(on_page_saved, dispatch_uid="press.cache.saved")
    pre_delete.connect(on_page_about_to_be_deleted, dispatch_uid="press.cache.deleting")
