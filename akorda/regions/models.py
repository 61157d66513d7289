"""Reference data: regions (with their history), officials and their tenures.

Loaded by data migrations from the extraction engine's knowledge files
(akorda/extract/data/*.json), so the engine and the database agree on names.
"""
from __future__ import annotations

import datetime
import re

from django.db import models
from django.urls import reverse
from django.utils import translation
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


def normalize_name(name: str) -> str:
    """The key officials are matched on: case, ё/е, dashes and spacing do not count.

    >>> normalize_name("  Марат  СУЛТАНГАЗИЁВ ")
    'марат султангазиев'
    >>> normalize_name("Sultangaziyev, Marat")
    'sultangaziyev marat'
    """
    name = name.casefold().replace("ё", "е")
    name = re.sub(r"[\s,.\-–—]+", " ", name)
    return name.strip()


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
    # Earlier names of the same unit (Astana was Nur-Sultan 2019-2022): [{kk, ru, en, valid_from, valid_to}].
    former_names = models.JSONField(default=list, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")], heading="Names"),
        FieldPanel("canonical"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("kato"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("successor"),
    ]

    class Meta:
        ordering = ["name_en"]

    @property
    def is_current(self) -> bool:
        return self.valid_to is None

    def valid_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)

    def centre_on(self, day: datetime.date | None = None) -> AdministrativeCentre | None:
        """The administrative centre on ``day`` (today by default)."""
        day = day or datetime.date.today()
        for centre in self.centres.all():
            if (centre.valid_from is None or centre.valid_from <= day) and (centre.valid_to is None or day < centre.valid_to):
                return centre
        return None

    def get_absolute_url(self) -> str:
        return reverse("regions:region_detail", kwargs={"slug": self.slug})


class AdministrativeCentre(Localized):
    """A region's centre over time (Almaty Region's moved to Konaev in 2022)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="centres")
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["region", "valid_from"]


class Official(Localized):
    """A person who reports to the Head of State; ``name_ru`` is nominative.

    Extraction links meetings to an official by ``normalize_name`` of any of
    the names or ``aliases`` (one spelling per line), so an analyst can teach
    the matcher a new spelling by editing the official.
    """

    slug = models.SlugField(max_length=100, unique=True)
    aliases = models.TextField(blank=True, help_text="Other spellings of the name, one per line (nominative case).")
    is_demo = models.BooleanField(default=False, help_text="Seeded for the demo releases, not an actual official.")
    history = HistoricalRecords()

    panels = [
        MultiFieldPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")], heading="Names"),
        FieldPanel("slug"),
        FieldPanel("aliases"),
        FieldPanel("is_demo"),
    ]

    class Meta:
        ordering = ["name_en"]

    def name_keys(self) -> set[str]:
        names = [self.name_kk, self.name_ru, self.name_en, *self.aliases.splitlines()]
        return {normalize_name(n) for n in names if n.strip()}

    def get_absolute_url(self) -> str:
        return reverse("regions:official_detail", kwargs={"slug": self.slug})


class Tenure(models.Model):
    """A position held over a period; ``end`` is None while in office.

    Its own snippet rather than an inline of Official: simple-history cannot
    track a modelcluster ParentalKey, and every tenure change must be audited.
    """

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="tenures")
    position_kk = models.CharField(max_length=200)
    position_ru = models.CharField(max_length=200)
    position_en = models.CharField(max_length=200)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="tenures")
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    panels = [
        FieldPanel("official"),
        FieldPanel("position_kk"), FieldPanel("position_ru"), FieldPanel("position_en"),
        FieldPanel("region"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
    ]

    class Meta:
        ordering = ["-start"]

    def position(self, language: str | None = None) -> str:
        language = (language or translation.get_language() or "kk")[:2]
        return getattr(self, f"position_{language}", "") or self.position_en

    def covers(self, day: datetime.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def __str__(self) -> str:
        return f"{self.official}: {self.position_en}"
