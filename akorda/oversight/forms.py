from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from akorda.oversight.control import STATE_LABELS
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


class RegionChoiceField(forms.ModelChoiceField):
    """Regions named in the page's language (Region's ``__str__`` is English)."""

    def label_from_instance(self, obj: Region) -> str:
        return obj.name()


class ReportForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), label=_("What was done"), max_length=20000)
    attachments = MultipleFileField(required=False, label=_("Attachments"))


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept: the instruction is done")),
                                          ("return", _("Return with a comment"))], widget=forms.RadioSelect)
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5000,
                              label=_("Comment"))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", _("A returned report needs a comment saying what is missing."))
        return data


STATE_CHOICES = [("", _("any"))] + [(value, STATE_LABELS[value]) for value in Instruction.Execution.values]


class RegisterFilter(forms.Form):
    region = RegionChoiceField(queryset=Region.objects.filter(valid_to__isnull=True), required=False,
                                    to_field_name="slug", empty_label=_("any"), label=_("Region"))
    assignee = forms.CharField(required=False, max_length=200, label=_("Assignee"))
    status = forms.ChoiceField(choices=STATE_CHOICES, required=False, label=_("Status"))
    review = forms.ChoiceField(choices=[("", _("proposed and confirmed")), (ReviewStatus.PROPOSED, _("unreviewed only")),
                                        (ReviewStatus.CONFIRMED, _("confirmed only"))], required=False,
                               label=_("Review"))
    deadline_from = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label=_("Deadline from"))
    deadline_to = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label=_("Deadline to"))
    overdue = forms.BooleanField(required=False, label=_("Overdue only"))

    def clean(self):
        data = super().clean()
        start, end = data.get("deadline_from"), data.get("deadline_to")
        if start and end and start > end:
            raise forms.ValidationError(_("“Deadline from” is after “deadline to”."))
        return data
