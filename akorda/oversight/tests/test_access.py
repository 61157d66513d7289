"""Roles, and a regional officer kept to their region on every path (issue 5)."""
from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from akorda.oversight.feeds import feed_url
from akorda.oversight.roles import PAGE_PERMISSIONS, ROLE_NAMES

pytestmark = pytest.mark.django_db


def url(name: str, **kwargs) -> str:
    with translation.override("ru"):
        return reverse(f"oversight:{name}", kwargs=kwargs or None)


def test_role_groups_and_their_permissions():
    from wagtail.models import GroupPagePermission

    groups = {g.name: g for g in Group.objects.filter(name__in=ROLE_NAMES)}
    assert set(groups) == set(ROLE_NAMES)
    perms = {name: {f"{p.content_type.app_label}.{p.codename}" for p in g.permissions.select_related("content_type")}
             for name, g in groups.items()}
    assert "records.review_release" in perms["Analysts"]
    assert "oversight.review_executionreport" in perms["Analysts"]
    assert "oversight.add_executionreport" in perms["Regional officers"]
    assert "wagtailadmin.access_admin" not in perms["Regional officers"]
    assert "oversight.review_executionreport" not in perms["Regional officers"]
    assert "wagtailadmin.access_admin" in perms["Press editors"]
    assert "records.review_release" not in perms["Press editors"]
    assert perms["Administrators"] >= perms["Analysts"] | perms["Regional officers"]
    for name, codenames in PAGE_PERMISSIONS.items():
        granted = set(GroupPagePermission.objects.filter(group=groups[name]).values_list("permission__codename", flat=True))
        assert granted == set(codenames)
    assert "publish_page" not in PAGE_PERMISSIONS["Press editors"]  # editors go through moderation


def test_anonymous_is_sent_to_login(client, regions):
    response = client.get(url("region", slug="almaty-region"))
    assert response.status_code == 302 and url("login") in response["Location"]


def test_press_editor_has_no_oversight(client, press_editor, regions):
    client.force_login(press_editor)
    assert client.get(url("index")).status_code == 403
    assert client.get(url("register")).status_code == 403
    assert client.get(url("region", slug="almaty-region")).status_code == 403


def test_analyst_opens_every_region(client, analyst, record):
    client.force_login(analyst)
    for slug in ("almaty-region", "karaganda-region"):
        assert client.get(url("region", slug=slug)).status_code == 200
        assert client.get(url("briefing", slug=slug)).status_code == 200
    assert client.get(url("compare", code="grp")).status_code == 200
    for item in record["instructions"].values():
        assert client.get(url("instruction", pk=item.pk)).status_code == 200


def test_officer_is_kept_to_own_region_on_oversight_pages(client, officer, record):
    client.force_login(officer)
    assert client.get(url("index"))["Location"] == url("region", slug="karaganda-region")
    assert client.get(url("region", slug="karaganda-region")).status_code == 200
    assert client.get(url("region", slug="almaty-region")).status_code == 403
    assert client.get(url("briefing", slug="almaty-region")).status_code == 403
    assert client.get(url("briefing_pdf", slug="almaty-region")).status_code == 403
    assert client.get(url("compare", code="grp")).status_code == 403  # all regions side by side: staff only
    assert client.get(url("overdue")).status_code == 403
    assert client.get(url("audit")).status_code == 403
    own = client.get(url("register")).content.decode()
    assert "модернизировать теплосети Темиртау" in own
    for key in ("alm_overdue", "alm_open", "alm_proposed"):
        item = record["instructions"][key]
        assert item.text not in own
        assert client.get(url("instruction", pk=item.pk)).status_code == 404
        assert client.post(url("instruction", pk=item.pk), {"text": "done"}).status_code == 404
    # Asking the register for Almaty's items by filter gives nothing either.
    filtered = client.get(url("register"), {"region": "almaty-region"}).content.decode()
    assert "усилить контроль за строительством дорог" not in filtered


def test_officer_cannot_enter_the_wagtail_admin(client, officer, record):
    client.force_login(officer)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert "/admin/login/" in response.get("Location", "/admin/login/")
    assert client.get("/admin/records/").status_code in (302, 403, 404)


@pytest.mark.parametrize("path", ["/api/v1/instructions", "/api/v1/instructions?format=csv",
                                  "/api/v1/instructions/export.csv", "/api/v1/instructions/export.xlsx",
                                  "/api/v1/instructions?region=almaty-region"])
