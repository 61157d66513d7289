"""A release that would flood the record is flagged for an analyst instead (issue 10, item 3)."""
from __future__ import annotations

import pytest

from akorda.records import pipeline, proposals
from akorda.records.models import ExtractionRun, Fact, Instruction

pytestmark = pytest.mark.django_db


def test_too_many_figures_are_flagged_not_stored(engine, make_release):
    flood = proposals.MAX_FACTS_PER_RELEASE + 1
    engine.facts = [{"value": 500, "unit": "t", "quote": "500 тонн"}] * flood
    page = make_release("ru")
    run = ExtractionRun.objects.get(page=page)
    assert run.status == ExtractionRun.Status.FAILED and not run.resolved
    assert f"the engine proposed {flood:,} figures and 1 instructions" in run.error
    assert not Fact.objects.exists() and not Instruction.objects.exists()
    # Within the limits, the same release is proposed as usual.
    engine.facts = engine.facts[:proposals.MAX_FACTS_PER_RELEASE]
    run = pipeline.extract_page(page.pk, trigger="retry", force=True)
    assert run.status == ExtractionRun.Status.DONE
    assert Fact.objects.count() == proposals.MAX_FACTS_PER_RELEASE


def test_too_many_instructions_are_flagged(engine, make_release):
    engine.instructions = engine.instructions * (proposals.MAX_INSTRUCTIONS_PER_RELEASE + 1)
    run = ExtractionRun.objects.get(page=make_release("ru"))
    assert run.status == ExtractionRun.Status.FAILED and "instructions for this release" in run.error
    assert not Instruction.objects.exists()


def test_a_text_longer_than_any_release_never_reaches_the_engine(engine, make_release):
    from akorda.press.importing import MAX_BODY_CHARS

    long = ["Аким доложил о строительстве школ и больниц. " * 200] * (MAX_BODY_CHARS // 9000 + 2)
    run = ExtractionRun.objects.get(page=make_release("ru", paragraphs=long))
    assert run.status == ExtractionRun.Status.FAILED and "it was not extracted" in run.error
    assert engine.calls == 0
