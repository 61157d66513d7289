"""Throttling of anonymous API callers (issue 10, item 7), with django-ninja's rate throttle.

The rate is read from the settings on every request rather than once at import,
so that deployments (and tests) set it with an environment variable or
override_settings. Signed-in staff (analysts, editors) are not throttled.
The caller is told apart by django-ninja's ``get_ident``: X-Forwarded-For read
through ``NINJA_NUM_PROXIES`` trusted proxies (settings: TRUSTED_PROXY_COUNT).
"""
from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import SimpleRateThrottle


def asks_for_a_file(request: HttpRequest) -> bool:
    """``<list>/export.csv`` or ``<list>?format=xlsx``: the whole list, not a page."""
    return "/export." in request.path or request.GET.get("format", "json") != "json"


class AnonymousThrottle(SimpleRateThrottle):
    def __init__(self, setting: str, scope: str, files_only: bool = False) -> None:
        self.setting = setting
        self.scope = scope
        self.files_only = files_only
        self.rate = None
        self.num_requests, self.duration = None, None

    def allow_request(self, request: HttpRequest) -> bool:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return True
        if self.files_only and not asks_for_a_file(request):
            return True
        rate = getattr(settings, self.setting)
        if rate != self.rate:
            self.rate = rate
            self.num_requests, self.duration = self.parse_rate(rate)
        return super().allow_request(request)

    def get_cache_key(self, request: HttpRequest) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
