"""Values looked up once per request: the menu, the lists, the feeds and Back ask for the same pages.

On the request, not the process, so a page published or moved is seen by the
next request. Below the page models and the navigation helpers, which both
read and fill it (a list page is itself the Events section the menu links to).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from django.http import HttpRequest

T = TypeVar("T")


def _memo(request: HttpRequest) -> dict:
    return request.__dict__.setdefault("_akorda_navigation", {})


def per_request(request: HttpRequest | None, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` once per request under ``key``; every time without a request."""
    if request is None:
        return compute()
    memo = _memo(request)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def remember(request: HttpRequest | None, key: Hashable, value: object) -> None:
    """What this request already holds (the page being served), so a later ``per_request`` does not read it again."""
    if request is not None:
        _memo(request).setdefault(key, value)
