#!/usr/bin/env python3
"""Import and worker throughput in releases/min, RQ and the database backend side by side.

    .venv/bin/python scripts/bench_tasks.py --n 300 \\
        --template-db postgres://postgres@127.0.0.1:5432/tasksdb \\
        --database postgres://postgres@127.0.0.1:5432/tasksbench \\
        --redis redis://127.0.0.1:6379/2 [--backends rq,rqfork,db] [--json]

For each backend, on a fresh copy of a migrated PostgreSQL database (the template
is migrated and set up once): (1) import N releases with no worker running (the
importer alone, its tasks queue up); (2) drain them with one worker, then import
N more and drain with two; (3) import N more while two workers run, and see
whether the workers finish with the import or how far behind. Releases are real
texts (the seed from ../shared, never copied, and the engine's dev set) with a
number added to each title so that every file is a new page; each is published,
so each sends its extraction and Wagtail's two index updates.

Not a test: the figures go to docs/benchmarks.md with the machine's load.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
BACKENDS = {"rq": "akorda.core.tasks.RQBackend", "rqfork": "akorda.core.tasks.RQBackend",
            "db": "akorda.core.tasks.DatabaseBackend"}

# Runs inside a child process with Django set up: import releases [start, start+n).
IMPORTER = r"""
import json, sys, time
import django
django.setup()
from pathlib import Path
from akorda.extract.source import read_source
from akorda.press.importing import import_text
from akorda.press.structure import ensure_site_structure

start, n = int(sys.argv[1]), int(sys.argv[2])
root = Path(sys.argv[3])
texts = []
seed = root.parent / "shared" / "seeds" / "000_692bf9b055db218c.txt"
if seed.exists():
    texts.append(seed.read_text(encoding="utf-8"))
texts += [p.read_text(encoding="utf-8") for p in sorted((root / "akorda/extract/tests/devset/texts").glob("*.txt"))]
titled = [(t, read_source(t).title) for t in texts]
trees = ensure_site_structure()
ok = failed = 0
t0 = time.perf_counter()
for i in range(start, start + n):
    text, title = titled[i % len(titled)]
    try:
        import_text(text.replace(title, f"{title} №{i}", 1), name=f"bench-{i}.txt", trees=trees)
        ok += 1
    except Exception as exc:
        failed += 1
        print(f"import {i}: {exc}", file=sys.stderr)
