"""Language-prefixed routes of this app (/kk/, /ru/, /en/)."""
from django.urls import include, path

from akorda.press import views

press_patterns = ([path("search/", views.search, name="search")], "press")

urlpatterns = [path("", include(press_patterns))]
