"""The three-language check (issue 8): stated_in, the review panel, the editor warning."""
from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from akorda.records.models import Fact, Meeting, TranslationCheck
from akorda.records.tests.conftest import (
    EN_PARAGRAPHS,
    EN_TITLE,
    RU_EVENT,
    RU_FACTS,
    RU_INSTRUCTIONS,
    FakeEngine,
)

pytestmark = pytest.mark.django_db

# Test data written for these tests: the English version states the money in
# trillions where the Russian one says billions, and has no tonnes of waste.
EN_MISMATCH = [
    "The President was briefed on the region in January-May 2024.",
    "Investment reached 120.5 trillion tenge, 1,200 jobs were created.",
    "The Head of State instructed to continue the work.",
]
EN_MISMATCH_FACTS = [
    {"value": 120500000000000, "unit": "KZT", "quote": "120.5 trillion tenge"},
    {"value": 1200, "unit": "count", "quote": "1,200 jobs", "object": "jobs"},
]


@pytest.fixture
def mismatch_engine(monkeypatch) -> FakeEngine:
    fake = FakeEngine(facts=RU_FACTS + EN_MISMATCH_FACTS, instructions=RU_INSTRUCTIONS, event=RU_EVENT)
    monkeypatch.setattr("akorda.records.engine.run_engine", fake)
    return fake


@pytest.fixture
def mismatched(mismatch_engine, make_release) -> Meeting:
    ru = make_release("ru")
    make_release("en", title=EN_TITLE, paragraphs=EN_MISMATCH, translation_of=ru)
    return Meeting.objects.get()


