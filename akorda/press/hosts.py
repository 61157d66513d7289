"""Which host an absolute link of the site is written on (sitemaps, hreflang alternates).

The configured Wagtail Site's root URL when the request came in on that
site's host name, else the host the request used (ALLOWED_HOSTS vouches for
it), so ``make run`` at 127.0.0.1:8000 gets working links although the demo
Site says localhost:80. Below the page models, which write their sitemap
entries with it, and the sitemaps, which list those pages.
"""
from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page, Site


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
