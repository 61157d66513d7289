"""A second challenge set of English instruction forms, written to widen the grammar along the
language rather than along the dev set: further trigger synonyms and tenses, "together with"
addressees, negatives, the first person of quoted speech, "we must", the Head of State's
instructions as a subject, lists that go on in the next sentence, and what stays out
(cases/instructions_en_general.json, cases/record_instructions_en_general.json); and whole
releases in the team's words, where an official's plans, a headline, quoted speech over paragraphs
and list shapes meet in one text (cases/record_instructions_en_releases.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.instructions import extract_instructions

CASES = Path(__file__).with_name("cases")


def _load(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _load("instructions_en_general.json"), ids=lambda c: c["form"])
def test_sentence_forms(case: dict) -> None:
    text = case["text"]
    got = [(i.text, i.assignee) for i in extract_instructions(text, 0, len(text), "en")]
    assert got == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", _load("record_instructions_en_general.json"), ids=lambda c: c["form"])
def test_release_forms(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == "en"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", _load("record_instructions_en_releases.json"), ids=lambda c: c["form"])
def test_whole_releases(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == "en"
    assert [[i.text, i.assignee] for i in record.instructions] == case["items"]
