"""Throttling behind the documented reverse proxy (issue 10, item 7).

Behind nginx every request comes from the proxy's address; the client's is in
X-Forwarded-For. The settings derived from TRUSTED_PROXY_COUNT are loaded as a
deployment would load them, then applied to the test.
"""
from __future__ import annotations

import os
import runpy
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
DERIVED = ("AXES_IPWARE_PROXY_ORDER", "AXES_IPWARE_PROXY_COUNT", "AXES_IPWARE_META_PRECEDENCE_ORDER",
           "IPWARE_STRICT", "NINJA_NUM_PROXIES")


def deployment_settings(proxies: int) -> dict:
    """The proxy settings akorda.settings.base derives for TRUSTED_PROXY_COUNT=proxies."""
    import akorda.settings.base as base

    with mock.patch.dict(os.environ, {"TRUSTED_PROXY_COUNT": str(proxies)}):
        values = runpy.run_path(base.__file__)
    return {name: values[name] for name in DERIVED}


@pytest.fixture
def clean_cache():
    cache.clear()
    yield
    cache.clear()


def _login_url() -> str:
    with translation.override("ru"):
        return reverse("oversight:login")


def post_login(client, username: str, password: str, forwarded_for: str):
    return client.post(_login_url(), {"username": username, "password": password},
                       REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_one_clients_failures_do_not_lock_out_the_others(client, django_user_model):
    from axes.models import AccessAttempt

    django_user_model.objects.create_user("editor", password="the-right-password-1")
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3, **deployment_settings(1)):
        for _ in range(3):
            post_login(client, "editor", "wrong", "203.0.113.5")
        assert AccessAttempt.objects.get(username="editor").ip_address == "203.0.113.5"
        # The attacker is locked out, also when it claims another address in front of the proxy's entry.
        assert post_login(client, "editor", "the-right-password-1", "203.0.113.5").status_code == 429
        assert post_login(client, "editor", "the-right-password-1", "198.51.100.7, 203.0.113.5").status_code == 429
        # The editor, from their own address through the same proxy, signs in.
        response = post_login(client, "editor", "the-right-password-1", "198.51.100.7")
        assert response.status_code == 302 and "_auth_user_id" in client.session


def test_without_a_proxy_the_header_is_not_trusted(client, django_user_model):
    from axes.models import AccessAttempt

    django_user_model.objects.create_user("editor", password="the-right-password-1")
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3, **deployment_settings(0)):
        for n in range(3):
            post_login(client, "editor", "wrong", f"203.0.113.{n}")
        assert AccessAttempt.objects.get(username="editor").ip_address == PROXY
        assert post_login(client, "editor", "the-right-password-1", "198.51.100.7").status_code == 429


def test_anonymous_api_callers_are_throttled_per_client(client, clean_cache, analyst):
    with override_settings(API_ANON_RATE="3/m", **deployment_settings(1)):
        get = lambda who, url="/api/v1/regions": client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=who)  # noqa: E731
        assert [get("203.0.113.5").status_code for _ in range(4)] == [200, 200, 200, 429]
        assert get("203.0.113.5").json() == {"detail": "Too many requests."}
        assert get("198.51.100.7").status_code == 200
        client.force_login(analyst)
        assert all(get("203.0.113.5").status_code == 200 for _ in range(5))


def test_anonymous_exports_have_a_lower_rate(client, clean_cache):
    with override_settings(API_ANON_RATE="50/m", API_EXPORT_RATE="2/m", **deployment_settings(1)):
        get = lambda url: client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")  # noqa: E731
        assert [get("/api/v1/facts/export.csv").status_code for _ in range(2)] == [200, 200]
        assert get("/api/v1/facts?format=xlsx").status_code == 429
        assert get("/api/v1/facts/export.csv").status_code == 429
        assert get("/api/v1/facts").status_code == 200


def test_oversight_login_without_next_lands_on_the_oversight_home(client, django_user_model):
    django_user_model.objects.create_user("someone", password="the-right-password-1")
    response = client.post(_login_url(), {"username": "someone", "password": "the-right-password-1"})
    assert response.status_code == 302 and response["Location"] == "/ru/oversight/"
    response = client.post(_login_url() + "?next=/ru/oversight/audit/",
                           {"username": "someone", "password": "the-right-password-1",
                            "next": "/ru/oversight/audit/"})
    assert response["Location"] == "/ru/oversight/audit/"
