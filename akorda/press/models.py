"""The public website's pages: home, the Events section, rubrics and event releases.

The tree per locale is Home -> Events -> Rubric -> Event, so an event's URL
reads /ru/events/akorda/<slug>/ like the original site's, and its Back link
is simply its parent rubric.

The pages sit above what they call (lists, feeds, text, cache tags, hosts),
which never import them back: a list's scope, its language and rubric, is
passed in; the Back link and the menu, which look up the pages, are template
tags (akorda.press.navigation).
"""
from __future__ import annotations

import datetime
from functools import cached_property

from django.db import models
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from akorda.core.sitecache import NoRestrictionsMixin, site_snapshot
from akorda.press.admin_forms import EventPageForm
from akorda.press.cache_tags import event_tags
from akorda.press.feeds import EventsAtomFeed, EventsRssFeed
from akorda.press.index import EventListing  # also registers the read model's table with this app
from akorda.press.listing import (
    EventFilters,
    listed_events,
    month_calendar,
    pages_of,
    query_without_page,
    tag_facets,
)
from akorda.press.page_mixins import PublicCacheMixin, SitemapAlternatesMixin
from akorda.press.pager import keyset_page
from akorda.press.requestmemo import per_request, remember
from akorda.press.skeleton import structure
from akorda.press.tagging import EventPersonTag, EventRegionTag, tags_by_kind
from akorda.press.text import format_long_date, html_paragraphs

RUBRICS = ("akorda", "trips", "international", "phone")
# What the event page prints of its photos: the gallery's size and the share image's (sharing.SHARE_RENDITION).
GALLERY_RENDITIONS = ("fill-640x427", "fill-1200x630")
HOME_LATEST = 8


class TypedChildRouteMixin:
    """Routes to a child of the one page type this page holds in one query.

    Wagtail's ``Page.route`` reads the child as a plain page and then again as
    its specific type: two round trips per URL segment, six of an event page's
    queries. ``subpage_types`` allows one type of child here, read directly;
    any other child (none today) still goes through Wagtail's route.
    """

    def route_child_model(self) -> type[Page]:
        raise NotImplementedError

    def route(self, request: HttpRequest, path_components: list[str]):
        if path_components:
            model = self.route_child_model()
            child = self._structure_child(request, model, path_components[0])
            if child is None:
                # The page's language is printed on it (dateline, hreflang): joined, not a query more.
                child = model.objects.child_of(self).filter(slug=path_components[0]).select_related("locale").first()
            if child is not None:
                child._cached_parent_obj = self  # as Wagtail's route does: get_parent() without a query
                return child.route(request, path_components[1:])
        return super().route(request, path_components)  # type: ignore[misc]

    def _structure_child(self, request: HttpRequest, model: type[Page], slug: str) -> Page | None:
        """A structure page (Events, a rubric) from the request's site snapshot (akorda.press.skeleton)."""
        part = structure(request) if model is not EventPage else None
        return part.child(self, model, slug) if part is not None else None


