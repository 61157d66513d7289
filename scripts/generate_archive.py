"""Grow a synthetic event archive (kk/ru/en) on PostgreSQL for the benchmarks, in minutes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/webbench \\
      .venv/bin/python scripts/generate_archive.py --events 100000

Adds events until the archive holds ``--events`` (so 1k, then 10k, then 100k
runs reuse the rows already there). Every text is generated here from a small
vocabulary the team wrote; pages are marked ``is_demo`` (DEMO, not releases).
Groups of three share a translation key (kk, ru, en versions of one event).

Why not ``page.add_child`` 100,000 times: each call locks and rewrites the
parent, saves two tables, a revision and log entries and fires signals (about
40 queries and 30 ms a page: an hour for the archive). Instead the script
computes the treebeard paths itself: a rubric's children are
``parent.path + step`` with ``step`` the child's number in treebeard's base-36
alphabet (``Page._get_path``), so it writes wagtailcore_page,
press_eventpage and the region tags with PostgreSQL's COPY, sets the rubrics'
``numchild`` and rebuilds the events' listing rows and search documents in
one statement (akorda.press.reindex.rebuild_all). No revisions are written (the
page rows hold the live content, which is all the site reads), and Wagtail's
admin search index is not filled for these pages.
"""
from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akorda.settings.production")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")

# Team-written vocabulary (demo). Russian and Kazakh nouns come in several forms so
# that searches for word forms have something to find.
VOCAB = {
    "ru": {
        "subjects": ["Глава государства", "Президент", "Касым-Жомарт Токаев", "Президент Казахстана"],
        "verbs": ["провёл совещание по вопросам", "принял акима по вопросам", "обсудил вопросы",
                  "посетил объекты", "заслушал доклад о ходе", "поручил ускорить работу по вопросам"],
        "topics": ["строительства школ", "развития здравоохранения", "индустриальных зон", "водных ресурсов",
                   "сельского хозяйства", "цифровизации", "экологии", "туризма", "энергетики", "транспорта",
                   "жилищного строительства", "образования", "инвестиций", "малого бизнеса", "дорожного строительства",
                   "социальной поддержки", "культуры", "спорта", "науки", "промышленности"],
        "words": ["школа", "школы", "школ", "школах", "больница", "больницы", "больниц", "дорога", "дороги",
                  "дорог", "инвестиции", "инвестиций", "регион", "региона", "регионов", "область", "области",
                  "город", "города", "граждан", "население", "программа", "программы", "проект", "проекты",
                  "проектов", "предприятие", "предприятия", "рабочие", "места", "мест", "тенге", "миллиардов",
                  "строительство", "реконструкция", "модернизация", "экспорт", "урожай", "зерна", "вода",
                  "водоснабжение", "газификация", "отопление", "электроэнергия", "аким", "министр", "правительство",
                  "поручение", "поручил", "отметил", "подчеркнул", "сообщил", "доложил", "развитие", "рост",
                  "снижение", "качество", "услуг", "цифровых", "технологий", "молодёжь", "студентов", "учителей",
                  "врачей", "фермеров", "туристов", "парк", "завод", "заводы", "комбинат", "месторождение"],
    },
    "en": {
        "subjects": ["The Head of State", "The President", "Kassym-Jomart Tokayev", "The President of Kazakhstan"],
        "verbs": ["held a meeting on", "received the akim to discuss", "discussed", "visited sites of",
                  "heard a report on", "instructed to speed up work on"],
        "topics": ["school construction", "healthcare development", "industrial zones", "water resources",
                   "agriculture", "digitalisation", "ecology", "tourism", "energy", "transport", "housing",
                   "education", "investment", "small business", "road construction", "social support",
                   "culture", "sport", "science", "industry"],
        "words": ["school", "schools", "hospital", "hospitals", "road", "roads", "investment", "investments",
                  "region", "regions", "city", "cities", "citizens", "population", "programme", "programmes",
                  "project", "projects", "enterprise", "enterprises", "jobs", "created", "tenge", "billion",
                  "construction", "reconstruction", "modernisation", "export", "exports", "harvest", "grain",
                  "water", "supply", "gas", "heating", "electricity", "akim", "minister", "government",
                  "instruction", "instructed", "noted", "stressed", "reported", "development", "growth",
                  "reduction", "quality", "services", "digital", "technologies", "youth", "students",
                  "teachers", "doctors", "farmers", "tourists", "park", "plant", "plants", "factory", "deposit"],
    },
    "kk": {
        "subjects": ["Мемлекет басшысы", "Президент", "Қасым-Жомарт Тоқаев", "Қазақстан Президенті"],
        "verbs": ["мәселелері бойынша кеңес өткізді", "әкімін қабылдады", "мәселелерін талқылады",
                  "нысандарын аралады", "барысы туралы баяндама тыңдады", "жұмысын жеделдетуді тапсырды"],
        "topics": ["мектеп құрылысы", "денсаулық сақтау", "индустриялық аймақтар", "су ресурстары",
                   "ауыл шаруашылығы", "цифрландыру", "экология", "туризм", "энергетика", "көлік",
                   "тұрғын үй құрылысы", "білім беру", "инвестиция", "шағын бизнес", "жол құрылысы",
                   "әлеуметтік қолдау", "мәдениет", "спорт", "ғылым", "өнеркәсіп"],
        "words": ["мектеп", "мектептер", "мектептерде", "мектептің", "аурухана", "ауруханалар", "жол",
                  "жолдар", "жолдарды", "инвестиция", "инвестициялар", "өңір", "өңірдің", "өңірлерде",
                  "облыс", "облысы", "облыстың", "қала", "қаланың", "азаматтар", "халық", "халықтың",
                  "бағдарлама", "бағдарламасы", "жоба", "жобалар", "жобаларды", "кәсіпорын", "кәсіпорындар",
                  "жұмыс", "орындары", "теңге", "миллиард", "құрылыс", "қайта", "жаңғырту", "экспорт",
                  "өнім", "астық", "су", "сумен", "газдандыру", "жылу", "электр", "әкім", "министр",
                  "үкімет", "тапсырма", "тапсырды", "атап", "өтті", "баяндады", "даму", "өсім", "төмендеу",
                  "сапа", "қызмет", "цифрлық", "технологиялар", "жастар", "студенттер", "мұғалімдер",
                  "дәрігерлер", "фермерлер", "туристер", "саябақ", "зауыт", "зауыттар", "кен", "орны"],
    },
}
# A long tail of made-up words (place, company and project names, rarer terms):
# a real archive's vocabulary is tens of thousands of words, and a search for
# one of them must find few events, as it would there. Drawn by Zipf's law.
SYLLABLES = {
    "ru": ["ка", "ро", "ми", "ста", "лен", "вор", "тан", "бел", "гор", "нов", "сар", "ин", "ов", "ск", "ель", "ар"],
    "en": ["ka", "ro", "mi", "sta", "len", "vor", "tan", "bel", "gor", "nov", "sar", "in", "ow", "sk", "el", "ar"],
    "kk": ["қа", "ро", "мі", "ста", "лен", "өр", "тан", "бел", "ғор", "жаң", "сар", "ің", "ұл", "үй", "ел", "ар"],
}
LEXICON_SIZE = 20000
LANGS = ("kk", "ru", "en")


