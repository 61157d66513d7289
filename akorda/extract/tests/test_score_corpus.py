"""scripts/score_corpus.py on a corpus built from the team's dev set: missing texts are
counted in one line and the rest is scored per language; with no texts it exits 0."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import DEVSET, REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "score_corpus.py"


def _corpus(tmp_path: Path, stems: dict[str, str], with_text: set[str]) -> Path:
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    for stem, split in stems.items():
        gold = json.loads((DEVSET / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        gold["split"] = split
        (tmp_path / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        if stem in with_text:
            text = (DEVSET / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
            (tmp_path / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _run(corpus: Path, split: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(corpus), "--split", split],
                          capture_output=True, text=True, cwd=REPO_ROOT)


def test_missing_texts_are_counted_and_the_rest_scored(scorer: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "dev", "kk01": "dev", "en01": "dev", "ru02": "sealed-r10"}, {"ru01", "kk01"})
    result = _run(corpus, "dev")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("score_corpus: 1 of 3 dev texts are missing")
    assert lines[1].startswith(" kk (1 releases): facts P=1.000 R=1.000 F1=1.000")
    assert lines[2].startswith(" ru (1 releases): facts P=1.000 R=1.000 F1=1.000")
    assert lines[3] == " en (0 releases): none in this split"
    assert lines[4].startswith("all (2 releases): ") and lines[4].endswith("provenance errors 0")


def test_no_texts_says_so_and_exits_0(scorer: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "sealed-r10"}, set())
    result = _run(corpus, "sealed-r10")
    assert result.returncode == 0
    assert result.stdout.strip().startswith("score_corpus: no texts for the 1 sealed-r10 gold files")


def test_sealed_split_is_its_own_split(scorer: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "sealed-r10", "kk01": "dev", "en01": "dev"}, {"ru01", "kk01", "en01"})
    result = _run(corpus, "sealed-r10")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == " kk (0 releases): none in this split"
    assert lines[1].startswith(" ru (1 releases): ")
    assert lines[3].startswith("all (1 releases): ")


def test_missing_sealed_texts_take_one_line(scorer: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "sealed-r10", "ru02": "sealed-r10"}, {"ru01"})
    lines = _run(corpus, "sealed-r10").stdout.splitlines()
    assert lines[0].startswith("score_corpus: 1 of 2 sealed-r10 texts are missing")
    assert not any("missing" in line for line in lines[1:])


def test_detail_is_refused_on_sealed_splits(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "sealed-r10"}, {"ru01"})
    for split in ("sealed-r10", "all"):
        result = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(corpus), "--split", split, "--detail"],
                                capture_output=True, text=True, cwd=REPO_ROOT)
        assert result.returncode == 2
        assert "--detail" in result.stderr and split in result.stderr
        # the script's own refusal, not argparse's rejection of a split it does not know
        assert "dev split only" in result.stderr
        assert result.stdout == ""


def test_origin_separates_retired_releases(scorer: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "dev", "ru02": "dev"}, {"ru01"})
    gold = corpus / "gold" / "ru02.json"
    gold.write_text(json.dumps({**json.loads(gold.read_text(encoding="utf-8")), "retired_from": "sealed-r3"}),
                    encoding="utf-8")

    def run(origin: str) -> list[str]:
        result = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(corpus), "--origin", origin],
                                capture_output=True, text=True, cwd=REPO_ROOT)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    assert run("retired")[0].startswith("score_corpus: no texts for the 1 dev gold files")
    assert run("original")[1].startswith(" ru (1 releases): ")
    assert run("any")[0].startswith("score_corpus: 1 of 2 dev texts are missing")


def test_new_events_leaves_out_a_known_event(scorer: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"ru01": "sealed-r10", "ru02": "sealed-r10"}, {"ru01", "ru02"})
    gold = corpus / "gold" / "ru02.json"
    gold.write_text(json.dumps({**json.loads(gold.read_text(encoding="utf-8")), "same_event_as": "kk-001"}),
                    encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(corpus), "--split", "sealed-r10",
                             "--new-events"], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith(" ru (1 releases): ")
    assert _run(corpus, "sealed-r10").stdout.splitlines()[1].startswith(" ru (2 releases): ")
