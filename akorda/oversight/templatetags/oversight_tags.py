from __future__ import annotations

from django import template
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy

from akorda.oversight.control import STATE_LABELS
from akorda.oversight.formatting import figure as _figure
from akorda.oversight.formatting import number as _number
from akorda.oversight.stats import meeting_period
from akorda.records.visibility import is_analyst

register = template.Library()


@register.filter
def figure(fact, lang: str | None = None) -> str:
    """A Fact (or anything with value and unit) formatted for the active language."""
    if fact is None:
        return "—"
    return _figure(fact.value, fact.unit, (lang or translation.get_language() or "ru")[:2])


@register.filter
def number(value, lang: str | None = None) -> str:
    if value is None or value == "":
        return "—"
    return _number(value, (lang or translation.get_language() or "ru")[:2])


@register.filter
def change(item, lang: str | None = None) -> str:
    """A ``stats.Change`` as text: the percent change, or the difference in the
    indicator's unit (points for percentages, places for ranks)."""
    if item is None or item.delta is None:
        return "—"
    lang = (lang or translation.get_language() or "ru")[:2]
    sign = "+" if item.delta > 0 else ("−" if item.delta < 0 else "±")
    if item.percent is not None:
        return f"{sign}{_number(abs(item.percent), lang, compact=False)}%"
    if item.latest.unit == "%":
        points = gettext("pp")  # percentage points
        return f"{sign}{_number(abs(item.delta), lang, compact=False)} {points}"
    return f"{sign}{_figure(abs(item.delta), item.latest.unit, lang).lstrip('#')}"


@register.filter
def lname(obj, lang: str | None = None) -> str:
    """``name()`` of a Localized object in the active language."""
    return obj.name(lang) if obj is not None else ""


@register.simple_tag(takes_context=True)
def oversight_is_analyst(context) -> bool:
    request = context.get("request")
    return is_analyst(getattr(request, "user", None))


@register.filter
def state_label(value: str) -> str:
    return str(STATE_LABELS.get(value, value))


# Meeting.Kind (records) keeps English labels for the admin and the API; the
# oversight pages are translated, so they name the kinds here.
KIND_LABELS = {
    "reception": gettext_lazy("Reception"),
    "phone_call": gettext_lazy("Phone call"),
    "meeting": gettext_lazy("Meeting"),
    "visit": gettext_lazy("Visit"),
    "other": gettext_lazy("Other"),
}


@register.filter
def kind_label(value: str) -> str:
    return str(KIND_LABELS.get(value, value))


@register.filter
def period(meeting) -> str:
    """The period a meeting reports on, in the active language (``stats.meeting_period``)."""
    return meeting_period(meeting) if meeting is not None else ""
