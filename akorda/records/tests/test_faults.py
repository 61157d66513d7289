"""Fault tests against the production backend: RQ on Redis, PostgreSQL (issue 9).

Real worker processes (``manage.py task_worker``) are killed mid-task, and
PostgreSQL and the broker are restarted under them. They run in their own
step (``make test-faults``; CI's .ci/run), never inside ``make test``: they
restart shared servers. Without AKORDA_FAULTS they skip; with it, a missing
server skips on a developer's machine and fails under CI=true.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import close_old_connections, connection
from django.test import override_settings
from django.urls import reverse

from akorda.records.models import ExtractionRun
from akorda.records.tests.faults import WorkerProcess, slow_extract, wait_until

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

BROKER_PORT = int(os.environ.get("AKORDA_FAULTS_REDIS_PORT", "8202"))  # a private redis-server, restarted at will


def _problems() -> list[str]:
    from akorda.core.periodic import uses_rq

    found = []
    if connection.vendor != "postgresql":
        found.append(f"the database is {connection.vendor}, not PostgreSQL (set DATABASE_URL)")
    if not uses_rq():
        found.append("TASKS_BACKEND is not akorda.core.tasks.RQBackend")
    else:
        import django_rq

        try:
            django_rq.get_connection(settings.TASKS_QUEUE).ping()
        except Exception as exc:
            found.append(f"Redis is unreachable at {settings.RQ_QUEUES[settings.TASKS_QUEUE]['URL']}: {exc}")
    return found


@pytest.fixture
def production_backend():
    if not os.environ.get("AKORDA_FAULTS"):
        pytest.skip("fault tests restart shared servers: they run in their own step, `make test-faults` (CI runs it)")
    problems = _problems()
    if problems:
        message = "fault tests need the production backend: " + "; ".join(problems)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    import django_rq

    django_rq.get_queue(settings.TASKS_QUEUE).empty()


@pytest.fixture
def workers(tmp_path):
    started: list[WorkerProcess] = []

    def start(name: str = "worker", redis_url: str | None = None, fork: bool = False) -> WorkerProcess:
        worker = WorkerProcess(tmp_path, name, redis_url=redis_url, fork=fork)
        started.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def release(production_backend, transactional_db, seed_path):
    from akorda.conftest import restore_after_flush
    from akorda.press.importing import import_file

    restore_after_flush()
    return import_file(seed_path).page


def _runs(page, **filters):
    close_old_connections()
    return list(ExtractionRun.objects.filter(page=page, **filters))


def _retry_as_analyst(client, django_user_model, run) -> None:
    admin = django_user_model.objects.create_superuser("faults-admin", "faults@example.kz", "x")
    client.force_login(admin)
    html = client.get(reverse("records_admin:runs")).content.decode()
    assert reverse("records_admin:retry", args=[run.pk]) in html  # shown to analysts with Retry
    response = client.post(reverse("records_admin:retry", args=[run.pk]))
    assert response.status_code == 302


def test_killed_work_horse_fails_the_run_and_retry_redoes_it(release, workers, client, django_user_model):
    """The forking worker (``task_worker --fork``, TASKS_WORKER_FORK): a job's crash ends its work-horse only."""
    from akorda.records.tasks import reap_stale_runs

    worker = workers("horse", fork=True)
    wait_until(lambda: _runs(release, status="done"), 120, "the import's own extraction")
    slow_extract.enqueue(release.pk, 60)
    wait_until(lambda: _runs(release, status="running"), 60, "the slow extraction to start")
    worker.kill_horse()
    # RQ's worker sees its work-horse die and fails the job; the reaper (every minute
    # from the scheduler) then fails the run, well inside the lease.
    reaped = wait_until(lambda: reap_stale_runs.call(), 60, "the reaper to fail the run")
    assert reaped == 1 and worker.alive
    [lost] = _runs(release, status="failed")
    assert "WorkerLost" in lost.error and not lost.resolved
    assert not _runs(release, status="running")
    _retry_as_analyst(client, django_user_model, lost)
    wait_until(lambda: _runs(release, trigger="retry", status="done"), 120, "the retried extraction")
    lost.refresh_from_db()
    assert lost.resolved


