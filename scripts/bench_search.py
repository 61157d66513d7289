"""Search latency per language: p50/p95 over varied queries, and the EXPLAIN of one.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/webbench \\
      .venv/bin/python scripts/bench_search.py --queries 220

Each query runs what the search page runs: the ranked matches (ids) and the
ten hits of the first page with their headlines. Queries are built from the
generator's vocabulary (scripts/generate_archive.py): single words in several
forms and made-up rarer words, word beginnings, two- and three-word queries,
and words found nowhere.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.production")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")


def queries_for(lang: str, count: int, rng: random.Random) -> list[str]:
    from generate_archive import VOCAB, lexicon

    v = VOCAB[lang]
    rare = lexicon(lang)[0]
    common = v["words"] + [w for topic in v["topics"] for w in topic.split()]
    # Half the words common (thousands of matches at 100k), half from the long tail.
    words = common + rng.sample(rare[:5000], len(common))
    misses = {"ru": ["квазар", "дирижабль", "гобелен"], "en": ["quasar", "zeppelin", "tapestry"],
              "kk": ["ғарышкемесі", "дирижабль", "кілемше"]}[lang]
    out: list[str] = []
    while len(out) < count:
        kind = rng.random()
        if kind < 0.45:
            out.append(rng.choice(words))
        elif kind < 0.6:
            word = rng.choice(words)
            out.append(word[: max(4, len(word) - 2)])  # a word beginning
        elif kind < 0.85:
            out.append(" ".join(rng.sample(words, 2)))
        elif kind < 0.95:
            out.append(" ".join(rng.sample(words, 3)))
        else:
            out.append(rng.choice(misses))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=220)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    from akorda.press.models import EventPage
    from akorda.press.search import RANK_WINDOW, _tsquery, matches_queryset, search_events, terms

    rng = random.Random(args.seed)
    total = EventPage.objects.count()
    print(f"events: {total}; queries per language: {args.queries}")
    print("| language | queries | with hits | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for lang in ("kk", "ru", "en"):
        timings, found = [], 0
        queries = queries_for(lang, args.queries, rng)
        search_events(queries[0], lang)[0:10]  # warm the connection and the locale lookup
        for query in queries:
            start = time.perf_counter()
            hits = search_events(query, lang)
            shown = hits[0:10]
            timings.append((time.perf_counter() - start) * 1000)
            found += bool(shown)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"| {lang} | {len(queries)} | {found} | {statistics.median(timings):.1f} | {p95:.1f} | {timings[-1]:.1f} |")

    from wagtail.models import Locale

    query = "школы"
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    tsquery = _tsquery(query, terms(query), "ru")
    qs = (matches_queryset(Locale.objects.get(language_code="ru"), tsquery)
          .annotate(rank=SearchRank(F("document"), tsquery)).values_list("page_id", "rank")[:RANK_WINDOW])
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql, params)
        print(f"\nEXPLAIN ANALYZE of the ranked match query for «{query}» (ru):")
        for (line,) in cursor.fetchall():
            print("    " + line)


if __name__ == "__main__":
    main()
