"""What every public page type shares: hreflang alternates in the sitemap and entry into the shared cache.

Below the page models (akorda.press.models), which mix them in; they read only
the page they are mixed into, so they import no page type.
"""
from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from akorda.core.cache import mark_cacheable
from akorda.press.cache_tags import list_tags
from akorda.press.hosts import absolute


class SitemapAlternatesMixin:
    """Sitemap entries carry hreflang alternates for the page's live translations.

    Wagtail's ``get_sitemap_urls`` gives one URL per page; Django's sitemap
    template already renders an ``alternates`` list as ``xhtml:link`` (Google's
    "localized versions" format), so each entry only needs that list.
    """

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        urls = super().get_sitemap_urls(request)  # type: ignore[misc]
        translations = [self, *self.get_translations().live().public()]  # type: ignore[attr-defined]
        locate = (lambda page: absolute(request, page)) if request is not None else (lambda page: page.get_full_url())
        for url in urls:
            url["location"] = locate(self)
        alternates = [
            {"lang_code": t.locale.language_code, "location": locate(t)}
            for t in sorted(translations, key=lambda t: t.locale.language_code)
        ]
        if len(alternates) > 1:
            for url in urls:
                url["alternates"] = alternates
        return urls


class PublicCacheMixin:
    """Lets an anonymous page view into the shared cache (akorda.core.cache).

    Wagtail calls ``serve`` only after its own checks (view restrictions,
    passwords), and previews go through ``serve_preview``, so a restricted or
    draft page is never marked.
    """

    def cache_tags(self) -> tuple[str, ...]:
        return list_tags(self.locale.language_code)  # type: ignore[attr-defined]

    def cache_vary(self) -> tuple[str, ...]:
        return ()

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)  # type: ignore[misc]
        mark_cacheable(*self.cache_tags(), vary=self.cache_vary())
        return response
