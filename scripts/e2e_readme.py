#!/usr/bin/env python3
"""The README's first steps, end to end, as a newcomer takes them (issue 13).

    python3 scripts/e2e_readme.py [--keep]

Clones this repository's HEAD into a temporary folder with ../shared beside it, starts `make run`
in the background, waits for http://127.0.0.1:8000/ to answer, imports the seed at once (while
the worker is still draining the demo's tasks), opens the imported release's Russian page and
looks for its title, then stops everything. Any failure exits 1 with the reason and the tail of
the platform's log. Standard library only: it runs before any virtualenv exists.
"""
from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO / ".." / "shared").resolve()
SEED = "../shared/seeds/000_692bf9b055db218c.txt"
BASE = "http://127.0.0.1:8000"
CREATED = re.compile(r"created \[ru, live\] (?P<title>.+) \((?P<url>/ru/\S+)\)$", re.MULTILINE)


class Failure(Exception):
    pass


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _port_busy(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def run(workdir: Path, log_path: Path) -> str:
    if not SHARED.is_dir():
        raise Failure(f"../shared is not beside the repository ({SHARED})")
    if _port_busy(8000):
        raise Failure("port 8000 is already taken: stop whatever listens there first")
    app = workdir / "app"
    subprocess.run(["git", "clone", "-q", str(REPO), str(app)], check=True)
    (workdir / "shared").symlink_to(SHARED)
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "TASKS_BACKEND"}}
    with open(log_path, "w") as log:
        platform = subprocess.Popen(
            ["make", "run"], cwd=app, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 1200
        while not _answers(f"{BASE}/ru/"):
            if platform.poll() is not None:
                raise Failure(f"`make run` exited with {platform.returncode} before the site answered")
            if time.monotonic() > deadline:
                raise Failure("the site did not answer within 20 minutes of `make run`")
            time.sleep(1)
        started = time.monotonic()
        imported = subprocess.run(
            [str(app / ".venv" / "bin" / "python"), "manage.py", "import_releases", SEED],
            cwd=app, env=env, capture_output=True, text=True, timeout=600,
        )
        summary = imported.stdout.strip().splitlines()[-1] if imported.stdout.strip() else ""
        if imported.returncode != 0 or summary != "created 1, updated 0, failed 0":
            raise Failure(f"the README's import failed: {summary!r}\n{imported.stderr[-2000:]}")
        match = CREATED.search(imported.stdout)
        if not match:
            raise Failure(f"the import did not name the Russian page it created:\n{imported.stdout[-2000:]}")
        url = BASE + urllib.parse.quote(match["url"])
        with urllib.request.urlopen(url, timeout=60) as response:
            page = html.unescape(response.read().decode("utf-8"))
        if match["title"] not in page:
            raise Failure(f"{match['url']} does not show the imported title {match['title']!r}")
        return f"imported in {time.monotonic() - started:.1f} s; {match['url']} shows {match['title']!r}"
    finally:
        if platform.poll() is None:
            os.killpg(platform.pid, signal.SIGTERM)
            try:
                platform.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(platform.pid, signal.SIGKILL)
                platform.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the temporary clone for inspection")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="akorda-e2e-"))
    log_path = workdir / "make-run.log"
    try:
        print(f"e2e: README sequence passed: {run(workdir, log_path)}")
        return 0
    except (Failure, subprocess.SubprocessError, OSError) as error:
        tail = log_path.read_text(errors="replace")[-3000:] if log_path.exists() else ""
        print(f"e2e: README sequence FAILED: {error}\n--- make run (tail) ---\n{tail}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"e2e: clone kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
