#!/usr/bin/env python3
"""Two engines in one process, taking turns of 25 releases over the same perturbed real-corpus releases.

    .venv/bin/python scripts/bench_turns.py BASE_ROOT [NEW_ROOT] [--lang ru] [--n 1000] [--seed 3]

BASE_ROOT holds another version's ``akorda/extract`` (``git archive <commit> akorda scripts |
tar -x -C /tmp/base``, with the real corpus's texts linked in as in the worktree). Unlike
``bench_ab.py`` (alternating subprocesses, the dev set only), both engines see the same load at
the same minutes, and each starts with cold caches, so that a change to what the first reading
of a word costs shows as it does in ``bench_extract.py``. Each engine keeps its own modules, which
are swapped into ``sys.modules`` for its turn (the engine imports some lazily). trafilatura is
imported before timing (its one-time import otherwise lands in whichever turn first reads HTML).
Run it with NEW_ROOT = BASE_ROOT to see the method's own bias. Not a test.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from bench_extract import corpus, perturb, pin_one_core

ROOT = Path(__file__).resolve().parents[1]
TURN = 25


def _ours(name: str) -> bool:
    return name == "akorda" or name.startswith("akorda.")


def _swap_in(modules: dict[str, ModuleType]) -> None:
    for name in [n for n in sys.modules if _ours(n)]:
        del sys.modules[name]
    sys.modules.update(modules)


def load(root: Path) -> tuple[Callable[..., Any], dict[str, ModuleType]]:
    """The engine under root, its models loaded, and its modules."""
    _swap_in({})
    sys.path.insert(0, str(root))
    from akorda.extract import extract, instructions, morph

    morph.vocab()
    instructions._parser()
    sys.path.remove(str(root))
    return extract, {n: m for n, m in sys.modules.items() if _ours(n)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=ROOT)
    ap.add_argument("--lang", default="ru")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    pin_one_core()
    engines = {"base": load(args.base.resolve()), "new": load(args.new.resolve())}
    texts = corpus(ROOT / "akorda" / "extract" / "tests" / "realcorpus")
    import trafilatura  # noqa: F401  (one-time import, outside both timings)

    for extract, modules in engines.values():
        _swap_in(modules)
        extract(texts[0][1])
    rng = random.Random(args.seed)
    pool = [t for _, t, _, lg in texts if lg == args.lang]
    releases = [perturb(pool[i % len(pool)], rng) for i in range(args.n)]
    cpu = dict.fromkeys(engines, 0.0)
    for turn, i in enumerate(range(0, args.n, TURN)):
        for name in ("base", "new") if turn % 2 == 0 else ("new", "base"):
            extract, modules = engines[name]
            _swap_in(modules)
            start = time.process_time()
            for text in releases[i:i + TURN]:
                extract(text)
            cpu[name] += time.process_time() - start
    rates = {name: round(args.n / spent, 1) for name, spent in cpu.items()}
    print(f"{args.lang} n={args.n} seed={args.seed}: base {rates['base']}/s, new {rates['new']}/s, "
          f"ratio {cpu['base'] / cpu['new']:.3f} (load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
