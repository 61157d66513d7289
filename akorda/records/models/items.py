"""What a release states: figures (facts) and instructions, each tied to its words."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


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
    # The engine's output for this item, as proposed; kept for audit and re-matching.
    extracted = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def is_reviewed(self) -> bool:
        """Reviewed items belong to the analyst: re-extraction keeps them."""
        return self.edited_by_analyst or self.status != ReviewStatus.PROPOSED

    def paragraph_index(self, text: str | None = None) -> int | None:
        """Index of the body paragraph holding the span (``#p<index>`` on the page).

        ``source_text`` is title, dateline, paragraphs joined by blank lines,
        so the paragraph is the number of separators before the span, less two.
        """
        if self.span_start is None:
            return None
        if text is None:
            if self.source_page is None:
                return None
            text = self.source_page.source_text()
        index = text[: self.span_start].count("\n\n") - 2
        return index if index >= 0 else None


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
    # The language versions of the release that state this figure (the
    # three-language check, issue 8); empty until a meeting has two versions.
    stated_in = models.JSONField(default=list, blank=True, editable=False)
    history = HistoricalRecords()
    _change_reason: str  # read by django-simple-history when the instance is saved

    class Meta:
        ordering = ["meeting", "span_start", "id"]
        # The dashboards rank one indicator's figures of a few years
        # (oversight.stats.within): a range scan here instead of reading every
        # figure of the indicator (docs/benchmarks.md, issue 10).
        indexes = [models.Index(fields=["indicator", "period_end"], name="records_fact_indicator_period")]

    def __str__(self) -> str:
        return f"{self.value} {self.unit} ({self.measure or self.quote})"


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
    history = HistoricalRecords()
    _change_reason: str  # read by django-simple-history when the instance is saved

    class Meta:
        ordering = ["meeting", "span_start", "id"]

    def __str__(self) -> str:
        return self.text[:80]
