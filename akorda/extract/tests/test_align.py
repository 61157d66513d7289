"""The three-language check on cases written for the purpose (cases/align.json)."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akorda.extract.align import AlignmentError, Figure, align, align_records

CASES = json.loads((Path(__file__).with_name("cases") / "align.json").read_text(encoding="utf-8"))


def _versions(case: dict) -> dict[str, list[Figure]]:
    return {lang: [Figure(lang, Decimal(str(v)), unit, quote) for v, unit, quote in items]
            for lang, items in case["versions"].items()}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"][:60])
def test_alignment_cases(case: dict) -> None:
    result = align(_versions(case), case.get("instructions"), case.get("texts"))
    assert len(result.figures) == case["figures"]
    assert result.agreed == case["agreed"]
    got = [[d.kind, d.lang, d.quote, d.other_lang, d.other_quote] for d in result.disagreements]
    assert got == case["disagreements"]
    for value, unit, langs in case.get("stated_in", []):
        assert list(result.stated_in(value, unit)) == langs
    for value, unit, langs in case.get("unread_in", []):
        figure = next(f for f in result.figures if f.unit == unit and f.value == Decimal(str(value)))
        assert list(figure.unread_in) == langs
    json.dumps(result.to_dict(), ensure_ascii=False)


def test_disagreement_message_names_both_quotes() -> None:
    case = next(c for c in CASES if "scale word" in c["name"])
    first = align(_versions(case)).disagreements[0]
    assert "«5 млрд теңге»" in first.message and "«5 трлн тенге»" in first.message
    assert first.to_dict()["message"] == first.message


def test_agreement_share() -> None:
    case = next(c for c in CASES if "scale word" in c["name"])
    assert align(_versions(case)).agreement == 0.5
    assert align({"ru": [], "kk": []}).agreement is None


def test_bad_engine_output_names_the_version_and_quote() -> None:
    with pytest.raises(AlignmentError, match=r"kk figure '12 мектеп': a figure without a unit"):
        align_records({"kk": {"facts": [{"value": 12, "unit": "", "quote": "12 мектеп"}]}, "ru": {"facts": []}})
    with pytest.raises(AlignmentError, match=r"ru figure 'x': not a number"):
        align_records({"ru": {"facts": [{"value": "много", "unit": "count", "quote": "x"}]}})


UNITS = st.sampled_from(["KZT", "USD", "%", "count", "t", "ha", "times", "rank", "m3/day"])
VALUES = st.one_of(st.integers(min_value=0, max_value=10**13), st.floats(min_value=0, max_value=1e13, allow_nan=False),
                   st.decimals(min_value=0, max_value=10**9, allow_nan=False, places=3))
FIGURE = st.tuples(VALUES, UNITS, st.text(max_size=12))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["kk", "ru", "en"]), st.lists(FIGURE, max_size=8), min_size=1),
       st.dictionaries(st.sampled_from(["kk", "ru", "en"]), st.lists(st.text(max_size=10), max_size=5)),
       st.dictionaries(st.sampled_from(["kk", "ru", "en"]), st.text(max_size=60)))
def test_alignment_never_crashes_and_accounts_for_every_figure(versions, instructions, texts) -> None:
    figures = {lang: [Figure(lang, Decimal(str(v)), u, q) for v, u, q in items] for lang, items in versions.items()}
    result = align(figures, {k: v for k, v in instructions.items() if k in versions}, texts)
    json.dumps(result.to_dict())
    assert 0 <= result.agreed <= len(result.figures)
    for lang, items in figures.items():
        for figure in items:
            # every figure a version states is stated_in that version, or paired as a difference
            assert lang in result.stated_in(figure.value, figure.unit) or any(
                (d.kind == "differs" and (d.lang, d.quote) in ((lang, figure.quote),)) or
                (d.kind == "differs" and (d.other_lang, d.other_quote) == (lang, figure.quote))
                for d in result.disagreements)
    for d in result.disagreements:
        assert d.lang != d.other_lang
