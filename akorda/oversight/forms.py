from __future__ import annotations

from django import forms

from akorda.oversight.models import ATTACHMENT_EXTENSIONS, validate_attachment
from akorda.records.models import Instruction, ReviewStatus
from akorda.regions.models import Region


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, as Django's documentation shows (forms/file uploads)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(sorted(ATTACHMENT_EXTENSIONS))}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            files = [single(d, initial) for d in data if d]
        else:
            files = [single(data, initial)] if data else []
        for f in files:
            validate_attachment(f)
        return files


class ReportForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), label="What was done", max_length=20000)
    attachments = MultipleFileField(required=False, label="Attachments")


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", "Accept: the instruction is done"),
                                          ("return", "Return with a comment")], widget=forms.RadioSelect)
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5000)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", "A returned report needs a comment saying what is missing.")
        return data


STATE_CHOICES = [("", "any")] + list(Instruction.Execution.choices)


class RegisterFilter(forms.Form):
    region = forms.ModelChoiceField(queryset=Region.objects.filter(valid_to__isnull=True), required=False,
                                    to_field_name="slug", empty_label="any")
    assignee = forms.CharField(required=False, max_length=200)
    status = forms.ChoiceField(choices=STATE_CHOICES, required=False)
    review = forms.ChoiceField(choices=[("", "proposed and confirmed"), (ReviewStatus.PROPOSED, "unreviewed only"),
                                        (ReviewStatus.CONFIRMED, "confirmed only")], required=False)
    deadline_from = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    deadline_to = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    overdue = forms.BooleanField(required=False, label="Overdue only")

    def clean(self):
        data = super().clean()
        start, end = data.get("deadline_from"), data.get("deadline_to")
        if start and end and start > end:
            raise forms.ValidationError("“Deadline from” is after “deadline to”.")
        return data
