"""/healthz: database, cache and task queue, as an operator's balancer reads it."""
from __future__ import annotations

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.db import OperationalError
from django.test import override_settings
from django_tasks import task

from akorda.core import health


@task()
def waiting(n: int) -> int:
    return n

pytestmark = pytest.mark.django_db

LOCMEM = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "healthz"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "healthz-pages"},
}


class ForgetfulCache(LocMemCache):
    """A cache that accepts writes and loses them, like one whose server went away."""

    def set(self, *args, **kwargs) -> None:
        return None


@override_settings(CACHES=LOCMEM)
def test_all_well(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["ok"] for name, check in body["checks"].items()} == {"database": True, "cache": True, "tasks": True}
    assert body["checks"]["cache"]["backends"] == {
        "default": "django.core.cache.backends.locmem.LocMemCache", "pages": "django.core.cache.backends.locmem.LocMemCache",
    }
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_lost_database_answers_503(client, monkeypatch):
    def down():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "check_database", down)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == {"ok": False, "error": "OperationalError: connection refused",
                                                     "ms": response.json()["checks"]["database"]["ms"]}


@override_settings(CACHES={**LOCMEM, "pages": {"BACKEND": f"{__name__}.ForgetfulCache"}})
def test_a_cache_that_loses_writes_answers_503(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "cache 'pages': a value written did not read back" in response.json()["checks"]["cache"]["error"]


@override_settings(
    TASKS={"default": {"BACKEND": "akorda.core.tasks.DatabaseBackend", "QUEUES": ["default"]}},
    HEALTH_MAX_BACKLOG=2,
)
def test_backlog_is_counted_and_a_long_one_is_degraded(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for n in (1, 2, 3):
            waiting.enqueue(n)
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["tasks"]["backlog"] == {"default": 3} and body["checks"]["tasks"]["backlog_high"]
