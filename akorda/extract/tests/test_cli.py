"""``akorda extract`` (akorda.extract.cli.main takes argv without the subcommand word)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from akorda.extract.cli import main

RELEASE = "Глава государства принял акима Атырауской области\n\n3 марта 2023 года\n\nВ регионе построено 12 школ.\n"
HTML = ("<html><head><title>Глава государства принял акима Атырауской области</title></head><body><article>"
        "<h1>Глава государства принял акима Атырауской области</h1><p>3 марта 2023 года</p>"
        "<p>Аким доложил, что в регионе за прошлый год построено 12 школ и введено 300 тыс. кв. м жилья, "
        "а инвестиции в основной капитал выросли на 9%.</p></article></body></html>")


def test_one_file_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RELEASE, encoding="utf-8")
    assert main([str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["event"]["region"] == "Atyrau Region"
    assert [(f["value"], f["unit"]) for f in record["facts"]] == [(12, "count")]


def test_out_dir_and_html(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.html"
    a.write_text(RELEASE, encoding="utf-8")
    b.write_text(HTML, encoding="utf-8")
    assert main([str(a), str(b), "--out", str(tmp_path / "out")]) == 0
    html_record = json.loads((tmp_path / "out" / "b.json").read_text(encoding="utf-8"))
    assert html_record["event"]["date"] == "2023-03-03"
    assert {(f["value"], f["unit"]) for f in html_record["facts"]} == {(12, "count"), (300000, "m2"), (9, "%")}
    assert (tmp_path / "out" / "a.json").exists()


def test_unreadable_input_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    missing = tmp_path / "missing.txt"
    assert main([str(bad), str(missing)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and "missing.txt" in err
