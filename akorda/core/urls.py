from django.urls import path

from akorda.core import health, views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("a11y/", views.toggle_a11y, name="toggle_a11y"),
    path("healthz", health.healthz, name="healthz"),
]
