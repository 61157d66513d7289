"""The test suite: fast hashing, tasks run in-process, DATABASE_URL still honoured."""
import os

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
# django-axes needs the request in authenticate(), which Client.login() does not pass;
# akorda/oversight/tests/test_security.py turns it on to prove the throttling.
os.environ.setdefault("AXES_ENABLED", "false")
# The suite's requests all come from one address; akorda/api/tests/test_limits.py
# lowers the rates to prove the throttling.
os.environ.setdefault("API_ANON_RATE", "100000/m")
os.environ.setdefault("API_EXPORT_RATE", "100000/m")
# Wagtail's own caches in memory, as Django's default; no page cache unless a test asks
# for one (test_cache.py in press and records), so other tests measure real renders.
os.environ.setdefault("CACHE_URL", "locmem://")
os.environ.setdefault("PAGE_CACHE_URL", "dummy://")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
