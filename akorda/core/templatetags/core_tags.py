"""The header's identity: the emblem image (or the team's placeholder) and title."""
from __future__ import annotations

from django import template
from django.templatetags.static import static
from django.utils import translation

from akorda.core.models import SiteIdentity

register = template.Library()

PLACEHOLDER = "core/emblem.svg"


@register.simple_tag(takes_context=True)
def site_identity(context) -> dict:
    """Title in the active language and an emblem URL; never fails the page.

    A missing SiteIdentity row or a broken image falls back to the defaults and
    the placeholder, since every page (404 included) renders this header.
    """
    request = context.get("request")
    language = (translation.get_language() or "kk")[:2]
    try:
        identity = SiteIdentity.for_request(request) if request is not None else SiteIdentity()
    except Exception:
        identity = SiteIdentity()
    emblem = static(PLACEHOLDER)
    if identity.emblem_id and identity.emblem is not None:
        try:
            emblem = identity.emblem.get_rendition("height-160").url
        except Exception:
            pass
    return {"title": identity.title(language), "emblem_url": emblem}


@register.simple_tag(takes_context=True)
def a11y_on(context) -> bool:
    request = context.get("request")
    return bool(request is not None and request.COOKIES.get("a11y") == "1")
