"""The forms a Kazakh instruction takes (contract README), probed one by one in the team's own
sentences: every trigger verb and its tenses (plain past, evidential, passive), the reported and
quoted modal, the first person and the imperative, topic lists, word orders, assignees, and what
is no instruction (cases/instructions_kk_forms.json, one "form" per case; whole releases, a
headline that restates a quote and Latin-alphabet text, in cases/record_instructions_kk_forms.json;
whole releases with the official's own figures, plans and quotes beside the President's tasks, in
cases/record_instructions_kk_releases.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.instructions import extract_instructions

CASES = Path(__file__).with_name("cases")


def _load(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _load("instructions_kk_forms.json"), ids=lambda c: c["form"])
def test_sentence_forms(case: dict) -> None:
    text = case["text"]
    got = [(i.text, i.assignee) for i in extract_instructions(text, 0, len(text), "kk")]
    assert got == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", _load("record_instructions_kk_forms.json"), ids=lambda c: c["form"])
def test_release_forms(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == "kk"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", _load("record_instructions_kk_releases.json"), ids=lambda c: c["form"])
def test_whole_releases(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == "kk"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]
