"""Who may see what in oversight, and the execution reports on instructions (issue 5)."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.models import HistoricalRecords

# What an execution report may carry: documents and scans, nothing executable
# (issue 5). Checked by extension and by the file's leading bytes, since a
# browser-supplied content type is only the client's claim.
ATTACHMENT_EXTENSIONS = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".png": (b"\x89PNG",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".txt": (),
}
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024


def validate_attachment(file) -> None:
    """Raises a ValidationError that names what is wrong with the upload."""
    name = getattr(file, "name", "") or ""
    extension = Path(name).suffix.lower()
    if extension not in ATTACHMENT_EXTENSIONS:
        allowed = ", ".join(sorted(ATTACHMENT_EXTENSIONS))
        raise ValidationError(_("“%(name)s”: files of type “%(type)s” are not accepted (allowed: %(allowed)s).")
                              % {"name": Path(name).name, "type": extension or _("none"), "allowed": allowed})
    size = getattr(file, "size", 0) or 0
    if size > ATTACHMENT_MAX_BYTES:
        raise ValidationError(_("“%(name)s” is %(size).1f MB; the limit is %(limit)d MB.")
                              % {"name": Path(name).name, "size": size / 1048576, "limit": ATTACHMENT_MAX_BYTES // 1048576})
    if size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": Path(name).name})
    signatures = ATTACHMENT_EXTENSIONS[extension]
    if signatures:
        position = file.tell() if hasattr(file, "tell") else 0
        file.seek(0)
        head = file.read(8)
        file.seek(position)
        if not any(head.startswith(sig) for sig in signatures):
            raise ValidationError(_("“%(name)s” does not look like a %(type)s file.")
                                  % {"name": Path(name).name, "type": extension})


def private_storage():
    """Attachments are not under MEDIA_ROOT (which the proxy serves to anyone):
    they are served only by a view that checks who asks (issue 5)."""
    from django.core.files.storage import storages

    return storages["private"]


def attachment_path(instance: ReportAttachment, filename: str) -> str:
    return f"oversight/reports/{instance.report.instruction_id}/{Path(filename).name}"


class OfficerProfile(models.Model):
    """Binds a regional administration's officer to their region (issue 5).

    Visibility rules everywhere (pages, admin, API, exports) read this through
    ``akorda.records.visibility``; a user without a profile is not an officer.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer_profile")
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="officers")

    def __str__(self) -> str:
        return f"{self.user} ({self.region})"


class ExecutionReport(models.Model):
    """A regional officer's report that an instruction was carried out.

    An analyst accepts it (the instruction becomes done) or returns it with a
    comment; the officer then files a new report, so each round is kept.
    """

    class Decision(models.TextChoices):
        SUBMITTED = "submitted", gettext_lazy("Submitted")
        ACCEPTED = "accepted", gettext_lazy("Accepted")
        RETURNED = "returned", gettext_lazy("Returned")

    instruction = models.ForeignKey("records.Instruction", on_delete=models.CASCADE, related_name="execution_reports")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="execution_reports")
    text = models.TextField(help_text="What was done, with dates and figures.")
    submitted_at = models.DateTimeField(auto_now_add=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.SUBMITTED, db_index=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    review_comment = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-submitted_at", "-id"]
        permissions = [("review_executionreport", "Can accept or return execution reports")]

    def __str__(self) -> str:
        return f"Report on #{self.instruction_id} by {self.author} ({self.decision})"


class ReportAttachment(models.Model):
    report = models.ForeignKey(ExecutionReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, storage=private_storage, validators=[validate_attachment],
                            max_length=255)
    original_name = models.CharField(max_length=255)

    def __str__(self) -> str:
        return self.original_name
