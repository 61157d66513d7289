"""Oversight pages speak the language of the URL prefix (kk, ru, en) through
the gettext catalogs in akorda/locale; the data (indicator and region names,
figures) comes from the records, not from the catalogs."""
from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def url(lang: str, name: str, **kwargs) -> str:
    with translation.override(lang):
        return reverse(f"oversight:{name}", kwargs=kwargs or None)


@pytest.mark.parametrize("lang, heading, nav, english", [
    ("ru", "Контроль по регионам", "Поручения", "Regional oversight"),
    ("kk", "Өңірлер бойынша бақылау", "Тапсырмалар", "Regional oversight"),
    ("en", "Regional oversight", "Instructions", "Өңірлер бойынша бақылау"),
])
def test_index_in_the_language_of_the_prefix(client, analyst, lang, heading, nav, english):
    client.force_login(analyst)
    path = url(lang, "index")
    assert path.startswith(f"/{lang}/oversight/")
    body = client.get(path).content.decode()
    assert f"<h1>{heading}</h1>" in body
    assert f">{nav}</a>" in body
    assert english not in body


def test_region_dashboard_in_russian(client, analyst, record):
    client.force_login(analyst)
    body = client.get(url("ru", "region", slug="almaty-region")).content.decode()
    for text in ("Динамика показателей", "Место среди регионов", "1 из 2", "Последняя встреча в сравнении с предыдущей",
                 "Поручения по статусам", "Справка к встрече (PDF)", "−0,2 п. п."):
        assert text in body, text
    section = body[body.index('id="instructions"'):]
    assert "Просрочено <small>(1)</small>" in section and "На контроле <small>(2)</small>" in section
    for english in ("Indicators over time", "Rank among regions", "Overdue", "Instructions by status"):
        assert english not in body, english


def test_register_form_and_its_errors_in_kazakh(client, analyst, record):
    client.force_login(analyst)
    body = client.get(url("kk", "register"), {"deadline_from": "2025-05-01", "deadline_to": "2025-01-01"}).content.decode()
    assert "Мемлекет басшысының тапсырмалары" in body
    assert "Тек мерзімі өткендер" in body  # a form label
    assert ">Қарағанды облысы</option>" in body and "Karaganda Region" not in body  # regions in Kazakh
    assert "«Мерзімі (бастап)» өрісіндегі күн" in body  # the form's own validation message
    assert "Overdue only" not in body and "is after" not in body


def test_briefing_labels_translated_data_kept(client, analyst, record, regions):
    client.force_login(analyst)
    body = client.get(url("ru", "briefing", slug="almaty-region")).content.decode()
    assert "Справка к очередной встрече" in body and "Показатели последних встреч" in body
    assert "Briefing for the next meeting" not in body
    # Names come from the records in the page's language, not from the catalogs.
    assert regions["almaty-region"].name_ru in body


def test_workflow_messages_follow_the_language(analyst):
    from akorda.oversight.forms import ReviewForm

    with translation.override("ru"):
        form = ReviewForm({"decision": "return", "comment": " "})
        assert not form.is_valid()
        assert form.errors["comment"] == ["При возврате отчёта укажите в комментарии, чего не хватает."]
    with translation.override("en"):
        form = ReviewForm({"decision": "return", "comment": ""})
        assert not form.is_valid()
        assert form.errors["comment"] == ["A returned report needs a comment saying what is missing."]
