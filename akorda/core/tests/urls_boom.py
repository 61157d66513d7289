"""A URLconf for the error-page tests: the site's routes plus a view that fails."""
from django.conf.urls.i18n import i18n_patterns
from django.db import DatabaseError
from django.urls import path

from akorda.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise DatabaseError("the database is gone")


urlpatterns = i18n_patterns(path("boom/", boom), prefix_default_language=True) + list(site_urlpatterns)
