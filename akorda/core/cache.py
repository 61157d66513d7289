"""The shared page cache: anonymous public responses, invalidated by tag.

Why not Django's ``cache_page`` / per-site cache middleware alone: they key a
response on its URL and the request headers named in ``Vary``, and expire it
only by timeout. The site must drop a page the moment what it shows changes
(a correction published, a figure confirmed), and it cannot compute every URL
that shows an event (lists, their deep pages, archive days, feeds, search,
the other languages' switchers). So each cached response carries *tags* it
was built from, and a change bumps the tags it touches:

- ``site``: everything (menus, site identity, reference data);
- ``events`` / ``events:<lang>``: any public event change / in one language
  (lists, home, archive, feeds, search, sitemap, API lists);
- ``page:<id>`` and ``tk:<translation key>``: one event page and the pages
  of its translations (their language switchers and hreflang);
- ``meeting:<id>`` / ``records``: one meeting's record / the public record.

A tag's value is the time it was last bumped. An entry is served only if it
was rendered (started reading the database) after every one of its tags was
bumped, so a render racing a publication can never store the old content as
new. Reading the tags is one ``get_many`` round trip; bumping one is a
``set``. Per-tag times rather than a per-language generation number in the
key: the event page is cached once per page, not once per publication in its
language, so publishing one release does not empty the cache of 100,000.

Signed-in readers (session cookie), readers with pending messages and any
non-GET never read or fill the cache; views opt in with
:func:`mark_cacheable`, so nothing is cached by accident. The variant key
holds the host, scheme, full path, active language and the low-vision cookie;
nothing else of the request (no page varies on the Referer: the event page's
Back link follows it in the browser).
"""
from __future__ import annotations

import contextvars
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag

logger = logging.getLogger(__name__)
A11Y_COOKIE = "a11y"
HIT_HEADER = "X-Akorda-Cache"  # HIT or MISS, for benchmarks and operators


@dataclass
class _RequestState:
    cacheable: bool = False
    tags: set[str] = field(default_factory=set)
    vary: set[str] = field(default_factory=set)


_state: contextvars.ContextVar[_RequestState | None] = contextvars.ContextVar("akorda_page_cache", default=None)


