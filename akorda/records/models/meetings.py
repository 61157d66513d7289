"""A meeting and the releases that report it, and each extraction attempt."""
from __future__ import annotations

from django.db import models


class Meeting(models.Model):
    """One event (a reception, call, meeting or visit), whatever languages report it."""

    class Kind(models.TextChoices):
        RECEPTION = "reception", "Reception"
        PHONE_CALL = "phone_call", "Phone call"
        MEETING = "meeting", "Meeting"
        VISIT = "visit", "Visit"
        OTHER = "other", "Other"

    date = models.DateField(null=True, blank=True, db_index=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    official = models.ForeignKey("regions.Official", null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    official_name = models.CharField(max_length=200, blank=True, help_text="As extracted, nominative")
    region = models.ForeignKey("regions.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    report_period = models.CharField(max_length=100, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()} {self.official_name}".strip()


class MeetingSource(models.Model):
    """A release (one language version) that reports the meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
    page = models.OneToOneField("press.EventPage", on_delete=models.CASCADE, related_name="record_source")
    language = models.CharField(max_length=8)


class ExtractionRun(models.Model):
    """Every extraction attempt is kept, so a failure is shown, never lost."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    page = models.ForeignKey("press.EventPage", on_delete=models.CASCADE, related_name="extraction_runs")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    engine_version = models.CharField(max_length=32, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
