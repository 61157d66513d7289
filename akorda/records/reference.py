"""Catalog data and the Analysts role, loaded by data migrations.

Like ``akorda.regions.reference``: historical models from the migration's
``apps``, the engine's data files read at migration time, upserts by code.
"""
from __future__ import annotations

from akorda.regions.reference import read_json

ANALYSTS = "Analysts"

# What an analyst does (issue 4): review release records in the admin, keep
# the reference data (officials, tenures, catalogs) right, read extraction runs.
ANALYST_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("records", "meeting", "review_release"),
    *[("records", model, f"{action}_{model}")
      for model in ("meeting", "fact", "instruction")
      for action in ("view", "add", "change")],
    ("records", "extractionrun", "view_extractionrun"),
    *[("records", model, f"{action}_{model}")
      for model in ("indicator", "programme")
      for action in ("view", "add", "change")],
    *[("regions", model, f"{action}_{model}")
      for model in ("official", "tenure")
      for action in ("view", "add", "change")],
    ("regions", "region", "view_region"),
    ("regions", "administrativecentre", "view_administrativecentre"),
]


# Indicators where less is better, for as long as the engine's catalog
# (akorda/extract/data/indicators.json, owned by the extraction engine and not
# edited from records) does not state ``higher_is_better`` itself; a key in the
# catalog always wins. Ranks (unit "rank": 1 is best) are lower-is-better too.
def higher_is_better(item: dict) -> bool:
    """Direction of a catalog indicator: the catalog's key, else a rank is better lower.

    >>> higher_is_better({"code": "grp", "units": ["KZT"]}), higher_is_better({"code": "unemployment", "higher_is_better": False})
    (True, False)
    >>> higher_is_better({"code": "x_rank", "units": ["rank"]}), higher_is_better({"code": "inflation", "higher_is_better": True})
    (False, True)
    """
    if "higher_is_better" in item:
        value = item["higher_is_better"]
        if not isinstance(value, bool):
            raise ValueError(f"indicators.json: {item.get('code')!r} has higher_is_better={value!r}; expected true or false")
        return value
    return (item.get("units") or [""])[0] != "rank"


def load_indicators(apps) -> None:
    Indicator = apps.get_model("records", "Indicator")
    for item in read_json("akorda.extract.data", "indicators.json")["indicators"]:
        Indicator.objects.update_or_create(
            code=item["code"],
            defaults={
                "name_kk": item["names"]["kk"], "name_ru": item["names"]["ru"], "name_en": item["names"]["en"],
                "unit": (item.get("units") or [""])[0],
                "higher_is_better": higher_is_better(item),
            },
        )


def update_indicator_direction(apps) -> None:
    """Sets ``higher_is_better`` of the catalog's indicators, leaving names and
    units (which analysts may have corrected in the admin) as they are."""
    Indicator = apps.get_model("records", "Indicator")
    for item in read_json("akorda.extract.data", "indicators.json")["indicators"]:
        Indicator.objects.filter(code=item["code"]).update(higher_is_better=higher_is_better(item))


def load_programmes(apps) -> None:
    Programme = apps.get_model("records", "Programme")
    for item in read_json("akorda.extract.data", "programmes.json")["programmes"]:
        Programme.objects.update_or_create(
            code=item["code"],
            defaults={"name_kk": item["names"]["kk"], "name_ru": item["names"]["ru"], "name_en": item["names"]["en"]},
        )


def create_analysts_group(apps) -> None:
    """The group and its permissions; permissions are created first, since on a
    fresh database Django only creates them after all migrations ran."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=ANALYSTS)
    for app_label, model, codename in ANALYST_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)
        )
