"""The team's challenge sets of instruction forms, one table per language and shape: single sentences
probing every trigger, tense, word order, assignee and non-instruction the contract README names
(cases/instructions_<set>.json), short releases for lists across sentences and paragraphs
(cases/record_instructions_<set>.json), and whole releases where the official's own figures, plans and
quotes stand beside the President's tasks (cases/record_instructions_<lang>_releases.json).

They were written to widen the grammar along each language rather than along the dev set; round 7
measured that they did not move the engine's score on fresh real releases (docs/benchmarks.md), so
they guard the forms they name and are no evidence of accuracy on their own.

cases/record_instructions_en_matrix.json crosses each English form of the contract README (instructed,
tasked, charged, entrusted with, commissioned to, set tasks on, gave instructions on / aimed at, stressed
the need to, drew attention to the need to, his first person in a quote, a content-free umbrella) with the
frames a release wraps it in: with or without an addressee or in the passive, the Head of State named as
"the President", "the Head of State", "Kassym-Jomart Tokayev", "Tokayev" or "He", lists of one to three
tasks (commas, "and", "as well as", semicolons), "also", a trailing attribution and quoted speech; a rule
must hold in every frame, not only in the one a release happened to use."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.instructions import extract_instructions

CASES = Path(__file__).with_name("cases")
SETS = [("kk", "kk_forms"), ("ru", "ru_forms"), ("en", "en_forms"), ("en", "en_general")]


def _cases(pattern: str) -> list[tuple[str, dict]]:
    files = dict.fromkeys((lang, pattern.format(set=name, lang=lang)) for lang, name in SETS)
    return [(lang, case) for lang, name in files
            for case in json.loads((CASES / name).read_text(encoding="utf-8"))]


def _id(value: object) -> str:
    return value["form"] if isinstance(value, dict) else str(value)


@pytest.mark.parametrize(("lang", "case"), _cases("instructions_{set}.json"), ids=_id)
def test_sentence_forms(lang: str, case: dict) -> None:
    text = case["text"]
    got = [(i.text, i.assignee) for i in extract_instructions(text, 0, len(text), lang)]
    assert got == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize(("lang", "case"), _cases("record_instructions_{set}.json") + _cases("record_instructions_{lang}_releases.json"),
                         ids=_id)
def test_release_forms(lang: str, case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == lang
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]


@pytest.mark.parametrize("case", json.loads((CASES / "record_instructions_en_matrix.json").read_text(encoding="utf-8")), ids=_id)
def test_english_frames(case: dict) -> None:
    record = extract(case["text"])
    assert record.lang == "en"
    assert [(i.text, i.assignee) for i in record.instructions] == [tuple(x) for x in case["items"]]
