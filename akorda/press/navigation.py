"""Where the site's links lead: the main menu, the language switcher, Back.

Wagtail gives the translations (``get_translation_or_none``); these helpers
only choose the fallback when a translation is missing, and keep the Back
link on our own lists so a crafted ``?from=`` or Referer cannot point a
reader at another site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from akorda.press.models import EventIndexPage, HomePage, RubricPage


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


def home_for(language: str) -> Page | None:
    return HomePage.objects.live().filter(locale__language_code=language).first()


def events_index_for(language: str) -> Page | None:
    return EventIndexPage.objects.live().filter(locale__language_code=language).first()


def language_links(request: HttpRequest | None, page: Page | None) -> list[LanguageLink]:
    """One link per site language, to the same page in that language.

    A page without a live translation leads to the Events section of that
    language (or its home page); a non-page view (search) keeps its path
    under the other prefix via Django's ``translate_url``.
    """
    current = translation.get_language() or settings.LANGUAGE_CODE
    links = []
    translations: dict[str, Page] = {}
    if page is not None and page.id:
        # Every live, public translation in one query (was three per language).
        translations = {
            t.locale.language_code: t
            for t in page.get_translations(inclusive=True).live().public().select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        url = None
        if page is not None and page.id:
            if page.locale.language_code == code:
                url = page.get_url(request)
            elif code in translations:
                url = translations[code].get_url(request)
            if url is None:
                fallback = events_index_for(code) or home_for(code)
                url = fallback.get_url(request) if fallback else f"/{code}/"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current[:2]))
    return links


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    active: bool


def main_menu(request: HttpRequest | None, language: str, page: Page | None = None) -> list[MenuItem]:
    """Home, Events and its rubrics, Search: the seed page's menu, per locale."""
    items: list[MenuItem] = []
    home = home_for(language)
    events = events_index_for(language)
    path = page.path if page is not None else ""
    if home:
        items.append(MenuItem(home.title, home.get_url(request), bool(page and page.id == home.id)))
    if events:
        items.append(MenuItem(events.title, events.get_url(request), bool(page and page.id == events.id)))
        for rubric in _rubrics(events).public():
            items.append(MenuItem(rubric.title, rubric.get_url(request), path.startswith(rubric.path)))
    try:
        with translation.override(language):
            search_url = reverse("press:search")
        items.append(MenuItem(translation.gettext("Search"), search_url, request is not None and request.path == search_url))
    except NoReverseMatch:  # pragma: no cover - the search route is this app's own
        pass
    return items


def _rubrics(events: Page):
    """The live rubrics under the Events section, from the small rubric table.

    ``get_children()`` reads a path range that spans every event below the
    section (tens of thousands of index entries) to keep four rows.
    """
    return RubricPage.objects.filter(locale_id=events.locale_id).child_of(events).live().order_by("path")


def back_link(request: HttpRequest | None, page: Page) -> str:
    """The list the reader came from, when it is one of ours; else the rubric.

    Candidates are ``?from=`` and the Referer; each must be a path on this host
    under the page's own language that is a list: home, the Events section or
    a rubric (with its archive), or search. Anything else, including another
    host, a scheme-relative ``//`` URL or an event page, falls back to the
    rubric. The link is only rendered, never redirected to, so even a
    rejected value cannot become an open redirect.
    """
    parent = page.get_parent()
    default = parent.get_url(request) if parent else "/"
    if request is None:
        return default
    for candidate in (request.GET.get("from", ""), request.META.get("HTTP_REFERER", "")):
        url = _our_list_url(request, page, candidate)
        if url:
            return url
    return default


def _our_list_url(request: HttpRequest, page: Page, candidate: str) -> str | None:
    if not candidate or "\\" in candidate or any(ord(c) < 32 for c in candidate):
        return None
    parts = urlsplit(candidate)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
            return None
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    if not _is_list_path(request, page, parts.path):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _is_list_path(request: HttpRequest, page: Page, path: str) -> bool:
    language = page.locale.language_code
    home = home_for(language)
    events = events_index_for(language)
    if home and path == home.get_url(request):
        return True
    with translation.override(language):
        try:
            if path == reverse("press:search"):
                return True
        except NoReverseMatch:  # pragma: no cover
            pass
    if not events:
        return False
    base = events.get_url(request)
    if not path.startswith(base):
        return False
    rest = path[len(base):]
    slugs = "|".join(re.escape(slug) for slug in _rubrics(events).values_list("slug", flat=True))
    archive = r"(?:archive/(?:\d{4}/\d{1,2}/(?:\d{1,2}/)?)?)?"
    pattern = rf"^(?:(?:{slugs})/)?{archive}$" if slugs else rf"^{archive}$"
    return re.match(pattern, rest) is not None
