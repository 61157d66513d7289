"""Language-prefixed routes of this app (/kk/, /ru/, /en/)."""
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from akorda.oversight import views
from akorda.oversight.feeds import OverdueFeed

oversight_patterns = ([
    path("", views.index, name="index"),
    # Without ?next= a sign-in lands on the oversight home, not on Django's /accounts/profile/.
    path("login/", auth_views.LoginView.as_view(template_name="oversight/login.html",
                                                next_page=reverse_lazy("oversight:index")), name="login"),
    path("logout/", auth_views.LogoutView.as_view(next_page=reverse_lazy("oversight:login")), name="logout"),
    path("regions/<slug:slug>/", views.region_dashboard, name="region"),
    path("regions/<slug:slug>/briefing/", views.briefing, name="briefing"),
    path("regions/<slug:slug>/briefing.pdf", views.briefing_pdf, name="briefing_pdf"),
    path("compare/<slug:code>/", views.compare, name="compare"),
    path("instructions/", views.register, name="register"),
    path("instructions/<int:pk>/", views.instruction_detail, name="instruction"),
    path("reports/<int:pk>/review/", views.review, name="review"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
    path("overdue/", views.overdue, name="overdue"),
    path("overdue/feed/<int:user_id>/<str:token>/", OverdueFeed(), name="overdue_feed"),
    path("meetings/<int:pk>/draft/", views.draft_release, name="draft_release"),
    path("audit/", views.audit, name="audit"),
], "oversight")

urlpatterns = [path("oversight/", include(oversight_patterns))]
