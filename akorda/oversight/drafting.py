"""Drafted releases: a meeting's confirmed figures and instructions as text (issue 5).

The text generator is plain functions: :func:`draft` gives a title and body
paragraphs per language; :func:`create_draft_pages` stores them as DRAFT
EventPages (never published here) in each locale's Akorda rubric, linked as
translations, for the press service to edit and publish through Wagtail's
workflow.

Russian is the record language (the one figures are reviewed in), so its
draft carries everything in full (its grammar: ``grammar.py``). Units and
qualifiers are worded from the one wording table (``akorda.extract.wording``)
that the figures on the site and the oversight pages read too. Instruction texts exist only in the language they
were given in, so the Kazakh and English drafts quote them in Russian and
ask the press service to translate (marked ``[...]``). Numbers are
formatted with Babel, in the compact style of the releases when exact
("446,7 млрд тенге"), in full otherwise ("19 506 тонн").
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.dates import get_month_names
from babel.numbers import format_compact_decimal, format_decimal, parse_decimal
from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.models import Locale

from akorda.extract import wording
from akorda.oversight.grammar import RU_ORDINALS, kk_person, kk_suffix, ru_counted, ru_person, ru_region, ru_verb_for
from akorda.press.models import EventPage
from akorda.press.structure import ensure_site_structure
from akorda.records.models import ReviewStatus

LANGS = ("ru", "kk", "en")
BABEL_LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_US"}


class DraftingError(ValueError):
    """The meeting cannot be drafted; the message says what is missing."""


@dataclass
class DraftFact:
    value: Decimal
    unit: str
    indicator_code: str = ""
    names: dict[str, str] = field(default_factory=dict)  # lang -> indicator name
    object_lemma: str = ""
    object: str = ""
    qualifier: str = ""


@dataclass
class DraftMeeting:
    """What a draft is made from, independent of the database (testable alone)."""

    date: datetime.date
    region_names: dict[str, str]  # lang -> nominative name
    region_kind: str  # "region" | "city"
    official_names: dict[str, str]  # lang -> nominative full name
    report_period: str  # English, "January-March 2025" (the record's form)
    facts: list[DraftFact]
    instructions: list[tuple[str, str]]  # (text, assignee)


@dataclass
class Draft:
    lang: str
    title: str
    paragraphs: list[str]


def number_text(value: Decimal | float, lang: str) -> tuple[str, bool]:
    """The number as the releases write it, and whether it is in compact form.

    Compact ("446,7 млрд") only when it states the value exactly, so that
    reading the draft back gives the very figure confirmed.

    >>> number_text(Decimal("446700000000"), "ru"), number_text(Decimal("19506"), "ru")
    (('446,7 млрд', True), ('19 506', False))
    >>> number_text(Decimal("5300"), "en"), number_text(Decimal("4.8"), "kk")
    (('5.3 thousand', True), ('4,8', False))
    """
    value = Decimal(str(value))
    locale = BABEL_LOCALES[lang]
    if abs(value) >= 1000:
        for digits in (0, 1, 2):
            text = format_compact_decimal(value, locale=locale, fraction_digits=digits,
                                          format_type="long" if lang == "en" else "short")
            text = text.replace("\xa0", " ")
            if _compact_value(text, locale) == value:
                return text, True
    text = format_decimal(value.normalize(), locale=locale, decimal_quantization=False)
    return text.replace("\xa0", " ").replace("\u202f", " "), False


def _compact_value(text: str, locale: str) -> Decimal | None:
    scales = {"тыс.": 3, "млн": 6, "млрд": 9, "трлн": 12, "мың": 3, "м.": 3,
              "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
    match = re.match(r"^([\d\s.,]+?)\s*(\S+)?$", text.strip())
    if not match:
        return None
    try:
        number = parse_decimal(match.group(1).strip(), locale=locale)
    except Exception:  # Babel's NumberFormatError: the text is not a number in this locale
        return None
    scale = scales.get(match.group(2) or "", 0 if not match.group(2) else None)
    return None if scale is None else number * Decimal(10) ** scale


def _amount_ru(fact: DraftFact) -> str:
    number, compact = number_text(fact.value, "ru")
    text = wording.qualified(number, fact.qualifier, "ru", "prose")
    if fact.unit == "%":
        return f"{text}%"
    if fact.unit == "times":
        return f"в {text} {wording.unit('times', 'ru')}"
    if fact.unit == "count":
        if not fact.object_lemma:
            return text
        counted = ru_counted(fact.object_lemma, fact.value, compact)
        # Lemmas come lower-cased; abbreviations the indicator's name spells in capitals stay so (МСБ).
        capitals = {w for w in re.findall(r"\w+", fact.names.get("ru", "")) if w.isupper()}
        return f"{text} " + " ".join(w.upper() if w.upper() in capitals else w for w in counted.split())
    noun = wording.ru_noun(fact.unit)
    if noun:
        return f"{text} {ru_counted(noun, fact.value, compact)}"
    return f"{text} {wording.unit(fact.unit, 'ru') or fact.unit}"


def ru_fact(fact: DraftFact) -> str:
    name = fact.names.get("ru")
    if not name:
        # Outside the catalog there is no name to state it by: the amount says what it counts.
        return f"Кроме того, доложено: {_amount_ru(fact)}."
    if fact.unit == "rank":
        n = int(fact.value)
        ordinal = RU_ORDINALS[n - 1] if 1 <= n <= len(RU_ORDINALS) else f"{n}-е"
        return f"По показателю «{name[:1].lower() + name[1:]}» регион занимает {ordinal} место в стране."
    if fact.unit == "count" and fact.object_lemma:
        return f"{name}: {_amount_ru(fact)}."
    return f"{name} {ru_verb_for(name)} {_amount_ru(fact)}."


def _period_words(period: str, lang: str) -> str:
    """"January-March 2025" in the draft's language; the record keeps periods in English.

    >>> _period_words("January-March 2025", "ru"), _period_words("January-March 2025", "kk")
    ('январь-март 2025 года', '2025 жылғы қаңтар-наурыз')
    >>> _period_words("2024", "ru"), _period_words("", "ru")
    ('2024 год', '')
    """
    english = {name.lower(): n for n, name in get_month_names("wide", locale="en").items()}
    match = re.fullmatch(r"\s*(?:([A-Za-z]+)(?:\s*[-–]\s*([A-Za-z]+))?\s+)?(\d{4})\s*", period or "")
    if not match:
        return "" if lang != "en" else period
    first, last, year = match.groups()
    if lang == "en":
        return period.strip()
    months = get_month_names("wide", context="stand-alone", locale=BABEL_LOCALES[lang])
    try:
        span = "-".join(months[english[m.lower()]].lower() for m in (first, last) if m)
    except KeyError:
        return ""
    if lang == "ru":
        return f"{span} {year} года" if span else f"{year} год"
    return f"{year} жылғы {span}" if span else f"{year} жыл"


def _chunks(sentences: list[str], size: int = 4) -> list[str]:
    return [" ".join(sentences[i:i + size]) for i in range(0, len(sentences), size)]


def draft_ru(m: DraftMeeting) -> Draft:
    title = (f"Глава государства принял акима {ru_region(m.region_names['ru'], m.region_kind)} "
             f"{ru_person(m.official_names['ru'], 'accs')}").strip()
    paragraphs = []
    period = _period_words(m.report_period, "ru")
    paragraphs.append("Президенту было доложено об основных показателях социально-экономического развития региона"
                      + (f" за {period}." if period else "."))
    paragraphs.extend(_chunks([ru_fact(f) for f in m.facts]))
    for n, (text, _assignee) in enumerate(m.instructions):
        lead = "По итогам встречи Глава государства" if n == 0 else "Глава государства также"
        paragraphs.append(f"{lead} поручил {text.rstrip('.')}.")
    return Draft("ru", title, paragraphs)


def _amount(fact: DraftFact, lang: str) -> str:
    """An amount in the Kazakh or English draft ("446,7 млрд теңге", "more than 6.6 thousand hectares")."""
    number, _ = number_text(fact.value, lang)
    if fact.unit == "%":
        amount = f"{number}%"
    elif fact.unit == "count":
        amount = f"{number} {fact.object}" if lang == "en" and fact.object else number
    else:
        amount = f"{number} {wording.unit(fact.unit, lang) or fact.unit}"
    return wording.qualified(amount, fact.qualifier, lang, "prose")


def kk_fact(fact: DraftFact) -> str:
    name = fact.names.get("kk") or "Сондай-ақ"
    if fact.unit == "rank":
        return f"«{name}» көрсеткіші бойынша өңір елде {int(fact.value)}-орында."
    return f"{name}: {_amount(fact, 'kk')}."


def en_fact(fact: DraftFact) -> str:
    name = fact.names.get("en") or (fact.object or "Another figure").capitalize()
    if fact.unit == "rank":
        return f"The region ranks {int(fact.value)} in the country by {name[:1].lower() + name[1:]}."
    return f"{name} reached {_amount(fact, 'en')}."


def _quoted_instructions(m: DraftMeeting, lead: str) -> list[str]:
    """The instructions, quoted in Russian after ``lead``: their texts exist only in the language they were given in."""
    if not m.instructions:
        return []
    quoted = "; ".join(f"«{text.rstrip('.')}»" for text, _ in m.instructions)
    return [f"{lead}: {quoted}."]


def draft_kk(m: DraftMeeting) -> Draft:
    region = m.region_names["kk"] + (" қаласы" if m.region_kind == "city" else "")
    title = f"Мемлекет басшысы {kk_suffix(region, 'gen')} әкімі {kk_person(m.official_names['kk'])} қабылдады"
    period = _period_words(m.report_period, "kk")
    paragraphs = [f"Президентке өңірдің {period + ' ' if period else ''}"
                  "әлеуметтік-экономикалық дамуының негізгі көрсеткіштері туралы баяндалды."]
    paragraphs.extend(_chunks([kk_fact(f) for f in m.facts]))
    paragraphs.extend(_quoted_instructions(
        m, "Кездесу қорытындысы бойынша Мемлекет басшысы бірқатар тапсырма берді [аударма қажет]"))
    return Draft("kk", title, paragraphs)


def draft_en(m: DraftMeeting) -> Draft:
    kind = "City" if m.region_kind == "city" else ""
    title = f"The Head of State receives Akim of {m.region_names['en']}{' ' + kind if kind else ''} {m.official_names['en']}"
    period = _period_words(m.report_period, "en")
    paragraphs = ["The President was briefed on the main indicators of the region's socio-economic development"
                  + (f" in {period}." if period else ".")]
    paragraphs.extend(_chunks([en_fact(f) for f in m.facts]))
    paragraphs.extend(_quoted_instructions(
        m, "Following the meeting, the Head of State gave instructions [translation required]"))
    return Draft("en", title, paragraphs)


DRAFTERS = {"ru": draft_ru, "kk": draft_kk, "en": draft_en}


def draft(m: DraftMeeting) -> dict[str, Draft]:
    return {lang: DRAFTERS[lang](m) for lang in LANGS}


def meeting_input(meeting) -> DraftMeeting:
    """The confirmed record of a meeting, as the generator's input."""
    if meeting.region is None:
        raise DraftingError(gettext("The meeting has no region; set it in the review before drafting."))
    if meeting.date is None:
        raise DraftingError(gettext("The meeting has no date; set it in the review before drafting."))
    official = meeting.official
    if official is not None:
        names = {"ru": official.name_ru, "kk": official.name_kk, "en": official.name_en}
    elif meeting.official_name:
        names = {lang: meeting.official_name for lang in LANGS}
    else:
        raise DraftingError(gettext("The meeting names no official; link one in the review before drafting."))
    facts = [DraftFact(value=f.value, unit=f.unit, indicator_code=f.indicator.code if f.indicator else "",
                       names={lang: f.indicator.name(lang) for lang in LANGS} if f.indicator else {},
                       object_lemma=f.object_lemma, object=f.object, qualifier=f.qualifier)
             for f in meeting.facts.filter(status=ReviewStatus.CONFIRMED)
             .select_related("indicator")
             .order_by("span_start", "id")]
    instructions = [(drafted_task(i.text, i.extracted), i.assignee)
                    for i in meeting.instructions.filter(status=ReviewStatus.CONFIRMED).order_by("span_start", "id")]
    if not facts and not instructions:
        raise DraftingError(gettext("The meeting has no confirmed figures or instructions to draft from."))
    region = meeting.region
    return DraftMeeting(date=meeting.date, region_names={lang: region.name(lang) for lang in LANGS},
                        region_kind=region.kind, official_names=names, report_period=meeting.report_period,
                        facts=facts, instructions=instructions)


