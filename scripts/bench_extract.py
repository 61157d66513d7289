#!/usr/bin/env python3
"""Throughput and scaling of akorda.extract, with natasha's extractors side by side.

    .venv/bin/python scripts/bench_extract.py [--n 10000] [--json]

Releases are generated at run time by cycling the seed (read from ../shared,
never copied) and the dev set texts, perturbing their figures and paragraph
order so that caches do not see the same string twice. Runs on one core
(pinned where the OS allows). Not a test: the figures go to docs/benchmarks.md.
"""
from __future__ import annotations

import os

# one core means one BLAS thread too (natasha's NER multiplies matrices with numpy)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = (ROOT / ".." / "shared").resolve()
DEVSET = ROOT / "akorda" / "extract" / "tests" / "devset"
MONEY_UNITS = {"KZT", "USD", "EUR", "RUB"}


def corpus() -> list[tuple[str, str, dict | None]]:
    """(name, text, gold) for the seed and every dev set text."""
    out = []
    seed = SHARED / "seeds" / "000_692bf9b055db218c.txt"
    seed_gold = SHARED / "extraction" / "gold" / "000_692bf9b055db218c.json"
    if seed.exists():
        out.append(("seed", seed.read_text(encoding="utf-8"),
                    json.loads(seed_gold.read_text(encoding="utf-8")) if seed_gold.exists() else None))
    for path in sorted((DEVSET / "texts").glob("*.txt")):
        gold = DEVSET / "gold" / f"{path.stem}.json"
        out.append((path.stem, path.read_text(encoding="utf-8"),
                    json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else None))
    return out


def perturb(text: str, rng: random.Random) -> str:
    """Same genre, different string: new figures, body paragraphs reordered."""
    text = re.sub(r"\d", lambda m: str(rng.randint(1, 9)) if rng.random() < 0.3 else m.group(), text)
    parts = text.split("\n\n")
    if len(parts) > 6:
        head, body, tail = parts[:4], parts[4:-1], parts[-1:]
        rng.shuffle(body)
        parts = head + body + tail
    return "\n\n".join(parts)


def pin_one_core() -> str:
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def match_count(gold: list[dict], pred: list[tuple[float, str]]) -> int:
    used, hits = set(), 0
    for g in gold:
        for i, (value, unit) in enumerate(pred):
            if i in used or unit != g["unit"]:
                continue
            a, b = float(value), float(g["value"])
            if a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b)):
                used.add(i)
                hits += 1
                break
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    pinned = pin_one_core()
    texts = corpus()
    if not texts:
        print("no texts: neither ../shared nor the dev set is present", file=sys.stderr)
        return 2

    from akorda.extract import extract
    from akorda.extract import instructions, morph

    t0 = time.perf_counter()
    morph.vocab()
    instructions._parser()
    extract(texts[0][1])
    load_s = time.perf_counter() - t0

    rng = random.Random(3)
    releases = [perturb(texts[i % len(texts)][1], rng) for i in range(args.n)]
    latencies = []
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in releases:
        t = time.perf_counter()
        extract(text)
        latencies.append(time.perf_counter() - t)
    total, cpu_total = time.perf_counter() - start, time.process_time() - cpu_start
    # allocation peak of one release, measured apart so tracing does not slow the timed run
    tracemalloc.start()
    for text in releases[:200]:
        extract(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    latencies.sort()
    figures = {
        "releases": args.n, "distinct_sources": len(texts), "cpu": pinned,
        "model_load_s": round(load_s, 3),
        "releases_per_s_wall": round(args.n / total, 1),
        "releases_per_s_cpu": round(args.n / cpu_total, 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))] * 1000, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "traced_peak_mb_per_release": round(traced_peak / 2**20, 1),
    }

    # Scaling: one release of growing size (title, dateline, then body paragraphs repeated)
    from akorda.extract.source import SourceError, read_source

    paragraphs = []
    for _, text, _ in texts:
        try:
            paragraphs.extend(read_source(text).paragraphs)
        except SourceError:
            continue
    body = "Глава государства принял акима области\n\n14 июня 2024 года\n\n" + "\n\n".join(paragraphs) + "\n\n"
    scaling = []
    extract(body[:20_000])
    for size in (100_000, 1_000_000, 10_000_000):
        big = body[:64] + (body[64:] * (size // len(body) + 1))[:size - 64]
        t, c = time.perf_counter(), time.process_time()
        extract(big)
        elapsed, cpu = time.perf_counter() - t, time.process_time() - c
        scaling.append({"bytes": size, "wall_s": round(elapsed, 2), "cpu_s": round(cpu, 2),
                        "cpu_s_per_mb": round(cpu / (size / 1e6), 2)})
    figures["scaling"] = scaling

    # Side by side on the unperturbed texts with gold: ours vs natasha's extractors
    from natasha import DatesExtractor, MoneyExtractor, MorphVocab

    vocab = MorphVocab()
    money, dates = MoneyExtractor(vocab), DatesExtractor(vocab)
    with_gold = [(t, g) for _, t, g in texts if g]
    rows = {}
    for name, run in (
        ("akorda.extract", lambda t: [(f.value, f.unit) for f in extract(t).facts]),
        ("natasha MoneyExtractor", lambda t: [(m.fact.amount, {"RUB": "RUB", "USD": "USD", "EUR": "EUR"}.get(m.fact.currency, m.fact.currency))
                                              for m in money(t)]),
        ("natasha DatesExtractor", lambda t: [(0, "date") for _ in dates(t)]),
    ):
        found = hits = gold_n = money_gold = money_hits = 0
        t = time.perf_counter()
        for text, gold in with_gold:
            pred = run(text)
            found += len(pred)
            hits += match_count(gold["facts"], pred)
            gold_n += len(gold["facts"])
            gm = [f for f in gold["facts"] if f["unit"] in MONEY_UNITS]
            money_gold += len(gm)
            money_hits += match_count(gm, pred)
        elapsed = time.perf_counter() - t
        rows[name] = {"ms_per_release": round(elapsed / len(with_gold) * 1000, 2), "found": found,
                      "matched_gold_facts": f"{hits}/{gold_n}", "matched_gold_money": f"{money_hits}/{money_gold}"}
    figures["side_by_side"] = rows

    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
