#!/usr/bin/env python3
"""Collect a held-out set for the real-text corpus, and read the engine's instruction misses on dev.

    scripts/corpus_collect.py pool [--candidates DIR]            # candidates no gold file holds
    scripts/corpus_collect.py take ID HASH [--split S]            # a pool page into the corpus
    scripts/corpus_collect.py take ID --answer F --url U [--split S]
    scripts/corpus_collect.py similar (HASH | --file F | --split S)
    scripts/corpus_collect.py check ID [ID ...]
    scripts/corpus_collect.py misses [--origin retired] [--out F]

Rounds 8-10 collected their sets this way: ``scripts/refill_corpus.py save --candidates`` keeps
the pages of the genre that the refill's answers list and no gold file holds; collectors who never
read or run the engine ``take`` pages from that pool (or from an answer of their own search),
annotate the skeleton under ../shared/extraction/README.md and ``check`` it; ``similar`` shows
another outlet's copy of a release the corpus already holds (word 5-grams), which is then marked
``same_event_as``. ``misses`` is for the engine's authors: instruction precision and recall per
language with the scorer's own matching, and the items missed or extra, on the dev split only
(a sealed set stays unread between its first contact and the end of its round).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "akorda" / "extract" / "tests" / "realcorpus"
GOLD = CORPUS / "gold"
TEXTS = CORPUS / "texts"
SCORER = (ROOT / ".." / "shared" / "extraction" / "score.py").resolve()
KINDS = {"reception", "phone_call", "meeting", "visit", "other"}
QUALIFIERS = {None, "more_than", "less_than", "about", "up_to"}
KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Letters and words of the Kazakh Latin alphabet of 2021 that English never writes.
KK_LATIN = re.compile(r"[áǵıńóúýÁǴŃÓÚÝ]|\b(?:Memleket|basshysy|Prezıdent|qabyldady|tapsyr)")
HEAD_OF_STATE = re.compile(
    r"Тоқаев|Токаев|Tokayev|Назарбаев|Nazarbayev|Мемлекет басшы|Глава государства|Head of State|Президент|President|Prezıdent",
    re.IGNORECASE,
)
DIRECTIVE = re.compile(r"поручи|задач|тапсыр|міндет|instruct|task|charged|entrust|необходим|қажет|керек|need to", re.IGNORECASE)
WORD = re.compile(r"\w+")


def guess_script(text: str) -> tuple[str, str]:
    """(lang, script) of a page; the collector confirms it, this only sorts the pool."""
    if sum(ch in KK_LETTERS for ch in text) >= 5:
        return "kk", "cyrl"
    cyrillic = sum("а" <= ch.lower() <= "я" for ch in text)
    latin = sum("a" <= ch.lower() <= "z" for ch in text)
    if cyrillic > latin:
        return "ru", "cyrl"
    return ("kk", "latn") if KK_LATIN.search(text) else ("en", "latn")


def outlet(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def golds() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


def gold_urls() -> set[str]:
    return {gold["url"].rstrip("/") for gold in golds().values()}


def shingles(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


@cache
def corpus_shingles() -> dict[str, set[str]]:
    """Every corpus text's word 5-grams, read once (``similar --split`` compares each text with all)."""
    return {path.stem: shingles(path.read_text(encoding="utf-8")) for path in TEXTS.glob("*.txt")}


def most_similar(text: str, skip: str | None = None, top: int = 3) -> list[tuple[float, str]]:
    """The gold texts that share most word 5-grams with ``text`` (Jaccard)."""
    mine = shingles(text)
    scores = [(len(mine & theirs) / max(1, len(mine | theirs)), gid) for gid, theirs in corpus_shingles().items() if gid != skip]
    return sorted(scores, reverse=True)[:top]


