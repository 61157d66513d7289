#!/usr/bin/env python3
"""Throughput of akorda.extract per language (kk with its morphology and transliteration
in), and its scaling with input size.

    .venv/bin/python scripts/bench_extract.py [--n 9000] [--json] [--corpus DIR]

Releases are generated at run time by cycling the seed (read from ../shared,
never copied), the dev set texts and, with --corpus, the real corpus's dev split
(never the sealed one), perturbing their figures and paragraph order so that
caches do not see the same string twice; a third of the releases per language.
Runs on one core (pinned where the OS allows). Not a test: the figures go to
docs/benchmarks.md.
"""
from __future__ import annotations

import os

# one core means one BLAS thread too, should a dependency multiply matrices
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


def corpus(real: Path | None = None) -> list[tuple[str, str, dict | None, str]]:
    """(name, text, gold, lang) for the seed, every dev set text and, with --corpus,
    the real corpus's dev split (never its sealed split)."""
    from akorda.extract.source import detect_lang
    from akorda.extract.translit import is_latin_kazakh

    out = []
    seed = SHARED / "seeds" / "000_692bf9b055db218c.txt"
    seed_gold = SHARED / "extraction" / "gold" / "000_692bf9b055db218c.json"
    if seed.exists():
        out.append(("seed", seed.read_text(encoding="utf-8"),
                    json.loads(seed_gold.read_text(encoding="utf-8")) if seed_gold.exists() else None, "ru"))
    for path in sorted((DEVSET / "texts").glob("*.txt")):
        gold = DEVSET / "gold" / f"{path.stem}.json"
        g = json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else None
        text = path.read_text(encoding="utf-8")
        out.append((path.stem, text, g, (g or {}).get("lang") or detect_lang(text)))
    if real is not None:
        for gold_path in sorted((real / "gold").glob("*.json")):
            g = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = real / "texts" / f"{gold_path.stem}.txt"
            if g.get("split") != "dev" or not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8")
            lang = "kk" if is_latin_kazakh(text) else g.get("lang") or detect_lang(text)
            out.append((gold_path.stem, text, g, lang))
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--max-bytes", type=int, default=10_000_000, help="largest single input of the scaling run")
    ap.add_argument("--corpus", type=Path, help="also cycle the dev split of this real-text corpus")
    args = ap.parse_args(argv)
    pinned = pin_one_core()
    texts = corpus(args.corpus)
    if not texts:
        print("no texts: neither ../shared nor the dev set is present", file=sys.stderr)
        return 2

    from akorda.extract import extract, instructions, morph

    t0 = time.perf_counter()
    morph.vocab()
    instructions._parser()
    extract(texts[0][1])
    load_s = time.perf_counter() - t0

    rng = random.Random(3)
    per_lang: dict[str, dict] = {}
    all_latencies: list[float] = []
    total_n, total_wall, total_cpu = 0, 0.0, 0.0
    for lang in ("kk", "ru", "en"):
        pool = [t for _, t, _, lg in texts if lg == lang]
        if not pool:
            continue
        n = max(1, args.n // 3)
        releases = [perturb(pool[i % len(pool)], rng) for i in range(n)]
        latencies = []
        start, cpu_start = time.perf_counter(), time.process_time()
        for text in releases:
            t = time.perf_counter()
            extract(text)
            latencies.append(time.perf_counter() - t)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        latencies.sort()
        per_lang[lang] = {"releases": n, "distinct_sources": len(pool),
                          "releases_per_s_wall": round(n / wall, 1), "releases_per_s_cpu": round(n / cpu, 1),
                          "p50_ms": round(statistics.median(latencies) * 1000, 2),
                          "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))] * 1000, 2)}
        all_latencies += latencies
        total_n, total_wall, total_cpu = total_n + n, total_wall + wall, total_cpu + cpu
    releases = [perturb(texts[i % len(texts)][1], rng) for i in range(200)]
    # allocation peak of one release, measured apart so tracing does not slow the timed run
    tracemalloc.start()
    for text in releases:
        extract(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    all_latencies.sort()
    figures = {
        "releases": total_n, "distinct_sources": len(texts), "cpu": pinned,
        "model_load_s": round(load_s, 3),
        "releases_per_s_wall": round(total_n / total_wall, 1),
        "releases_per_s_cpu": round(total_n / total_cpu, 1),
        "per_language": per_lang,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "p50_ms": round(statistics.median(all_latencies) * 1000, 2),
        "p99_ms": round(all_latencies[int(0.99 * (len(all_latencies) - 1))] * 1000, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "traced_peak_mb_per_release": round(traced_peak / 2**20, 1),
    }

    # Scaling: one release of growing size (title, dateline, then body paragraphs repeated)
    from akorda.extract.source import SourceError, read_source

    paragraphs = []
    for _, text, _, _ in texts:
        try:
            paragraphs.extend(read_source(text).paragraphs)
        except SourceError:
            continue
    body = "Глава государства принял акима области\n\n14 июня 2024 года\n\n" + "\n\n".join(paragraphs) + "\n\n"
    scaling = []
    extract(body[:20_000])
    for size in [x for x in (100_000, 1_000_000, 10_000_000) if x <= args.max_bytes]:
        big = body[:64] + (body[64:] * (size // len(body) + 1))[:size - 64]
        t, c = time.perf_counter(), time.process_time()
        extract(big)
        elapsed, cpu = time.perf_counter() - t, time.process_time() - c
        scaling.append({"bytes": size, "wall_s": round(elapsed, 2), "cpu_s": round(cpu, 2),
                        "cpu_s_per_mb": round(cpu / (size / 1e6), 2)})
    figures["scaling"] = scaling

    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
