"""Reference data: regions (with their history), officials and their tenures.

Loaded by data migrations from the extraction engine's knowledge files
(akorda/extract/data/*.json), so the engine and the database agree on names.
"""
from __future__ import annotations

from django.db import models
from django.utils import translation


class Localized(models.Model):
    """Names in the three site languages; ``name()`` picks the active one."""

    name_kk = models.CharField(max_length=200)
    name_ru = models.CharField(max_length=200)
    name_en = models.CharField(max_length=200)

    class Meta:
        abstract = True

    def name(self, language: str | None = None) -> str:
        language = (language or translation.get_language() or "kk")[:2]
        return getattr(self, f"name_{language}", "") or self.name_en

    def __str__(self) -> str:
        return self.name_en


class Region(Localized):
    """A region or a city of republican significance, current or historical.

    KATO is the Classifier of Administrative-Territorial Objects (order of the
    Bureau of National Statistics); ``kato`` holds the region-level code.
    """

    class Kind(models.TextChoices):
        REGION = "region", "Region"
        CITY = "city", "City of republican significance"

    slug = models.SlugField(max_length=64, unique=True)
    canonical = models.CharField(max_length=64, unique=True, help_text="English name as in the extraction contract")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.REGION)
    kato = models.CharField(max_length=16, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    successor = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="predecessors")

    class Meta:
        ordering = ["name_en"]

    @property
    def is_current(self) -> bool:
        return self.valid_to is None


class AdministrativeCentre(Localized):
    """A region's centre over time (Almaty Region's moved to Konaev in 2022)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="centres")
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["region", "valid_from"]


class Official(Localized):
    """A person who reports to the Head of State; ``name_ru`` is nominative."""

    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name_en"]


class Tenure(models.Model):
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="tenures")
    position_kk = models.CharField(max_length=200)
    position_ru = models.CharField(max_length=200)
    position_en = models.CharField(max_length=200)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="tenures")
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-start"]

    def position(self, language: str | None = None) -> str:
        language = (language or translation.get_language() or "kk")[:2]
        return getattr(self, f"position_{language}", "") or self.position_en
