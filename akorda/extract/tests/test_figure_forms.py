"""The figures the contract lists, probed in sentences the team wrote in the manner of a governor's
or a minister's report (cases/numbers_en_forms.json, cases/numbers_ru_kk_forms.json): every scale word and currency abbreviation, a
scale word alone in a money context, percent written three ways, ranges and lists sharing one
unit, multiples, ranks, converted units, qualifiers before and after the number, separators
inside numbers, currency glued to the number, and what is no figure (one "form" per case)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract import extract
from akorda.extract.body import sentences
from akorda.extract.quantities import scan

CASES = Path(__file__).with_name("cases")


def _load(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _load("numbers_en_forms.json") + _load("numbers_ru_kk_forms.json"),
                         ids=lambda c: f'{c["lang"]}: {c["form"]}')
def test_figure_forms(case: dict) -> None:
    text = case["text"]
    found = [q for a, b in sentences(text, 0, len(text)) for q in scan(text, a, b, case["lang"])]
    assert [(round(q.value, 3), q.unit, q.qualifier) for q in found] == \
        [(round(float(f[0]), 3), f[1], f[2]) for f in case["facts"]]
    for q, f in zip(found, case["facts"], strict=True):
        if len(f) > 3:
            assert q.object == f[3]


@pytest.mark.parametrize("case", _load("facts_ru_kk_releases.json") + _load("pages_figures_ru_kk.json"),
                         ids=lambda c: c["form"][:60])
def test_release_figures(case: dict) -> None:
    """Figures that lean on the sentence before them, and figures in the shapes of a whole page (one-line
    paragraphs, lists without full stops, a block of other stories' headlines, captions), read over a release:
    each with its value, unit and qualifier ("2 мыңнан астам" is more than 2000)."""
    record = extract(case["text"])
    assert record.lang == case["lang"]
    assert [(f.value, f.unit, f.qualifier) for f in record.facts] == [tuple(x) for x in case["facts"]]
