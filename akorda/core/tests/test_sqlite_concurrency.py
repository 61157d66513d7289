"""The embedded default under real use (issue 13): several processes on one SQLite file.

`make run` starts the web server, the task worker and the scheduler on one SQLite file, and the
README's next step imports a release beside them. With Django's stock SQLite settings the import
failed with "database is locked" while the worker drained the demo's tasks. This test replays that
sequence on a file database (WAL needs a file; the suite's own database is in memory) in separate
processes, as `make run` does, and checks that nothing fails and nothing is lost.
"""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from akorda.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's locking is what this test is about; PostgreSQL runs have no SQLite file",
)

MANAGE = [sys.executable, str(REPO_ROOT / "manage.py")]


def _env(database: Path) -> dict[str, str]:
    """The environment `make run` gives its processes, pointed at a private file."""
    env = {
        key: value
        for key, value in os.environ.items()
        # The test settings pin these for the in-process suite; `make run` does not.
        if key not in {"TASKS_BACKEND", "AXES_ENABLED", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="akorda.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(database.parent / "media"),
        PRIVATE_MEDIA_ROOT=str(database.parent / "private"),
        PYTHONUNBUFFERED="1",
    )
    return env


def _run(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(MANAGE + args, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _task_states(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT status, COUNT(*) FROM django_tasks_database_dbtaskresult GROUP BY status")
        return dict(rows.fetchall())


def test_worker_import_and_requests_share_one_file(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    env = _env(database)
    for step in (["migrate", "--noinput"], ["load_demo"]):
        done = _run(step, env)
        assert done.returncode == 0, done.stderr[-3000:]
    queued = _task_states(database).get("READY", 0)
    assert queued >= 100, f"the demo should leave hundreds of extraction tasks queued, found {queued}"

    worker = subprocess.Popen(
        MANAGE + ["db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0.2"],
        env=env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    port = _free_port()
    server = subprocess.Popen(
        MANAGE + ["runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
        env=env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    statuses: list[int] = []
    stop = threading.Event()

    def read_pages() -> None:
        paths = ["/ru/", "/ru/events/", "/kk/", "/en/events/"]
        while not stop.is_set():
            for path in paths:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
                        statuses.append(response.status)
                except urllib.error.HTTPError as error:
                    statuses.append(error.code)
                except (urllib.error.URLError, ConnectionError):
                    if statuses:  # refused before the server is up; after that it is a failure
                        statuses.append(0)
                    time.sleep(0.2)

    reader = threading.Thread(target=read_pages, daemon=True)
    try:
        reader.start()
        deadline = time.monotonic() + 120
        while not statuses and time.monotonic() < deadline:
            time.sleep(0.2)
        assert statuses, "the development server never answered"
        # The README's next step, at once, while the worker is still draining the demo's tasks.
        imported = _run(["import_releases", str(seed_path)], env)
        assert worker.poll() is None, "the worker finished before the import: the test proved nothing"
        worker_output, _ = worker.communicate(timeout=900)
    finally:
        stop.set()
        reader.join(timeout=120)
        for process in (server, worker):
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
    server_output = server.stdout.read() if server.stdout else ""

    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[-1] == "created 1, updated 0, failed 0"
    for name, output in (("import", imported.stderr), ("worker", worker_output), ("server", server_output)):
        assert "database is locked" not in output, f"{name}: {output[-3000:]}"
    assert worker.returncode == 0, worker_output[-3000:]
    assert statuses and set(statuses) == {200}, sorted(set(statuses))
    states = _task_states(database)
    assert states.get("FAILED", 0) == 0, states
    # Everything queued before the worker started ran; the import's own tasks may still wait.
    assert states.get("SUCCESSFUL", 0) >= queued, states