class HomePage(NoRestrictionsMixin, TypedChildRouteMixin, PublicCacheMixin, SitemapAlternatesMixin, Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["press.EventIndexPage"]
    max_count_per_parent = 1

    def route_child_model(self) -> type[Page]:
        return EventIndexPage

    def events_index(self, request: HttpRequest | None = None) -> EventIndexPage | None:
        part = structure(request)
        if part is not None:
            return next((p for p in part.children(self, EventIndexPage) if p.live), None)
        return EventIndexPage.objects.child_of(self).live().first()

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["events_index"] = self.events_index(request)
        context["latest_events"] = pages_of(listed_events(self.locale)[:HOME_LATEST])
        return context


def public_rubrics(events: Page, request: HttpRequest | None = None) -> list[RubricPage]:
    """The live rubrics under the Events section an anonymous reader may open, once per request.

    From the small rubric table: ``get_children()`` reads a path range that
    spans every event below the section (tens of thousands of index entries)
    to keep four rows. The menu, Back's list pattern and a list's rubric tabs
    all read this one list.
    """
    part = structure(request)  # the site snapshot (akorda.press.sitepages): no query
    if part is not None:
        restricted = site_snapshot(request).restricted_paths
        return [r for r in part.children(events, RubricPage)
                if r.live and r.locale_id == events.locale_id and not r.path.startswith(restricted)]
    rubrics = RubricPage.objects.filter(locale_id=events.locale_id).child_of(events).live().order_by("path")
    return per_request(request, ("rubrics", str(events.id)), lambda: list(rubrics.public()))


class EventListMixin(RoutablePageMixin):
    """The Events section and each rubric: a filtered, paginated list, a day
    archive with a month calendar, and RSS/Atom feeds, all scoped to the page."""

    def events_index(self) -> EventIndexPage:
        raise NotImplementedError

    def get_cached_paths(self) -> list[str]:
        """What a proxy in front holds under this page (purged on every change)."""
        return ["/", "/feed/rss/", "/feed/atom/", "/archive/"]

    def rubric_pages(self, request: HttpRequest | None = None) -> dict[str, RubricPage]:
        """The rubric tabs and the rubric filter: the menu's public rubrics, read once per request."""
        return {r.code: r for r in public_rubrics(self.events_index(), request)}

    def listed_rubric(self) -> RubricPage | None:
        """The rubric this list is limited to; None for every event of its language."""
        return None

    def base_events(self) -> QuerySet[EventListing]:
        """Listing rows (akorda.press.index) of this section or rubric."""
        return listed_events(self.locale, self.listed_rubric())

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        remember(request, ("events", self.locale.language_code), self.events_index())  # the menu's Events link
        rubrics = self.rubric_pages(request)
        filters = EventFilters.from_query(request.GET, rubrics)
        base = self.base_events()
        context.update(
            events_index=self.events_index(),
            rubrics=list(rubrics.values()),
            filters=filters,
            events=keyset_page(request, filters.apply(base)),
            pager_query=query_without_page(request),
            region_tags=tag_facets(EventRegionTag, self.locale, self.listed_rubric()),
            person_tags=tag_facets(EventPersonTag, self.locale, self.listed_rubric()),
        )
        return context

    @path("")
    def event_list(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @path("archive/")
    def archive_latest(self, request: HttpRequest) -> HttpResponse:
        latest = self.base_events().first()
        day = latest.date if latest else datetime.date.today()
        return redirect(self.url + self.reverse_subpage("archive_month", args=[day.year, day.month]))

    @path("archive/<int:year>/<int:month>/")
    def archive_month(self, request: HttpRequest, year: int, month: int) -> HttpResponse:
        return self._archive(request, year, month, None)

    @path("archive/<int:year>/<int:month>/<int:day>/")
    def archive_day(self, request: HttpRequest, year: int, month: int, day: int) -> HttpResponse:
        return self._archive(request, year, month, day)

    def _archive(self, request: HttpRequest, year: int, month: int, day: int | None) -> HttpResponse:
        try:
            chosen = datetime.date(year, month, day or 1)
        except (ValueError, OverflowError):  # OverflowError: a year past C's int (99999999999)
            raise Http404("No such date") from None
        if not 1900 <= year <= 2999:
            raise Http404("No such date")
        events = self.base_events()
        day_events = keyset_page(request, events.filter(date=chosen)) if day else None
        return self.render(
            request,
            template="press/event_archive.html",
            context_overrides={
                "calendar": month_calendar(events, year, month, self.locale.language_code),
                "chosen_day": chosen if day else None,
                "chosen_day_label": format_long_date(chosen, self.locale.language_code) if day else "",
                "day_events": day_events,
                "pager_query": "",
            },
        )

    @path("feed/rss/")
    def feed_rss(self, request: HttpRequest) -> HttpResponse:
        return EventsRssFeed()(request, page=self)

    @path("feed/atom/")
    def feed_atom(self, request: HttpRequest) -> HttpResponse:
        return EventsAtomFeed()(request, page=self)


class EventIndexPage(NoRestrictionsMixin, PublicCacheMixin, SitemapAlternatesMixin, EventListMixin, TypedChildRouteMixin, Page):
    """The Events section: every event of its locale, with filters and archive."""

    parent_page_types = ["press.HomePage"]
    subpage_types = ["press.RubricPage"]
    template = "press/event_list.html"  # Wagtail's page metaclass sets a per-class default otherwise

    def events_index(self) -> EventIndexPage:
        return self

    def route_child_model(self) -> type[Page]:
        return RubricPage


class RubricPage(NoRestrictionsMixin, PublicCacheMixin, SitemapAlternatesMixin, EventListMixin, TypedChildRouteMixin, Page):
    """A rubric of the Events section; ``code`` is language-independent."""

    code = models.CharField(max_length=32, choices=[(c, c) for c in RUBRICS])

    content_panels = Page.content_panels + [FieldPanel("code")]
    parent_page_types = ["press.EventIndexPage"]
    subpage_types = ["press.EventPage"]
    template = "press/event_list.html"

    def events_index(self) -> EventIndexPage:
        return self.get_parent().specific

    def listed_rubric(self) -> RubricPage | None:
        return self

    def route_child_model(self) -> type[Page]:
        return EventPage


class EventPage(NoRestrictionsMixin, PublicCacheMixin, SitemapAlternatesMixin, RoutablePageMixin, Page):
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
        MultiFieldPanel([
            FieldPanel("date"),
            FieldPanel("region_records", heading=_("Regions")),
            FieldPanel("official_records", heading=_("Officials")),
            FieldPanel("persons", heading=_("Other people")),
        ], heading=_("Event")),
        FieldPanel("body"),
        InlinePanel("gallery_images", label="Photo gallery"),
        # Set by the importer; editors neither see nor change them (issue 11).
        MultiFieldPanel([
            FieldPanel("source_url", permission="superuser"),
            FieldPanel("is_demo", permission="superuser"),
        ], heading=_("Import (administrators only)"), permission="superuser"),
    ]
    base_form_class = EventPageForm
    parent_page_types = ["press.RubricPage"]
    subpage_types: list[str] = []

    class Meta:
        ordering = ["-date"]

    def cache_tags(self) -> tuple[str, ...]:
        return event_tags(self)

    def rubric(self) -> RubricPage | None:
        """The rubric above the event: while a request is served, from the site snapshot's
        structure pages (a feed names the rubric of each of its twenty items, at two
        queries each when read); else, or if the parent is not there, read."""
        part = structure(None)
        parent = part.parent(self) if part is not None else None
        if parent is None:
            page = self.get_parent()
            parent = page.specific if page else None
        return parent if isinstance(parent, RubricPage) else None

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["rubric"] = self.rubric()
        return context

    @cached_property
    def gallery(self) -> list[EventGalleryImage]:
        """The photos with their images and the renditions this page prints, in one read.

        The share image (the first photo, ``sharing``) and the gallery used to
        read the photos twice, and each image and rendition on its own.
        """
        renditions = Prefetch("image__renditions", queryset=get_image_model().get_rendition_model().objects.filter(
            filter_spec__in=GALLERY_RENDITIONS))
        return list(self.gallery_images.select_related("image").prefetch_related(renditions))

    @cached_property
    def tag_links(self) -> dict[str, list[Tag]]:
        """The region and person tags, ``{"regions": [...], "persons": [...]}``, in one query (one per kind before).

        A preview holds its tags in memory (modelcluster), not in the tables: read through the managers then.
        """
        in_memory = getattr(self, "_cluster_related_objects", {})
        if not self.pk or "tagged_regions" in in_memory or "tagged_persons" in in_memory:
            return {"regions": list(self.regions.all()), "persons": list(self.persons.all())}
        return tags_by_kind(self.pk)

    @path("print/")
    def print_view(self, request: HttpRequest) -> HttpResponse:
        return self.render(request, template="press/event_print.html")

    def summary(self, words: int = 40) -> str:
        """The lead for lists, feeds and share cards: the first paragraph, shortened."""
        paragraphs = self.paragraphs()
        if not paragraphs:
            return ""
        parts = paragraphs[0].split()
        return " ".join(parts[:words]) + ("…" if len(parts) > words else "")

    def paragraphs(self) -> list[str]:
        """Body paragraphs as plain text, the unit extraction and highlighting work on."""
        return html_paragraphs(self.body)

    def dateline(self) -> str:
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



def public_events(locale: Locale | None = None) -> QuerySet[EventPage]:
    """Live, unrestricted event pages, newest first: the pages the public may open
    outside a list (the short URL, search off PostgreSQL); lists read
    ``akorda.press.listing.listed_events`` under the same rules."""
    qs = EventPage.objects.live().public()
    if locale is not None:
        qs = qs.filter(locale=locale)
    # Each item prints its dateline in the page's language (EventPage.dateline reads
    # page.locale): joined here, or every row of a list costs one more query.
    return qs.select_related("locale").order_by("-date", "-first_published_at", "-id")
