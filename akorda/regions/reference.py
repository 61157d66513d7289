"""Loading the shipped reference data into the database, for data migrations.

Functions take the migration's ``apps`` registry (historical models, never the
live ones) and read the data files as they are at migration time. Each load is
an upsert by natural key (canonical name, slug, code), so a later migration can
call it again after the files grow without duplicating rows.
"""
from __future__ import annotations

import datetime
import json
from importlib import resources
from typing import Any

from django.utils.text import slugify


def read_json(package: str, name: str) -> Any:
    with resources.files(package).joinpath(name).open(encoding="utf-8") as f:
        return json.load(f)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def region_slug(canonical: str) -> str:
    """
    >>> region_slug("North Kazakhstan Region")
    'north-kazakhstan-region'
    """
    return slugify(canonical)


def load_regions(apps) -> None:
    """Regions, cities of republican significance and historical regions, with centres."""
    Region = apps.get_model("regions", "Region")
    Centre = apps.get_model("regions", "AdministrativeCentre")
    data = read_json("akorda.extract.data", "regions.json")["regions"]
    by_name = {}
    for item in data:
        region, _ = Region.objects.update_or_create(
            canonical=item["name"],
            defaults={
                "slug": region_slug(item["name"]),
                "kind": item["kind"],
                "kato": item["kato"],
                "name_kk": item["names"]["kk"],
                "name_ru": item["names"]["ru"],
                "name_en": item["names"]["en"],
                "valid_from": _date(item.get("valid_from")),
                "valid_to": _date(item.get("valid_to")),
                "former_names": item.get("historical_names", []),
            },
        )
        by_name[item["name"]] = region
        Centre.objects.filter(region=region).delete()
        for centre in item["centres"]:
            Centre.objects.create(
                region=region, name_kk=centre["kk"], name_ru=centre["ru"], name_en=centre["en"],
                valid_from=_date(centre.get("valid_from")), valid_to=_date(centre.get("valid_to")),
            )
    for item in data:
        if item.get("successor"):
            region = by_name[item["name"]]
            region.successor = by_name[item["successor"]]
            region.save(update_fields=["successor"])


def load_officials(apps, package: str = "akorda.regions.data", name: str = "officials.json") -> None:
    """Officials and their tenures; an official already in the database keeps
    any tenure an analyst added, and shipped tenures are matched by position and region."""
    Official = apps.get_model("regions", "Official")
    Tenure = apps.get_model("regions", "Tenure")
    Region = apps.get_model("regions", "Region")
    for item in read_json(package, name)["officials"]:
        official, _ = Official.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name_kk": item["names"]["kk"], "name_ru": item["names"]["ru"], "name_en": item["names"]["en"],
                "aliases": "\n".join(item.get("aliases", [])),
                "is_demo": item.get("is_demo", False),
            },
        )
        for tenure in item["tenures"]:
            region = Region.objects.get(canonical=tenure["region"]) if tenure.get("region") else None
            Tenure.objects.update_or_create(
                official=official, region=region, position_en=tenure["position"]["en"],
                defaults={
                    "position_kk": tenure["position"]["kk"], "position_ru": tenure["position"]["ru"],
                    "start": _date(tenure.get("start")), "end": _date(tenure.get("end")),
                },
            )
