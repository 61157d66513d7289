"""URLs for scripts/bench_web.sh, read from the benchmark database.

Without arguments: shell assignments ``EVENT`` (the newest Russian event's
path), ``DEEP_PAGE`` (the middle page of the Russian events list) and
``DEEP_AFTER`` (the same page by the keyset link the site renders). With
``--readers N``: N paths for the readers' mix, one a line: 80 % random event
pages of every language, 12 % list pages (first pages and random deeper
ones), 8 % searches. With ``--from-lists BASE``: readers arriving from lists,
read from the running server at BASE: the home pages, the Events lists' first
three pages, and every event each links to, as the list renders the link, one
line ``path referer`` (the list; ``-`` for a list itself): a quarter lists,
three quarters event pages opened from them.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import urllib.request
from html import unescape
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.production")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--readers", type=int, default=0)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--from-lists", default="", help="base URL of a running server")
    args = parser.parse_args()
    if args.from_lists:
        _from_lists(args.from_lists, random.Random(args.seed))
        return

    import django

    django.setup()
    from wagtail.models import Locale

    from akorda.press.listing import PAGE_SIZE, listed_events
    from akorda.press.models import EventPage

    ru = Locale.objects.get(language_code="ru")
    rows = listed_events(ru)
    pages = max(1, (rows.count() + PAGE_SIZE - 1) // PAGE_SIZE)
    if not args.readers:
        newest = EventPage.objects.get(pk=rows.first().page_id)
        print(f"EVENT='{newest.url}'")
        print(f"DEEP_PAGE={pages // 2}")
        # The same events by the keyset link the site renders (akorda.press.pager): after the
        # last event of the page before.
        print(f"DEEP_AFTER={rows.values_list('page_id', flat=True)[(pages // 2 - 1) * PAGE_SIZE - 1]}")
        return
    rng = random.Random(args.seed)
    ids = list(EventPage.objects.filter(live=True).values_list("pk", flat=True))
    chosen = rng.sample(ids, min(len(ids), int(args.readers * 0.8)))
    out = [p.url for p in EventPage.objects.filter(pk__in=chosen).only("id", "url_path", "locale").select_related("locale")]
    words = {"ru": ["школы", "больниц", "инвестиции", "дороги", "проект"], "en": ["schools", "hospital", "investment", "road"],
             "kk": ["мектеп", "аурухана", "жолдар", "инвестиция"]}
    while len(out) < args.readers:
        lang = rng.choice(["kk", "ru", "en"])
        if rng.random() < 0.6:
            # Deeper pages as the site links them now: after a random listed event (keyset).
            after = "" if rng.random() < 0.5 else f"?after={rng.choice(ids)}"
            out.append(f"/{lang}/events/{after}")
        else:
            out.append(f"/{lang}/search/?q={quote(rng.choice(words[lang]))}")
    rng.shuffle(out)
    print("\n".join(out))


def _from_lists(base: str, rng: random.Random) -> None:
    lists, events = [], []
    for lang in ("kk", "ru", "en"):
        # Home, then the Events list's first three pages by its Next links (keyset: ?after=<id>).
        pending = [f"/{lang}/", f"/{lang}/events/"]
        while pending:
            path = pending.pop(0)
            lists.append(path)
            with urllib.request.urlopen(base + path) as response:
                html = response.read().decode()
            links = re.findall(r'<li class="event-item">.*?<h2><a href="([^"]+)"', html, re.S)
            events += [(unescape(link), base + path) for link in links]
            following = re.search(r'<a rel="next" href="\?([^"]+)"', html)
            if path.startswith(f"/{lang}/events/") and following and sum(p.startswith(f"/{lang}/events/") for p in lists) < 3:
                pending.append(f"/{lang}/events/?{unescape(following.group(1))}")
    out = [f"{path} -" for path in lists] * max(1, len(events) // (3 * len(lists)))
    out += [f"{path} {referer}" for path, referer in events]
    rng.shuffle(out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
