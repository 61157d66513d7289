"""What every public request reads about the site, in one shared-cache round trip.

Each uncached page used to ask PostgreSQL the same small questions on every
request: which Site answers this host, which Locale is active, the site
identity, whether any view restriction exists (twice: Wagtail's serve hook and
each ``.public()``), and the press app's home, Events and rubric pages for
routing and the menu. Every answer is a few rows that change only when an
editor changes the site's structure, so they are read together into one
*snapshot*, kept in the default cache by :func:`akorda.core.cache.memoized`
under the ``site`` tag and rebuilt after any bump of it. What bumps ``site``:
a structure page saved, published, unpublished, moved or deleted
(``akorda.press.caching``), and here a Site, Locale, view restriction or
site identity saved or deleted, or the emblem image changed.

The snapshot is read once per request, on first use, and kept on the
request; the request being served is in a context variable, for code that
gets no request (Wagtail's ``get_view_restrictions``). Apps add their own part with the
:data:`SNAPSHOT_HOOK` Wagtail hook: ``fn() -> (name, value)``, value picklable.
"""
from __future__ import annotations

import contextvars
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.templatetags.static import static
from django.utils import translation
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageViewRestriction, Site

from akorda.core.cache import invalidate, memoized
from akorda.core.models import SiteIdentity

SNAPSHOT_HOOK = "akorda_site_snapshot"
SNAPSHOT_KEY = "site-snapshot:v2"
PLACEHOLDER_EMBLEM = "core/emblem.svg"
_serving: contextvars.ContextVar[HttpRequest | None] = contextvars.ContextVar("akorda_site_snapshot_request", default=None)


@dataclass
class SiteSnapshot:
    sites: list[Site]
    locales: dict[str, Locale]
    restricted_paths: tuple[str, ...]
    identities: dict[int, SiteIdentity]
    emblem_urls: dict[int, str]
    root_paths: list = field(default_factory=list)  # Site.get_site_root_paths(), for every page URL
    parts: dict[str, object] = field(default_factory=dict)

    def find_site(self, request: HttpRequest) -> Site | None:
        """Wagtail's ``get_site_for_hostname`` over the cached rows (same order of preference)."""
        hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
        port = int(request.get_port() or 0)

        def rank(site: Site) -> int:
            if site.hostname == hostname and site.port == port:
                return 0
            if site.hostname == hostname and site.is_default_site:
                return 1
            return 2 if site.is_default_site else 3

        matches = sorted((s for s in self.sites if s.hostname == hostname or s.is_default_site), key=rank)
        if not matches:
            return None
        if len(matches) == 1 or rank(matches[0]) in (0, 1):
            return matches[0]
        return matches[len(matches) == 2]  # a default and one other hostname match: that one

    def active_locale(self) -> Locale | None:
        """``Locale.get_active()`` without the query."""
        for code in (translation.get_language(), settings.LANGUAGE_CODE):
            try:
                locale = self.locales.get(get_supported_content_language_variant(code))
            except LookupError:
                continue
            if locale is not None:
                return locale
        return None

    def identity(self, site: Site | None) -> SiteIdentity:
        """The site's identity row, or the defaults it would be created with."""
        if site is None:
            return SiteIdentity()
        return self.identities.get(site.pk) or SiteIdentity(site_id=site.pk)


def _emblem_url(identity: SiteIdentity) -> str:
    if identity.emblem_id and identity.emblem is not None:
        try:
            return identity.emblem.get_rendition("height-160").url
        except Exception:
            pass
    return static(PLACEHOLDER_EMBLEM)


def build_snapshot() -> SiteSnapshot:
    identities = {i.site_id: i for i in SiteIdentity.objects.select_related("emblem")}
    snapshot = SiteSnapshot(
        sites=list(Site.objects.all()),
        locales={locale.language_code: locale for locale in Locale.objects.all()},
        restricted_paths=tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
        identities=identities,
        emblem_urls={site_id: _emblem_url(identity) for site_id, identity in identities.items()},
        # Wagtail keeps these in the cache too (one more round trip per request); they change with a
        # Site or a home page, which bump ``site``.
        root_paths=list(Site.get_site_root_paths()),
    )
    for contribute in hooks.get_hooks(SNAPSHOT_HOOK):
        name, value = contribute()
        snapshot.parts[name] = value
    return snapshot


