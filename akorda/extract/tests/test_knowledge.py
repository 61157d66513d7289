"""The data files the Django apps will load: complete and consistent."""
from __future__ import annotations

import re

from akorda.extract import knowledge
from akorda.extract.regions import normalize_region

CONTRACT_REGIONS = {
    "Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region", "East Kazakhstan Region",
    "Zhambyl Region", "Zhetysu Region", "Karaganda Region", "Kostanay Region", "Kyzylorda Region",
    "Mangystau Region", "North Kazakhstan Region", "Pavlodar Region", "Turkestan Region", "Ulytau Region",
    "West Kazakhstan Region", "Astana", "Almaty", "Shymkent", "South Kazakhstan Region",
}


def test_regions_cover_the_contract_list() -> None:
    regions = knowledge.regions()
    assert {r.name for r in regions} == CONTRACT_REGIONS
    assert len({r.kato for r in regions}) == len(regions)
    assert all(re.fullmatch(r"\d\d", r.kato) for r in regions)
    by_name = {r.name: r for r in regions}
    assert (by_name["Almaty Region"].kato, by_name["Astana"].kato, by_name["Almaty"].kato,
            by_name["Shymkent"].kato) == ("19", "71", "75", "79")
    assert by_name["South Kazakhstan Region"].valid_to == "2018-06-19"
    assert [c.en for c in by_name["Almaty Region"].centres] == ["Taldykorgan", "Konaev"]
    for name in ("Abai Region", "Zhetysu Region", "Ulytau Region"):
        assert by_name[name].valid_from == "2022-06-08"
    for r in regions:
        assert set(r.names) == {"kk", "ru", "en"} and r.patterns
        assert r.kind == "city" or r.centres


def test_every_region_is_found_by_its_own_names() -> None:
    for r in knowledge.regions():
        for lang, name in r.names.items():
            assert normalize_region(name) == r.name, (lang, name)


def test_indicators_and_programmes() -> None:
    indicators = knowledge.indicators()
    codes = [i.code for i in indicators]
    assert len(codes) == len(set(codes))
    for required in ("grp", "grp_rank", "short_term_indicator", "industrial_output", "manufacturing_share",
                     "fixed_capital_investment", "investment_portfolio_value", "jobs_created", "sme_count",
                     "schools_built", "school_seats", "housing_commissioned", "grain_harvest", "unemployment",
                     "wages", "tourists", "roads_repaired", "gasification", "water_supply", "hospitals",
                     "kindergartens", "exports"):
        assert required in codes
    for i in indicators:
        assert set(i.names) == {"kk", "ru", "en"} and i.units
        for cues in i.cues.values():
            for cue in cues:
                re.compile(cue)
    programmes = knowledge.programmes()
    assert {"auyl_amanaty", "comfortable_school", "taza_kazakhstan"} <= {p.code for p in programmes}
    assert all(set(p.names) == {"kk", "ru", "en"} and p.aliases for p in programmes)
    assert programmes[0].to_dict()["code"] == programmes[0].code
