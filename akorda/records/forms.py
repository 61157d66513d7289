"""Review forms: an analyst corrects a figure, an instruction or the event."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from akorda.records.models import Fact, Instruction, Meeting

FACT_FIELDS = ["value", "unit", "indicator", "measure", "object", "qualifier", "comparison",
               "period", "period_start", "period_end", "programme"]
INSTRUCTION_FIELDS = ["text", "assignee", "region", "topic", "deadline", "execution"]
MEETING_FIELDS = ["date", "kind", "region", "official", "official_name", "report_period"]
UNITS = ["KZT", "USD", "EUR", "RUB", "%", "t", "ha", "m2", "m3", "km", "rank", "count", "times"]


class PlainDecimalInput(forms.NumberInput):
    """Shows 120500000000.0000 as 120500000000 (and never as normalize()'s 1.205E+11)."""

    def format_value(self, value):
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return super().format_value(value)


class RowFormMixin:
    """Inputs of a table row point at their row's <form> by the HTML ``form``
    attribute, since a <form> cannot wrap a table row."""

    fields: dict[str, forms.Field]  # a mixin for Django forms, which set it

    def __init__(self, *args, html_form: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if html_form:
            for field in self.fields.values():
                field.widget.attrs["form"] = html_form


class FactForm(RowFormMixin, forms.ModelForm):
    class Meta:
        model = Fact
        fields = FACT_FIELDS
        widgets = {"value": PlainDecimalInput(attrs={"step": "any"}),
                   "period_start": forms.DateInput(attrs={"type": "date"}),
                   "period_end": forms.DateInput(attrs={"type": "date"})}

    def clean_unit(self) -> str:
        unit = self.cleaned_data["unit"].strip()
        if not unit:
            raise forms.ValidationError("A figure needs a unit.")
        return unit


class InstructionForm(RowFormMixin, forms.ModelForm):
    class Meta:
        model = Instruction
        fields = INSTRUCTION_FIELDS
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}), "text": forms.Textarea(attrs={"rows": 2})}


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = MEETING_FIELDS
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}


class AddFactForm(FactForm):
    """A figure the engine missed, from words the analyst selected in the text."""

    span_start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    span_end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    quote = forms.CharField(strip=False, widget=forms.TextInput(attrs={"readonly": "readonly"}))

    class Meta(FactForm.Meta):
        fields = ["quote", "span_start", "span_end", *FACT_FIELDS]

    def __init__(self, *args, source_text: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.source_text = source_text

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end, quote = data.get("span_start"), data.get("span_end"), data.get("quote")
        if start is None or end is None or quote is None:
            return data
        if not start < end <= len(self.source_text):
            raise forms.ValidationError(f"The selection {start}-{end} is outside the release text.")
        if self.source_text[start:end] != quote:
            raise forms.ValidationError(
                "The quote does not match the release text at the selected place "
                f"(the text there reads {self.source_text[start:end]!r}); select the words again."
            )
        return data

    def clean_value(self) -> Decimal:
        value = self.cleaned_data["value"]
        if value is None:
            raise forms.ValidationError("Enter the figure's value.")
        return value
