"""The committed nginx config (deploy/nginx/) in front of the live test server.

nginx holds the anonymous page as the application's Cache-Control allows, never
stores a signed-in or low-vision render, and a publication purges it at once
through Wagtail's frontend cache app (PURGE to the purge listener). Skips only
outside CI when Debian's nginx or its cache-purge module is missing; CI installs
both (.ci/run, which sets AKORDA_REQUIRE_NGINX), and there a missing one fails the test.
"""
from __future__ import annotations

import datetime
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import Client, override_settings

from akorda.conftest import REPO_ROOT, restore_after_flush
from akorda.core.cache import HIT_HEADER
from akorda.extract.tests.prerequisites import in_ci
from akorda.press.structure import ensure_site_structure
from akorda.press.tests.conftest import add_event

NGINX = Path("/usr/sbin/nginx")
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
DEPLOY = REPO_ROOT / "deploy" / "nginx"
HOST = "localhost"  # the Wagtail site's host name; nginx keys and purges by it

pytestmark = pytest.mark.django_db(transaction=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _config(work: Path, app_port: int, site_port: int, purge_port: int) -> str:
    # As root (containers, CI) the workers would run as nobody, unable to use pytest's temp dirs.
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""
load_module {PURGE_MODULE};
{user}
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {work}/tmp; proxy_temp_path {work}/tmp; fastcgi_temp_path {work}/tmp;
    uwsgi_temp_path {work}/tmp; scgi_temp_path {work}/tmp;
    proxy_cache_path {work}/cache levels=1:2 keys_zone=akorda:1m use_temp_path=off;
    include {DEPLOY}/akorda-http.conf;
    upstream akorda_app {{ server 127.0.0.1:{app_port}; }}
    server {{ listen 127.0.0.1:{site_port}; include {DEPLOY}/akorda-site.conf; }}
    server {{ listen 127.0.0.1:{purge_port}; include {DEPLOY}/akorda-purge.conf; }}
}}
"""


@pytest.fixture
def nginx(live_server, tmp_path):
    """nginx with the committed config, proxying to the live server; yields (site, purge) URLs."""
    missing = [str(p) for p in (NGINX, PURGE_MODULE) if not p.exists()]
    if missing:
        message = f"{', '.join(missing)} missing: apt-get install -y nginx libnginx-mod-http-cache-purge"
        if in_ci() or os.environ.get("AKORDA_REQUIRE_NGINX"):
            pytest.fail(message + " (CI: .ci/run installs them and sets AKORDA_REQUIRE_NGINX)", pytrace=False)
        pytest.skip(message)
    (tmp_path / "tmp").mkdir()
    app_port = int(live_server.url.rsplit(":", 1)[1])
    site_port, purge_port = _free_port(), _free_port()
    conf = tmp_path / "nginx.conf"
    conf.write_text(_config(tmp_path, app_port, site_port, purge_port))
    command = [str(NGINX), "-c", str(conf), "-p", str(tmp_path), "-e", str(tmp_path / "error.log")]
    subprocess.run([*command, "-t"], check=True, capture_output=True)
    subprocess.run(command, check=True)
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", site_port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{site_port}", f"http://127.0.0.1:{purge_port}"
    finally:
        pid = (tmp_path / "nginx.pid").read_text().strip() if (tmp_path / "nginx.pid").exists() else ""
        if pid:
            subprocess.run(["kill", "-QUIT", pid], check=False)


def _get(site: str, path: str, **headers: str) -> tuple[dict[str, str], str]:
    request = urllib.request.Request(site + path, headers={"Host": HOST, **headers})
    with urllib.request.urlopen(request, timeout=20) as response:
        return dict(response.headers), response.read().decode()


@pytest.fixture
def site_tree(transactional_db):
    """The site structure after a flush, as the browser tests rebuild it: the flush
    also deletes the tree root and, after a serialized rollback, the content types."""
    restore_after_flush()
    return ensure_site_structure()


@pytest.fixture
def event(nginx, site_tree):
    return add_event(
        site_tree["ru"].rubrics["akorda"], "Совещание по водным ресурсам региона", datetime.date(2024, 5, 3),
        ["Обсуждено состояние каналов и водохранилищ."], is_demo=True,
    )


def test_anonymous_page_is_served_from_the_proxy_cache(nginx, event):
    site, _ = nginx
    first, html = _get(site, event.url)
    assert first["X-Cache-Status"] == "MISS" and "public" in first["Cache-Control"]
    assert event.title in html
    second, again = _get(site, event.url)
    assert second["X-Cache-Status"] == "HIT" and again == html
    # Arrivals from another site and from our own lists get the same shared copy.
    assert _get(site, event.url, Referer="https://example.org/news")[0]["X-Cache-Status"] == "HIT"
    assert _get(site, event.url, Referer=f"http://{HOST}/ru/events/")[0]["X-Cache-Status"] == "HIT"


def test_signed_in_and_low_vision_readers_are_never_cached(nginx, event, django_user_model):
    site, _ = nginx
    user = django_user_model.objects.create_user("reader", password="pw-reader-1")
    client = Client()
    client.force_login(user)
    session = f"sessionid={client.cookies['sessionid'].value}"
    for cookie in (session, "a11y=1"):
        headers, _ = _get(site, event.url, Cookie=cookie)
        assert headers["X-Cache-Status"] == "BYPASS", cookie
    signed_in, _ = _get(site, event.url, Cookie=session)
    assert "private" in signed_in["Cache-Control"] and HIT_HEADER not in signed_in
    # Neither render was stored: the first anonymous reader still goes to the application.
    assert _get(site, event.url)[0]["X-Cache-Status"] == "MISS"
    assert _get(site, event.url, Cookie=session)[0]["X-Cache-Status"] == "BYPASS"
    low_vision, html = _get(site, event.url, Cookie="a11y=1")
    assert low_vision["X-Cache-Status"] == "BYPASS" and 'class="a11y"' in html


def test_urls_a_purge_cannot_reach_are_left_to_the_application(nginx, event, site_tree):
    """A purge names a page's own URLs: list pages past the first and searches (query
    strings: list pages past the first, searches) bypass nginx."""
    site, _ = nginx
    for path in (site_tree["ru"].events.url + "?page=2", "/ru/search/?q=%D0%B2%D0%BE%D0%B4"):
        for _ in range(2):
            assert _get(site, path)[0]["X-Cache-Status"] == "BYPASS", path


def test_published_correction_purges_the_proxy_at_once(nginx, event, site_tree):
    site, purge = nginx
    list_url = site_tree["ru"].events.url
    for url in (event.url, list_url):
        _get(site, url)
        assert _get(site, url)[0]["X-Cache-Status"] == "HIT", url
    backends = {"default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": purge}}
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        page = event.get_latest_revision_as_object()
        page.title = "Совещание по водным ресурсам региона (исправлено)"
        page.body = "<p>Исправлено: обсуждено состояние каналов, водохранилищ и насосных станций.</p>"
        page.save_revision().publish()
    headers, html = _get(site, event.url)
    assert headers["X-Cache-Status"] == "MISS" and "насосных станций" in html
    listing, list_html = _get(site, list_url)
    assert listing["X-Cache-Status"] == "MISS" and "(исправлено)" in list_html
    assert _get(site, event.url)[0]["X-Cache-Status"] == "HIT"


def test_purge_listener_refuses_other_methods(nginx, event):
    _, purge = nginx
    with pytest.raises(urllib.error.HTTPError) as refused:
        _get(purge, event.url)
    assert refused.value.code == 405

