"""Who may write and who may publish events: groups and Wagtail's moderation (issue 2, item 8).

An editor writes an event and submits it; a press secretary approves it,
which publishes it. Nothing here re-implements moderation: the groups get
Wagtail's page permissions on each locale's Events section, and a Wagtail
Workflow with one GroupApprovalTask is assigned there (the editor's submit is
step one, the secretary's approval step two).

The groups themselves, with tree-wide page permissions, come from the
oversight app's roles migration (``akorda.oversight.roles``, issue 5); this
module gets or creates them by the same names and grants what the Events
section needs, so the workflow also stands on a database where an
administrator has trimmed the tree-wide grants.

``ensure_moderation_workflow()`` is idempotent: ``load_demo`` calls it, and a
production site runs ``manage.py setup_press`` after ``migrate``.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from akorda.press.structure import ensure_site_structure

# The same names as akorda.oversight.roles (checked by a test); not imported
# from there because the website app must not depend on the oversight app.
EDITORS = "Press editors"
SECRETARIES = "Press secretaries"
WORKFLOW = "Two-step moderation"
TASK = "Press secretary approval"

# Wagtail's page permission codenames (wagtail.models.PAGE_PERMISSION_CODENAMES).
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
SECRETARY_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
# Images for event galleries: both may upload and choose; only secretaries may delete.
EDITOR_IMAGE_PERMISSIONS = ("add_image", "choose_image", "change_image")
SECRETARY_IMAGE_PERMISSIONS = EDITOR_IMAGE_PERMISSIONS + ("delete_image",)


@dataclass(frozen=True)
class Moderation:
    editors: Group
    secretaries: Group
    workflow: Workflow
    task: GroupApprovalTask


def _page_permissions(group: Group, page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _collection_permissions(group: Group, codenames: tuple[str, ...]) -> None:
    root = Collection.get_first_root_node()
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailimages", codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


@transaction.atomic
def ensure_moderation_workflow() -> Moderation:
    """Create what is missing; never remove what administrators added."""
    trees = ensure_site_structure()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    secretaries, _ = Group.objects.get_or_create(name=SECRETARIES)
    for group in (editors, secretaries):
        group.permissions.add(access_admin)
    _collection_permissions(editors, EDITOR_IMAGE_PERMISSIONS)
    _collection_permissions(secretaries, SECRETARY_IMAGE_PERMISSIONS)

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(secretaries)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count())

    for tree in trees.values():
        _page_permissions(editors, tree.events, EDITOR_PAGE_PERMISSIONS)
        _page_permissions(secretaries, tree.events, SECRETARY_PAGE_PERMISSIONS)
        WorkflowPage.objects.get_or_create(page=tree.events, defaults={"workflow": workflow})
    return Moderation(editors=editors, secretaries=secretaries, workflow=workflow, task=task)
