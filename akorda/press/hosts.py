"""Which host an absolute link of the site is written on (sitemaps, hreflang alternates).

The configured Wagtail Site's root URL when the request came in on that
site's host name, else the host the request used (ALLOWED_HOSTS vouches for
it), so ``make run`` at 127.0.0.1:8000 gets working links although the demo
Site says localhost:80. Below the page models, which write their sitemap
entries with it, and the sitemaps, which list those pages.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page, Site

# A slug Wagtail's ``wagtail_serve`` route accepts (``[\w\-]+``); anything else goes through Wagtail.
SLUG = re.compile(r"[\w\-]+")
# What Django's reverse() leaves unquoted in a path (django.urls.resolvers: RFC 3986 sub-delims, "/~:@").
PATH_SAFE = "!$&'()*+,;=/~:@"


def base_url(request: HttpRequest) -> str:
    site = Site.find_for_request(request)
    host, _, port = request.get_host().partition(":")
    if site is not None and site.hostname == host and str(site.port) == (port or ("443" if request.is_secure() else "80")):
        return site.root_url
    return f"{request.scheme}://{request.get_host()}"


def absolute(request: HttpRequest, page: Page) -> str:
    """The page's URL on :func:`base_url`'s host."""
    url = page.get_url(request) or ""
    if url.startswith(("http://", "https://")):
        return url
    return base_url(request) + url


class AbsoluteUrls:
    """:func:`absolute` for many pages of one request, by their ``url_path``, without page objects.

    Wagtail's ``get_url`` builds each URL with a ``reverse()`` and a host check,
    from a page instance (a ClusterableModel, slow to create): for a sitemap page
    of 1,000 events with two translations each, 3,000 of both were most of its
    1.4 s. A page's path is its parent's followed by its slug, and ``reverse()``
    quotes the path character by character, so Wagtail computes each parent's
    URL once (from an unsaved page holding the parent's ``url_path``) and the
    slugs are quoted and appended as ``reverse()`` would. A slug outside
    Wagtail's pattern, or a parent whose URL does not end in "/" (no
    ``WAGTAIL_APPEND_SLASH``), is left to Wagtail whole.
    """

    def __init__(self, request: HttpRequest):
        self.request = request
        self.base = base_url(request)
        self.parents: dict[str, str] = {}

    def _wagtail(self, url_path: str) -> str:
        url = Page(url_path=url_path).get_url(self.request) or ""
        return url if url.startswith(("http://", "https://")) else self.base + url

    def __call__(self, url_path: str) -> str:
        parent, _, slug = url_path.rstrip("/").rpartition("/")
        if not (parent and SLUG.fullmatch(slug) and getattr(settings, "WAGTAIL_APPEND_SLASH", True)):
            return self._wagtail(url_path)
        prefix = self.parents.get(parent)
        if prefix is None:
            prefix = self.parents[parent] = self._wagtail(parent + "/")
        if not prefix.endswith("/"):
            return self._wagtail(url_path)
        return prefix + quote(slug, safe=PATH_SAFE) + "/"
