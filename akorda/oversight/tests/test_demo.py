"""The oversight demo loader (issue 5): idempotent, marked demo, refuses live sites."""
from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from akorda.oversight.demo import DEMO_PASSWORDS

pytestmark = pytest.mark.django_db


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_oversight_demo", *args, stdout=out)
    return out.getvalue()


def test_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        load()


def test_loads_once_and_again_without_duplicates(django_user_model):
    from akorda.oversight.models import OfficerProfile
    from akorda.records.models import Fact, Instruction, Meeting
    from akorda.records.visibility import is_analyst

    output = load("--force")
    counts = (Meeting.objects.count(), Fact.objects.count(), Instruction.objects.count())
    assert counts == (18, 108, 48)
    load("--force")
    assert (Meeting.objects.count(), Fact.objects.count(), Instruction.objects.count()) == counts
    assert not Meeting.objects.filter(is_demo=False).exists()
    assert Meeting.objects.values("region").distinct().count() == 6
    assert set(Instruction.objects.values_list("execution", flat=True)) == {"open", "in_progress", "done", "withdrawn"}
    assert Instruction.objects.filter(status="proposed").count() == 6
    analyst = django_user_model.objects.get(username="demo-analyst")
    officer = django_user_model.objects.get(username="demo-officer")
    assert is_analyst(analyst) and not is_analyst(officer)
    assert OfficerProfile.objects.get(user=officer).region.canonical == "Karaganda Region"
    password = next(line.split(" / ")[1].split()[0] for line in output.splitlines() if "demo-analyst" in line)
    # Stable development passwords (issue 11): printed, and still valid after a rerun.
    assert password == DEMO_PASSWORDS["demo-analyst"] and password in load("--force")
    assert analyst.check_password(password)
    assert django_user_model.objects.get(username="demo-officer").check_password(DEMO_PASSWORDS["demo-officer"])
    assert officer.groups.filter(name="Regional officers").exists()


def test_officer_cannot_be_bound_to_almaty_region():
    with pytest.raises(CommandError, match="other than Almaty"):
        load("--force", "--officer-region", "Almaty Region")


def test_demo_officer_reaches_no_almaty_instruction(client, django_user_model):
    """The issue's closing check, on the demo data: every oversight path and the API."""
    import csv
    import json

    from django.urls import reverse
    from django.utils import translation

    from akorda.records.models import Instruction

    load("--force")
    client.force_login(django_user_model.objects.get(username="demo-officer"))
    almaty = Instruction.objects.filter(region__canonical="Almaty Region")
    assert almaty.exists()
    with translation.override("ru"):
        register = client.get(reverse("oversight:register")).content.decode()
        for item in almaty:
            assert client.get(reverse("oversight:instruction", args=[item.pk])).status_code == 404
        assert client.get(reverse("oversight:region", args=["almaty-region"])).status_code == 403
    api = {i["id"] for i in json.loads(client.get("/api/v1/instructions?limit=500").content)["items"]}
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/api/v1/instructions/export.csv").streaming_content).decode("utf-8-sig"))))
    assert rows and {row["region"] for row in rows} == {"karaganda-region"}
    exported = {int(row["id"]) for row in rows}
    for item in almaty:
        assert f'instructions/{item.pk}/"' not in register and item.pk not in api and item.pk not in exported


def test_demo_accounts_banner_lists_every_account_last(settings):
    """`make run` ends with this banner (Procfile.dev): every demo account with its password."""
    from akorda.press.demo import ACCOUNTS

    settings.DEBUG = True
    out = io.StringIO()
    call_command("demo_accounts", stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert lines[-1].startswith("====")
    for username, password in [*((a.username, a.password) for a in ACCOUNTS), *DEMO_PASSWORDS.items()]:
        assert any(username in line and password in line for line in lines), username
    settings.DEBUG = False
    out = io.StringIO()
    call_command("demo_accounts", stdout=out)
    assert "pass" not in out.getvalue()