def drafted_task(text: str, extracted: dict[str, Any] | None) -> str:
    """The task as it reads after "поручил": the engine's action form ("развивать туризм") where
    the confirmed text is still the release's own words it came with ("развития туризма", which
    cannot follow the verb), else the text as the reviewer confirmed or wrote it."""
    extracted = extracted or {}
    action = extracted.get("action")
    return action if action and text == extracted.get("text") else text


def _body(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def create_draft_pages(meeting, user=None) -> dict[str, Any]:
    """DRAFT EventPages in kk/ru/en (translations of one another), none published.

    Each is saved as a revision by ``user`` so it shows in their Wagtail
    history. The meeting takes the pages' translation key when it has none,
    so that the release, once published and extracted, joins this meeting
    instead of creating another.
    """
    texts = draft(meeting_input(meeting))
    default = settings.LANGUAGE_CODE
    with transaction.atomic():
        trees = ensure_site_structure()
        slug = slugify(f"draft-{meeting.date:%Y-%m-%d}-{meeting.region.slug}-{meeting.pk}")
        parent = trees[default].rubrics["akorda"]
        base_slug, n = slug, 1
        while EventPage.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base_slug}-{n}"
        first = texts[default]
        original = parent.add_child(instance=EventPage(
            title=first.title, slug=slug, date=meeting.date, body=_body(first.paragraphs),
            is_demo=meeting.is_demo, live=False, owner=user,
        ))
        original.save_revision(user=user, log_action=True)
        pages = {default: original}
        for lang in LANGS:
            if lang == default:
                continue
            locale = Locale.objects.get(language_code=lang)
            page = original.copy_for_translation(locale, copy_parents=False)
            page.title, page.body = texts[lang].title, _body(texts[lang].paragraphs)
            page.live = False
            page.save()
            page.save_revision(user=user, log_action=True)
            pages[lang] = page
        if meeting.translation_key is None:
            type(meeting).objects.filter(pk=meeting.pk).update(translation_key=original.translation_key)
    return pages
