"""Catalogs shared with the extraction engine (akorda/extract/data/*.json)."""
from __future__ import annotations

from django.db import models

from akorda.regions.models import Localized


class Indicator(Localized):
    """A socio-economic indicator the genre reports (GRP, its rank, SME count, ...)."""

    code = models.SlugField(max_length=64, unique=True)
    unit = models.CharField(max_length=16, blank=True, help_text="Contract unit: KZT, %, count, rank, t, ha, m2, ...")
    higher_is_better = models.BooleanField(default=True)

    class Meta:
        ordering = ["name_en"]


class Programme(Localized):
    """A state programme or national project named in releases («Ауыл аманаты», ...)."""

    code = models.SlugField(max_length=64, unique=True)

    class Meta:
        ordering = ["name_en"]
