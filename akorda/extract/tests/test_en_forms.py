"""The forms an English instruction takes (contract README), probed one by one in the team's own
sentences: varied addressees, the passive, coordination, gerunds, where the task ends, and what is
no instruction (cases/instructions_en_forms.json, one "form" per case; a list under one trigger
that goes on in the next sentence is in cases/record_instructions_en_forms.json; the figures the
contract lists are probed in test_figure_forms.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.instructions import extract_instructions

CASES = Path(__file__).with_name("cases")


def _load(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _load("instructions_en_forms.json"), ids=lambda c: c["form"])
def test_sentence_forms(case: dict) -> None:
    text = case["text"]
    got = [(i.text, i.assignee) for i in extract_instructions(text, 0, len(text), "en")]
    assert got == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", _load("record_instructions_en_forms.json"), ids=lambda c: c["form"])
def test_release_forms(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == "en"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]
