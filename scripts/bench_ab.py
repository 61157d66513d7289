#!/usr/bin/env python3
"""One engine against another on the same releases, per language, in CPU time on one core.

    .venv/bin/python scripts/bench_ab.py BASE_ROOT [NEW_ROOT] [--n 1000] [--rounds 2]

BASE_ROOT is a directory holding another version's ``akorda/extract`` (for example
``git archive <commit> akorda/__init__.py akorda/extract | tar -x -C /tmp/base``).
On a shared machine absolute rates move with the load, so the two engines run in
alternating subprocesses on the same perturbed dev set releases and the ratio is
what to read. Not a test: the figures go to docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

# The same perturbation and pinning as the single-engine benchmark, so that the two measure alike.
from bench_extract import perturb, pin_one_core

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "akorda" / "extract" / "tests" / "devset"
SEED = (ROOT / ".." / "shared" / "seeds" / "000_692bf9b055db218c.txt").resolve()


def run_one(root: Path, n: int) -> dict:
    """Inside the subprocess: the engine under ``root`` on n releases per language."""
    sys.path.insert(0, str(root))
    pin_one_core()
    from akorda.extract import extract

    texts = [(p.stem[:2], p.read_text(encoding="utf-8")) for p in sorted((DEVSET / "texts").glob("*.txt"))]
    if SEED.exists():
        texts.append(("ru", SEED.read_text(encoding="utf-8")))
    extract(texts[0][1])
    out: dict = {"root": str(root)}
    for lang in ("kk", "ru", "en"):
        rng = random.Random(7)
        pool = [t for lg, t in texts if lg == lang]
        releases = [perturb(pool[i % len(pool)], rng) for i in range(n)]
        cpu = time.process_time()
        for text in releases:
            extract(text)
        out[lang] = round(n / (time.process_time() - cpu), 1)
    out["load_average_1min"] = round(os.getloadavg()[0], 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=ROOT)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.base, args.n)))
        return 0
    runs: dict[str, list[dict]] = {"base": [], "new": []}
    for _ in range(args.rounds):
        for name, root in (("base", args.base), ("new", args.new)):
            result = subprocess.run([sys.executable, __file__, str(root.resolve()), "--one", "--n", str(args.n)],
                                    capture_output=True, text=True, check=True, cwd="/")
            runs[name].append(json.loads(result.stdout.strip().splitlines()[-1]))
            print(name, runs[name][-1])
    for lang in ("kk", "ru", "en"):
        base = sum(r[lang] for r in runs["base"]) / len(runs["base"])
        new = sum(r[lang] for r in runs["new"]) / len(runs["new"])
        print(f"{lang}: base {base:.1f}/s, new {new:.1f}/s, ratio {new / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
