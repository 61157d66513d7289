"""Drafted releases: three draft pages, and a text that extracts back to its record (issue 5)."""
from __future__ import annotations

import datetime
from collections import Counter
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from akorda.extract import extract
from akorda.oversight.drafting import DraftingError, create_draft_pages, draft, drafted_task, meeting_input

pytestmark = pytest.mark.django_db


def values(items) -> Counter:
    return Counter((round(float(v), 4), u) for v, u in items)


def assert_round_trip(meeting, page) -> dict:
    """Extracting the drafted text gives the confirmed figures (value and unit) and instructions back."""
    record = extract(page.source_text(), lang="ru").to_dict()
    confirmed = meeting.facts.filter(status="confirmed")
    assert values((f["value"], f["unit"]) for f in record["facts"]) == values((f.value, f.unit) for f in confirmed)
    # a task the release named by a noun is drafted, and so read back, in its action form
    assert [i["text"] for i in record["instructions"]] == [
        drafted_task(text, extracted) for text, extracted in
        meeting.instructions.filter(status="confirmed").order_by("span_start", "id").values_list("text", "extracted")]
    return record


@pytest.fixture
def demo_meeting(db, regions, indicators):
    """A meeting written for this test, with a figure of each unit the genre reports."""
    from akorda.records.models import Fact, Instruction, Meeting, ReviewStatus
    from akorda.regions.models import Official

    official = Official.objects.create(slug="test-akim", name_ru="Ерлан Примеров", name_kk="Ерлан Примеров",
                                       name_en="Yerlan Primerov", is_demo=True)
    meeting = Meeting.objects.create(region=regions["karaganda-region"], date=datetime.date(2025, 7, 14),
                                     kind="reception", official=official, official_name=official.name_ru,
                                     report_period="January-June 2025", is_demo=True)
    C = ReviewStatus.CONFIRMED
    rows = [("grp", "2450000000000", "KZT", "", ""), ("grp_rank", "3", "rank", "", ""),
            ("fixed_capital_investment", "446700000000", "KZT", "", ""),
            ("sme_count", "136700", "count", "субъект МСБ", "SMEs"),
            ("housing_commissioned", "512300", "m2", "", ""), ("unemployment", "4.8", "%", "", "")]
    for code, value, unit, lemma, gloss in rows:
        Fact.objects.create(meeting=meeting, indicator=indicators[code], value=Decimal(value), unit=unit,
                            object_lemma=lemma, object=gloss, status=C)
    Fact.objects.create(meeting=meeting, indicator=indicators["grp"], value=Decimal("999"), unit="KZT",
                        status=ReviewStatus.REJECTED)
    for text in ("завершить строительство больницы в Темиртау",
                 "активизировать привлечение инвестиций в обрабатывающую промышленность"):
        Instruction.objects.create(meeting=meeting, text=text, status=C, region=meeting.region)
    Instruction.objects.create(meeting=meeting, text="не одобренное поручение", status=ReviewStatus.PROPOSED)
    return meeting


def test_russian_draft_in_house_style(demo_meeting):
    drafts = draft(meeting_input(demo_meeting))
    ru = drafts["ru"]
    assert ru.title == "Глава государства принял акима Карагандинской области Ерлана Примерова"
    text = "\n".join(ru.paragraphs)
    assert "за январь-июнь 2025 года" in text
    assert "Валовой региональный продукт составил 2,45 трлн тенге." in text
    assert "регион занимает третье место" in text
    assert "136,7 тыс. субъектов МСБ" in text and "Уровень безработицы составил 4,8%." in text
    assert "999" not in text and "не одобренное" not in text
    assert drafts["kk"].title == "Мемлекет басшысы Қарағанды облысының әкімі Ерлан Примеровты қабылдады"
    assert drafts["en"].title == "The Head of State receives Akim of Karaganda Region Yerlan Primerov"
    assert "2.45 trillion tenge" in " ".join(drafts["en"].paragraphs)


def test_draft_pages_are_unpublished_translations_in_the_akorda_rubric(demo_meeting, analyst, site_tree):
    pages = create_draft_pages(demo_meeting, analyst)
    assert set(pages) == {"kk", "ru", "en"}
    keys = {p.translation_key for p in pages.values()}
    assert len(keys) == 1
    for lang, page in pages.items():
        page.refresh_from_db()
        assert not page.live and page.has_unpublished_changes
        assert page.get_parent().specific.code == "akorda" and page.locale.language_code == lang
        assert page.date == demo_meeting.date and page.is_demo
        assert page.get_latest_revision().user == analyst
    demo_meeting.refresh_from_db()
    assert demo_meeting.translation_key == keys.pop()
    # Nothing reaches the public: the drafts are not served.
    from django.test import Client

    assert Client().get(pages["ru"].url or "/ru/events/akorda/" + pages["ru"].slug + "/").status_code == 404


