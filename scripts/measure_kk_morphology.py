#!/usr/bin/env python3
"""How much of real Kazakh release text Debian's hunspell-kk dictionary knows, and how fast
a pure-Python hunspell (spylls) answers: the measurement behind the engine's choice of
Kazakh morphology (docs/benchmarks.md).

    apt-get install hunspell-kk && pip install spylls   # neither is a project dependency
    .venv/bin/python scripts/measure_kk_morphology.py --corpus DIR [--split dev]

Reads the Cyrillic words of the corpus's Kazakh texts of the split (never the sealed one
unless asked), looks each distinct word up, and prints token and type coverage, the
share of known words for which the dictionary splits off an ending, the cost of a
lookup, and the most frequent words it does not know.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

DICTIONARY = Path("/usr/share/hunspell/kk_KZ")
WORD = re.compile(r"[а-яёәғқңөұүһі]{3,}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--split", default="dev", choices=("dev", "all"))
    args = ap.parse_args(argv)
    try:
        from spylls.hunspell import Dictionary
        from spylls.hunspell.algo.capitalization import Type as CapType
    except ImportError:
        print("measure_kk_morphology: spylls is not installed (pip install spylls)", file=sys.stderr)
        return 2
    if not DICTIONARY.with_suffix(".aff").exists():
        print(f"measure_kk_morphology: {DICTIONARY}.aff is missing (apt-get install hunspell-kk)", file=sys.stderr)
        return 2
    tokens: Counter[str] = Counter()
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = args.corpus / "texts" / f"{gold_path.stem}.txt"
        if gold.get("lang") != "kk" or not text_path.exists() or args.split not in {"all", gold.get("split")}:
            continue
        tokens.update(WORD.findall(text_path.read_text(encoding="utf-8").lower()))
    if not tokens:
        print("measure_kk_morphology: no Kazakh texts in this split")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        # Debian's files start with a byte-order mark, which spylls reads as part of "SET UTF-8"
        for ext in ("aff", "dic"):
            raw = DICTIONARY.with_suffix("." + ext).read_bytes()
            Path(tmp, "kk_KZ." + ext).write_bytes(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)
        started = time.perf_counter()
        dictionary = Dictionary.from_files(str(Path(tmp, "kk_KZ")))
        load_s = time.perf_counter() - started
    started = time.perf_counter()
    known = {w: dictionary.lookup(w) for w in tokens}
    lookup_ms = (time.perf_counter() - started) / len(tokens) * 1000
    split = sum(1 for w, ok in known.items() if ok and any(
        f.suffix for f in dictionary.lookuper.affix_forms(w, captype=CapType.NO)))
    total = sum(tokens.values())
    print(f"dictionary load {load_s:.2f} s; {len(tokens)} distinct words, {total} tokens")
    print(f"token coverage {sum(c for w, c in tokens.items() if known[w]) / total:.3f}; "
          f"type coverage {sum(known.values()) / len(tokens):.3f}; {lookup_ms:.3f} ms per lookup")
    print(f"known words with an ending split off: {split} of {sum(known.values())}")
    print("most frequent unknown words:", ", ".join(w for w, _ in tokens.most_common(400) if not known[w])[:600])
    return 0


if __name__ == "__main__":
    sys.exit(main())
