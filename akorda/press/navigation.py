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

from akorda.core.translations import live_versions
from akorda.press.models import EventIndexPage, HomePage, RubricPage, public_rubrics
from akorda.press.requestmemo import per_request as _per_request
from akorda.press.skeleton import structure


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


def home_for(language: str, request: HttpRequest | None = None) -> Page | None:
    part = structure(request)  # the site snapshot (akorda.press.sitepages): no query
    if part is not None:
        return part.first_live(HomePage, language)
    return _per_request(request, ("home", language), lambda: HomePage.objects.live().filter(locale__language_code=language).first())


def events_index_for(language: str, request: HttpRequest | None = None) -> Page | None:
    part = structure(request)
    if part is not None:
        return part.first_live(EventIndexPage, language)
    return _per_request(
        request, ("events", language), lambda: EventIndexPage.objects.live().filter(locale__language_code=language).first(),
    )


def language_links(request: HttpRequest | None, page: Page | None) -> list[LanguageLink]:
    """One link per site language, to the same page in that language.

    A page without a live translation leads to the Events section of that
    language (or its home page); a non-page view (search) keeps its path
    under the other prefix via Django's ``translate_url``.
    """
    current = translation.get_language() or settings.LANGUAGE_CODE
    links = []
    # Every live, public translation in one query (was three per language), shared with hreflang.
    translations = live_versions(request, page) if page is not None else {}
    for code, name in settings.LANGUAGES:
        url = None
        if page is not None and page.id:
            if page.locale.language_code == code:
                url = page.get_url(request)
            elif code in translations:
                url = translations[code].get_url(request)
            if url is None:
                fallback = events_index_for(code, request) or home_for(code, request)
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
    home = home_for(language, request)
    events = events_index_for(language, request)
    path = page.path if page is not None else ""
    if home:
        items.append(MenuItem(home.title, home.get_url(request), bool(page and page.id == home.id)))
    if events:
        items.append(MenuItem(events.title, events.get_url(request), bool(page and page.id == events.id)))
        for rubric in _public_rubrics(events, request):
            items.append(MenuItem(rubric.title, rubric.get_url(request), path.startswith(rubric.path)))
    try:
        with translation.override(language):
            search_url = reverse("press:search")
        items.append(MenuItem(translation.gettext("Search"), search_url, request is not None and request.path == search_url))
    except NoReverseMatch:  # pragma: no cover - the search route is this app's own
        pass
    return items


def _public_rubrics(events: Page, request: HttpRequest | None) -> list[RubricPage]:
    """The menu's rubrics, also the lists Back may return to and the list's rubric tabs (one read per request)."""
    return public_rubrics(events, request)


@dataclass(frozen=True)
class BackLink:
    """Where Back leads, and what a script may change it to.

    ``lists`` is set when ``url`` is the default (the rubric): the pattern of
    this language's list paths, which ``core/static/core/site.js`` applies to
    the same-site Referer in the reader's browser. The page itself never
    depends on the Referer, so one copy of it serves every reader from a
    shared cache (a proxy keys on the URL alone).
    """

    url: str
    lists: str = ""


def back_link(request: HttpRequest | None, page: Page) -> BackLink:
    """The list named by ``?from=`` when it is one of ours; else the rubric.

    ``?from=`` is part of the URL, so a cache keys on it. It must be a path
    on this host under the page's own language that is a list: home, the
    Events section or a rubric (with its archive), or search. Anything else,
    including another host, a scheme-relative ``//`` URL or an event page,
    falls back to the rubric. The link is only rendered, never redirected to,
    so even a rejected value cannot become an open redirect.
    """
    parent = page.get_parent()
    default = parent.get_url(request) if parent else "/"
    if request is None:
        return BackLink(default)
    pattern = list_path_pattern(request, page)
    url = _our_list_url(request, pattern, request.GET.get("from", ""))
    return BackLink(url) if url else BackLink(default, pattern)


def list_path_pattern(request: HttpRequest | None, page: Page) -> str:
    """One regular expression for the page language's list paths (Python's and JavaScript's syntax alike).

    The one rule for both the server (``?from=``) and the browser (the
    Referer, ``site.js``): anchored, so a ``//host`` or an event path cannot match.
    """
    language = page.locale.language_code
    alternatives = []
    home = home_for(language, request)
    if home:
        alternatives.append(re.escape(home.get_url(request)))
    with translation.override(language):
        try:
            alternatives.append(re.escape(reverse("press:search")))
        except NoReverseMatch:  # pragma: no cover - the search route is this app's own
            pass
    events = events_index_for(language, request)
    if events:
        slugs = "|".join(re.escape(rubric.slug) for rubric in _public_rubrics(events, request))
        rubric = rf"(?:(?:{slugs})/)?" if slugs else ""
        archive = r"(?:archive/(?:\d{4}/\d{1,2}/(?:\d{1,2}/)?)?)?"
        alternatives.append(re.escape(events.get_url(request)) + rubric + archive)
    return "^(?:" + "|".join(alternatives) + ")$" if alternatives else "(?!)"


def _our_list_url(request: HttpRequest, pattern: str, candidate: str) -> str | None:
    if not candidate or "\\" in candidate or any(ord(c) < 32 for c in candidate):
        return None
    parts = urlsplit(candidate)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
            return None
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    if re.match(pattern, parts.path) is None:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")
