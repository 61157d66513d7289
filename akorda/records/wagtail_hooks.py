"""The review of release records in the Wagtail admin, and its reference data as snippets."""
from __future__ import annotations

import logging

from django.contrib import messages
from django.urls import include, path, reverse
from laces.components import Component
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from akorda.records import admin_urls, region_panels, release_panel
from akorda.records.models import ExtractionRun, Indicator, Programme
from akorda.records.review_panels import HOOK as REVIEW_PANELS
from akorda.records.review_panels import ReviewPanel
from akorda.records.translations import editor_warnings, review_panel
from akorda.records.visibility import is_analyst

logger = logging.getLogger(__name__)


class AnalystMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_analyst(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("records/", include((admin_urls, "records_admin"), namespace="records_admin"))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return AnalystMenuItem("Release records", reverse("records_admin:index"), icon_name="table", order=250)


class FailedExtractionsPanel(Component):
    """On the admin dashboard: unresolved failed extractions, so none goes unseen."""

    name = "failed_extractions"
    order = 50
    template_name = "records/admin/failed_panel.html"

    def __init__(self, count: int) -> None:
        self.count = count

    def get_context_data(self, parent_context=None) -> dict:
        return {"count": self.count}


@hooks.register("construct_homepage_panels")
def add_failed_panel(request, panels) -> None:
    if not is_analyst(request.user):
        return
    count = ExtractionRun.objects.filter(status=ExtractionRun.Status.FAILED, resolved=False).count()
    if count:
        panels.append(FailedExtractionsPanel(count))


@hooks.register("before_edit_page")
def warn_on_translation_disagreements(request, page):
    """The three-language check in the editor: the draft against its other language versions.

    Shown on opening the edit view (after every save, which returns there), so
    an editor or the secretary who publishes sees it before publishing.
    """
    if request.method != "GET":
        return None
    try:
        warnings = editor_warnings(page, user=request.user)
    except Exception as exc:
        logger.exception("three-language check of page %s failed", page.pk)
        warnings = [f"The three-language check could not run: {type(exc).__name__}: {exc}"]
    for warning in warnings:
        messages.warning(request, warning)
    return None


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "list-ul"
    list_display = ["name_en", "code", "unit"]
    search_fields = ["name_en", "name_ru", "name_kk", "code"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "list-ul"
    list_display = ["name_en", "code"]
    search_fields = ["name_en", "name_ru", "name_kk", "code"]


class CatalogGroup(SnippetViewSetGroup):
    menu_label = "Catalogs"
    menu_icon = "list-ul"
    menu_order = 270
    items = (IndicatorViewSet, ProgrammeViewSet)


register_snippet(CatalogGroup)


hooks.register("regions_region_panels", region_panels.region_record)
hooks.register("regions_official_panels", region_panels.official_record)
hooks.register("press_event_page_panels", release_panel.release_record_panel)
@hooks.register(REVIEW_PANELS)
def translation_check_panel(request, meeting, page) -> ReviewPanel | None:
    """The three-language check's disagreements, above the text (issue 8)."""
    check = review_panel(meeting)
    if check is None:
        return None
    return ReviewPanel("records/admin/review/_translation_panel.html", {"check": check}, order=10)
