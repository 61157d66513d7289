"""The district gazetteer: consistent data, and the lookup the event's region falls back on."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from akorda.extract import knowledge
from akorda.extract.districts import District, districts, find_districts, normalize_district_region

CASES = json.loads((Path(__file__).with_name("cases") / "districts.json").read_text(encoding="utf-8"))


def test_every_district_belongs_to_a_known_region() -> None:
    names = {r.name for r in knowledge.regions()}
    for d in districts():
        assert d.region in names and (d.before is None or d.before in names), d
        assert (d.before is None) == (d.until is None), d
        assert d.kk and d.ru and d.en, d
    # the 2022 regions take their districts from the regions they were carved out of
    moved = {d.region: d.before for d in districts() if d.until == "2022-06-08"}
    assert moved == {"Abai Region": "East Kazakhstan Region", "Zhetysu Region": "Almaty Region",
                     "Ulytau Region": "Karaganda Region"}


def test_every_district_is_found_by_its_own_names() -> None:
    for d in districts():
        for text in (f"{d.kk} ауданы", *d.ru, *(f"{n} District" for n in d.en)):
            found = {(x.kk, x.region) for _, x in find_districts(text)}
            assert (d.kk, d.region) in found, text


def test_region_on_a_day_follows_the_move() -> None:
    ulytau = District(kk="Ұлытау", ru=("Улытауский район",), en=("Ulytau",), region="Ulytau Region",
                      before="Karaganda Region", until="2022-06-08")
    assert ulytau.region_on(date(2022, 6, 7)) == "Karaganda Region"
    assert ulytau.region_on(date(2022, 6, 8)) == "Ulytau Region"
    assert ulytau.region_on(None) == "Ulytau Region"
    assert ulytau.to_dict()["before"] == "Karaganda Region"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:40])
def test_district_lookup(case: dict) -> None:
    day = date.fromisoformat(case["date"]) if case.get("date") else None
    assert normalize_district_region(case["text"], day) == case["region"]