def test_killed_worker_leaves_no_run_running(release, workers):
    from akorda.records.tasks import reap_stale_runs

    worker = workers("victim")
    wait_until(lambda: _runs(release, status="done"), 120, "the import's own extraction")
    slow_extract.enqueue(release.pk, 60)
    [running] = wait_until(lambda: _runs(release, status="running"), 60, "the slow extraction to start")
    worker.kill_all()  # the whole worker: nobody is left to report the job
    time.sleep(2)
    assert reap_stale_runs.call(lease_seconds=1) == 1  # the lease rule (the lease is 15 min in production)
    running.refresh_from_db()
    assert running.status == "failed" and not running.resolved
    # Another worker takes the queue over; nothing is left "running".
    workers("heir")
    from akorda.records.tasks import extract_release

    extract_release.enqueue(release.pk, "retry", True, None, None)
    wait_until(lambda: _runs(release, trigger="retry", status="done"), 120, "a new worker's extraction")
    assert not _runs(release, status="running")


def _pg_version() -> str:
    versions = sorted(p.name for p in Path("/etc/postgresql").iterdir()) if Path("/etc/postgresql").exists() else []
    if not versions or not shutil.which("pg_ctlcluster"):
        pytest.fail("pg_ctlcluster and /etc/postgresql/<version>/main are needed to restart PostgreSQL")
    return versions[-1]


def test_worker_survives_a_postgresql_restart(release, workers):
    from akorda.records.tasks import extract_release

    worker = workers("pg")
    wait_until(lambda: _runs(release, status="done"), 120, "the import's own extraction")
    connection.close()
    # A few seconds of outage: colleagues' tests share this server.
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", _pg_version(), "main", "restart"],
        check=True, timeout=60, capture_output=True,
    )
    wait_until(_pg_accepts, 60, "PostgreSQL to accept connections again")
    assert worker.alive, worker.log()[-3000:]
    extract_release.enqueue(release.pk, "retry", True, None, None)
    wait_until(lambda: _runs(release, trigger="retry", status="done"), 120, "an extraction after the restart")
    assert worker.alive


def _pg_accepts() -> bool:
    try:
        close_old_connections()
        connection.close()
        connection.ensure_connection()
        return True
    except Exception:
        return False


@pytest.fixture
def private_redis(tmp_path, production_backend):
    """A redis-server of this test's own on BROKER_PORT: restarting the shared one
    would drop every colleague's data (it keeps nothing on disk)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is needed to restart a broker")

    def start() -> subprocess.Popen:
        server = subprocess.Popen(
            [binary, "--port", str(BROKER_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(tmp_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: _port_open(BROKER_PORT), 20, "the private redis-server")
        return server

    state = {"server": start()}

    def restart(down_for: float = 3.0) -> None:
        state["server"].terminate()
        state["server"].wait(timeout=20)
        time.sleep(down_for)
        state["server"] = start()

    yield restart
    state["server"].terminate()
    state["server"].wait(timeout=20)


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_worker_survives_a_broker_restart_and_lost_tasks_are_reconciled(release, workers, private_redis):
    from akorda.press.models import EventPage
    from akorda.records.tasks import extract_release, reconcile_extractions

    url = f"redis://127.0.0.1:{BROKER_PORT}/0"
    queues = {settings.TASKS_QUEUE: {**settings.RQ_QUEUES[settings.TASKS_QUEUE], "URL": url}}
    with override_settings(RQ_QUEUES=queues):
        worker = workers("broker", redis_url=url)
        extract_release.enqueue(release.pk, "retry", True, None, None)
        wait_until(lambda: _runs(release, trigger="retry", status="done"), 120, "an extraction before the restart")
        private_redis(down_for=3.0)
        time.sleep(2)
        assert worker.alive, worker.log()[-3000:]
        extract_release.enqueue(release.pk, "retry", True, None, None)
        wait_until(lambda: len(_runs(release, trigger="retry", status="done")) == 2, 120,
                   "an extraction after the broker came back")
        # The broker keeps nothing on disk: a task queued before a restart is gone.
        # The periodic reconcile finds the live revision without a run and sends it again.
        ExtractionRun.objects.filter(page=release).delete()
        EventPage.objects.filter(pk=release.pk).update(last_published_at=release.last_published_at.replace(year=2020))
        assert reconcile_extractions.call() == 1
        wait_until(lambda: _runs(release, trigger="reconcile", status="done"), 120, "the reconciled extraction")
        assert worker.alive