def cmd_pool(candidates: Path) -> int:
    taken = gold_urls()
    rows = []
    for path in sorted(candidates.glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        if page["url"].rstrip("/") in taken:
            continue
        text = page["text"]
        lang, script = guess_script(text)
        genre = 2 * bool(HEAD_OF_STATE.search(text)) + bool(DIRECTIVE.search(text))
        rows.append((lang, script, genre, path.stem, outlet(page["url"]), " ".join(text.split())[:100]))
    rows.sort(key=lambda row: (row[0], -row[2], row[3]))
    for row in rows:
        print("\t".join(map(str, row)))
    counts = Counter((lang, script) for lang, script, genre, *_ in rows if genre == 3)
    print(f"{len(rows)} candidates no gold file holds; genre-like (score 3): {dict(counts)}", file=sys.stderr)
    return 0


def cmd_take(gid: str, source: str | None, answer: Path | None, url: str | None, split: str, candidates: Path) -> int:
    if answer is not None:
        found = json.loads(answer.read_text(encoding="utf-8"))
        results = [r for r in found["results"] if r.get("url") == url]
        if not results:
            print(f"take: no result with the address {url} in {answer}", file=sys.stderr)
            return 2
        text, query = results[0]["excerpt"], found["query"]
    else:
        page = json.loads((candidates / f"{source}.json").read_text(encoding="utf-8"))
        url, text, query = page["url"], page["text"], page["query"]
    assert url is not None
    if url.rstrip("/") in gold_urls():
        print(f"take: {url} is annotated already; pick another page", file=sys.stderr)
        return 2
    if (GOLD / f"{gid}.json").exists():
        print(f"take: {gid} exists already; pick the next free id", file=sys.stderr)
        return 2
    lang, script = guess_script(text)
    if gid.split("-")[0] != lang:
        print(f"take: warning: the text looks {lang}, the id says {gid.split('-')[0]}", file=sys.stderr)
    TEXTS.mkdir(parents=True, exist_ok=True)
    (TEXTS / f"{gid}.txt").write_text(text, encoding="utf-8")
    skeleton = {
        "id": gid,
        "lang": gid.split("-")[0],
        "script": script,
        "split": split,
        "url": url,
        "query": query,
        "outlet": outlet(url),
        "event": {"kind": "reception", "date": None, "official_name": None, "region": None, "report_period": None},
        "facts": [],
        "instructions": [],
    }
    (GOLD / f"{gid}.json").write_text(json.dumps(skeleton, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote texts/{gid}.txt and gold/{gid}.json ({script}); annotate the gold file, then `check {gid}`")
    return 0


def problems(gid: str, gold: dict, urls: Counter[str]) -> list[str]:
    """What in one gold file breaks the contract or cannot be scored against its text."""
    text_path = TEXTS / f"{gid}.txt"
    if not text_path.exists():
        return [f"no text at {text_path}"]
    text = text_path.read_text(encoding="utf-8")
    found = []
    if gold["id"] != gid:
        found.append(f"id {gold['id']!r} is not the file's name")
    if urls[gold["url"].rstrip("/")] > 1:
        found.append("the page is annotated twice")
    event = gold["event"]
    if set(event) != {"kind", "date", "official_name", "region", "report_period"}:
        found.append(f"event keys {sorted(event)}")
    if event.get("kind") not in KINDS:
        found.append(f"kind {event.get('kind')!r}")
    for fact in gold["facts"]:
        if fact["quote"] not in text:
            found.append(f"quote not in the text: {fact['quote']!r}")
        if fact["qualifier"] not in QUALIFIERS:
            found.append(f"qualifier {fact['qualifier']!r}")
        if not isinstance(fact["value"], int | float):
            found.append(f"value {fact['value']!r} is not a number")
    found += ["an empty instruction" for item in gold["instructions"] if not item.get("text", "").strip()]
    if gold.get("same_event_as") and not (GOLD / f"{gold['same_event_as']}.json").exists():
        found.append(f"same_event_as {gold['same_event_as']!r} is no gold file")
    return found


def cmd_check(ids: list[str]) -> int:
    everything = golds()
    urls = Counter(gold["url"].rstrip("/") for gold in everything.values())
    bad = 0
    for gid in ids:
        if gid not in everything:
            print(f"{gid}: no gold file")
            bad += 1
            continue
        found = problems(gid, everything[gid], urls)
        print(f"{gid}: " + ("OK" if not found else "; ".join(found)))
        bad += bool(found)
    return 1 if bad else 0


def cmd_similar(source: str | None, file: Path | None, split: str | None, candidates: Path) -> int:
    if split is not None:
        for gid, gold in golds().items():
            if gold["split"] == split and (TEXTS / f"{gid}.txt").exists():
                score, other = most_similar((TEXTS / f"{gid}.txt").read_text(encoding="utf-8"), skip=gid, top=1)[0]
                mark = "  <- a copy?" if score > 0.3 and not gold.get("same_event_as") else ""
                print(f"{gid}\t{score:.2f}\t{other}\tsame_event_as={gold.get('same_event_as')}{mark}")
        return 0
    if file is not None:
        text = file.read_text(encoding="utf-8")
    else:
        text = json.loads((candidates / f"{source}.json").read_text(encoding="utf-8"))["text"]
    for score, gid in most_similar(text):
        print(f"{gid}\t{score:.2f}")
    return 0


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None or not SCORER.exists():
        raise SystemExit(f"corpus_collect: the scorer is not beside the repository ({SCORER})")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cmd_misses(origin: str, out: Path | None) -> int:
    sys.path.insert(0, str(ROOT))
    from akorda.extract import extract

    score = load_scorer()
    totals: dict[str, list[int]] = {}
    lines = []
    for gid, gold in golds().items():
        retired = bool(gold.get("retired_from"))
        if gold["split"] != "dev" or (origin != "any" and retired != (origin == "retired")):
            continue
        if not (TEXTS / f"{gid}.txt").exists():
            continue
        predicted = extract((TEXTS / f"{gid}.txt").read_text(encoding="utf-8")).to_dict()["instructions"]
        used: set[int] = set()
        hit: set[int] = set()
        for g_index, item in enumerate(gold["instructions"]):
            g_words = score.words(item.get("text"))
            for p_index, guess in enumerate(predicted):
                p_words = score.words(guess.get("text"))
                if p_index in used or not g_words or not p_words:
                    continue
                if len(g_words & p_words) / min(len(g_words), len(p_words)) >= 0.6:
                    used.add(p_index)
                    hit.add(g_index)
                    break
        total = totals.setdefault(gold["lang"], [0, 0, 0])
        total[0] += len(hit)
        total[1] += len(predicted)
        total[2] += len(gold["instructions"])
        lines += [f"{gid}\tmissed\t{item['text']}" for i, item in enumerate(gold["instructions"]) if i not in hit]
        lines += [f"{gid}\textra\t{guess['text']}" for i, guess in enumerate(predicted) if i not in used]
    for lang, (tp, n_pred, n_gold) in sorted(totals.items()):
        precision, recall, f1 = score.prf(tp, n_pred, n_gold)
        print(f"{lang}: matched {tp}, predicted {n_pred}, gold {n_gold}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    if out is not None:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} missed or extra items written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--candidates", type=Path, default=Path("/work/cand"), help="the pool kept by refill_corpus.py save")
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("pool")
    take = verbs.add_parser("take")
    take.add_argument("id")
    take.add_argument("hash", nargs="?")
    take.add_argument("--answer", type=Path)
    take.add_argument("--url")
    take.add_argument("--split", default="sealed-r10")
    similar = verbs.add_parser("similar")
    similar.add_argument("hash", nargs="?")
    similar.add_argument("--file", type=Path)
    similar.add_argument("--split")
    check = verbs.add_parser("check")
    check.add_argument("ids", nargs="+")
    misses = verbs.add_parser("misses")
    misses.add_argument("--origin", choices=("any", "original", "retired"), default="any")
    misses.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "pool":
        return cmd_pool(args.candidates)
    if args.verb == "take":
        if (args.hash is None) == (args.answer is None) or (args.answer is not None and not args.url):
            parser.error("take needs ID HASH, or ID --answer FILE --url URL")
        return cmd_take(args.id, args.hash, args.answer, args.url, args.split, args.candidates)
    if args.verb == "similar":
        if sum(x is not None for x in (args.hash, args.file, args.split)) != 1:
            parser.error("similar needs one of HASH, --file F or --split S")
        return cmd_similar(args.hash, args.file, args.split, args.candidates)
    if args.verb == "check":
        return cmd_check(args.ids)
    return cmd_misses(args.origin, args.out)


if __name__ == "__main__":
    sys.exit(main())