def test_agreeing_versions_state_every_figure(engine, make_release):
    ru = make_release("ru")
    assert not TranslationCheck.objects.exists()  # one version: nothing to compare
    assert all(f.stated_in == [] for f in Fact.objects.all())
    make_release("en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS, translation_of=ru)
    check = TranslationCheck.objects.get()
    assert (check.languages, check.figures, check.agreed, check.disagreements) == (["ru", "en"], 3, 3, 0)
    assert [f.stated_in for f in Fact.objects.order_by("span_start")] == [["ru", "en"]] * 3


def test_pipeline_stores_stated_in_and_the_disagreements(mismatched):
    by_quote = {f.quote: f.stated_in for f in Fact.objects.all()}
    assert by_quote == {"120,5 млрд тенге": ["ru"], "1200 рабочих мест": ["ru", "en"], "500 тонн": ["ru"]}
    check = mismatched.translation_check
    assert (check.figures, check.agreed, check.disagreements) == (3, 1, 2)
    kinds = {(d["kind"], d["quote"], d["other_quote"]) for d in check.figure_disagreements()}
    assert kinds == {("differs", "120,5 млрд тенге", "120.5 trillion tenge"), ("missing", "500 тонн", None)}


def test_a_corrected_version_clears_the_disagreement(mismatched, mismatch_engine, django_capture_on_commit_callbacks):
    from akorda.press.models import EventPage

    en = EventPage.objects.get(locale__language_code="en")
    mismatch_engine.facts = RU_FACTS + [
        {"value": 120500000000, "unit": "KZT", "quote": "120.5 billion tenge"},
        {"value": 1200, "unit": "count", "quote": "1,200 jobs"}, {"value": 500, "unit": "t", "quote": "500 tonnes"}]
    from akorda.records.tests.conftest import body

    en.body = body(EN_PARAGRAPHS)
    with django_capture_on_commit_callbacks(execute=True):
        en.save_revision().publish()  # publishing extracts the version, and the check runs again
    check = TranslationCheck.objects.get()
    assert (check.agreed, check.disagreements) == (3, 0)
    assert all(f.stated_in == ["ru", "en"] for f in Fact.objects.all())


def test_a_failing_check_is_kept_and_never_fails_the_extraction(mismatched, mismatch_engine):
    from akorda.records.models import ExtractionRun
    from akorda.records.pipeline import extract_page

    page_id = Fact.objects.first().source_page_id
    real = mismatch_engine.__call__

    def engine_failing_on_english(text, lang):
        if lang == "en":
            raise RuntimeError("engine broke on the en version")
        return real(text, lang)

    run = extract_page(page_id, force=True, engine=engine_failing_on_english)
    assert run.status == ExtractionRun.Status.DONE
    assert "engine broke on the en version" in TranslationCheck.objects.get().error


def test_review_screen_names_both_quotes(client, mismatched, analyst):
    client.force_login(analyst)
    html = client.get(reverse("records_admin:review", args=[mismatched.pk])).content.decode()
    assert "Three-language check (ru, en)" in html
    assert "«120,5 млрд тенге» (120500000000 KZT)" in html
    assert "«120.5 trillion tenge» (120500000000000 KZT)" in html
    assert "«500 тонн» (500 t)" in html and "no such figure" in html
    assert "1 of 3 figure(s) stated alike in every version (33%); 2 disagreement(s)" in html


def test_nothing_of_the_check_reaches_anonymous_users_or_non_analysts(client, mismatched, django_user_model):
    from akorda.press.models import EventPage

    response = client.get(reverse("records_admin:review", args=[mismatched.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
    for page in EventPage.objects.all():
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 302 and "login" in response["Location"]
        html = client.get(page.url).content.decode()
        assert "trillion" not in html or page.locale.language_code == "en"
        assert "Three-language" not in html and "disagree" not in html.lower()
    editor = django_user_model.objects.create_user("plain", password="pw-plain-1")
    client.force_login(editor)
    assert client.get(reverse("records_admin:review", args=[mismatched.pk])).status_code in (302, 403)


def test_editor_sees_the_warning_on_a_draft_translation(client, mismatch_engine, make_release, superuser):
    """The en translation is a draft: the check runs on it in the editor, before publishing."""
    ru = make_release("ru")
    en = make_release("en", title=EN_TITLE, paragraphs=EN_MISMATCH, translation_of=ru, publish=False)
    assert not en.live and not TranslationCheck.objects.exists()
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[en.pk])).content.decode()
    assert ("Translations disagree: this en version says «120.5 trillion tenge» "
            "where the ru version says «120,5 млрд тенге».") in html
    assert "the ru version states «500 тонн»; this en version has no such figure." in html
    html = client.get(reverse("wagtailadmin_pages:edit", args=[ru.pk])).content.decode()
    assert "this ru version says «120,5 млрд тенге» where the en version says «120.5 trillion tenge»" in html


def test_a_draft_version_is_compared_only_for_users_who_may_edit_it(client, mismatch_engine, make_release,
                                                                  site_tree, django_user_model):
    """An editor of the ru tree only: the en draft's words are not shown to them."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    ru = make_release("ru")
    make_release("en", title=EN_TITLE, paragraphs=EN_MISMATCH, translation_of=ru, publish=False)
    group = Group.objects.create(name="ru editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=site_tree["ru"].home,
                                       permission=Permission.objects.get(codename="change_page"))
    editor = django_user_model.objects.create_user("ru-editor", password="pw-ru-editor-1")
    editor.groups.add(group)
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[ru.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Translations disagree" not in html and "trillion" not in html


def test_no_warning_without_a_translation(client, engine, make_release, superuser):
    ru = make_release("ru")
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[ru.pk])).content.decode()
    assert "Translations disagree" not in html


@pytest.fixture
def demo(settings, django_capture_on_commit_callbacks):
    """The demo as ``make demo`` loads it, extracted by the real engine."""
    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())


def _demo_page(lang: str):
    from akorda.press.models import EventPage

    return EventPage.objects.get(locale__language_code=lang, title__contains={
        "kk": "Бауыржан Оспановты", "ru": "Бауыржана Оспанова", "en": "Bauyrzhan Ospanov"}[lang])


def test_demo_mismatch_warns_in_the_editor_and_in_review(client, demo, superuser):
    kk = _demo_page("kk")
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[kk.pk])).content.decode()
    assert "this kk version says «5 млрд теңгеден» where the ru version says «5 трлн тенге»" in html
    assert "this kk version says «5 млрд теңгеден» where the en version says «KZT 5 trillion»" in html
    meeting = Meeting.objects.get(sources__page=kk)
    check = meeting.translation_check
    assert (check.languages, check.figures, check.agreed, check.disagreements) == (["kk", "ru", "en"], 7, 6, 2)
    five = meeting.facts.get(quote="5 трлн тенге")
    assert five.stated_in == ["ru", "en"]
    assert all(f.stated_in == ["kk", "ru", "en"] for f in meeting.facts.exclude(pk=five.pk))
    html = client.get(reverse("records_admin:review", args=[meeting.pk])).content.decode()
    assert "«5 млрд теңгеден» (5000000000 KZT)" in html and "«5 трлн тенге» (5000000000000 KZT)" in html
    html = client.get(reverse("wagtailadmin_pages:edit", args=[_demo_page("en").pk])).content.decode()
    assert "this en version says «KZT 5 trillion» where the kk version says «5 млрд теңгеден»" in html