def parse_cache_url(url: str) -> dict:
    """``CACHE_URL`` to a ``CACHES`` entry, Django's built-in backends only.

    Written here because django-cache-url maps ``redis://`` to the third-party
    django-redis backend; Django's own RedisCache is what we want.

    >>> parse_cache_url("redis://127.0.0.1:6379/1")["BACKEND"]
    'django.core.cache.backends.redis.RedisCache'
    >>> parse_cache_url("file:///tmp/c")["LOCATION"]
    '/tmp/c'
    >>> parse_cache_url("locmem://")["BACKEND"]
    'django.core.cache.backends.locmem.LocMemCache'
    """
    scheme = url.split("://", 1)[0]
    if scheme in ("redis", "rediss", "unix"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "file":
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": url[len("file://"):]}
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": url[len("locmem://"):] or "akorda"}
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ValueError(f"CACHE_URL: unknown scheme {scheme!r} in {url!r}; use redis://, file://, locmem:// or dummy://")


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def mark_cacheable(*tags: str, vary: tuple[str, ...] = ()) -> None:
    """Let the current response enter the shared cache, tagged with what it shows.

    Safe to call anywhere while a request is rendered (views, template tags):
    outside the middleware it does nothing.
    """
    state = _state.get()
    if state is not None:
        state.cacheable = True
        state.tags.update(tags)
        state.vary.update(vary)


def add_cache_tags(*tags: str) -> None:
    """Add what a part of the page depends on (a record), without opting in."""
    state = _state.get()
    if state is not None:
        state.tags.update(tags)


def _tag_key(tag: str) -> str:
    return f"akorda:tag:{tag}"


def invalidate(*tags: str) -> None:
    """Bump the tags now and again when the transaction commits.

    Now, so that the change is visible at once in this process; on commit, so
    that a reader who rendered the old rows between the two cannot keep them.
    """
    tags = tuple(dict.fromkeys(t for t in tags if t))
    if not tags:
        return

    def bump() -> None:
        now = time.time()
        stamps = {_tag_key(t): now for t in tags}
        _cache().set_many(stamps, timeout=None)
        if _cache() is not caches["default"]:
            caches["default"].set_many(stamps, timeout=None)  # for memoized()

    bump()
    transaction.on_commit(bump)


def memoized(key: str, tags: tuple[str, ...], compute: Callable[[], object], timeout: int = 3600):
    """A value computed from the database, kept in the default cache until one of ``tags`` is bumped.

    For aggregates a page needs whether or not the page itself is cached
    (the list filters' tag facets): same validity rule as cached pages.
    """
    cache = caches["default"]
    keys = [_tag_key(t) for t in tags]
    memo_key = f"akorda:memo:{key}"
    found = cache.get_many([memo_key, *keys])  # the value and its tags in one round trip
    entry = found.get(memo_key)
    stamps = {k: found[k] for k in keys if k in found}
    if entry is not None and len(stamps) == len(keys):
        computed_at, value = entry
        if all(stamp + _skew() < computed_at for stamp in stamps.values()):
            return value
    started = time.time()
    value = compute()
    for k in keys:
        if k not in stamps:
            cache.add(k, started - _skew() - 0.001, timeout=None)
    cache.set(memo_key, (started, value), timeout)
    return value


def _skew() -> float:
    return float(getattr(settings, "PAGE_CACHE_CLOCK_SKEW", 1.0))


def _bypass(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies or "HTTP_AUTHORIZATION" in request.META


def _variant_key(request: HttpRequest) -> str:
    raw = "\n".join([
        request.scheme or "",
        request.get_host(),
        request.get_full_path(),
        translation.get_language() or "",
        "a11y" if request.COOKIES.get(A11Y_COOKIE) == "1" else "",
    ])
    return "akorda:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _lookup(key: str) -> HttpResponse | None:
    cache = _cache()
    entry = cache.get(key)
    if not entry:
        return None
    rendered_at, tags, response = entry
    stamps = cache.get_many([_tag_key(t) for t in tags])
    now = time.time()
    for tag in tags:
        stamp = stamps.get(_tag_key(tag))
        if stamp is None:
            # Evicted: restart the tag so entries older than now can never pass.
            cache.add(_tag_key(tag), now, timeout=None)
            return None
        if stamp + _skew() >= rendered_at:
            logger.debug("Page cache entry %s is older than tag %s", key, tag)
            return None
    return response


def _storable(request: HttpRequest, response: HttpResponse, state: _RequestState) -> bool:
    if not state.cacheable or request.method != "GET" or response.status_code != 200:
        return False
    if response.streaming or response.cookies or request.META.get("CSRF_COOKIE_NEEDED"):
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


class PublicCacheMiddleware:
    """Serves and stores opted-in anonymous responses; see the module docstring."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        bypass = _bypass(request)
        key = None if bypass else _variant_key(request)
        if key is not None:
            cached = _lookup(key)
            if cached is not None:
                cached[HIT_HEADER] = "HIT"
                return cached
        state = _RequestState()
        started = time.time()
        token = _state.set(state)
        try:
            response = self.get_response(request)
        finally:
            _state.reset(token)
        if not state.cacheable:
            return response
        patch_vary_headers(response, ("Cookie", *sorted(state.vary)))
        if bypass:
            patch_cache_control(response, private=True, no_cache=True)
            return response
        if key is not None and _storable(request, response, state):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
            if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
                response.render()
            set_response_etag(response)
            response[HIT_HEADER] = "MISS"
            tags = sorted(state.tags | {"site"})
            cache = _cache()
            known = cache.get_many([_tag_key(t) for t in tags])
            for tag in tags:
                if _tag_key(tag) not in known:
                    # Never bumped (or evicted): whatever this render read is current.
                    cache.add(_tag_key(tag), started - _skew() - 0.001, timeout=None)
            cache.set(key, (started, tags, response), settings.PAGE_CACHE_SECONDS)
        return response
