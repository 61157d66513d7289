"""The public website's pages: home, the Events section, rubrics and event releases.

The tree per locale is Home -> Events -> Rubric -> Event, so an event's URL
reads /ru/events/akorda/<slug>/ like the original site's, and its Back link
is simply its parent rubric.
"""
from __future__ import annotations

import datetime

from django.db import models
from django.utils import translation
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

RUBRICS = ("akorda", "trips", "international", "phone")


class HomePage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["press.EventIndexPage"]
    max_count_per_parent = 1


class EventIndexPage(Page):
    """The Events section: every event of its locale, with filters and archive."""

    parent_page_types = ["press.HomePage"]
    subpage_types = ["press.RubricPage"]


class RubricPage(Page):
    """A rubric of the Events section; ``code`` is language-independent."""

    code = models.CharField(max_length=32, choices=[(c, c) for c in RUBRICS])

    content_panels = Page.content_panels + [FieldPanel("code")]
    parent_page_types = ["press.EventIndexPage"]
    subpage_types = ["press.EventPage"]


class EventRegionTag(TaggedItemBase):
    content_object = ParentalKey("press.EventPage", related_name="tagged_regions", on_delete=models.CASCADE)


class EventPersonTag(TaggedItemBase):
    content_object = ParentalKey("press.EventPage", related_name="tagged_persons", on_delete=models.CASCADE)


class EventPage(Page):
    """One release. ``source_key`` makes re-imports update instead of duplicate."""

    date = models.DateField(default=datetime.date.today)
    body = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    regions = ClusterTaggableManager(through=EventRegionTag, blank=True, related_name="region_events")
    persons = ClusterTaggableManager(through=EventPersonTag, blank=True, related_name="person_events")
    source_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    source_url = models.URLField(blank=True)
    is_demo = models.BooleanField(default=False, help_text="Demo content written by the team, not an official release.")

    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("locale_id"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("regions"), FieldPanel("persons")], heading="Event"),
        FieldPanel("body"),
        InlinePanel("gallery_images", label="Photo gallery"),
        FieldPanel("source_url"),
        FieldPanel("is_demo"),
    ]
    parent_page_types = ["press.RubricPage"]
    subpage_types: list[str] = []

    class Meta:
        ordering = ["-date"]

    def paragraphs(self) -> list[str]:
        """Body paragraphs as plain text, the unit extraction and highlighting work on."""
        from akorda.press.text import html_paragraphs

        return html_paragraphs(self.body)

    def dateline(self) -> str:
        from akorda.press.text import format_long_date

        return format_long_date(self.date, self.locale.language_code)

    def source_text(self) -> str:
        """The canonical plain text: title, dateline, paragraphs, blank-line separated.

        It matches ``akorda.extract.source.Source.text``, so spans stored with
        extracted facts index into this string.
        """
        return "\n\n".join([self.title, self.dateline(), *self.paragraphs()])


class EventGalleryImage(Orderable):
    page = ParentalKey(EventPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
