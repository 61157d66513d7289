"""The regions and people an event page is tagged with (taggit through-models).

Their own module, below the page models: the lists filter and count events
by tag (``akorda.press.listing``), and the pages, which call the lists, hold
the tags as fields; both import them from here.
"""
from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class EventRegionTag(TaggedItemBase):
    content_object = ParentalKey("press.EventPage", related_name="tagged_regions", on_delete=models.CASCADE)


class EventPersonTag(TaggedItemBase):
    content_object = ParentalKey("press.EventPage", related_name="tagged_persons", on_delete=models.CASCADE)
