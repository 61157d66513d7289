"""The three-language check of a meeting (issue 8): do its kk, ru and en releases agree?"""
from __future__ import annotations

from django.db import models


class TranslationCheck(models.Model):
    """The latest alignment of a meeting's language versions, with their disagreements.

    One row per meeting, replaced each time a version of the meeting is
    extracted. ``result`` is ``akorda.extract.align.Alignment.to_dict()``
    plus the page id of each version, so the review screen can link to the
    words on both sides.
    """

    meeting = models.OneToOneField("records.Meeting", on_delete=models.CASCADE, related_name="translation_check")
    languages = models.JSONField(default=list, help_text="Language versions compared, e.g. [\"kk\", \"ru\", \"en\"]")
    figures = models.PositiveIntegerField(default=0, help_text="Figures of the event, over all versions")
    agreed = models.PositiveIntegerField(default=0, help_text="Figures stated alike in every version")
    disagreements = models.PositiveIntegerField(default=0, help_text="Figures stated differently or missing in a version")
    result = models.JSONField(default=dict, blank=True)
    engine_version = models.CharField(max_length=32, blank=True)
    error = models.TextField(blank=True, help_text="Why the last check could not be made, if it failed")
    checked_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-checked_at"]

    def __str__(self) -> str:
        return f"Translation check of {self.meeting}: {self.disagreements} disagreement(s)"

    def figure_disagreements(self) -> list[dict]:
        return [d for d in self.result.get("disagreements", []) if d.get("kind") in ("differs", "missing")]

    def instruction_gaps(self) -> list[dict]:
        return [d for d in self.result.get("disagreements", []) if d.get("kind") == "instruction"]
