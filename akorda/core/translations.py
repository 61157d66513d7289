"""A page's live, public versions in every language, read once per request.

The language switcher (press) and the hreflang links (core) of one page both
need them; each asking the database costs three round trips per render.
"""
from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page

from akorda.core.sitecache import public_pages


def live_versions(request: HttpRequest | None, page: Page) -> dict[str, Page]:
    """Language code to the live, public translation of ``page`` (itself included when live and public).

    Kept on the request, not the process, so the next request sees a change.
    """
    if not page.id:
        return {}
    memo: dict[int, dict[str, Page]] = request.__dict__.setdefault("_akorda_live_versions", {}) if request is not None else {}
    if page.id not in memo:
        memo[page.id] = {
            version.locale.language_code: version
            # The restricted sections come from the site snapshot: no query for them.
            for version in public_pages(page.get_translations(inclusive=True).live(), request).select_related("locale")
        }
    return memo[page.id]
