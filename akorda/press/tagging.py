"""The regions and people an event page is tagged with (taggit through-models).

Their own module, below the page models: the lists filter and count events
by tag (``akorda.press.listing``), and the pages, which call the lists, hold
the tags as fields; both import them from here.
"""
from __future__ import annotations

from django.db import models
from django.db.models import F, Value
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase


class EventRegionTag(TaggedItemBase):
    content_object = ParentalKey("press.EventPage", related_name="tagged_regions", on_delete=models.CASCADE)


class EventPersonTag(TaggedItemBase):
    content_object = ParentalKey("press.EventPage", related_name="tagged_persons", on_delete=models.CASCADE)


def tags_by_kind(page_id: int) -> dict[str, list[Tag]]:
    """An event's region and person tags, ``{"regions": [...], "persons": [...]}``, in one query
    (a UNION of the two through tables), each kind in the order the tags were added."""
    kinds = {"regions": "press_eventregiontag_items", "persons": "press_eventpersontag_items"}
    parts = [Tag.objects.filter(**{f"{through}__content_object_id": page_id})
             .annotate(kind=Value(kind), through_id=F(f"{through}__id")) for kind, through in kinds.items()]
    found: dict[str, list[Tag]] = {kind: [] for kind in kinds}
    for tag in parts[0].union(parts[1], all=True).order_by("kind", "through_id"):
        found[tag.kind].append(tag)
    return found

