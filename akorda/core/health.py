"""``/healthz``: what a load balancer and an operator ask of one web process.

Checks the database, the cache (through ``django.core.cache``, whatever
backend CACHES names) and the task queue (reachable, and its backlog). A
failed dependency answers 503 so the balancer stops sending traffic; a long
backlog alone answers 200 with ``"status": "degraded"``, since taking web
processes out of rotation would not drain it.
"""
from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from akorda.core.tasks import backlog


def _timed(check: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        result = {"ok": True, **check()}
    except Exception as exc:
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database() -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor}


def check_cache() -> dict[str, Any]:
    """Every configured cache alias (the shared cache, the page cache) writes and reads back."""
    backends = {}
    for alias in settings.CACHES:
        cache = caches[alias]
        backend = f"{type(cache).__module__}.{type(cache).__name__}"
        backends[alias] = backend
        if backend.endswith("DummyCache"):
            continue
        key = f"healthz:{uuid.uuid4().hex}"
        cache.set(key, "1", timeout=10)
        if cache.get(key) != "1":
            raise RuntimeError(f"cache {alias!r}: a value written did not read back")
        cache.delete(key)
    return {"backends": backends}


def check_tasks() -> dict[str, Any]:
    queues = backlog()
    waiting = sum(queues.values())
    return {"backend": settings.TASKS["default"]["BACKEND"], "backlog": queues,
            "backlog_high": waiting > settings.HEALTH_MAX_BACKLOG}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _timed(check_database), "cache": _timed(check_cache), "tasks": _timed(check_tasks)}
    failed = [name for name, result in checks.items() if not result["ok"]]
    if failed:
        status = "fail"
    elif checks["tasks"].get("backlog_high"):
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse({"status": status, "checks": checks}, status=503 if failed else 200)