def test_officer_gets_no_unpublished_instruction_of_another_region_from_the_api(client, officer, record, path):
    """Items of our record have no public release, so only the officer's own region shows."""
    client.force_login(officer)
    response = client.get(path)
    assert response.status_code == 200
    if path.endswith("xlsx"):
        from io import BytesIO

        from openpyxl import load_workbook

        sheet = load_workbook(BytesIO(response.content)).active
        body = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
    elif response["Content-Type"].startswith("application/json"):
        items = json.loads(response.content)["items"]
        body = "\n".join(item["text"] for item in items)
        if "region=" not in path:
            assert {item["region"] for item in items} == {"karaganda-region"}
    else:
        body = b"".join(response.streaming_content).decode()  # CSV is streamed
    for key in ("alm_overdue", "alm_open", "alm_proposed"):
        assert record["instructions"][key].text not in body
    if "region=" not in path:
        assert record["instructions"]["kar_open"].text in body


def test_officer_feed_and_attachments_of_other_regions_are_closed(client, officer, analyst, record):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from akorda.oversight.control import submit_report

    # An officer's own feed URL does not open: the feed is for analysts.
    with translation.override("ru"):
        assert client.get(feed_url(officer)).status_code == 404
        analyst_feed = feed_url(analyst)
    # A token of another user does not open it either.
    forged = analyst_feed.rstrip("/").rsplit("/", 1)[0] + "/" + "0" * 32 + "/"
    assert client.get(forged).status_code == 404
    report = submit_report(record["instructions"]["alm_open"], analyst, "сделано",
                           [SimpleUploadedFile("act.pdf", b"%PDF-1.4 test", content_type="application/pdf")])
    client.force_login(officer)
    assert client.get(url("attachment", pk=report.attachments.get().pk)).status_code == 404


def test_almaty_officer_reaches_own_items(client, almaty_officer, record):
    client.force_login(almaty_officer)
    body = client.get(url("register")).content.decode()
    assert "усилить контроль за строительством дорог" in body
    assert "модернизировать теплосети Темиртау" not in body
    assert client.get(url("instruction", pk=record["instructions"]["alm_proposed"].pk)).status_code == 200
    assert client.get(url("instruction", pk=record["instructions"]["kar_open"].pk)).status_code == 404


@pytest.fixture
def public_almaty_instruction(engine, make_release):
    """A published release of Almaty Region whose instruction an analyst confirmed: public data."""
    from akorda.records.models import Instruction, ReviewStatus

    make_release("ru")
    item = Instruction.objects.get(text="продолжить работу")
    Instruction.objects.filter(pk=item.pk).update(status=ReviewStatus.CONFIRMED)
    return item


def test_oversight_pages_keep_public_items_of_other_regions_from_an_officer(client, officer, public_almaty_instruction):
    client.force_login(officer)
    assert "продолжить работу" not in client.get(url("register")).content.decode()
    assert client.get(url("instruction", pk=public_almaty_instruction.pk)).status_code == 404


def test_api_keeps_public_items_of_other_regions_from_an_officer(client, officer, public_almaty_instruction):
    client.force_login(officer)
    items = json.loads(client.get("/api/v1/instructions").content)["items"]
    assert public_almaty_instruction.pk not in {item["id"] for item in items}


def test_seed_instructions_reach_analysts_marked_unreviewed_and_no_other_officer(
        client, seed_path, make_release, analyst, officer):
    """The issue's closing check on the seed: imported, extracted, proposed."""
    import datetime

    from akorda.records.models import Instruction

    lines = [line.strip() for line in seed_path.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Глава государства принял"))
    body = [line for line in lines[start + 2:] if line]
    body = body[:next(i for i, line in enumerate(body) if line.startswith("Вернуться назад"))]
    make_release("ru", title=lines[start], paragraphs=body, date=datetime.date(2024, 6, 14))
    seeded = list(Instruction.objects.filter(status="proposed"))
    assert seeded
    client.force_login(analyst)
    page = client.get(url("register"), {"region": "almaty-region"}).content.decode()
    for item in seeded:
        assert item.text in page
    assert page.count('class="badge unreviewed"') >= len(seeded)
    client.force_login(officer)
    page = client.get(url("register")).content.decode()
    api = client.get("/api/v1/instructions").content.decode()
    for item in seeded:
        assert item.text not in page and f'"id": {item.pk},' not in api
        assert client.get(url("instruction", pk=item.pk)).status_code == 404
