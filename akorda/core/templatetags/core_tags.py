"""The header's identity: the emblem image (or the team's placeholder) and title."""
from __future__ import annotations

from django import template
from django.templatetags.static import static
from django.utils import translation

from akorda.core.models import SiteIdentity
from akorda.core.sitecache import PLACEHOLDER_EMBLEM, emblem_url, site_snapshot
from akorda.core.translations import live_versions

register = template.Library()

PLACEHOLDER = PLACEHOLDER_EMBLEM


@register.simple_tag(takes_context=True)
def site_identity(context) -> dict:
    """Title in the active language and an emblem URL; never fails the page.

    A missing SiteIdentity row or a broken image falls back to the defaults and
    the placeholder, since every page (404 included) renders this header.
    """
    request = context.get("request")
    language = (translation.get_language() or "kk")[:2]
    try:
        if request is not None:
            site_snapshot(request)  # a public request gets its Site and identity from it (akorda.core.sitecache)
        identity = SiteIdentity.for_request(request) if request is not None else SiteIdentity()
        emblem = emblem_url(request, identity)
    except Exception:
        identity = SiteIdentity()
        emblem = static(PLACEHOLDER)
    return {"title": identity.title(language), "emblem_url": emblem}


@register.simple_tag(takes_context=True)
def a11y_on(context) -> bool:
    request = context.get("request")
    return bool(request is not None and request.COOKIES.get("a11y") == "1")


SHARE_CARD = "core/share-card.png"  # a raster: link previews do not render SVG


@register.simple_tag(takes_context=True)
def share_card_url(context) -> str:
    """The site's raster share card (1200x630, scripts/make_share_card.py), absolute."""
    request = context.get("request")
    url = static(SHARE_CARD)
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def hreflang_links(context, page) -> list[dict]:
    """The page in every live language, itself included, plus x-default.

    x-default points at the version in the site's default language (the
    language a reader with no match is sent to), else at the page itself.
    """
    from django.conf import settings

    request = context["request"]
    translations = live_versions(request, page)
    own = next((v for v in translations.values() if v.id == page.id), page)  # its locale already read
    versions = [own, *(v for v in translations.values() if v.id != page.id)]
    links = [{"lang": v.locale.language_code, "href": request.build_absolute_uri(v.get_url(request))}
             for v in sorted(versions, key=lambda v: v.locale.language_code)]
    default = next((link for link in links if link["lang"] == settings.LANGUAGE_CODE[:2]), None)
    default = default or next(link for link in links if link["lang"] == page.locale.language_code)
    return [*links, {"lang": "x-default", "href": default["href"]}]
