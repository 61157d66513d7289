"""Reference data shipped with the project (data migrations)."""
from __future__ import annotations

import datetime
import json
from importlib import resources

import pytest
from django.contrib.auth.models import Group

from akorda.records.models import Indicator, Programme
from akorda.regions.models import Official, Region

pytestmark = pytest.mark.django_db


def test_regions_cities_and_history():
    current = Region.objects.filter(valid_to__isnull=True)
    assert current.filter(kind="region").count() == 17
    assert set(current.filter(kind="city").values_list("canonical", flat=True)) == {"Astana", "Almaty", "Shymkent"}
    south = Region.objects.get(canonical="South Kazakhstan Region")
    assert south.valid_to == datetime.date(2018, 6, 19) and south.successor.canonical == "Turkestan Region"
    assert Region.objects.get(canonical="Shymkent").valid_from.year == 2018
    for name in ("Abai Region", "Zhetysu Region", "Ulytau Region"):
        assert Region.objects.get(canonical=name).valid_from.year == 2022
    almaty = Region.objects.get(canonical="Almaty Region")
    assert almaty.kato == "19" and almaty.name_ru == "Алматинская область" and almaty.name_kk == "Алматы облысы"
    assert almaty.centre_on(datetime.date(2020, 1, 1)).name_en == "Taldykorgan"
    assert almaty.centre_on(datetime.date(2024, 6, 14)).name_en == "Konaev"


def test_officials_and_tenures():
    official = Official.objects.get(name_ru="Марат Султангазиев")
    tenure = official.tenures.get()
    assert tenure.region.canonical == "Almaty Region" and tenure.covers(datetime.date(2024, 6, 14))
    assert tenure.position("ru") == "Аким Алматинской области"


def test_catalogs_match_the_engine_data():
    with resources.files("akorda.extract.data").joinpath("indicators.json").open(encoding="utf-8") as f:
        codes = {i["code"] for i in json.load(f)["indicators"]}
    assert set(Indicator.objects.values_list("code", flat=True)) == codes
    names = set(Programme.objects.values_list("name_ru", flat=True))
    assert {"Ауыл аманаты", "Комфортная школа", "Таза Казахстан"} <= names


def test_analysts_group_can_review():
    perms = {f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name="Analysts").permissions.all()}
    assert {"records.review_release", "records.change_fact", "wagtailadmin.access_admin", "regions.change_official"} <= perms
    assert "records.delete_fact" not in perms


def test_indicator_direction_from_the_catalog():
    """Migration 0003: lower is better for unemployment, inflation and ranks."""
    direction = dict(Indicator.objects.values_list("code", "higher_is_better"))
    assert {code for code, higher in direction.items() if not higher} == {"grp_rank", "unemployment", "inflation"}
    assert direction["grp"] and direction["sme_count"]


def test_indicator_direction_update_keeps_edits_and_rejects_bad_values(monkeypatch):
    from django.apps import apps

    from akorda.records import reference

    Indicator.objects.filter(code="unemployment").update(higher_is_better=True, name_en="Unemployment (edited)")
    reference.update_indicator_direction(apps)
    unemployment = Indicator.objects.get(code="unemployment")
    assert unemployment.higher_is_better is False and unemployment.name_en == "Unemployment (edited)"
    catalog = {"indicators": [{"code": "grp", "names": {}, "higher_is_better": "no"}]}
    monkeypatch.setattr(reference, "read_json", lambda package, name: catalog)
    with pytest.raises(ValueError, match="'grp' has higher_is_better='no'"):
        reference.update_indicator_direction(apps)