def lexicon(lang: str) -> tuple[list[str], list[float]]:
    """LEXICON_SIZE made-up words of 3-4 syllables and Zipf cumulative weights."""
    rng = random.Random(f"lexicon-{lang}")
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < LEXICON_SIZE:
        word = "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.randint(3, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    cumulative, total = [], 0.0
    for rank in range(1, LEXICON_SIZE + 1):
        total += 1.0 / rank
        cumulative.append(total)
    return words, cumulative


_LEXICONS: dict[str, tuple[list[str], list[float]]] = {}
RUBRIC_SHARE = [("akorda", 0.55), ("trips", 0.25), ("international", 0.12), ("phone", 0.08)]
REGION_TAGS = {
    "kk": ["Алматы облысы", "Ақмола облысы", "Қарағанды облысы", "Түркістан облысы", "Маңғыстау облысы"],
    "ru": ["Алматинская область", "Акмолинская область", "Карагандинская область", "Туркестанская область",
           "Мангистауская область"],
    "en": ["Almaty Region", "Akmola Region", "Karaganda Region", "Turkistan Region", "Mangystau Region"],
}


def sentence(rng: random.Random, lang: str) -> str:
    words = VOCAB[lang]["words"]
    if lang not in _LEXICONS:
        _LEXICONS[lang] = lexicon(lang)
    rare, weights = _LEXICONS[lang]
    n = rng.randint(8, 14)
    text = " ".join(
        rng.choice(words) if rng.random() < 0.4 else rng.choices(rare, cum_weights=weights)[0] for _ in range(n)
    )
    return text[0].upper() + text[1:] + "."