print(json.dumps({"imported": ok, "failed": failed, "seconds": time.perf_counter() - t0}))
"""

# Counts of what the workers have done so far.
COUNTER = r"""
import json
import django
django.setup()
from django.db.models import Max, Min
from akorda.core.tasks import backlog
from akorda.records.models import ExtractionRun
runs = ExtractionRun.objects.exclude(status="running")
span = runs.aggregate(first=Min("created_at"), last=Max("finished_at"))
print(json.dumps({
    "extracted": runs.filter(status="done").count(),
    "failed": runs.filter(status="failed").count(),
    "backlog": sum(backlog().values()),
    "span_s": (span["last"] - span["first"]).total_seconds() if span["first"] and span["last"] else None,
}))
"""


def psql(url: str, sql: str) -> None:
    u = urlparse(url)
    subprocess.run(["psql", "-h", u.hostname or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres",
                    "-d", "postgres", "-qc", sql], check=True, capture_output=True)


def db_name(url: str) -> str:
    return urlparse(url).path.lstrip("/")


class Bench:
    def __init__(self, args: argparse.Namespace, backend: str) -> None:
        self.args = args
        self.env = dict(os.environ)
        self.env.update({
            "DJANGO_SETTINGS_MODULE": "akorda.settings.dev",
            "DEBUG": "false",
            "DATABASE_URL": args.database,
            "TASKS_BACKEND": BACKENDS[backend],
            "TASKS_REDIS_URL": args.redis,
            "TASKS_QUEUE": args.queue,
            # rq: the default worker (jobs in its own process); rqfork: RQ's work-horse per job.
            "TASKS_WORKER_FORK": "true" if backend == "rqfork" else "false",
            "LOG_LEVEL": "WARNING",
            "TASKS_LOG_LEVEL": "WARNING",
        })
        self.next = 0
        self.start = 0.0

    def child(self, code: str, *argv: str) -> dict:
        out = subprocess.run([PY, "-c", code, *argv], cwd=ROOT, env=self.env, capture_output=True, text=True)
        if out.returncode:
            raise SystemExit(f"child failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    def manage(self, *argv: str) -> None:
        subprocess.run([PY, "manage.py", *argv], cwd=ROOT, env=self.env, check=True, capture_output=True)

    def fresh_database(self) -> None:
        psql(self.args.database, f'DROP DATABASE IF EXISTS "{db_name(self.args.database)}"')
        psql(self.args.database,
             f'CREATE DATABASE "{db_name(self.args.database)}" TEMPLATE "{db_name(self.args.template_db)}"')
        if self.env["TASKS_BACKEND"] == BACKENDS["rq"]:
            import redis

            client = redis.Redis.from_url(self.args.redis)
            for key in client.scan_iter(f"rq:queue:{self.args.queue}*"):
                client.delete(key)

    def import_batch(self) -> dict:
        result = self.child(IMPORTER, str(self.next), str(self.args.n), str(ROOT))
        self.next += self.args.n
        result["per_min"] = round(result["imported"] / result["seconds"] * 60, 1)
        return result

    def workers(self, count: int, burst: bool = True) -> list[subprocess.Popen]:
        flags = ["--burst"] if burst else []
        return [subprocess.Popen([PY, "manage.py", "task_worker", *flags, "--name", f"bench-{i}-{time.time_ns()}"],
                                 cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                for i in range(count)]

    def start_cost(self) -> float:
        """Seconds a worker takes to start (the engine's warm-up) and stop on an empty queue."""
        t0 = time.perf_counter()
        for worker in self.workers(1):
            worker.wait()
        return round(time.perf_counter() - t0, 1)

    def drain(self, count: int) -> dict:
        before = self.child(COUNTER)
        t0 = time.perf_counter()
        for worker in self.workers(count):
            worker.wait()
        seconds = time.perf_counter() - t0
        after = self.child(COUNTER)
        done = after["extracted"] - before["extracted"]
        steady = seconds - self.start
        return {"workers": count, "extracted": done, "failed": after["failed"] - before["failed"],
                "seconds": round(seconds, 1), "per_min": round(done / seconds * 60, 1),
                "steady_per_min": round(done / steady * 60, 1) if steady > 0 else None, "left": after["backlog"]}

    def concurrent(self, count: int) -> dict:
        """Workers already running (warm), then an import: do they keep up?"""
        before = self.child(COUNTER)
        running = self.workers(count, burst=False)
        time.sleep(self.start)  # let them warm up, as long-running workers are
        t0 = time.perf_counter()
        importer = subprocess.run([PY, "-c", IMPORTER, str(self.next), str(self.args.n), str(ROOT)],
                                  cwd=ROOT, env=self.env, capture_output=True, text=True)
        import_s = time.perf_counter() - t0
        imported = json.loads(importer.stdout.strip().splitlines()[-1])["imported"]
        self.next += self.args.n
        at_import_end = self.child(COUNTER)
        while True:
            now = self.child(COUNTER)
            if now["extracted"] + now["failed"] - before["extracted"] - before["failed"] >= imported:
                break
            if time.perf_counter() - t0 > 3600:
                break
            time.sleep(1)
        total_s = time.perf_counter() - t0
        for worker in running:
            worker.terminate()
            worker.wait()
        return {"workers": count, "imported": imported, "import_s": round(import_s, 1),
                "import_per_min": round(imported / import_s * 60, 1),
                "behind_at_import_end": imported - (at_import_end["extracted"] - before["extracted"]),
                "all_extracted_s": round(total_s, 1), "lag_s": round(total_s - import_s, 1),
                "worker_per_min": round((now["extracted"] - before["extracted"]) / total_s * 60, 1),
                "import_errors": importer.stderr.strip().splitlines()[-3:]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="releases per batch")
    ap.add_argument("--template-db", required=True, help="PostgreSQL URL of a database to migrate and copy from")
    ap.add_argument("--database", required=True, help="PostgreSQL URL of the database the runs use (recreated)")
    ap.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--queue", default="akorda-bench")
    ap.add_argument("--backends", default="rq,rqfork,db", help="rq (default worker), rqfork (--fork), db")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    setup = Bench(args, "db")
    setup.env["DATABASE_URL"] = args.template_db
    subprocess.run(["createdb", "-h", urlparse(args.template_db).hostname or "127.0.0.1", "-U",
                    urlparse(args.template_db).username or "postgres", db_name(args.template_db)],
                   capture_output=True)  # fails harmlessly when it exists
    setup.manage("migrate", "--noinput")
    setup.manage("setup_press")
    results = {"n": args.n, "load": os.getloadavg()[0], "cores": os.cpu_count(), "backends": {}}
    for backend in args.backends.split(","):
        bench = Bench(args, backend)
        bench.fresh_database()
        bench.start = bench.start_cost()
        row = {"worker_start_s": bench.start, "import_alone": bench.import_batch()}
        row["drain_1"] = bench.drain(1)
        bench.import_batch()
        row["drain_2"] = bench.drain(2)
        row["concurrent_2"] = bench.concurrent(2)
        results["backends"][backend] = row
        print(f"{backend}: {json.dumps(row)}", file=sys.stderr)
    results["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for backend, row in results["backends"].items():
            c = row["concurrent_2"]
            print(f"{backend:>6}: import alone {row['import_alone']['per_min']:>7}/min | "
                  f"drain, 1 worker {row['drain_1']['per_min']:>6}/min ({row['drain_1']['steady_per_min']} after start) | "
                  f"2 workers {row['drain_2']['per_min']:>6}/min ({row['drain_2']['steady_per_min']}) | "
                  f"import beside 2 warm workers {c['import_per_min']}/min, {c['behind_at_import_end']} not yet "
                  f"extracted at its end, all {c['lag_s']} s after it (workers {c['worker_per_min']}/min)")
        print(f"load average {results['load']:.1f} before, {results['load_after']:.1f} after; {results['cores']} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