def test_round_trip_of_a_drafted_release(demo_meeting, site_tree):
    pages = create_draft_pages(demo_meeting)
    record = assert_round_trip(demo_meeting, pages["ru"])
    assert record["event"]["region"] == "Karaganda Region"
    assert record["event"]["date"] == "2025-07-14"


def test_round_trip_of_the_seed(seed_path, make_release, analyst):
    """The seed goes through the real pipeline, an analyst confirms all, the draft reads back the same."""
    from akorda.records.models import Fact, Instruction, Meeting

    lines = [line.strip() for line in seed_path.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Глава государства принял"))
    body = [line for line in lines[start + 2:] if line]
    body = body[:next(i for i, line in enumerate(body) if line.startswith("Вернуться назад"))]
    make_release("ru", title=lines[start], paragraphs=body, date=datetime.date(2024, 6, 14))
    meeting = Meeting.objects.get()
    assert meeting.facts.exists() and meeting.instructions.exists()
    Fact.objects.update(status="confirmed")
    Instruction.objects.update(status="confirmed")
    pages = create_draft_pages(meeting, analyst)
    assert pages["ru"].title == "Глава государства принял акима Алматинской области Марата Султангазиева"
    assert_round_trip(meeting, pages["ru"])


def test_drafting_refuses_a_meeting_without_confirmed_items(client, analyst, regions):
    from akorda.records.models import Meeting

    meeting = Meeting.objects.create(region=regions["astana"], date=datetime.date(2025, 1, 5), official_name="Самат Шаблонов")
    with translation.override("en"), pytest.raises(DraftingError, match="no confirmed figures"):
        meeting_input(meeting)
    client.force_login(analyst)
    with translation.override("ru"):
        response = client.post(reverse("oversight:draft_release", args=[meeting.pk]), follow=True)
    assert "нет подтверждённых показателей или поручений" in response.content.decode()


def test_draft_button_creates_drafts_and_opens_the_editor(client, analyst, officer, demo_meeting, site_tree,
                                                         django_user_model):
    with translation.override("ru"):
        path = reverse("oversight:draft_release", args=[demo_meeting.pk])
    client.force_login(officer)
    assert client.post(path).status_code == 403
    client.force_login(analyst)  # an analyst may not edit pages: back to the dashboard
    response = client.post(path, follow=True)
    assert response.redirect_chain[-1][0].endswith("/oversight/regions/karaganda-region/")
    assert "Созданы проекты пресс-релизов (en, kk, ru)" in response.content.decode()
    client.force_login(django_user_model.objects.create_superuser("boss", password="pw-boss-1"))
    response = client.post(path)  # whoever may edit goes on to the editor
    assert response.status_code == 302 and "/admin/pages/" in response["Location"]
    assert client.get(response["Location"]).status_code == 200


def test_a_task_in_the_releases_own_words_is_drafted_as_the_action(demo_meeting):
    """The record keeps a nominal task as the release wrote it ("развития внутреннего туризма"), which
    cannot follow "поручил": the draft says the engine's action form, unless a reviewer rewrote the text."""
    from akorda.records.models import Instruction, ReviewStatus

    said = {"text": "развития внутреннего туризма", "action": "развивать внутренний туризм"}
    Instruction.objects.create(meeting=demo_meeting, text=said["text"], extracted=said, span_start=900,
                               status=ReviewStatus.CONFIRMED, region=demo_meeting.region)
    Instruction.objects.create(meeting=demo_meeting, text="поддержать сельских предпринимателей", span_start=950,
                               extracted={"text": "поддержки сельских предпринимателей",
                                          "action": "поддерживать сельских предпринимателей"},
                               status=ReviewStatus.CONFIRMED, region=demo_meeting.region)
    text = "\n".join(draft(meeting_input(demo_meeting))["ru"].paragraphs)
    assert "поручил развивать внутренний туризм." in text
    assert "поручил поддержать сельских предпринимателей." in text
    assert "развития внутреннего туризма" not in text
