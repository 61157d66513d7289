"""The platform's roles as Django groups, created by a data migration (issue 5).

Groups are matched by name with ``get_or_create`` so that the records app's
migration (which creates "Analysts") and ours may run in either order.
Page permissions of the press roles are granted on the root page, Wagtail's
documented way to give a group the whole tree.
"""
from __future__ import annotations

PRESS_EDITORS = "Press editors"
PRESS_SECRETARIES = "Press secretaries"
ANALYSTS = "Analysts"
REGIONAL_OFFICERS = "Regional officers"
ADMINISTRATORS = "Administrators"
ROLE_NAMES = (PRESS_EDITORS, PRESS_SECRETARIES, ANALYSTS, REGIONAL_OFFICERS, ADMINISTRATORS)

_MEDIA = [
    *[("wagtailimages", "image", f"{a}_image") for a in ("add", "change", "choose")],
    *[("wagtaildocs", "document", f"{a}_document") for a in ("add", "change", "choose")],
]
MODEL_PERMISSIONS: dict[str, list[tuple[str, str, str]]] = {
    # Editors write and submit for moderation; secretaries also publish (page perms below).
    PRESS_EDITORS: [("wagtailadmin", "admin", "access_admin"), *_MEDIA],
    PRESS_SECRETARIES: [("wagtailadmin", "admin", "access_admin"), *_MEDIA],
    # Added to what the records app grants: the control of execution.
    ANALYSTS: [
        ("oversight", "executionreport", "view_executionreport"),
        ("oversight", "executionreport", "review_executionreport"),
        ("oversight", "officerprofile", "view_officerprofile"),
    ],
    # Officers work on the oversight pages only; no admin access.
    REGIONAL_OFFICERS: [
        ("oversight", "executionreport", "add_executionreport"),
        ("oversight", "executionreport", "view_executionreport"),
    ],
}
PAGE_PERMISSIONS: dict[str, list[str]] = {
    PRESS_EDITORS: ["add_page", "change_page"],
    PRESS_SECRETARIES: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    ADMINISTRATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}


def _ensure_permissions(apps) -> None:
    """On a fresh database Django creates permissions only after all migrations."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_role_groups(apps, schema_editor=None) -> None:
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
    for name, wanted in MODEL_PERMISSIONS.items():
        for app_label, model, codename in wanted:
            groups[name].permissions.add(
                Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)
            )
    # Administrators hold every permission (but are not superusers: they can be audited and revoked).
    groups[ADMINISTRATORS].permissions.add(*Permission.objects.all())
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for name, codenames in PAGE_PERMISSIONS.items():
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", content_type__model="page",
                                                    codename__in=codenames):
            GroupPagePermission.objects.get_or_create(group=groups[name], page=root, permission=permission)
