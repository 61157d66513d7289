"""Unprefixed routes: the read API (/api/v1/, its openapi.json and docs)."""
from django.urls import path

from akorda.api.v1 import api

urlpatterns = [path("api/v1/", api.urls)]
