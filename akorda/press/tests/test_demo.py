"""Demo content and accounts (issue 2, item 7)."""
from __future__ import annotations

from collections import defaultdict
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command

from akorda.extract.source import read_source
from akorda.press.demo import ACCOUNTS, RELEASES, RESERVED_USERNAMES
from akorda.press.importing import name_parts
from akorda.press.models import EventPage

FILES = sorted(RELEASES.glob("*.txt"))


def test_demo_files_are_releases_in_seed_shape():
    groups: dict[str, dict[str, object]] = defaultdict(dict)
    for path in FILES:
        group, lang = name_parts(path)
        assert group and lang, path.name
        src = read_source(path.read_text(encoding="utf-8"))
        assert src.lang == lang, path.name
        assert src.title and src.date and len(src.paragraphs) >= 3, path.name
        groups[group][lang] = src
    assert len(groups) >= 12
    translated = [g for g, langs in groups.items() if set(langs) == {"kk", "ru", "en"}]
    assert len(translated) >= 5
    for group in translated:
        assert len({src.date for src in groups[group].values()}) == 1, group


def test_demo_text_is_our_own(seed_path):
    """No paragraph or title of the seed is in the demo (the repo never copies it)."""
    seed_lines = {" ".join(line.split()) for line in seed_path.read_text(encoding="utf-8").splitlines() if len(line) > 40}
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert " ".join(line.split()) not in seed_lines, path.name


def test_load_demo_refuses_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", stdout=StringIO())
    assert not EventPage.objects.exists()
    assert not get_user_model().objects.filter(username__startswith="demo-").exists()


@pytest.mark.django_db
def test_load_demo(settings, client):
    settings.DEBUG = True
    out = StringIO()
    call_command("load_demo", stdout=out, stderr=StringIO())
    text = out.getvalue()
    assert f"created {len(FILES)}, updated 0, failed 0" in text
    for account in ACCOUNTS:
        assert account.username in text and account.password in text
        user = authenticate(username=account.username, password=account.password)
        assert user is not None and user.groups.filter(name=account.group).exists()
    assert not get_user_model().objects.filter(username__in=RESERVED_USERNAMES).exists()

    pages = list(EventPage.objects.all())
    assert len(pages) == len(FILES) == 25
    assert all(p.is_demo and p.live for p in pages)
    assert {p.get_parent().specific.code for p in pages} == {"akorda", "trips", "international", "phone"}
    assert {p.locale.language_code for p in pages} == {"kk", "ru", "en"}
    by_key = defaultdict(set)
    for p in pages:
        by_key[p.translation_key].add(p.locale.language_code)
    assert sum(1 for langs in by_key.values() if langs == {"kk", "ru", "en"}) >= 5
    regions = {name for p in pages for name in p.regions.names()}
    assert {"Карагандинская область", "Павлодарская область", "Шымкент", "Абай облысы", "Karaganda Region"} <= regions
    persons = {name for p in pages for name in p.persons.names()}
    assert {"Ержан Тлеубердин", "Данияр Жақсылықов", "Daniyar Zhaksylykov"} <= persons
    assert not any("Президент" in name for name in persons)

    ru = EventPage.objects.get(locale__language_code="ru", title__contains="Карагандинской")
    assert {t.locale.language_code for t in ru.get_translations()} == {"kk", "en"}
    assert client.get(ru.get_url()).status_code == 200

    # Again: nothing duplicated, passwords still the printed ones.
    out = StringIO()
    call_command("load_demo", stdout=out, stderr=StringIO())
    assert f"created 0, updated {len(FILES)}, failed 0" in out.getvalue()
    assert EventPage.objects.count() == len(FILES)
    assert get_user_model().objects.filter(username__startswith="demo-").count() == len(ACCOUNTS)
