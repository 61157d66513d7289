"""End to end with the REAL engine and importer: the product owner's seed release.

Runs akorda.extract (no test double) through the import of the seed, which
the tests read from beside the repository (``seed_path``), never copied.
"""
from __future__ import annotations

import datetime
import json

import pytest
from django.contrib.auth.models import AnonymousUser

from akorda.records.models import ExtractionRun, Fact, Instruction, Meeting, MeetingSource, ReviewStatus
from akorda.records.pipeline import extract_page
from akorda.records.visibility import visible_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def import_seed(site_tree, seed_path, django_capture_on_commit_callbacks):
    importing = pytest.importorskip("akorda.press.importing")

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            return importing.import_file(seed_path)

    return run


def _gold_quotes(seed_path) -> list[str] | None:
    gold = seed_path.parent.parent / "extraction" / "gold" / f"{seed_path.stem}.json"
    if not gold.exists():
        return None
    # The page body normalises whitespace (no-break spaces included), the gold keeps the seed's.
    return sorted(" ".join(f["quote"].split()) for f in json.loads(gold.read_text(encoding="utf-8"))["facts"])


def _state():
    return (
        list(Meeting.objects.values_list("pk", "date", "region_id", "official_id", "official_name", "updated_at")),
        list(Fact.objects.values_list("pk", "value", "unit", "quote", "status", "updated_at")),
        list(Instruction.objects.values_list("pk", "text", "status", "updated_at")),
        list(MeetingSource.objects.values_list("pk", "page_id")),
        # A re-import publishes a new revision: it is recorded as a skipped run (same text).
        ExtractionRun.objects.exclude(status=ExtractionRun.Status.SKIPPED).count(),
    )


def test_seed_becomes_a_proposed_record(import_seed, seed_path):
    result = import_seed()
    page = result.page
    runs = list(ExtractionRun.objects.filter(page=page))
    assert runs and all(r.status == "done" for r in runs), [r.error for r in runs]
    meeting = Meeting.objects.get()
    assert meeting.date == datetime.date(2024, 6, 14)
    assert meeting.region.canonical == "Almaty Region"
    assert meeting.official.name_ru == "Марат Султангазиев"
    assert meeting.sources.get().page_id == page.pk
    facts = list(meeting.facts.all())
    assert len(facts) == 19
    assert {f.status for f in facts} == {ReviewStatus.PROPOSED}
    text = page.source_text()
    assert all(text[f.span_start:f.span_end] == f.quote for f in facts)
    gold = _gold_quotes(seed_path)
    if gold is not None:
        assert sorted(f.quote for f in facts) == gold
    assert meeting.instructions.count() == 3
    assert set(meeting.instructions.values_list("status", flat=True)) == {ReviewStatus.PROPOSED}
    # Proposed only: nothing public yet.
    assert not visible_facts(AnonymousUser()).exists()


def test_importing_the_seed_again_changes_nothing(import_seed):
    import_seed()
    before = _state()
    page = import_seed().page
    assert _state() == before
    latest = ExtractionRun.objects.filter(page=page).first()
    assert latest.status == "skipped" and latest.revision_id == page.live_revision_id
    assert latest.note.startswith("Same text as run")


def test_analyst_correction_survives_reextraction_of_the_seed(import_seed):
    page = import_seed().page
    fact = Fact.objects.order_by("span_start").first()
    fact.value, fact.measure, fact.edited_by_analyst = fact.value + 1, "corrected by analyst", True
    fact.status = ReviewStatus.CONFIRMED
    fact.save()
    extract_page(page.pk, force=True)
    fact.refresh_from_db()
    assert fact.measure == "corrected by analyst" and fact.status == ReviewStatus.CONFIRMED
    assert Fact.objects.count() == 19


def test_public_event_page_shows_confirmed_seed_figures(import_seed, client):
    page = import_seed().page
    Fact.objects.filter(unit="KZT", value=446700000000).update(status=ReviewStatus.CONFIRMED)
    html = client.get(page.url).content.decode()
    panel = html.split('class="release-record"')[1]
    assert "446,7\xa0млрд ₸" in panel
    assert "3,7\xa0трлн" not in panel  # still proposed
