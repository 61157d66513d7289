"""The event editor (issue 11, part 5): reference records for regions and people,
import-only fields out of editors' way, a message that says what approval did."""
from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from akorda.press.models import EventPage
from akorda.press.tests.conftest import add_event, member
from akorda.press.workflow import EDITORS, SECRETARIES, ensure_moderation_workflow
from akorda.regions.models import Official, Region

pytestmark = pytest.mark.django_db

TITLE = "Глава государства принял акима области (демо)"


@pytest.fixture
def people(site_tree):
    ensure_moderation_workflow()
    return member("editor", EDITORS), member("secretary", SECRETARIES)


@pytest.fixture
def event(site_tree):
    return add_event(site_tree["ru"].rubrics["akorda"], TITLE, datetime.date(2025, 9, 1), ["Текст (демо)."],
                     publish=False, regions=["Карагандинская область"], persons=["Марат Султангазиев", "Гость Демо"])


def labels(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>|\s+", " ", text).strip() for text in re.findall(r"<label[^>]*>(.*?)</label>", html, re.S)]


def test_editor_picks_regions_and_officials_from_the_reference_records(client, people, event):
    editor, _ = people
    client.force_login(editor)
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    karaganda = Region.objects.get(canonical="Karaganda Region")
    official = Official.objects.get(name_ru="Марат Султангазиев")
    # Russian names (the page's language), the current choices checked.
    assert re.search(rf'<input[^>]*name="region_records"[^>]*value="{karaganda.pk}"[^>]*checked', html)
    assert "Карагандинская область" in html
    assert re.search(rf'<option value="{official.pk}" selected>Марат Султангазиев</option>', html)
    assert "Tags" not in " ".join(labels(html))
    assert 'name="persons"' in html and "Гость Демо" in html
    # The admin follows the site's default language (kk): this project's labels are Kazakh.
    assert "Басқа адамдар" in labels(html) and "Лауазымды тұлғалар" in labels(html)
    # Import-only fields are for administrators only.
    assert 'name="is_demo"' not in html and 'name="source_url"' not in html
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert 'name="is_demo"' in html and 'name="source_url"' in html


def test_saving_the_form_writes_the_records_names_as_tags(people, event):
    editor, _ = people
    form_class = EventPage.get_edit_handler().get_form_class()
    astana = Region.objects.get(canonical="Astana")
    official = Official.objects.get(name_ru="Марат Султангазиев")
    data = nested_form_data({
        "title": TITLE, "slug": event.slug, "date": "2025-09-01", "body": rich_text("<p>Текст (демо).</p>"),
        "region_records": [str(astana.pk)], "official_records": [str(official.pk)], "persons": '"Гость Демо"',
        "gallery_images": inline_formset([]), "comments": inline_formset([]),
    })
    data["region_records"] = [str(astana.pk)]
    data["official_records"] = [str(official.pk)]
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in data.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    form = form_class(query, instance=event, for_user=editor, parent_page=event.get_parent())
    assert form.is_valid(), form.errors
    page = form.save(commit=False)
    assert set(page.regions.names()) == {astana.name_ru}
    assert set(page.persons.names()) == {"Марат Султангазиев", "Гость Демо"}
    assert "is_demo" not in form.fields and "source_url" not in form.fields


def test_approve_and_publish_says_the_page_is_live(client, people, event):
    editor, secretary = people
    event.save_revision(user=editor)
    event.get_workflow().start(event, editor)
    client.force_login(secretary)
    official = Official.objects.get(name_ru="Марат Султангазиев")
    region = Region.objects.get(canonical="Karaganda Region")
    data = nested_form_data({
        "title": TITLE, "slug": event.slug, "date": "2025-09-01", "body": rich_text("<p>Текст (демо).</p>"),
        "persons": '"Гость Демо"', "gallery_images": inline_formset([]), "comments": inline_formset([]),
        "action-workflow-action": "true", "workflow-action-name": "approve",
    })
    data["region_records"] = [str(region.pk)]
    data["official_records"] = [str(official.pk)]
    response = client.post(f"/admin/pages/{event.pk}/edit/", data, follow=True)
    assert response.status_code == 200
    assert EventPage.objects.get(pk=event.pk).live
    texts = [str(m.message) for m in response.context["messages"]]
    # In the admin's language (kk by default): "approved and published, live at <address>".
    assert any("мақұлданып, жарияланды" in t and "/ru/events/akorda/" in t for t in texts), texts
    assert not any(t.endswith("has been updated.") for t in texts), texts


def test_editors_cannot_publish_anywhere(people, site_tree, event):
    editor, secretary = people
    assert not event.permissions_for_user(editor).can_publish()
    assert event.permissions_for_user(secretary).can_publish()
