"""The event editor's form: region and people chosen from the reference records.

An event's regions and people are stored as tags (the public filters and
the importer use them), but an editor picks them from the reference lists
(``regions.Region``, ``regions.Official``) with their names in the page's
language, so a tag always spells a known region or official the same way.
People who are not in the reference list (foreign leaders, guests) go in
"Other people", a free tag field.
"""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from akorda.regions.models import Official, Region, normalize_name


class LocalizedChoice(forms.ModelMultipleChoiceField):
    def __init__(self, *args, language: str = "ru", **kwargs) -> None:
        self.language = language
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj) -> str:
        return obj.name(self.language)


def _matching(objects, names: list[str], language: str) -> list:
    keys = {normalize_name(n) for n in names}
    found = []
    for obj in objects:
        spellings = {normalize_name(obj.name(language)), normalize_name(obj.name_en), normalize_name(obj.name_ru),
                     normalize_name(obj.name_kk)}
        if isinstance(obj, Official):
            spellings |= obj.name_keys()
        if spellings & keys:
            found.append(obj)
    return found


class EventPageForm(WagtailAdminPageForm):
    """Adds ``region_records`` and ``official_records``; saves them as the page's tags."""

    # Declared here so the edit handler's FieldPanels find them; choices are set per page below.
    region_records = forms.MultipleChoiceField(required=False)
    official_records = forms.MultipleChoiceField(required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        locale = getattr(self.instance, "locale", None) if self.instance.locale_id else None
        self.language = locale.language_code if locale else "ru"
        regions = list(Region.objects.filter(valid_to__isnull=True))
        officials = list(Official.objects.all())
        regions.sort(key=lambda r: r.name(self.language))
        officials.sort(key=lambda o: o.name(self.language))
        self.fields["region_records"] = LocalizedChoice(
            queryset=Region.objects.filter(valid_to__isnull=True), required=False, language=self.language,
            label=_("Regions"), widget=forms.CheckboxSelectMultiple,
            help_text=_("The regions the event concerns, from the reference list of regions."))
        self.fields["official_records"] = LocalizedChoice(
            queryset=Official.objects.all(), required=False, language=self.language,
            label=_("Officials"), widget=forms.SelectMultiple(attrs={"size": 8}),
            help_text=_("Officials who took part, from the reference list of officials (hold Ctrl to pick several)."))
        # Choices in the page's alphabetical order, not the queryset's English one.
        self.fields["region_records"].choices = [(r.pk, r.name(self.language)) for r in regions]
        self.fields["official_records"].choices = [(o.pk, o.name(self.language)) for o in officials]
        if "persons" in self.fields:
            self.fields["persons"].label = _("Other people")
            self.fields["persons"].help_text = _("People who are not in the officials' reference list "
                                                 "(foreign leaders, guests), as comma-separated names.")
        if self.instance.pk:
            region_tags = list(self.instance.regions.names())
            person_tags = list(self.instance.persons.names())
            chosen_officials = _matching(officials, person_tags, self.language)
            self.initial["region_records"] = [r.pk for r in _matching(regions, region_tags, self.language)]
            self.initial["official_records"] = [o.pk for o in chosen_officials]
            known = {k for o in chosen_officials for k in (*o.name_keys(), normalize_name(o.name(self.language)))}
            if "persons" in self.fields and not self.is_bound:
                # Tag objects: the tag widget quotes names with spaces itself.
                self.initial["persons"] = [t for t in self.instance.persons.all() if normalize_name(t.name) not in known]

    def save(self, commit: bool = True):
        page = super().save(commit=False)
        regions = [r.name(self.language) for r in self.cleaned_data.get("region_records") or []]
        officials = [o.name(self.language) for o in self.cleaned_data.get("official_records") or []]
        # Tags of regions not in the reference list (an old import) are kept.
        reference = {normalize_name(r.name(self.language)) for r in Region.objects.all()}
        kept = [n for n in page.regions.names() if normalize_name(n) not in reference]
        page.regions.set([*kept, *regions])
        others = list(page.persons.names())  # what "Other people" held, set by super().save()
        page.persons.set([*officials, *[n for n in others if n not in officials]])
        if commit:
            page.save()
            self._save_m2m()
        return page
