"""Language-prefixed routes of this app (/kk/, /ru/, /en/)."""
from django.urls import path

from akorda.regions import views

app_name = "regions"

urlpatterns = [
    path("regions/", views.region_list, name="region_list"),
    path("regions/<slug:slug>/", views.region_detail, name="region_detail"),
    path("officials/<slug:slug>/", views.official_detail, name="official_detail"),
]
