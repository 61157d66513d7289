#!/usr/bin/env python3
"""Agreement of the language versions of one event, as the three-language check sees it.

    .venv/bin/python scripts/translation_agreement.py [--verbose] [--json]

Two sets are measured, each event's versions extracted by the engine and
aligned by ``akorda.extract.align`` (the same code the site runs):

- demo: the team's demo releases (akorda/press/demo/releases), every group
  with two or more languages; event 13 has a deliberate mismatch;
- real: the events of akorda/extract/tests/realcorpus/translations.json,
  texts in the git-ignored translations/ folder (a missing text is said in
  one line and the event is measured on the versions present).

Reported per set: figures (one per value stated, over all versions), the
share stated alike in every version, disagreements (a figure stated
differently, or missing in a version; each pair of versions counted), and
the same without the text fallback (a number written in a version's text
but not read by the engine there counts as missing). Not a test: the figures
go to docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEMO = ROOT / "akorda" / "press" / "demo" / "releases"
REAL = ROOT / "akorda" / "extract" / "tests" / "realcorpus"
LANGS = ("kk", "ru", "en")


def demo_events() -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted(DEMO.glob("*.txt")):
        group, _, lang = path.stem.rpartition(".")
        if lang in LANGS:
            groups[group][lang] = path.read_text(encoding="utf-8")
    return {g: v for g, v in groups.items() if len(v) >= 2}


def real_events() -> tuple[dict[str, dict[str, str]], list[str]]:
    manifest = json.loads((REAL / "translations.json").read_text(encoding="utf-8"))
    events: dict[str, dict[str, str]] = {}
    missing: list[str] = []
    for event in manifest["events"]:
        texts = {}
        for version in event["versions"]:
            path = REAL / "translations" / f"{event['id']}.{version['lang']}.txt"
            if path.exists():
                texts[version["lang"]] = path.read_text(encoding="utf-8")
            else:
                missing.append(path.name)
        if len(texts) >= 2:
            events[event["id"]] = texts
    return events, missing


def measure(events: dict[str, dict[str, str]], verbose: bool) -> dict:
    from akorda.extract import extract
    from akorda.extract.align import align_records

    totals = defaultdict(int)
    rows = []
    for name, texts in events.items():
        records = {lang: extract(text, lang=lang).to_dict() for lang, text in texts.items()}
        result = align_records(records, texts)
        bare = align_records(records)
        differs = sum(1 for d in result.disagreements if d.kind == "differs")
        missing = sum(1 for d in result.disagreements if d.kind == "missing")
        gaps = sum(1 for d in result.disagreements if d.kind == "instruction")
        bare_disagreements = sum(1 for d in bare.disagreements if d.kind != "instruction")
        row = {"event": name, "languages": list(result.languages), "figures": len(result.figures),
               "agreed": result.agreed, "differs": differs, "missing": missing,
               "unread": sum(len(f.unread_in) for f in result.figures), "instruction_gaps": gaps,
               "agreed_without_fallback": bare.agreed, "disagreements_without_fallback": bare_disagreements}
        rows.append(row)
        for key in ("figures", "agreed", "differs", "missing", "unread", "instruction_gaps",
                    "agreed_without_fallback", "disagreements_without_fallback"):
            totals[key] += row[key]
        if verbose:
            print(f"  {name} [{', '.join(result.languages)}]: {result.agreed}/{len(result.figures)} alike")
            for d in result.disagreements:
                print(f"    - {d.kind}: {d.message}")
    totals["events"] = len(rows)
    totals["share"] = round(totals["agreed"] / totals["figures"], 3) if totals["figures"] else None
    totals["share_without_fallback"] = (round(totals["agreed_without_fallback"] / totals["figures"], 3)
                                        if totals["figures"] else None)
    return {"totals": dict(totals), "events": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    real, missing = real_events()
    if missing:
        print(f"real: {len(missing)} text(s) missing in {REAL / 'translations'} "
              f"(refill them from translations.json): {', '.join(missing)}", file=sys.stderr)
    out = {}
    for label, events in (("demo", demo_events()), ("real", real)):
        if not args.json:
            print(f"{label}: {len(events)} event(s)")
        out[label] = measure(events, args.verbose and not args.json)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print("\nset   events figures alike share  differs missing unread instr-gaps | alike share disagreements (no text fallback)")
    for label, result in out.items():
        t = result["totals"]
        print(f"{label:5} {t['events']:6} {t.get('figures', 0):7} {t.get('agreed', 0):5} {t['share'] or 0:6.3f} "
              f"{t.get('differs', 0):7} {t.get('missing', 0):7} {t.get('unread', 0):6} {t.get('instruction_gaps', 0):10} | "
              f"{t.get('agreed_without_fallback', 0):5} {t['share_without_fallback'] or 0:5.3f} "
              f"{t.get('disagreements_without_fallback', 0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
