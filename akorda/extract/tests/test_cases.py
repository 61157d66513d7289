"""Table-driven tests on sentences written for the purpose (cases/*.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.body import sentences
from akorda.extract.instructions import extract_instructions
from akorda.extract.quantities import scan

CASES = Path(__file__).with_name("cases")


def _load(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def _facts(text: str, lang: str) -> list:
    out = []
    for a, b in sentences(text, 0, len(text)):
        out.extend(scan(text, a, b, lang))
    return out


@pytest.mark.parametrize("case", _load("numbers.json"), ids=lambda c: c["text"][:40])
def test_numbers(case: dict) -> None:
    found = _facts(case["text"], case["lang"])
    got = [(round(q.value, 3), q.unit, q.qualifier) for q in found]
    want = [(round(float(f[0]), 3), f[1], f[2]) for f in case["facts"]]
    assert got == want
    for q, f in zip(found, case["facts"], strict=True):
        if len(f) > 3:
            assert q.object == f[3]


@pytest.mark.parametrize("case", _load("instructions.json"), ids=lambda c: c["text"][:40])
def test_instructions(case: dict) -> None:
    text = case["text"]
    got = [(i.text, i.assignee) for i in extract_instructions(text, 0, len(text), case["lang"])]
    assert got == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", _load("events.json"), ids=lambda c: c["text"][:40])
def test_events(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == case["lang"]
    assert record.event.kind == case["kind"]
    assert record.event.date == case["date"]
    assert record.event.region == case["region"]
    if "official_name" in case:
        assert record.event.official_name == case["official_name"]
    if "report_period" in case:
        assert record.event.report_period == case["report_period"]


@pytest.mark.parametrize("case", _load("record_instructions.json"), ids=lambda c: c["text"][:40])
def test_instruction_lists(case: dict) -> None:
    record = extract(case["text"])
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]
    assert [(f.value, f.unit) for f in record.facts] == [tuple(x) for x in case["facts"]]


@pytest.mark.parametrize("case", _load("pages.json"), ids=lambda c: c["about"][:50])
def test_saved_pages(case: dict) -> None:
    """Saved news pages: furniture never becomes the title, the date, the region, the person or a figure."""
    record = extract(case["text"])
    assert record.lang == case["lang"]
    assert record.title == case["title"]
    assert (record.event.kind, record.event.date, record.event.region) == (case["kind"], case["date"], case["region"])
    assert record.event.official_name == case["official_name"]
    assert [(f.value, f.unit) for f in record.facts] == [tuple(x) for x in case["facts"]]


@pytest.mark.parametrize("case", _load("latin.json"), ids=lambda c: c["about"][:50])
def test_latin_kazakh(case: dict) -> None:
    """Kazakh in the Latin alphabet, read through Cyrillic with the offsets kept."""
    text = case["text"]
    record = extract(text)
    assert record.lang == "kk" and record.title == case["title"]
    assert (record.event.kind, record.event.date, record.event.region) == (case["kind"], case["date"], case["region"])
    assert record.event.official_name == case["official_name"]
    assert [(f.quote, f.value, f.unit) for f in record.facts] == [tuple(x) for x in case["facts"]]
    assert all(text[f.span[0]:f.span[1]] == f.quote for f in record.facts)
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["instructions"]]
