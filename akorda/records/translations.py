"""The three-language check of a meeting (issue 8, must-have 3).

A meeting reported in kk, ru and en has three releases. The record proposes
its figures from one of them (``RECORD_LANGUAGE_PREFERENCE``); this module
extracts every live version, aligns their figures and instructions
(``akorda.extract.align``) and keeps:

- on every Fact of the meeting, ``stated_in``: which versions state it;
- on the meeting, one ``TranslationCheck``: the disagreements, each naming
  the words of both versions, shown to analysts in the review screen.

The engine comes from akorda.records.engine, below both this check and the
pipeline that calls it once a version is extracted.

Editors get the same check, on the draft they are editing, as a warning in
the Wagtail editor before a translation is published (``editor_warnings``,
called from ``wagtail_hooks``). Nothing here is public: the check is only
read by the admin views and the editor hook.
"""
from __future__ import annotations

import logging
from typing import Any

from django.db import transaction

from akorda.extract.align import LANG_ORDER, Alignment, align_records
from akorda.press.models import EventPage
from akorda.records.engine import Engine, chosen_engine, engine_version, live_object
from akorda.records.models import Fact, Meeting, TranslationCheck

logger = logging.getLogger(__name__)

MAX_EDITOR_WARNINGS = 8


def live_versions(meeting: Meeting) -> dict[str, Any]:
    """The live release of each language of the meeting (language -> page)."""
    versions: dict[str, Any] = {}
    for source in meeting.sources.select_related("page", "page__locale").order_by("language"):
        if source.page.live:
            versions.setdefault(source.language, source.page)
    return versions


def check_meeting(meeting: Meeting, engine: Engine | None = None) -> TranslationCheck | None:
    """Align the meeting's live versions and store the result; None with fewer than two."""
    versions = live_versions(meeting)
    if len(versions) < 2:
        TranslationCheck.objects.filter(meeting=meeting).delete()
        meeting.facts.exclude(stated_in=[]).update(stated_in=[])
        return None
    run = chosen_engine(engine)
    texts = {lang: live_object(page).source_text() for lang, page in versions.items()}
    records = {lang: run(text, lang) for lang, text in texts.items()}
    alignment = align_records(records, texts)
    with transaction.atomic():
        _store_stated_in(meeting, alignment)
        result = alignment.to_dict() | {"pages": {lang: page.pk for lang, page in versions.items()}}
        check, _ = TranslationCheck.objects.update_or_create(meeting=meeting, defaults={
            "languages": list(alignment.languages),
            "figures": len(alignment.figures),
            "agreed": alignment.agreed,
            "disagreements": sum(1 for d in alignment.disagreements if d.kind != "instruction"),
            "result": result,
            "engine_version": engine_version(),
            "error": "",
        })
    return check


def _store_stated_in(meeting: Meeting, alignment: Alignment) -> None:
    """``stated_in`` of every figure of the meeting, analysts' own ones included.

    Matched by value and unit, not by row: an analyst's corrected value is
    looked up like an extracted one. The version a figure was taken from
    always states it (an analyst may add a figure the engine missed there).
    """
    changed = []
    for fact in meeting.facts.select_related("source_page__locale"):
        langs = list(alignment.stated_in(fact.value, fact.unit))
        own = fact.source_page.locale.language_code if fact.source_page else None
        if own and own not in langs:
            langs = sorted({*langs, own}, key=lambda la: (LANG_ORDER.index(la) if la in LANG_ORDER else 9, la))
        if fact.stated_in != langs:
            fact.stated_in = langs
            changed.append(fact)
    # bulk_update: the check is derived data, not an edit that belongs in the history
    Fact.objects.bulk_update(changed, ["stated_in"])


def after_extraction(meeting: Meeting | None, engine: Engine | None = None) -> None:
    """Called by the pipeline once a version of the meeting is extracted.

    A failing check never fails the extraction (the record is already
    stored): the error is kept on the meeting's check, shown in review.
    """
    if meeting is None:
        return
    try:
        check_meeting(meeting, engine)
    except Exception as exc:
        logger.exception("three-language check of meeting %s failed", meeting.pk)
        TranslationCheck.objects.update_or_create(meeting=meeting, defaults={"error": f"{type(exc).__name__}: {exc}"})


def review_panel(meeting: Meeting) -> dict[str, Any] | None:
    """What the review screen shows of the check (records/admin/_translation_check.html)."""
    check = TranslationCheck.objects.filter(meeting=meeting).first()
    if check is None:
        return None
    pages = check.result.get("pages", {})
    return {
        "check": check,
        "agreement": round(100 * check.agreed / check.figures) if check.figures else None,
        "figures": [d | {"page": pages.get(d["lang"]), "other_page": pages.get(d["other_lang"])}
                    for d in check.figure_disagreements()],
        "instructions": check.instruction_gaps(),
        "partial": [f for f in check.result.get("figures", []) if len(f["stated_in"]) < len(check.languages)],
    }


def _version_text(page) -> str:
    """What a version says now: its live text if published, else its latest draft."""
    return (live_object(page) if page.live else page.get_latest_revision_as_object()).source_text()


def editor_warnings(page, engine: Engine | None = None, user=None) -> list[str]:
    """Warnings for the editor of ``page`` (the draft being edited) against its translations.

    Each names the words of this version and of the other one, so the
    editor can see which is wrong before publishing. Another version is
    compared as published; an unpublished one only when ``user`` may edit it
    (a draft's words reach nobody who could not open it).
    """
    if not isinstance(page, EventPage) or page.translation_key is None:
        return []
    lang = page.locale.language_code
    texts = {lang: page.source_text()}
    siblings = EventPage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).select_related("locale")
    for other in siblings:
        if not other.live and not (user is not None and other.permissions_for_user(user).can_edit()):
            continue
        texts.setdefault(other.locale.language_code, _version_text(other))
    if len(texts) < 2:
        return []
    run = chosen_engine(engine)
    alignment = align_records({la: run(text, la) for la, text in texts.items()}, texts)
    found = [_for_editor(d, lang) for d in alignment.disagreements if d.kind != "instruction" and d.involves(lang)]
    if len(found) > MAX_EDITOR_WARNINGS:
        found = found[:MAX_EDITOR_WARNINGS] + [f"… and {len(found) - MAX_EDITOR_WARNINGS} more."]
    return found


def _for_editor(d, lang: str) -> str:
    prefix = "Translations disagree: "
    if d.kind == "differs":
        mine, other, theirs = (d.quote, d.other_lang, d.other_quote) if d.lang == lang else (d.other_quote, d.lang, d.quote)
        return f"{prefix}this {lang} version says «{mine}» where the {other} version says «{theirs}»."
    if d.lang == lang:
        return f"{prefix}this {lang} version states «{d.quote}»; the {d.other_lang} version has no such figure."
    return f"{prefix}the {d.lang} version states «{d.quote}»; this {lang} version has no such figure."
