"""What a release states: figures (facts) and instructions, each tied to its words."""
from __future__ import annotations

from django.conf import settings
from django.db import models


class ReviewStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class Provenance(models.Model):
    """The exact words an item came from: ``quote == source_text[span_start:span_end]``.

    Offsets index ``EventPage.source_text()`` of ``source_page``.
    """

    meeting = models.ForeignKey("records.Meeting", on_delete=models.CASCADE)
    source_page = models.ForeignKey("press.EventPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    quote = models.TextField(blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PROPOSED, db_index=True)
    # Set once an analyst touches the item: re-extraction never overwrites it (issue 4).
    edited_by_analyst = models.BooleanField(default=False)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Fact(Provenance):
    class Qualifier(models.TextChoices):
        MORE_THAN = "more_than", "more than"
        LESS_THAN = "less_than", "less than"
        ABOUT = "about", "about"
        UP_TO = "up_to", "up to"

    meeting = models.ForeignKey("records.Meeting", on_delete=models.CASCADE, related_name="facts")
    indicator = models.ForeignKey("records.Indicator", null=True, blank=True, on_delete=models.SET_NULL, related_name="facts")
    measure = models.CharField(max_length=300, blank=True)
    value = models.DecimalField(max_digits=24, decimal_places=4)
    unit = models.CharField(max_length=16)
    object = models.CharField(max_length=100, blank=True, help_text="For counts: what is counted (English gloss)")
    object_lemma = models.CharField(max_length=100, blank=True)
    period = models.CharField(max_length=100, blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, blank=True)
    comparison = models.CharField(max_length=16, blank=True, help_text="increase / decrease, for percent changes")
    programme = models.ForeignKey("records.Programme", null=True, blank=True, on_delete=models.SET_NULL, related_name="facts")

    class Meta:
        ordering = ["meeting", "span_start", "id"]


class Instruction(Provenance):
    """An instruction of the Head of State, followed to its execution (issue 5)."""

    class Execution(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        OVERDUE = "overdue", "Overdue"
        WITHDRAWN = "withdrawn", "Withdrawn"

    meeting = models.ForeignKey("records.Meeting", on_delete=models.CASCADE, related_name="instructions")
    text = models.TextField()
    assignee = models.CharField(max_length=200, blank=True)
    region = models.ForeignKey("regions.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="instructions")
    topic = models.CharField(max_length=200, blank=True)
    given_on = models.DateField(null=True, blank=True)
    deadline = models.DateField(null=True, blank=True)
    execution = models.CharField(max_length=12, choices=Execution.choices, default=Execution.OPEN, db_index=True)

    class Meta:
        ordering = ["meeting", "span_start", "id"]
