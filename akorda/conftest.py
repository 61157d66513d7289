"""Fixtures shared by every app's tests."""
from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import pytest

from akorda.extract.tests.prerequisites import in_ci, require_shared

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_692bf9b055db218c.txt"


@pytest.fixture
def seed_path() -> Path:
    """The product owner's seed release; tests read it, the repository never copies it."""
    return require_shared(SEED, "the seed")


IMPORT_SKIP = "could not import"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    """In CI a test module that fails to import (``pytest.importorskip`` at module level)
    fails the run instead of being reported as skipped."""
    outcome = yield
    _fail_import_skip(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """The same for ``pytest.importorskip`` inside a fixture or a test."""
    outcome = yield
    _fail_import_skip(outcome.get_result())


def _fail_import_skip(report) -> None:
    if not in_ci() or not report.skipped:
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    if IMPORT_SKIP in reason:
        report.outcome = "failed"
        report.longrepr = f"CI=true: a module the tests need failed to import ({reason})"


@pytest.fixture
def site_tree(db):
    from akorda.press.structure import ensure_site_structure

    return ensure_site_structure()


# Browser tests (press, records, oversight) share one way to find and start Chromium.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
ARTIFACTS = REPO_ROOT / "test-artifacts"
requires_chromium = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("AKORDA_REQUIRE_BROWSER"),
    reason="Debian's Chromium is not installed at /usr/bin/chromium (CI installs it and sets AKORDA_REQUIRE_BROWSER)",
)



def reset_content_type_cache() -> None:
    """Call at the start of a live-server fixture that follows a flush.

    A transactional test's flush deletes the content types, and post_migrate
    (or a serialized rollback) puts them back, possibly under other ids; the
    in-memory ContentType cache would hand the next test ids that no longer
    exist. Not autouse: a serialized rollback needs the warm cache intact.
    """
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def restore_after_flush() -> None:
    """Put back what a transactional test's flush removes, before a live-server fixture builds on it.

    The flush deletes the content types (post_migrate or a serialized rollback puts them back,
    maybe under other ids, so the in-memory cache is dropped) and Wagtail's tree root, which
    Wagtail's migration 0002 created; both come back here the way their migrations made them.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Locale, Page

    reset_content_type_cache()
    if not ContentType.objects.exists():
        emit_post_migrate_signal(0, False, "default")
    if Page.get_first_root_node() is None:
        locale, _ = Locale.objects.get_or_create(language_code="kk")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@contextlib.contextmanager
def launch_chromium():
    """Debian's Chromium through Playwright; nothing downloads a browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def local_context(browser, **options):
    """A browser context that can reach only this machine: links to the outside
    (share buttons, say) are checked in the page, never followed."""
    context = browser.new_context(**options)
    context.route(re.compile(r"^https?://(?!localhost|127\.0\.0\.1).*"), lambda route: route.abort())
    return context


@pytest.fixture(autouse=True)
def _fresh_default_cache():
    """Wagtail's and our memoized values (akorda.core.cache.memoized) never outlive a test's database."""
    from django.core.cache import caches

    caches["default"].clear()
    yield


@pytest.fixture
def shared_page_cache():
    """The page cache switched on in memory (the suite runs with it off) for the cache tests."""
    from django.core.cache import caches
    from django.test import override_settings

    locmem = {alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"akorda-tests-{alias}"}
              for alias in ("default", "pages")}
    with override_settings(CACHES=locmem, PAGE_CACHE_CLOCK_SKEW=0.0):
        for alias in locmem:
            caches[alias].clear()
        yield
        for alias in locmem:
            caches[alias].clear()
