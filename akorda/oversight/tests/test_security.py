"""Login throttling, password hashing, Content-Security-Policy (issue 5)."""
from __future__ import annotations

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_argon2_is_the_password_hasher():
    from django.contrib.auth.hashers import check_password, identify_hasher, make_password

    from akorda.settings import base

    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    with override_settings(PASSWORD_HASHERS=base.PASSWORD_HASHERS):
        encoded = make_password("correct horse battery staple")
        assert encoded.startswith("argon2$") and identify_hasher(encoded).algorithm == "argon2"
        assert check_password("correct horse battery staple", encoded)


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_login_attempts_are_throttled(client, django_user_model):
    from axes.models import AccessAttempt

    django_user_model.objects.create_user("victim", password="the-right-password-1")
    with translation.override("ru"):
        login = reverse("oversight:login")
    for attempt in range(1, 4):
        response = client.post(login, {"username": "victim", "password": "wrong"})
        # The form again with its error, until the third failure locks the account out.
        assert response.status_code == (429 if attempt == 3 else 200)
    assert AccessAttempt.objects.get(username="victim").failures_since_start == 3
    # Locked out now: even the right password is refused.
    response = client.post(login, {"username": "victim", "password": "the-right-password-1"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another user from the same address is not locked (username + address).
    django_user_model.objects.create_user("colleague", password="another-password-1")
    response = client.post(login, {"username": "colleague", "password": "another-password-1"})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_login_works_with_axes_on(client, django_user_model):
    with override_settings(AXES_ENABLED=True):
        django_user_model.objects.create_user("someone", password="the-right-password-1")
        with translation.override("ru"):
            response = client.post(reverse("oversight:login"), {"username": "someone", "password": "the-right-password-1"})
        assert response.status_code == 302
        assert int(client.session["_auth_user_id"]) == django_user_model.objects.get(username="someone").pk


def directives(header: str) -> dict[str, set[str]]:
    out = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            out[words[0]] = set(words[1:])
    return out


def test_strict_csp_on_public_and_oversight_pages(client, site_tree, analyst):
    client.force_login(analyst)
    with translation.override("ru"):
        oversight = reverse("oversight:index")
    for path in ("/ru/", oversight):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = directives(response["Content-Security-Policy"])
        assert policy["default-src"] == {"'self'"} and policy["script-src"] == {"'self'"}
        assert policy["style-src"] == {"'self'"} and policy["object-src"] == {"'none'"}
        assert not any("unsafe" in v or "http" in v for values in policy.values() for v in values)


def test_admin_keeps_working_under_its_wider_policy(client, site_tree, superuser):
    client.force_login(superuser)
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{site_tree['ru'].home.pk}/"):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" in policy["script-src"] and "'self'" in policy["script-src"]
        assert not any(v.startswith("http") for values in policy.values() for v in values)  # still no CDN
