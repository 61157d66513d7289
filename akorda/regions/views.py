"""Public pages of regions and officials: who governed, and what higher apps add.

The release record (meetings, releases, figures) lives in a higher layer: it
adds its sections to these pages through the ``regions_region_panels`` and
``regions_official_panels`` Wagtail hooks (``akorda.records.wagtail_hooks``),
the way apps add to ``django.contrib.sitemaps``, so this app never imports it.
"""
from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.safestring import SafeString
from wagtail import hooks

from akorda.core.cache import mark_cacheable
from akorda.regions.models import Official, Region, Tenure

# A hook function takes (request, region or official, language) and returns HTML.
REGION_PANELS_HOOK = "regions_region_panels"
OFFICIAL_PANELS_HOOK = "regions_official_panels"


def _public(view):
    """Region and official pages show the public record and releases: cached, tagged so."""
    from functools import wraps

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        mark_cacheable("events", "records")
        return view(request, *args, **kwargs)

    return wrapper


def _language() -> str:
    return (translation.get_language() or "kk")[:2]


def _panels(hook: str, request: HttpRequest, obj: Region | Official, language: str) -> list[SafeString]:
    return [panel(request, obj, language) for panel in hooks.get_hooks(hook)]


@_public
def region_list(request: HttpRequest) -> HttpResponse:
    regions = Region.objects.prefetch_related("centres")
    return render(request, "regions/region_list.html", {
        "regions": [r for r in regions if r.is_current and r.kind == Region.Kind.REGION],
        "cities": [r for r in regions if r.is_current and r.kind == Region.Kind.CITY],
        "historical": [r for r in regions if not r.is_current],
    })


@_public
def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug)
    return render(request, "regions/region_detail.html", {
        "region": region,
        "centre": region.centre_on(),
        "centres": region.centres.all(),
        "tenures": region.tenures.select_related("official").order_by("-start"),
        "panels": _panels(REGION_PANELS_HOOK, request, region, _language()),
        "predecessors": region.predecessors.all(),
    })


@_public
def official_detail(request: HttpRequest, slug: str) -> HttpResponse:
    official = get_object_or_404(Official, slug=slug)
    language = _language()
    return render(request, "regions/official_detail.html", {
        "official": official,
        "name": official.name(language),
        "tenures": Tenure.objects.filter(official=official).select_related("region").order_by("-start"),
        "panels": _panels(OFFICIAL_PANELS_HOOK, request, official, language),
    })
