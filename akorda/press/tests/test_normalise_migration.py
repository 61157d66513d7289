"""The data migration that cleans stored titles and keys (issue 10, item 2): demo titles,
made up by the team; the old keys are computed as the importer computed them before it
removed invisible marks."""
from __future__ import annotations

import datetime
import hashlib
import importlib
import io
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from akorda.press.importing import make_source_key
from akorda.press.index import EventListing
from akorda.press.models import EventPage
from akorda.press.tests.conftest import add_event

pytestmark = pytest.mark.django_db

migration = importlib.import_module("akorda.press.migrations.0003_normalise_stored_titles")
DAY = datetime.date(2024, 6, 14)
MARKED = "\u200fДемо: Глава госу\u00adдарства\u200b принял  акима"
CLEAN = "Демо: Глава государства принял акима"
# What the migration runs with; it needs only the connection.
EDITOR = SimpleNamespace(connection=connection)


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
    assert migration.normalise_stored(apps, EDITOR, out=io.StringIO()) == []
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
    assert migration.normalise_stored(apps, EDITOR, out=out) == [(first.pk, second.pk)]
    assert f"pages {first.pk} and {second.pk}" in out.getvalue() and "nothing merged" in out.getvalue()
    assert EventPage.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
    second.refresh_from_db()
    assert second.source_key == old_key(marked) and second.title == clean  # the title is cleaned all the same


def test_the_latest_revision_follows_the_cleaned_title_and_key(site_tree):
    rubric = site_tree["ru"].rubrics["akorda"]
    page = add_event(rubric, MARKED, DAY, ["Демо-текст."], source_key=old_key(MARKED), slug="demo-revision")
    assert page.latest_revision.content["title"] == MARKED
    # The models as the migration sees them when it runs, not today's.
    state = MigrationLoader(connection).project_state(("press", "0003_normalise_stored_titles"))
    migration.normalise_stored(state.apps, EDITOR, out=io.StringIO())
    page.refresh_from_db()
    revision = page.latest_revision
    revision.refresh_from_db()
    assert revision.content["title"] == revision.content["draft_title"] == CLEAN
    assert revision.content["source_key"] == page.source_key == make_source_key("ru", Src(MARKED))
    assert revision.object_str == CLEAN
    # Publishing that revision again keeps the clean title and key.
    revision.publish()
    page.refresh_from_db()
    assert page.title == CLEAN and page.source_key == make_source_key("ru", Src(MARKED))


def test_a_pending_draft_title_is_cleaned_and_the_live_title_left_alone(site_tree):
    rubric = site_tree["ru"].rubrics["akorda"]
    page = add_event(rubric, "Демо: встреча", DAY, ["Демо-текст."], slug="demo-draft",
                     source_key=make_source_key("ru", Src("Демо: встреча")))
    key = page.source_key
    page.title = MARKED
    page.save_revision()  # an editor's draft, not published
    page.refresh_from_db()
    assert page.draft_title == MARKED and page.title == "Демо: встреча"
    migration.normalise_stored(apps, EDITOR, out=io.StringIO())
    page.refresh_from_db()
    assert page.draft_title == CLEAN
    assert page.title == "Демо: встреча" and page.source_key == key
    assert page.latest_revision.content["title"] == CLEAN
    assert page.latest_revision.content["source_key"] == key


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the search document is PostgreSQL's")
def test_the_search_document_is_rebuilt_from_the_cleaned_title(site_tree):
    rubric = site_tree["ru"].rubrics["akorda"]
    page = add_event(rubric, MARKED, DAY, ["Демо-текст."], source_key=old_key(MARKED), slug="demo-search")

    def found() -> bool:
        return EventListing.objects.filter(pk=page.pk, document=SearchQuery("государства", config="russian")).exists()

    assert not found()  # the soft hyphen cut the word in two
    migration.normalise_stored(apps, EDITOR, out=io.StringIO())
    assert found()
