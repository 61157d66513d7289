"""Admin routes of the review (mounted under /admin/records/ by wagtail_hooks)."""
from django.urls import path

from akorda.records import admin_views as views

app_name = "records_admin"

urlpatterns = [
    path("", views.index, name="index"),
    path("meetings/<int:meeting_id>/", views.review, name="review"),
    path("meetings/<int:meeting_id>/confirm/", views.bulk_confirm, name="bulk_confirm"),
    path("meetings/<int:meeting_id>/add-fact/", views.add_fact, name="add_fact"),
    path("meetings/<int:meeting_id>/edit/", views.edit_meeting, name="edit_meeting"),
    path("facts/<int:fact_id>/", views.fact_action, name="fact_action"),
    path("instructions/<int:instruction_id>/", views.instruction_action, name="instruction_action"),
    path("runs/", views.runs, name="runs"),
    path("runs/<int:run_id>/retry/", views.retry, name="retry"),
    path("runs/<int:run_id>/dismiss/", views.dismiss, name="dismiss"),
    path("pages/<int:page_id>/extract/", views.extract_now, name="extract_now"),
]
