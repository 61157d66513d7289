"""The sitemap index and its paged sections (django.contrib.sitemaps).

``/sitemap.xml`` is an index; ``/sitemap-pages.xml`` holds the site's
structure pages of every locale (Wagtail's sitemap, with hreflang
alternates), ``/sitemap-events-<lang>.xml?p=N`` the events of one language,
``LIMIT`` (1,000) per page, read from the events' listing rows (akorda.press.index)
so a page of the sitemap costs the same at 1,000 or 100,000 events: one query
for the slice, one for its translations.

Links are written on akorda.press.hosts' host. ``lastmod`` is the page's last publication.
"""
from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Locale, Page

from akorda.core.cache import mark_cacheable
from akorda.core.sitecache import public_pages
from akorda.press.hosts import AbsoluteUrls, base_url
from akorda.press.listing import listed_events
from akorda.press.models import EventPage

LIMIT = 1000


class StructureSitemap(WagtailSitemap):
    """Home, Events and rubrics of every locale (Wagtail's sitemap lists the default tree only)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        qs = Page.objects.none()
        for home in [root, *root.get_translations()]:
            qs = qs | home.get_descendants(inclusive=True)
        return qs.live().public().not_type(EventPage).order_by("path").defer_streamfields().specific()


class EventSitemap(DjangoSitemap):
    """One language's events, ``LIMIT`` per page, with their translations as alternates."""

    limit = LIMIT

    def __init__(self, request: HttpRequest, language: str):
        super().__init__()
        self.request, self.language = request, language

    def items(self):
        locale = Locale.objects.filter(language_code=self.language).first()
        if locale is None:
            return []
        return listed_events(locale).order_by("page_id").values_list("page_id", flat=True)

    def _urls(self, page, protocol, domain):
        """The page's entries from two reads (its pages, their translations) and no page objects.

        Each entry's URL and its alternates' come from ``url_path`` strings
        (akorda.press.hosts.AbsoluteUrls: one ``reverse()`` per parent, not per
        URL); page instances and Wagtail's ``get_url`` for each of some 3,000
        URLs cost about 1.4 ms per entry (1.4 s a page of 1,000) before."""
        ids = list(self.paginator.page(page).object_list)
        fields = ("url_path", "locale__language_code", "translation_key")
        rows = {pk: rest for pk, *rest in Page.objects.filter(pk__in=ids).values_list("id", *fields, "last_published_at")}
        keys = {row[2] for row in rows.values()}
        others = Page.objects.filter(translation_key__in=keys, live=True).exclude(pk__in=ids)
        translations: dict = {}
        for url_path, language, key in public_pages(others, self.request).values_list(*fields):
            translations.setdefault(key, []).append((language, url_path))
        url_of = AbsoluteUrls(self.request)
        urls = []
        for pk in ids:
            row = rows.get(pk)
            if row is None:
                continue
            url_path, language, key, last_published_at = row
            location = url_of(url_path)
            versions = [(language, None), *translations.get(key, [])]
            alternates = [
                {"lang_code": code, "location": location if other is None else url_of(other)}
                for code, other in sorted(versions, key=lambda v: v[0])
            ]
            urls.append({
                "item": pk,
                "location": location,
                "lastmod": last_published_at,
                "changefreq": None,
                "priority": None,
                "alternates": alternates if len(alternates) > 1 else [],
            })
        return urls


def _sections(request: HttpRequest) -> dict:
    sections: dict = {"pages": StructureSitemap(request)}
    for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES:
        sections[f"events-{code}"] = EventSitemap(request, code)
    return sections


def index(request: HttpRequest) -> HttpResponse:
    mark_cacheable("events")
    response = sitemap_views.index(request, _sections(request), sitemap_url_name="sitemap_section")
    return _rehost(request, response)


def section(request: HttpRequest, section: str) -> HttpResponse:
    mark_cacheable("events")
    return sitemap_views.sitemap(request, _sections(request), section=section)


def _rehost(request: HttpRequest, response: TemplateResponse) -> TemplateResponse:
    """The index's own links: Django builds them on the request host; use base_url()'s."""
    response.render()
    own = f"{request.scheme}://{request.get_host()}"
    wanted = base_url(request)
    if own != wanted:
        response.content = response.content.replace(own.encode() + b"/", wanted.encode() + b"/")
    return response
