"""Unprefixed routes: the short event address and the sitemap."""
from django.urls import path

from akorda.press import views

urlpatterns = [
    path("e/<int:page_id>/", views.short_url, name="event_short"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
]
