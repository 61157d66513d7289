"""A meeting and the releases that report it, and each extraction attempt."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

# Which language version the figures of a meeting are proposed from, best
# first. Russian is the engine's strongest language and the one every
# regional report is published in; the other versions only link (issue 4).
RECORD_LANGUAGE_PREFERENCE = ("ru", "kk", "en")


class Meeting(models.Model):
    """One event (a reception, call, meeting or visit), whatever languages report it.

    The language versions of a release are Wagtail translations of one page
    and share its ``translation_key``; the Meeting keeps that key (unique), so
    the first version extracted creates the meeting and the others join it.
    """

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
    translation_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    record_language = models.CharField(
        max_length=8, blank=True,
        help_text="The language version whose figures and instructions are proposed (see RECORD_LANGUAGE_PREFERENCE).",
    )
    # Set when an analyst corrects the event fields: re-extraction keeps them.
    edited_by_analyst = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()
    _change_reason: str  # read by django-simple-history when the instance is saved

    class Meta:
        ordering = ["-date", "-id"]
        permissions = [("review_release", "Can review release records (figures and instructions)")]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()} {self.official_name}".strip()

    def record_source(self):
        """The release the figures are proposed from (its MeetingSource), if any."""
        return self.sources.filter(language=self.record_language).select_related("page").first()


class MeetingSource(models.Model):
    """A release (one language version) that reports the meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
    page = models.OneToOneField("press.EventPage", on_delete=models.CASCADE, related_name="record_source")
    language = models.CharField(max_length=8)

    class Meta:
        ordering = ["language"]

    def __str__(self) -> str:
        return f"{self.meeting} [{self.language}]"


class ExtractionRun(models.Model):
    """Every extraction attempt is kept, so a failure is shown, never lost."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        SKIPPED = "skipped", "Skipped"
        FAILED = "failed", "Failed"

    page = models.ForeignKey("press.EventPage", on_delete=models.CASCADE, related_name="extraction_runs")
    revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED, db_index=True)
    trigger = models.CharField(max_length=16, blank=True, help_text="published, retry, reconcile")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    engine_version = models.CharField(max_length=32, blank=True)
    source_hash = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the source text extracted")
    facts_proposed = models.PositiveIntegerField(default=0)
    instructions_proposed = models.PositiveIntegerField(default=0)
    note = models.TextField(blank=True)
    error = models.TextField(blank=True)
    # Set once a later run of the same page succeeds or an analyst dismisses it.
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The task backend's id of the task that ran this, so the reaper can ask whether it ended.
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # Two workers never extract the same revision at once (a repeated or retried task).
            models.UniqueConstraint(
                fields=["page", "revision"], condition=models.Q(status="running"),
                name="records_one_running_extraction_per_revision",
            ),
        ]

    def __str__(self) -> str:
        return f"Extraction of page {self.page_id}: {self.status}"
