"""Publishing a release proposes its record; re-extraction respects the analyst."""
from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from akorda.records.models import ExtractionRun, Fact, Instruction, Meeting, MeetingSource, ReviewStatus
from akorda.records.pipeline import extract_page
from akorda.records.tests.conftest import EN_PARAGRAPHS, EN_TITLE, RU_PARAGRAPHS

pytestmark = pytest.mark.django_db


def test_publishing_proposes_the_record(engine, make_release):
    page = make_release("ru")
    meeting = Meeting.objects.get()
    assert meeting.date == datetime.date(2024, 6, 14)
    assert meeting.region.canonical == "Almaty Region"
    assert meeting.official.slug == "marat-sultangaziyev"
    assert meeting.official_name == "Марат Султангазиев"
    assert meeting.record_language == "ru"
    assert MeetingSource.objects.get().page_id == page.pk
    facts = list(meeting.facts.all())
    assert [f.quote for f in facts] == ["120,5 млрд тенге", "1200 рабочих мест", "500 тонн"]
    assert {f.status for f in facts} == {ReviewStatus.PROPOSED}
    text = page.source_text()
    for fact in facts:
        assert text[fact.span_start:fact.span_end] == fact.quote
        assert fact.source_page_id == page.pk
    assert facts[0].value == Decimal("120500000000")
    assert facts[0].indicator.code == "fixed_capital_investment"
    assert facts[2].programme.code == "taza_kazakhstan"
    assert facts[0].period == "January-May 2024" and facts[0].period_end == datetime.date(2024, 5, 31)
    instruction = Instruction.objects.get()
    assert instruction.region == meeting.region and instruction.given_on == meeting.date
    run = ExtractionRun.objects.get()
    assert (run.status, run.facts_proposed, run.instructions_proposed, run.trigger) == ("done", 3, 1, "published")
    assert run.revision_id == page.live_revision_id


def test_extracting_the_same_text_again_changes_nothing(engine, make_release):
    page = make_release("ru")
    before = list(Fact.objects.values_list("pk", "value", "status", "updated_at"))
    runs = ExtractionRun.objects.count()
    extract_page(page.pk, trigger="imported")
    assert list(Fact.objects.values_list("pk", "value", "status", "updated_at")) == before
    assert ExtractionRun.objects.count() == runs
    assert engine.calls == 1


def test_forced_reextraction_keeps_unchanged_proposals(engine, make_release):
    page = make_release("ru")
    before = sorted(Fact.objects.values_list("pk", flat=True))
    run = extract_page(page.pk, trigger="retry", force=True)
    assert run.status == "done"
    assert sorted(Fact.objects.values_list("pk", flat=True)) == before


def test_analyst_work_survives_reextraction(engine, make_release, analyst):
    page = make_release("ru")
    edited, confirmed, rejected = Fact.objects.order_by("span_start")
    edited.value, edited.edited_by_analyst, edited.measure = Decimal("120600000000"), True, "corrected"
    edited.save()
    confirmed.status = ReviewStatus.CONFIRMED
    confirmed.save()
    rejected.status = ReviewStatus.REJECTED
    rejected.save()
    extract_page(page.pk, force=True)
    edited.refresh_from_db()
    assert edited.value == Decimal("120600000000") and edited.measure == "corrected"
    assert Fact.objects.get(pk=confirmed.pk).status == ReviewStatus.CONFIRMED
    assert Fact.objects.get(pk=rejected.pk).status == ReviewStatus.REJECTED
    # Nothing is proposed again at the words the analyst already handled.
    assert Fact.objects.count() == 3


