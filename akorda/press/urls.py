"""Unprefixed routes: the short event address and the sitemap index with its sections."""
from django.urls import path

from akorda.press import sitemaps, views

urlpatterns = [
    path("e/<int:page_id>/", views.short_url, name="event_short"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
]
