"""The issue's Done-when on the product owner's seed: facts F1 = 1.0, 3/3 instructions, 4/4 event.

The seed is read from ../shared at run time; the repository never copies it.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from akorda.extract import extract
from akorda.extract.cli import main


def test_seed_done_when(seed_path: Path, seed_gold: Path, scorer: Path, tmp_path: Path) -> None:
    gold_dir, pred_dir, text_dir = tmp_path / "gold", tmp_path / "pred", tmp_path / "texts"
    gold_dir.mkdir(), text_dir.mkdir()
    (gold_dir / f"{seed_path.stem}.json").write_text(seed_gold.read_text(encoding="utf-8"), encoding="utf-8")
    (text_dir / seed_path.name).write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([str(seed_path), "--out", str(pred_dir)]) == 0
    result = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold_dir), "--pred", str(pred_dir), "--texts", str(text_dir)],
        capture_output=True, text=True, check=True,
    )
    lines = result.stdout.strip().splitlines()
    assert f"{seed_path.stem}: facts 19/19 gold, 19 predicted; instructions 3/3; event 4/4" in lines[0]
    assert "facts P=1.000 R=1.000 F1=1.000" in lines[-1]
    assert "instructions F1=1.000" in lines[-1] and "event 1.000" in lines[-1]
    assert lines[-1].endswith("provenance errors 0")


def test_seed_facts_equal_gold(seed_path: Path, seed_gold: Path) -> None:
    gold = json.loads(seed_gold.read_text(encoding="utf-8"))
    text = seed_path.read_text(encoding="utf-8")
    record = extract(text)
    got = sorted((round(f.value, 3), f.unit, f.qualifier) for f in record.facts)
    want = sorted((round(float(f["value"]), 3), f["unit"], f["qualifier"]) for f in gold["facts"])
    assert got == want
    for fact in record.facts:
        assert text[fact.span[0]:fact.span[1]] == fact.quote
    assert [i.assignee for i in record.instructions] == [i["assignee"] for i in gold["instructions"]]
    assert record.event.official_name == gold["event"]["official_name"]


def test_seed_clean_text_gives_the_same_record(seed_path: Path) -> None:
    from akorda.extract.source import read_source

    raw = seed_path.read_text(encoding="utf-8")
    clean = read_source(raw).text
    a, b = extract(raw), extract(clean)
    assert [(f.value, f.unit, f.quote) for f in a.facts] == [(f.value, f.unit, f.quote) for f in b.facts]
    assert [i.text for i in a.instructions] == [i.text for i in b.instructions]
    assert a.event == b.event
    for fact in b.facts:
        assert clean[fact.span[0]:fact.span[1]] == fact.quote
