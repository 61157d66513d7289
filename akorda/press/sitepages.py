"""The site's structure pages (home, Events, rubrics) from the site snapshot, for routing and menus.

Every page render routed through them and printed them in the menu, the
language switcher's fallbacks, the feed links and the breadcrumbs: seven to
ten small queries per request for some twenty rows that change only when an
editor changes the structure. They are read into the site snapshot
(``akorda.core.sitecache``: one cache round trip per request, rebuilt after
``site`` is bumped, which ``akorda.press.caching`` does whenever a structure
page is saved, published, unpublished, moved or deleted). Each request gets
its own unpickled copies, so nothing a request does to them is shared.

Event pages are not here: there are 100,000 of them; the rubric routes to
its event with one query.
"""
from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.models import Page, Site
from wagtail.views import serve

from akorda.core.sitecache import current_snapshot, site_snapshot
from akorda.press.models import EventIndexPage, HomePage, RubricPage
from akorda.press.skeleton import PART, StructurePages, structure


def snapshot_part() -> tuple[str, StructurePages]:
    """The ``akorda_site_snapshot`` hook (registered in wagtail_hooks)."""
    part = StructurePages()
    for model in (Page, HomePage, EventIndexPage, RubricPage):
        queryset = model.objects.filter(depth=1) if model is Page else model.objects.all()
        for page in queryset.select_related("locale"):
            part.pages[page.pk] = page
    keys = {p.translation_key for p in part.pages.values() if isinstance(p, HomePage)}
    for key, locale_id, pk in Page.objects.filter(translation_key__in=keys).values_list("translation_key", "locale_id", "id"):
        part.root_translations[(str(key), locale_id)] = pk
    return PART, part


def localized_root(request: HttpRequest) -> Page | None:
    """``site.root_page.localized.specific`` from the snapshot; None when it cannot tell (Wagtail then routes)."""
    part = structure(request)  # first: reading the snapshot gives the request its Site
    site = Site.find_for_request(request)
    if site is None or part is None:
        return None
    root = part.pages.get(site.root_page_id)
    if not isinstance(root, HomePage):
        return None
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return root
    locale = site_snapshot(request).active_locale()
    if locale is None or locale.pk == root.locale_id:
        return root
    translation_id = part.root_translations.get((str(root.translation_key), locale.pk))
    if translation_id is None:
        return root
    translation = part.pages.get(translation_id)
    if translation is None:
        return None  # a translation of another type: let Wagtail read it
    return translation if translation.live else root


def breadcrumbs(request: HttpRequest | None, page: Page) -> list[Page]:
    """``page.get_ancestors().live()[1:]``: the live ancestors but the first, from the snapshot when it has them all."""
    part = structure(request)
    if part is not None:
        by_path = {p.path: p for p in part.pages.values()}
        steps = Page.steplen
        ancestors = [by_path.get(page.path[: steps * depth]) for depth in range(1, page.depth)]
        if all(a is not None for a in ancestors):
            return [a for a in ancestors if a is not None and a.live][1:]
    return list(page.get_ancestors().live())[1:]


class RouteFromSnapshotMiddleware:
    """Routes Wagtail's page URLs from the structure pages: one query (the event) instead of seven.

    Wagtail's ``serve`` keeps its route on the request
    (``request._wagtail_route_for_request``) and reads it from there; this
    fills it before the view runs, the same way Wagtail would
    (``site.root_page.localized.specific.route``), then the view, its hooks
    and view-restriction checks run unchanged.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        if view_func is not serve or hasattr(request, "_wagtail_route_for_request") or current_snapshot() is None:
            return None
        root = localized_root(request)
        if root is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        try:
            request._wagtail_route_for_request = root.route(request, [c for c in path.split("/") if c])  # type: ignore[attr-defined]
        except Http404:
            request._wagtail_route_for_request = None  # type: ignore[attr-defined]
        return None
