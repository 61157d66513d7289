"""Fixtures for the release record: releases to publish and a test double of the engine."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import pytest

# Test data written for these tests (not a real release): a reception report
# in the genre's shape, in Russian and English.
RU_TITLE = "Глава государства принял акима Алматинской области Марата Султангазиева"
RU_PARAGRAPHS = [
    "Президенту доложено о развитии региона за январь-май 2024 года.",
    "Объём инвестиций составил 120,5 млрд тенге, создано 1200 рабочих мест.",
    "Собрано 500 тонн мусора. Глава государства поручил продолжить работу.",
]
EN_TITLE = "The Head of State receives Akim of Almaty Region Marat Sultangaziyev"
EN_PARAGRAPHS = [
    "The President was briefed on the region in January-May 2024.",
    "Investment reached 120.5 billion tenge, 1,200 jobs were created.",
    "500 tonnes of waste were collected. The Head of State instructed to continue the work.",
]


@dataclass
class FakeEngine:
    """A TEST DOUBLE of ``akorda.extract.extract``: it proposes the figures it is
    told to, at the first place their quote occurs. It knows no language."""

    facts: list[dict[str, Any]] = field(default_factory=list)
    instructions: list[dict[str, Any]] = field(default_factory=list)
    event: dict[str, Any] = field(default_factory=dict)
    calls: int = 0
    fail_with: Exception | None = None

    def __call__(self, text: str, lang: str) -> dict[str, Any]:
        self.calls += 1
        if self.fail_with:
            raise self.fail_with
        facts = []
        for fact in self.facts:
            start = text.find(fact["quote"])
            if start >= 0:
                facts.append({**fact, "span": [start, start + len(fact["quote"])]})
        instructions = []
        for item in self.instructions:
            start = text.find(item["quote"])
            if start >= 0:
                instructions.append({**item, "span": [start, start + len(item["quote"])]})
        return {"lang": lang, "event": dict(self.event), "facts": facts, "instructions": instructions}


RU_EVENT = {"kind": "reception", "date": "2024-06-14", "official_name": "Марат Султангазиев",
            "region": "Almaty Region", "report_period": "January-May 2024"}
RU_FACTS = [
    {"value": 120500000000, "unit": "KZT", "quote": "120,5 млрд тенге", "measure": "investment",
     "indicator": "fixed_capital_investment"},
    {"value": 1200, "unit": "count", "quote": "1200 рабочих мест", "object": "jobs", "indicator": "jobs_created"},
    {"value": 500, "unit": "t", "quote": "500 тонн", "measure": "waste collected", "indicator": "waste_collected",
     "programme": "taza_kazakhstan"},
]
RU_INSTRUCTIONS = [{"text": "продолжить работу", "assignee": "аким", "quote": "поручил продолжить работу"}]
EN_FACTS = [
    {"value": 120500000000, "unit": "KZT", "quote": "120.5 billion tenge"},
    {"value": 1200, "unit": "count", "quote": "1,200 jobs", "object": "jobs"},
    {"value": 500, "unit": "t", "quote": "500 tonnes"},
]


@pytest.fixture
def engine(monkeypatch) -> FakeEngine:
    """Replaces the real engine in the pipeline with the test double (ru data)."""
    fake = FakeEngine(facts=RU_FACTS + EN_FACTS, instructions=RU_INSTRUCTIONS, event=RU_EVENT)
    monkeypatch.setattr("akorda.records.engine.run_engine", fake)
    return fake


def body(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


@pytest.fixture
def make_release(site_tree, django_capture_on_commit_callbacks):
    """Creates (and by default publishes) an EventPage, running on-commit hooks
    so that the extraction the publication enqueues happens right away."""
    from akorda.press.models import EventPage

    def make(lang: str = "ru", *, title: str = RU_TITLE, paragraphs: list[str] | None = None,
             publish: bool = True, translation_of: EventPage | None = None, slug: str | None = None,
             date: datetime.date = datetime.date(2024, 6, 14)) -> EventPage:
        paragraphs = paragraphs if paragraphs is not None else RU_PARAGRAPHS
        with django_capture_on_commit_callbacks(execute=True):
            if translation_of is not None:
                from wagtail.models import Locale

                page = translation_of.copy_for_translation(Locale.objects.get(language_code=lang))
                page.title, page.body, page.date = title, body(paragraphs), date
                page.save()
            else:
                parent = site_tree[lang].rubrics["akorda"]
                page = parent.add_child(instance=EventPage(
                    title=title, slug=slug or f"release-{lang}-{EventPage.objects.count()}",
                    date=date, body=body(paragraphs), live=False,
                ))
            revision = page.save_revision()
            if publish:
                revision.publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def analyst(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("analyst", password="pw-analyst-1")
    user.groups.add(Group.objects.get(name="Analysts"))
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password="pw-root-1")


@pytest.fixture
def reviewed(engine, make_release):
    """One live release with a confirmed, a rejected and a proposed figure, in span order."""
    from akorda.records.models import Fact, ReviewStatus

    page = make_release("ru")
    confirmed, rejected, proposed = Fact.objects.order_by("span_start")
    Fact.objects.filter(pk=confirmed.pk).update(status=ReviewStatus.CONFIRMED)
    Fact.objects.filter(pk=rejected.pk).update(status=ReviewStatus.REJECTED)
    return page, confirmed, rejected, proposed
