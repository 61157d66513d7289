"""A way into oversight from the Wagtail admin, and the officer's region for the record's visibility rules."""
from __future__ import annotations

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from akorda.oversight.models import OfficerProfile
from akorda.records.visibility import REGION_OF_USER_HOOK, is_analyst


class OversightMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_analyst(request.user)


@hooks.register("register_admin_menu_item")
def register_oversight_menu_item():
    # Wagtail builds its menu once per process, so the link carries the language
    # active then (/kk/ by default); every language prefix serves the same pages.
    return OversightMenuItem("Oversight", reverse("oversight:index"), icon_name="view", order=260)


@hooks.register(REGION_OF_USER_HOOK)
def officer_region(user) -> int | None:
    """A regional officer sees their own region's record (records.visibility)."""
    profile = OfficerProfile.objects.filter(user_id=user.pk).only("region_id").first()
    return profile.region_id if profile else None
