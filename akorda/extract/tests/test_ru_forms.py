"""The forms a Russian instruction takes (contract README), probed one by one in the team's own
sentences: every trigger and its tenses (passive, gerund, nominalised), the addressee before or
after the verb, the President's own words, lists under one trigger, and what is no instruction
(cases/instructions_ru_forms.json, one "form" per case; whole releases in
cases/record_instructions_ru_forms.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.instructions import extract_instructions

CASES = Path(__file__).with_name("cases")


@pytest.mark.parametrize("case", json.loads((CASES / "instructions_ru_forms.json").read_text(encoding="utf-8")),
                         ids=lambda c: c["form"])
def test_sentence_forms(case: dict) -> None:
    text = case["text"]
    got = [(i.text, i.assignee) for i in extract_instructions(text, 0, len(text), "ru")]
    assert got == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", json.loads((CASES / "record_instructions_ru_forms.json").read_text(encoding="utf-8")),
                         ids=lambda c: c["form"])
def test_release_forms(case: dict) -> None:
    """Lists under one trigger across sentences and paragraphs (colon lists, "В частности", "Во-первых"),
    the umbrella alone or beside specific tasks, speech set out as paragraphs, and recalled instructions."""
    record = extract(case["text"])
    assert record.lang == "ru"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", json.loads((CASES / "record_instructions_ru_releases.json").read_text(encoding="utf-8")),
                         ids=lambda c: c["form"])
def test_whole_releases(case: dict) -> None:
    """Whole releases of the genre: the official's figures and his own plans in modal words beside
    the President's tasks, speech over paragraphs, lists across paragraphs, tasks recalled from earlier
    meetings and the headline that restates a task: precision and recall of the release's list together."""
    record = extract(case["text"])
    assert record.lang == "ru"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]