def test_changed_text_replaces_only_proposals(engine, make_release):
    page = make_release("ru")
    confirmed = Fact.objects.get(quote="500 тонн")
    confirmed.status = ReviewStatus.CONFIRMED
    confirmed.save()
    engine.facts = [f for f in engine.facts if f["quote"] != "1200 рабочих мест"]
    extract_page(page.pk, force=True)
    assert set(Fact.objects.values_list("quote", flat=True)) == {"120,5 млрд тенге", "500 тонн"}
    assert Fact.objects.get(pk=confirmed.pk).status == ReviewStatus.CONFIRMED


def test_failure_is_recorded_and_retry_resolves_it(engine, make_release):
    engine.fail_with = RuntimeError("engine exploded")
    page = make_release("ru")
    run = ExtractionRun.objects.get()
    assert run.status == "failed" and "engine exploded" in run.error and not run.resolved
    assert not Fact.objects.exists()
    engine.fail_with = None
    retry = extract_page(page.pk, trigger="retry", force=True)
    assert retry.status == "done"
    run.refresh_from_db()
    assert run.resolved
    assert Fact.objects.count() == 3


def test_a_bad_engine_record_fails_whole(engine, make_release):
    engine.facts = [{"value": "twelve", "unit": "count", "quote": "1200 рабочих мест"}] + engine.facts
    make_release("ru")
    run = ExtractionRun.objects.get()
    assert run.status == "failed" and "twelve" in run.error
    # Nothing half-written: no meeting, no facts.
    assert not Meeting.objects.exists() and not Fact.objects.exists()


def test_drafts_are_never_extracted(engine, make_release):
    draft = make_release("ru", publish=False)
    assert not ExtractionRun.objects.filter(status="done").exists()
    run = extract_page(draft.pk)
    assert run.status == "skipped" and not Fact.objects.exists()


def test_only_the_live_revision_is_read(engine, make_release):
    page = make_release("ru")
    page.body = "<p>Черновик: 999 тонн.</p>"
    page.save_revision()  # a draft after publication
    engine.facts.append({"value": 999, "unit": "t", "quote": "999 тонн"})
    extract_page(page.pk, force=True)
    assert not Fact.objects.filter(quote="999 тонн").exists()


def test_translations_share_one_meeting_figures_from_russian(engine, make_release):
    ru = make_release("ru")
    en = make_release("en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS, translation_of=ru)
    assert en.translation_key == ru.translation_key
    meeting = Meeting.objects.get()
    assert set(meeting.sources.values_list("language", flat=True)) == {"ru", "en"}
    assert set(Fact.objects.values_list("source_page_id", flat=True)) == {ru.pk}
    assert ExtractionRun.objects.get(page=en).note.startswith("Linked")


def test_russian_takes_over_from_an_earlier_english_version(engine, make_release, site_tree):
    en = make_release("en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS)
    assert Fact.objects.filter(source_page=en).count() == 3
    make_release("ru", translation_of=en, title="Глава государства принял акима", paragraphs=RU_PARAGRAPHS)
    meeting = Meeting.objects.get()
    assert meeting.record_language == "ru"
    assert not Fact.objects.filter(source_page=en).exists()
    assert Fact.objects.count() == 3


def test_reviewed_version_keeps_the_record(engine, make_release):
    en = make_release("en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS)
    Fact.objects.filter(source_page=en).update(status=ReviewStatus.CONFIRMED)
    ru = make_release("ru", translation_of=en, title="Глава государства принял акима", paragraphs=RU_PARAGRAPHS)
    assert Meeting.objects.get().record_language == "en"
    assert not Fact.objects.filter(source_page=ru).exists()


def test_unknown_official_keeps_the_raw_name(engine, make_release):
    engine.event = {**engine.event, "official_name": "Иван Неизвестный"}
    make_release("ru")
    meeting = Meeting.objects.get()
    assert meeting.official is None and meeting.official_name == "Иван Неизвестный"


def test_official_by_surname_in_region(engine, make_release):
    engine.event = {**engine.event, "official_name": "М. Султангазиев"}
    make_release("ru")
    assert Meeting.objects.get().official.slug == "marat-sultangaziyev"
