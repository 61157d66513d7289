#!/usr/bin/env python3
"""Score the engine on the real-text corpus, per language, with ../shared/extraction/score.py.

    .venv/bin/python scripts/score_corpus.py [--split dev|sealed-r10|all] [--origin any|original|retired] [--new-events]
                                            [--corpus DIR] [--detail]

The corpus (akorda/extract/tests/realcorpus/ by default, see its README) holds
gold/<id>.json in git and texts/<id>.txt outside it. The engine runs on every
text of the chosen split; score.py's summary line is printed for kk, ru, en and
all. Texts that are absent are counted in one line and left out; with none
present the script says so and exits 0. The sealed split ("sealed-r10", the
held-out set of the next round; the earlier sealed sets were scored twice and are now
dev, see the corpus README) is scored by the lead at first contact and at the
end of a round only. --detail also prints score.py's
per-release lines and is refused on every split but dev: nobody reads the
engine's output on sealed releases between first contact and the end of a round.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT / "akorda" / "extract" / "tests" / "realcorpus"
SCORER = (ROOT / ".." / "shared" / "extraction" / "score.py").resolve()
LANGS = ("kk", "ru", "en")
SPLITS = ("dev", "sealed-r10", "all")


def select(corpus: Path, split: str, origin: str = "any", new_events: bool = False) -> list[tuple[dict, Path]]:
    """(gold record, its file) of the split, in file order.

    origin "retired" keeps only the dev releases that were held out in an earlier round and
    "original" the others: an engine author who tunes on the original ones and checks the retired
    ones now and then sees whether a rule generalises before the next sealed set says so.
    new_events drops the releases of an event that another gold file already covers
    ("same_event_as"): their figures were seen in another outlet's or language's words."""
    out = []
    for path in sorted((corpus / "gold").glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise SystemExit(f"score_corpus: cannot read gold file {path}: {err}") from err
        retired = bool(gold.get("retired_from"))
        if origin != "any" and retired != (origin == "retired"):
            continue
        if new_events and gold.get("same_event_as"):
            continue
        if split == "all" or gold.get("split") == split:
            out.append((gold, path))
    return out


def score(gold_dir: Path, pred_dir: Path, texts: Path, detail: bool) -> str:
    cmd = [sys.executable, str(SCORER), "--gold", str(gold_dir), "--pred", str(pred_dir), "--texts", str(texts)]
    result = subprocess.run(cmd + ([] if detail else ["--quiet"]), capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"score_corpus: score.py failed: {result.stderr.strip()}")
    if detail:
        print(result.stdout.rstrip())
        return result.stdout.strip().splitlines()[-1]
    return result.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, default="dev")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--detail", action="store_true", help="score.py's per-release lines too")
    ap.add_argument("--origin", choices=("any", "original", "retired"), default="any",
                    help="only releases held out in an earlier round (retired) or only the others (original)")
    ap.add_argument("--new-events", action="store_true",
                    help="leave out releases of an event another gold file covers (same_event_as)")
    args = ap.parse_args(argv)
    if args.detail and args.split != "dev":
        print(f"score_corpus: --detail shows the engine's output per release; it is for the dev split only, "
              f"not for {args.split!r} (the sealed releases stay unread between first contact and the end of a round)",
              file=sys.stderr)
        return 2
    if not SCORER.exists():
        print(f"score_corpus: the scorer is not beside the repository ({SCORER})", file=sys.stderr)
        return 2
    chosen = select(args.corpus, args.split, args.origin, args.new_events)
    texts_dir = args.corpus / "texts"
    present = [(g, p) for g, p in chosen if (texts_dir / f"{p.stem}.txt").exists()]
    missing = len(chosen) - len(present)
    if not present:
        print(f"score_corpus: no texts for the {len(chosen)} {args.split} gold files in {texts_dir}; "
              "nothing scored (the README says how to fill texts/)")
        return 0
    if missing:
        print(f"score_corpus: {missing} of {len(chosen)} {args.split} texts are missing from {texts_dir}; "
              f"scoring the other {len(present)}")

    from akorda.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for group in (*LANGS, "all"):
            (work / group / "gold").mkdir(parents=True)
        (work / "pred").mkdir()
        counts = dict.fromkeys((*LANGS, "all"), 0)
        for gold, path in present:
            text = (texts_dir / f"{path.stem}.txt").read_text(encoding="utf-8")
            record = extract(text).to_dict()
            (work / "pred" / path.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            for group in {gold.get("lang"), "all"} & {*LANGS, "all"}:
                (work / group / "gold" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
                counts[group] += 1
        for group in (*LANGS, "all"):
            if not counts[group]:
                print(f"{group:>3} (0 releases): none in this split")
                continue
            line = score(work / group / "gold", work / "pred", texts_dir, args.detail and group == "all")
            print(f"{group:>3} ({counts[group]} releases): {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
