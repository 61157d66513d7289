"""A way into oversight from the Wagtail admin, for analysts and administrators."""
from __future__ import annotations

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from akorda.records.visibility import is_analyst


class OversightMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_analyst(request.user)


@hooks.register("register_admin_menu_item")
def register_oversight_menu_item():
    # Wagtail builds its menu once per process, so the link carries the language
    # active then (/kk/ by default); every language prefix serves the same pages.
    return OversightMenuItem("Oversight", reverse("oversight:index"), icon_name="view", order=260)
