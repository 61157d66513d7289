"""Refill the real-text corpus's git-ignored texts from saved answers of the stored-pages search.

The texts are other people's and never committed, so each session that has the team's look-up
tool fills them again. Many gold files share a query and one answer lists up to twelve pages,
so the work is planned by distinct query and every answer is mined for every gold URL it holds:

    scripts/refill_corpus.py plan --part 0 --of 4      # the queries still worth running
    scripts/refill_corpus.py save ANSWER.json [--candidates DIR]
    scripts/refill_corpus.py status

``save`` reads one answer of the ``pages`` corpus as the tool returned it (JSON with
``results``, each with ``url`` and ``excerpt``), writes the excerpt of every result whose address
is a gold file's or a translation's ``url`` exactly as stored, and, with ``--candidates``, keeps
the other results (address, query, text) outside the repository as a pool for collectors.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "akorda" / "extract" / "tests" / "realcorpus"


@dataclass(frozen=True)
class Target:
    """One text to fill: where it goes and the query that finds its page."""

    url: str
    query: str
    path: Path


def targets(corpus: Path = CORPUS) -> list[Target]:
    found: list[Target] = []
    for gold in sorted((corpus / "gold").glob("*.json")):
        record = json.loads(gold.read_text(encoding="utf-8"))
        found.append(Target(record["url"], record["query"], corpus / "texts" / f"{gold.stem}.txt"))
    events = json.loads((corpus / "translations.json").read_text(encoding="utf-8"))["events"]
    for event in events:
        for version in event["versions"]:
            path = corpus / "translations" / f"{event['id']}.{version['lang']}.txt"
            found.append(Target(version["url"], version["query"], path))
    return found


def plan(part: int, of: int) -> list[str]:
    """Distinct queries, in a stable order, that still have an empty target; this part's share."""
    by_query: dict[str, list[Target]] = {}
    for target in targets():
        by_query.setdefault(target.query, []).append(target)
    queries = sorted(by_query)
    return [query for index, query in enumerate(queries) if index % of == part and any(not t.path.exists() for t in by_query[query])]


def save(answer_path: Path, candidates: Path | None) -> tuple[int, int]:
    answer = json.loads(answer_path.read_text(encoding="utf-8"))
    by_url: dict[str, list[Target]] = {}
    for target in targets():
        by_url.setdefault(target.url, []).append(target)
    written = kept = 0
    for result in answer.get("results", []):
        url, text = result.get("url"), result.get("excerpt")
        if not url or text is None:
            continue
        if url in by_url:
            for target in by_url[url]:
                if not target.path.exists():
                    target.path.parent.mkdir(parents=True, exist_ok=True)
                    target.path.write_text(text, encoding="utf-8")
                    written += 1
        elif candidates is not None:
            candidates.mkdir(parents=True, exist_ok=True)
            name = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
            record = {"url": url, "query": answer.get("query", ""), "text": text}
            (candidates / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
            kept += 1
    return written, kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    plan_verb = verbs.add_parser("plan")
    plan_verb.add_argument("--part", type=int, default=0)
    plan_verb.add_argument("--of", type=int, default=1)
    save_verb = verbs.add_parser("save")
    save_verb.add_argument("answer", type=Path)
    save_verb.add_argument("--candidates", type=Path)
    verbs.add_parser("status")
    args = parser.parse_args(argv)
    if args.verb == "plan":
        if not 0 <= args.part < args.of:
            parser.error(f"--part must be between 0 and {args.of - 1}, not {args.part}")
        for query in plan(args.part, args.of):
            print(query)
    elif args.verb == "save":
        written, kept = save(args.answer, args.candidates)
        print(f"{args.answer}: {written} text(s) written, {kept} candidate(s) kept")
    else:
        all_targets = targets()
        missing = [t for t in all_targets if not t.path.exists()]
        print(f"{len(all_targets) - len(missing)} of {len(all_targets)} texts present")
        for target in missing:
            print(f"missing {target.path.name}: {target.url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
