"""Helpers of the fault tests (test_faults.py): real worker processes on the
production backend (RQ on Redis, PostgreSQL), started, killed and watched."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connection
from django_tasks import TaskContext, task

from akorda.records.engine import run_engine
from akorda.records.pipeline import extract_page

ROOT = Path(__file__).resolve().parents[3]


@task(takes_context=True)
def slow_extract(context: TaskContext, page_id: int, seconds: float) -> int | None:
    """A real extraction whose engine takes ``seconds`` first: a window to kill its worker in."""

    def sleepy_engine(text: str, lang: str) -> dict:
        time.sleep(seconds)
        return run_engine(text, lang)

    run = extract_page(page_id, trigger="retry", force=True, engine=sleepy_engine, task_id=context.task_result.id)
    return run.pk if run else None


def database_url() -> str:
    """The URL of the database the test runs on (pytest-django's test database)."""
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"


def wait_until(predicate: Callable[[], object], timeout: float, what: str, every: float = 0.2) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class WorkerProcess:
    """``manage.py task_worker`` in its own process group, logging to a file."""

    def __init__(self, log_dir: Path, name: str, redis_url: str | None = None, fork: bool = False) -> None:
        self.log_path = log_dir / f"{name}.log"
        env = dict(os.environ)
        env.update({
            "DJANGO_SETTINGS_MODULE": "akorda.settings.test",
            "DATABASE_URL": database_url(),
            "TASKS_BACKEND": settings.TASKS["default"]["BACKEND"],
            "TASKS_QUEUE": settings.TASKS_QUEUE,
            "TASKS_REDIS_URL": redis_url or settings.RQ_QUEUES[settings.TASKS_QUEUE]["URL"],
            "PYTHONUNBUFFERED": "1",
        })
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "task_worker", "--name", f"{name}-{os.getpid()}-{time.monotonic_ns()}",
             *(["--fork"] if fork else [])],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self, timeout: float = 120) -> None:
        wait_until(lambda: "started with PID" in self.log() or not self.alive, timeout, "the worker to start")
        assert self.alive, f"the worker exited at start:\n{self.log()[-3000:]}"

    def children(self) -> list[int]:
        """PIDs of the worker's work-horses (forked children running a job)."""
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                found.append(int(stat.parent.name))
        return found

    def kill_horse(self) -> int:
        horses = wait_until(self.children, 30, "a work-horse to run the job")
        os.kill(horses[0], signal.SIGKILL)
        return horses[0]

    def kill_all(self) -> None:
        """The worker and its work-horse, as when their machine is lost (RQ puts each
        work-horse in a session of its own, out of the worker's process group)."""
        for horse in self.children():
            os.kill(horse, signal.SIGKILL)
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        for horse in self.children() if self.alive else []:
            os.kill(horse, signal.SIGKILL)
        self._stop()

    def _stop(self) -> None:
        if self.alive:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        self._log.close()