def event_text(rng: random.Random, lang: str, number: int) -> tuple[str, str]:
    v = VOCAB[lang]
    title = f"{rng.choice(v['subjects'])} {rng.choice(v['verbs'])} {rng.choice(v['topics'])} ({number})"
    paragraphs = [" ".join(sentence(rng, lang) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(2, 4))]
    return title, "".join(f"<p>{p}</p>" for p in paragraphs)


def _copy(cursor, table: str, columns: list[str], rows: list[tuple]) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True, help="total events the archive should hold")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from taggit.models import Tag
    from wagtail.models import Page

    from akorda.press import reindex
    from akorda.press.models import EventPage, RubricPage
    from akorda.press.structure import ensure_site_structure

    if connection.vendor != "postgresql":
        raise SystemExit("generate_archive writes with PostgreSQL's COPY: set DATABASE_URL to a PostgreSQL database")
    started = time.monotonic()
    trees = ensure_site_structure()
    have = EventPage.objects.count()
    missing = args.events - have
    if missing <= 0:
        print(f"the archive already holds {have} events")
        return
    rng = random.Random(args.seed + have)
    ctype = ContentType.objects.get_for_model(EventPage).pk
    first_day, days = datetime.date(2000, 1, 1), 26 * 365

    with transaction.atomic():
        cursor = connection.cursor().cursor  # psycopg's own cursor, for COPY
        rubrics: dict[tuple[str, str], RubricPage] = {}
        next_child: dict[int, int] = {}
        for lang, tree in trees.items():
            for code, rubric in tree.rubrics.items():
                rubric = RubricPage.objects.select_for_update().get(pk=rubric.pk)
                rubrics[(lang, code)] = rubric
                last = Page.objects.filter(path__startswith=rubric.path, depth=rubric.depth + 1).order_by("-path").first()
                next_child[rubric.pk] = (Page._str2int(last.path[-Page.steplen:]) + 1) if last else 1
        next_id = (Page.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
        cursor.execute("SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), %s)", [next_id + missing + 10])

        page_rows, event_rows, tag_rows = [], [], []
        tags = {lang: [Tag.objects.get_or_create(name=name, defaults={"slug": f"bench-{lang}-{i}"})[0].pk
                       for i, name in enumerate(names)] for lang, names in REGION_TAGS.items()}
        made = 0
        group = have // 3
        while made < missing:
            group += 1
            key = uuid.uuid4()
            code = rng.choices([c for c, _ in RUBRIC_SHARE], [w for _, w in RUBRIC_SHARE])[0]
            day = first_day + datetime.timedelta(days=rng.randrange(days))
            published = datetime.datetime.combine(day, datetime.time(rng.randrange(8, 20), rng.randrange(60)),
                                                  tzinfo=datetime.UTC)
            for lang in LANGS:
                if made >= missing:
                    break
                rubric = rubrics[(lang, code)]
                step = next_child[rubric.pk]
                next_child[rubric.pk] += 1
                path = Page._get_path(rubric.path, rubric.depth + 1, step)
                title, body = event_text(rng, lang, group)
                slug = f"bench-{group}-{lang}"
                page_rows.append((
                    next_id, path, rubric.depth + 1, 0, title, slug, True, False, f"{rubric.url_path}{slug}/",
                    "", False, "", False, ctype, False, published, published, title, key, rubric.locale_id,
                ))
                event_rows.append((next_id, day, body, "", "", True))
                tag_rows.append((tags[lang][rng.randrange(len(tags[lang]))], next_id))
                next_id += 1
                made += 1
        _copy(cursor, "wagtailcore_page", [
            "id", "path", "depth", "numchild", "title", "slug", "live", "has_unpublished_changes", "url_path",
            "seo_title", "show_in_menus", "search_description", "expired", "content_type_id", "locked",
            "first_published_at", "last_published_at", "draft_title", "translation_key", "locale_id",
        ], page_rows)
        _copy(cursor, "press_eventpage", ["page_ptr_id", "date", "body", "source_key", "source_url", "is_demo"], event_rows)
        _copy(cursor, "press_eventregiontag", ["tag_id", "content_object_id"], tag_rows)
        for rubric in rubrics.values():
            Page.objects.filter(pk=rubric.pk).update(numchild=next_child[rubric.pk] - 1)
        loaded = time.monotonic() - started
        count = reindex.rebuild_all()
    cursor = connection.cursor()
    cursor.execute("VACUUM ANALYZE")  # statistics and the visibility map (index-only counts), as autovacuum would
    print(f"added {made} events ({count} in all) in {time.monotonic() - started:.1f} s "
          f"(pages {loaded:.1f} s, listing rows and search documents {time.monotonic() - started - loaded:.1f} s)")


if __name__ == "__main__":
    main()
