"""Fixtures of the public-site tests: events built in the site tree."""
from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from akorda.press.models import EventPage


def add_event(rubric, title: str, date: datetime.date, paragraphs: list[str], *, publish: bool = True,
              regions: list[str] = (), persons: list[str] = (), slug: str | None = None, **fields) -> EventPage:
    """An event under ``rubric``, published unless ``publish`` is False (then a draft revision only)."""
    page = EventPage(
        title=title,
        date=date,
        body="".join(f"<p>{p}</p>" for p in paragraphs),
        locale=rubric.locale,
        live=publish,
        **({"slug": slug} if slug else {}),
        **fields,
    )
    rubric.add_child(instance=page)
    for name in regions:
        page.regions.add(name)
    for name in persons:
        page.persons.add(name)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def translate_event(page: EventPage, tree, title: str, paragraphs: list[str]) -> EventPage:
    """A published translation of ``page`` into the locale of ``tree`` (a LocaleTree)."""
    rubric = tree.rubrics[page.get_parent().specific.code]
    copy = page.copy_for_translation(rubric.locale, copy_parents=False)
    copy.title = title
    copy.body = "".join(f"<p>{p}</p>" for p in paragraphs)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def member(username: str, group: str):
    """A user (password "x") in the named group, as the workflow and editor tests log in."""
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def ru_event(site_tree) -> EventPage:
    return add_event(
        site_tree["ru"].rubrics["akorda"],
        "Глава государства провёл совещание по развитию школ",
        datetime.date(2024, 6, 14),
        ["Обсуждено строительство новых школ в регионах.", "Поручено ускорить работу над индустриальными зонами."],
        regions=["Алматинская область"],
        persons=["Марат Султангазиев"],
        is_demo=True,
    )


def sitemap_entries(client, **extra) -> dict:
    """Every ``<url>`` of the sitemap index's sections, by location (follows ``?p=`` pages)."""
    import xml.etree.ElementTree as ET
    from urllib.parse import urlsplit

    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    index = client.get("/sitemap.xml", **extra)
    assert index.status_code == 200
    entries = {}
    for loc in ET.fromstring(index.content).iter(f"{ns}loc"):
        parts = urlsplit(loc.text)
        section = client.get(parts.path + (f"?{parts.query}" if parts.query else ""), **extra)
        assert section.status_code == 200, loc.text
        for url in ET.fromstring(section.content).findall(f"{ns}url"):
            entries[url.findtext(f"{ns}loc")] = url
    return entries
