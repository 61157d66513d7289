"""Editors submit, press secretaries approve; scheduled publishing (issue 2, item 8)."""
from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from akorda.press.models import EventPage
from akorda.press.tests.conftest import add_event, member
from akorda.press.workflow import EDITORS, SECRETARIES, WORKFLOW, ensure_moderation_workflow

pytestmark = pytest.mark.django_db

TITLE = "Глава государства провёл совещание по подготовке к отопительному сезону"


@pytest.fixture
def moderation(site_tree):
    return ensure_moderation_workflow()


@pytest.fixture
def editor(moderation):
    return member("editor", EDITORS)


@pytest.fixture
def secretary(moderation):
    return member("secretary", SECRETARIES)


def test_idempotent(moderation):
    counts = (Group.objects.count(), Workflow.objects.count(), WorkflowPage.objects.count(),
              GroupPagePermission.objects.count())
    again = ensure_moderation_workflow()
    assert again.workflow == moderation.workflow
    assert counts == (Group.objects.count(), Workflow.objects.count(), WorkflowPage.objects.count(),
                      GroupPagePermission.objects.count())


def test_group_names_match_the_roles():
    from akorda.oversight.roles import PRESS_EDITORS, PRESS_SECRETARIES

    assert (EDITORS, SECRETARIES) == (PRESS_EDITORS, PRESS_SECRETARIES)


def test_workflow_covers_every_locale(moderation, site_tree):
    assert moderation.workflow.name == WORKFLOW
    assert list(moderation.task.groups.all()) == [moderation.secretaries]
    for lang, tree in site_tree.items():
        event = add_event(tree.rubrics["phone"], f"Event {lang}", datetime.date(2025, 1, 1), ["Text."], publish=False)
        assert event.get_workflow() == moderation.workflow, lang


def test_permissions(editor, secretary, site_tree):
    page = add_event(site_tree["ru"].rubrics["akorda"], TITLE, datetime.date(2025, 9, 1), ["Текст."], publish=False)
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(secretary).can_publish()
    parent = site_tree["ru"].rubrics["akorda"]
    assert parent.permissions_for_user(editor).can_add_subpage()
    # Nowhere in the tree may an editor publish.
    assert not site_tree["ru"].home.permissions_for_user(editor).can_publish()
    assert not site_tree["kk"].events.permissions_for_user(editor).can_publish()


def test_admin_editor_sees_submit_not_publish(client, editor, secretary, site_tree):
    page = add_event(site_tree["ru"].rubrics["akorda"], TITLE, datetime.date(2025, 9, 1), ["Текст."], publish=False)
    client.force_login(editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-submit"' in html and 'name="action-publish"' not in html
    client.force_login(secretary)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-publish"' in html


def test_submitted_event_is_public_only_after_approval(client, editor, secretary, site_tree):
    page = add_event(site_tree["ru"].rubrics["akorda"], TITLE, datetime.date(2025, 9, 1),
                     ["Поручено завершить ремонт котельных до октября."], publish=False)
    page.save_revision(user=editor)
    workflow = page.get_workflow()
    workflow.start(page, editor)
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert not page.live
    url = "/ru/events/akorda/" + page.slug + "/"
    assert client.get(url).status_code == 404
    assert TITLE not in client.get("/ru/events/").content.decode()

    task_state = page.current_workflow_task_state
    task = task_state.task.specific
    assert task.get_actions(page, editor) == []  # an editor cannot approve
    assert "approve" in [name for name, *_ in task.get_actions(page, secretary)]
    task.on_action(task_state, secretary, "approve")

    page.refresh_from_db()
    assert page.live
    assert client.get(url).status_code == 200
    assert TITLE in client.get("/ru/events/").content.decode()


def test_scheduled_page_published_by_publish_scheduled(client, site_tree, monkeypatch):
    page = add_event(site_tree["ru"].rubrics["akorda"], TITLE, datetime.date(2025, 9, 1), ["Текст."], publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # scheduled: approved_go_live_at is set, the page stays not live
    page.refresh_from_db()
    url = "/ru/events/akorda/" + page.slug + "/"
    assert not page.live
    call_command("publish_scheduled")
    assert not EventPage.objects.get(pk=page.pk).live  # not yet time
    assert client.get(url).status_code == 404

    # Two hours pass (Wagtail reads the clock through django.utils.timezone.now).
    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get(url).status_code == 404  # invisible until publish_scheduled runs
    call_command("publish_scheduled")
    assert EventPage.objects.get(pk=page.pk).live
    assert client.get(url).status_code == 200
