"""Fixtures for oversight: role accounts, regions, a small record written for these tests."""
from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from akorda.records.tests.conftest import analyst, engine, make_release, reviewed, superuser  # noqa: F401

TODAY = datetime.date.today()


@pytest.fixture
def regions(db):
    from akorda.regions.models import Region

    return {r.slug: r for r in Region.objects.filter(slug__in=["almaty-region", "karaganda-region", "astana"])}


def _user(django_user_model, username: str, group: str | None = None, region=None):
    from akorda.oversight.models import OfficerProfile

    user = django_user_model.objects.create_user(username, password=f"pw-{username}-1")
    if group:
        user.groups.add(Group.objects.get(name=group))
    if region is not None:
        OfficerProfile.objects.create(user=user, region=region)
    return user


@pytest.fixture
def officer(django_user_model, regions):
    """A regional officer of Karaganda Region."""
    return _user(django_user_model, "officer-kar", "Regional officers", regions["karaganda-region"])


@pytest.fixture
def almaty_officer(django_user_model, regions):
    return _user(django_user_model, "officer-alm", "Regional officers", regions["almaty-region"])


@pytest.fixture
def press_editor(django_user_model):
    return _user(django_user_model, "editor", "Press editors")


@pytest.fixture
def indicators(db):
    from akorda.records.models import Indicator

    return Indicator.objects.in_bulk(["grp", "grp_rank", "unemployment", "sme_count", "housing_commissioned",
                                      "fixed_capital_investment"], field_name="code")


@pytest.fixture
def record(regions, indicators):
    """Two regions, two periods each, confirmed figures; one proposed figure that must
    never count; instructions of Almaty and Karaganda in several states."""
    from akorda.records.models import Fact, Instruction, Meeting, ReviewStatus

    C, P = ReviewStatus.CONFIRMED, ReviewStatus.PROPOSED
    out = {"meetings": {}, "instructions": {}}
    data = {
        "almaty-region": [("January-March 2025", datetime.date(2025, 4, 10), "1000000000000", "4.9"),
                          ("January-June 2025", datetime.date(2025, 7, 10), "2100000000000", "4.7")],
        "karaganda-region": [("January-March 2025", datetime.date(2025, 4, 11), "1500000000000", "4.6"),
                             ("January-June 2025", datetime.date(2025, 7, 11), "2000000000000", "4.8")],
    }
    for slug, periods in data.items():
        region = regions[slug]
        for label, day, grp, unemployment in periods:
            meeting = Meeting.objects.create(region=region, date=day, kind="reception", report_period=label,
                                             official_name="Тест Тестов", is_demo=True)
            out["meetings"][(slug, label)] = meeting
            end = datetime.date(2025, 3, 31) if "March" in label else datetime.date(2025, 6, 30)
            common = {"meeting": meeting, "period": label, "period_start": datetime.date(2025, 1, 1), "period_end": end}
            Fact.objects.create(indicator=indicators["grp"], value=Decimal(grp), unit="KZT", status=C, **common)
            Fact.objects.create(indicator=indicators["unemployment"], value=Decimal(unemployment), unit="%", status=C,
                                **common)
            # A proposed figure: a value no page may show.
            Fact.objects.create(indicator=indicators["grp"], value=Decimal("777000000000000"), unit="KZT", status=P,
                                **common)
    alm = out["meetings"][("almaty-region", "January-June 2025")]
    kar = out["meetings"][("karaganda-region", "January-June 2025")]
    new = Instruction.objects.create
    out["instructions"] = {
        "alm_overdue": new(meeting=alm, region=alm.region, text="усилить контроль за строительством дорог",
                         deadline=TODAY - datetime.timedelta(days=3), status=C, given_on=alm.date, assignee="аким"),
        "alm_open": new(meeting=alm, region=alm.region, text="обеспечить подготовку к паводкам",
                      deadline=TODAY + datetime.timedelta(days=30), status=C, given_on=alm.date, assignee="аким"),
        "alm_proposed": new(meeting=alm, region=alm.region, text="проработать вопрос новых детских садов",
                          status=P, given_on=alm.date),
        "kar_open": new(meeting=kar, region=kar.region, text="модернизировать теплосети Темиртау",
                      deadline=TODAY + datetime.timedelta(days=10), status=C, given_on=kar.date, assignee="аким"),
        "kar_done": new(meeting=kar, region=kar.region, text="завершить ремонт школ", execution="done",
                      deadline=TODAY - datetime.timedelta(days=10), status=C, given_on=kar.date),
    }
    return out


def login(client, user):
    client.force_login(user)
    return client
