"""The data migration that cleans stored titles and keys (issue 10, item 2): demo titles,
made up by the team; the old keys are computed as the importer computed them before it
removed invisible marks."""
from __future__ import annotations

import datetime
import hashlib
import importlib
import io

import pytest
from django.apps import apps

from akorda.press.importing import make_source_key
from akorda.press.models import EventPage
from akorda.press.tests.conftest import add_event

pytestmark = pytest.mark.django_db

migration = importlib.import_module("akorda.press.migrations.0003_normalise_stored_titles")
DAY = datetime.date(2024, 6, 14)


def old_key(title: str) -> str:
    """The key as it was stored: the marks were part of the compared title."""
    return hashlib.sha256(f"ru|{DAY.isoformat()}|{' '.join(title.casefold().split())}".encode()).hexdigest()


class Src:
    def __init__(self, title: str) -> None:
        self.title, self.date = title, DAY


def test_marked_titles_are_cleaned_and_rekeyed_as_the_importer_keys_them(site_tree):
    rubric = site_tree["ru"].rubrics["akorda"]
    marked = "\u200fДемо: Глава госу\u00adдарства\u200b принял  акима"
    page = add_event(rubric, marked, DAY, ["Демо-текст."], source_key=old_key(marked), slug="demo-marked")
    plain = add_event(rubric, "Демо: другая встреча", DAY, ["Демо-текст."], slug="demo-plain",
                      source_key=make_source_key("ru", Src("Демо: другая встреча")))
    before = plain.source_key
    assert migration.normalise_stored(apps, None, out=io.StringIO()) == []
    page.refresh_from_db()
    plain.refresh_from_db()
    assert page.title == page.draft_title == "Демо: Глава государства принял акима"
    assert page.source_key == make_source_key("ru", Src(marked))  # what a clean re-import looks up
    assert plain.source_key == before and plain.title == "Демо: другая встреча"


def test_two_pages_of_one_release_are_reported_not_merged(site_tree):
    rubric = site_tree["ru"].rubrics["akorda"]
    clean = "Демо: Глава государства принял акима"
    marked = "Демо: Глава госу\u00adдарства принял акима"
    first = add_event(rubric, clean, DAY, ["Демо-текст."], slug="demo-clean",
                      source_key=make_source_key("ru", Src(clean)))
    second = add_event(rubric, marked, DAY, ["Демо-текст."], slug="demo-dup", source_key=old_key(marked))
    out = io.StringIO()
    assert migration.normalise_stored(apps, None, out=out) == [(first.pk, second.pk)]
    assert f"pages {first.pk} and {second.pk}" in out.getvalue() and "nothing merged" in out.getvalue()
    assert EventPage.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
    second.refresh_from_db()
    assert second.source_key == old_key(marked) and second.title == clean  # the title is cleaned all the same
