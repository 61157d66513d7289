"""The site's fixed skeleton: locales, home, Events and its rubrics, in kk/ru/en.

Both the demo loader and the importer call :func:`ensure_site_structure`; it is
idempotent, so running it on a live site only adds what is missing.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from akorda.press.models import EventIndexPage, HomePage, RubricPage

HOME_TITLES = {"kk": "Басты бет", "ru": "Главная", "en": "Home"}
EVENTS_TITLES = {"kk": "Оқиғалар", "ru": "События", "en": "Events"}
RUBRIC_TITLES = {
    "akorda": {"kk": "Ақорда", "ru": "Акорда", "en": "Akorda"},
    "trips": {"kk": "Сапарлар", "ru": "Поездки", "en": "Trips"},
    "international": {"kk": "Халықаралық сапарлар", "ru": "Международные визиты", "en": "International visits"},
    "phone": {"kk": "Телефон арқылы сөйлесулер", "ru": "Телефонные разговоры", "en": "Telephone conversations"},
}
RUBRIC_SLUGS = {"akorda": "akorda", "trips": "trips", "international": "international-visits", "phone": "telephone-conversations"}


@dataclass(frozen=True)
class LocaleTree:
    home: HomePage
    events: EventIndexPage
    rubrics: dict[str, RubricPage]


def languages() -> list[str]:
    return [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]


@transaction.atomic
def ensure_site_structure() -> dict[str, LocaleTree]:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages()}
    default = locales[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node()

    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        # Wagtail's first migration leaves a plain "Welcome" page as the site root.
        for page in root.get_children().exact_type(Page):
            page.delete()
        home = root.add_child(instance=HomePage(title=HOME_TITLES[default.language_code], slug="home", locale=default))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Akorda")
    elif site.root_page_id != home.id:
        site.root_page = home
        site.save()

    events = EventIndexPage.objects.child_of(home).first()
    if events is None:
        events = home.add_child(instance=EventIndexPage(title=EVENTS_TITLES[default.language_code], slug="events", locale=default))
        events.save_revision().publish()
    rubrics = {}
    for code, titles in RUBRIC_TITLES.items():
        rubric = RubricPage.objects.child_of(events).filter(code=code).first()
        if rubric is None:
            rubric = events.add_child(instance=RubricPage(title=titles[default.language_code], slug=RUBRIC_SLUGS[code],
                                                          code=code, locale=default))
            rubric.save_revision().publish()
        rubrics[code] = rubric

    trees = {default.language_code: LocaleTree(home, events, rubrics)}
    for code, locale in locales.items():
        if locale == default:
            continue
        t_home = _translation(home, locale, HOME_TITLES[code])
        t_events = _translation(events, locale, EVENTS_TITLES[code])
        t_rubrics = {c: _translation(r, locale, RUBRIC_TITLES[c][code]) for c, r in rubrics.items()}
        trees[code] = LocaleTree(t_home, t_events, t_rubrics)
    return trees


def _translation(page: Page, locale: Locale, title: str) -> Page:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(locale, copy_parents=False)
    copy.title = title
    copy.save_revision().publish()
    return copy.specific
