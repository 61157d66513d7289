"""read_source on hand-written pages (cases/source*.json) and on the seed."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akorda.extract.source import Source, SourceError, read_source

CASES = Path(__file__).with_name("cases")
PAGES = json.loads((CASES / "source.json").read_text(encoding="utf-8"))
ERRORS = json.loads((CASES / "source_errors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", PAGES, ids=[c["name"] for c in PAGES])
def test_read_source(case: dict) -> None:
    src = read_source(case["text"], html=case.get("html"))
    assert src.title == case["title"]
    assert src.date == dt.date.fromisoformat(case["date"])
    if "dateline" in case:
        assert src.dateline == case["dateline"]
    assert src.lang == case["lang"]
    assert src.rubric == case["rubric"]
    assert len(src.paragraphs) == case["paragraphs"]
    assert src.text == "\n\n".join((src.title, src.dateline, *src.paragraphs))
    if src.paragraph_spans is not None:
        for (start, end), para in zip(src.paragraph_spans, src.paragraphs, strict=True):
            assert case["text"][start:end] == para


@pytest.mark.parametrize("case", ERRORS, ids=[c["reason"] + str(i) for i, c in enumerate(ERRORS)])
def test_read_source_errors(case: dict) -> None:
    with pytest.raises(SourceError) as err:
        read_source(case["text"])
    assert err.value.reason.startswith(case["reason"])


def test_seed_source(seed_path: Path) -> None:
    src = read_source(seed_path.read_text(encoding="utf-8"))
    assert src.date == dt.date(2024, 6, 14)
    assert src.rubric == "akorda" and src.lang == "ru"
    assert src.title and src.title.startswith("Глава государства принял")
    assert not any("Вернуться" in p or p == "Tokaev" for p in src.paragraphs)
    assert read_source(src.text).paragraphs == src.paragraphs


def test_source_is_frozen() -> None:
    src = read_source(PAGES[3]["text"])
    assert isinstance(src, Source)
    with pytest.raises(AttributeError):
        src.title = "x"  # type: ignore[misc]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("аб Қ1 2.\n<>жылғы") + ["14 июня 2024 года", "\n\n", "Tokaev", "Печать"]), max_size=80).map("".join))
def test_read_source_never_crashes(text: str) -> None:
    try:
        src = read_source(text, html=False)
    except SourceError:
        return
    assert src.title and src.date and src.paragraphs
