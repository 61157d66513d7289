"""Template helpers of the public site: menu, languages, sharing, SEO."""
from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.encoding import uri_to_iri
from django.utils.html import conditional_escape, json_script
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks

from akorda.core.templatetags.core_tags import share_card_url
from akorda.press import navigation, richtext, sharing, sitepages
from akorda.press.models import EventListMixin

register = template.Library()

# What higher apps show under a release (records: its figures). A hook function
# takes (request, page) and returns HTML; press never imports those apps.
EVENT_PAGE_PANELS_HOOK = "press_event_page_panels"


def _language() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE)[:2]


@register.simple_tag(takes_context=True)
def main_menu(context) -> list:
    return navigation.main_menu(context.get("request"), _language(), context.get("page"))


@register.simple_tag(takes_context=True)
def language_links(context) -> list:
    page = context.get("page")
    return navigation.language_links(context.get("request"), page)


@register.simple_tag(takes_context=True)
def absolute_url(context, page=None) -> str:
    """The page's (or current request's) absolute URL on the host the reader used."""
    request = context["request"]
    if page is None:
        return request.build_absolute_uri(request.path)
    return request.build_absolute_uri(page.get_url(request))


@register.simple_tag(takes_context=True)
def share_links(context, page) -> list[dict]:
    """X/Twitter, Facebook and Telegram share URLs with the page's URL and title."""
    url = absolute_url(context, page)
    title = page.title
    return [
        {"name": "X (Twitter)", "key": "x", "url": "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title})},
        {"name": "Facebook", "key": "facebook", "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})},
        {"name": "Telegram", "key": "telegram", "url": "https://t.me/share/url?" + urlencode({"url": url, "text": title})},
    ]


@register.simple_tag(takes_context=True)
def share_meta(context, page, site_title: str) -> dict:
    """Share image and dates of an event (``akorda.press.sharing``)."""
    return {
        "image": sharing.share_image(context["request"], page, site_title),
        "published": sharing.published_at(page),
        "modified": sharing.modified_at(page),
    }


@register.simple_tag(takes_context=True)
def news_article_jsonld(context, page, publisher: str, share: dict) -> str:
    """schema.org NewsArticle for an event page, safe inside <script>.

    Django's ``json_script`` escapes "<", ">" and "&" so "</script>" in a title
    cannot close the element; only its fixed ``type`` changes to JSON-LD's.
    """
    url = absolute_url(context, page)
    image = share["image"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "datePublished": share["published"].isoformat(),
        "inLanguage": page.locale.language_code,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "description": page.summary(),
        "image": [{"@type": "ImageObject", "url": image.url, "width": image.width, "height": image.height}],
        "publisher": {
            "@type": "Organization",
            "name": publisher,
            "logo": {"@type": "ImageObject", "url": share_card_url(context)},
        },
        "author": {"@type": "Organization", "name": publisher},
    }
    if share["modified"]:
        data["dateModified"] = share["modified"].isoformat()
    return mark_safe(json_script(data).replace('type="application/json"', 'type="application/ld+json"', 1))


@register.simple_tag(takes_context=True)
def feed_links(context) -> list[dict]:
    """The RSS/Atom feeds to announce with <link rel="alternate">: the page's
    own when it is a list, else the Events section of the language."""
    request = context.get("request")
    page = context.get("page")
    if page is None or not isinstance(page, EventListMixin):
        page = navigation.events_index_for(_language(), request)
    if page is None:
        return []
    base = page.get_url(request)
    return [
        {"type": "application/rss+xml", "title": f"{page.title} (RSS)", "href": base + "feed/rss/"},
        {"type": "application/atom+xml", "title": f"{page.title} (Atom)", "href": base + "feed/atom/"},
    ]


@register.filter
def readable_url(url: str) -> str:
    """A URL as people read it: Cyrillic slugs unescaped (RFC 3987 IRI), for print.

    >>> readable_url("http://x/ru/%D1%88%D0%BA%D0%BE%D0%BB%D0%B0/")
    'http://x/ru/школа/'
    """
    return uri_to_iri(url)


@register.simple_tag(takes_context=True)
def short_url(context, page) -> str:
    """The event's permanent address (/e/<id>/), which survives renames and moves."""
    return context["request"].build_absolute_uri(f"/e/{page.id}/")


@register.simple_tag(takes_context=True)
def event_page_panels(context, page) -> SafeString:
    """The panels other apps add under an event page (:data:`EVENT_PAGE_PANELS_HOOK`), in hook order."""
    request = context.get("request")
    return mark_safe("".join(conditional_escape(panel(request, page)) for panel in hooks.get_hooks(EVENT_PAGE_PANELS_HOOK)))


@register.filter
def paragraph_ids(html: str) -> SafeString:
    """Give each body paragraph the id ``p<n>`` that figures link to (``richtext.with_paragraph_ids``).

    The input is the output of Wagtail's ``richtext`` filter, already safe.
    """
    return mark_safe(richtext.with_paragraph_ids(str(html)))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page) -> list:
    """The page's live ancestors below the root, from the site snapshot (``sitepages.breadcrumbs``)."""
    return sitepages.breadcrumbs(context.get("request"), page)


@register.simple_tag(takes_context=True)
def back_link(context, page) -> navigation.BackLink:
    """The list named by ``?from=``, when it is one of ours; else the rubric (``navigation.back_link``)."""
    return navigation.back_link(context.get("request"), page)