def site_snapshot(request: HttpRequest | None = None) -> SiteSnapshot:
    """The request's snapshot (read once per request, on first use), else a fresh read.

    The request being served (:class:`SiteSnapshotMiddleware`) also gets the
    Site and the SiteIdentity that Wagtail would otherwise query for it.
    """
    if request is None:
        request = _serving.get()
    if request is not None and hasattr(request, "_akorda_site_snapshot"):
        return request._akorda_site_snapshot
    snapshot = memoized(SNAPSHOT_KEY, ("site",), build_snapshot)
    if request is not None:
        request._akorda_site_snapshot = snapshot  # type: ignore[attr-defined]
        if _serving.get() is request:
            _attach(request, snapshot)
    return snapshot


def _attach(request: HttpRequest, snapshot: SiteSnapshot) -> None:
    """What Wagtail and its settings app keep on the request after their first query, from the snapshot."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = snapshot.find_site(request)  # type: ignore[attr-defined]
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        # Read by Page.get_url_parts for every page URL.
        request._wagtail_cached_site_root_paths = snapshot.root_paths  # type: ignore[attr-defined]
    attr = SiteIdentity.get_cache_attr_name()
    if not hasattr(request, attr):
        identity = snapshot.identity(request._wagtail_site)  # type: ignore[attr-defined]
        identity._request = request  # as SiteIdentity.for_request leaves it
        setattr(request, attr, identity)


def current_snapshot() -> SiteSnapshot | None:
    """The snapshot of the request being served (read on first use); None outside one."""
    request = _serving.get()
    return site_snapshot(request) if request is not None else None


def public_pages(queryset: QuerySet, request: HttpRequest | None = None) -> QuerySet:
    """``queryset.public()`` with the restricted sections from the snapshot (no query for them)."""
    paths = site_snapshot(request).restricted_paths
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)  # Wagtail's descendant_of_q(inclusive=True)
    return queryset.exclude(private)


class NoRestrictionsMixin:
    """Skips Wagtail's two view-restriction queries per served page when the site has none.

    Wagtail's ``check_view_restrictions`` hook calls ``get_view_restrictions``
    on every page it serves; with no restriction anywhere (the snapshot of the
    request says so) the answer is empty without asking. Any restriction, or
    no request being served, and Wagtail's own method answers.
    """

    def get_view_restrictions(self):
        snapshot = current_snapshot()
        if snapshot is not None and not snapshot.restricted_paths:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class SiteSnapshotMiddleware:
    """Marks the public request being served, so the snapshot answers Wagtail's per-request lookups.

    Nothing is read here: the snapshot is read on first use (routing, the
    header), so a view that needs no page, or fails first, asks nothing. The
    admin and any non-GET request read the database as Wagtail does.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(("/admin/", "/django-admin/")) or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _serving.set(request)
        try:
            return self.get_response(request)
        finally:
            _serving.reset(token)


def emblem_url(request: HttpRequest | None, identity: SiteIdentity) -> str:
    """The identity's emblem rendition URL, from the snapshot when it is the request's site's."""
    snapshot = site_snapshot(request) if request is not None else None
    if snapshot is not None and identity.site_id in snapshot.emblem_urls and snapshot.identities.get(identity.site_id) is not None:
        return snapshot.emblem_urls[identity.site_id]
    return _emblem_url(identity)


def _bump(sender, instance, **kwargs) -> None:
    invalidate("site")


def _image_changed(sender, instance, **kwargs) -> None:
    if SiteIdentity.objects.filter(emblem_id=instance.pk).exists():
        invalidate("site")


def connect() -> None:
    from wagtail.images import get_image_model

    for model in (Site, Locale, PageViewRestriction, SiteIdentity):
        for signal in (post_save, post_delete):
            signal.connect(_bump, sender=model, dispatch_uid=f"core.sitecache.{model.__name__}.{signal is post_save}")
    image = get_image_model()
    post_save.connect(_image_changed, sender=image, dispatch_uid="core.sitecache.image.saved")
    # Before the row goes: deleting it sets the emblem to NULL without a signal.
    pre_delete.connect(_image_changed, sender=image, dispatch_uid="core.sitecache.image.deleted")
