"""Which version of a meeting proposes its record, and which proposals a re-extraction replaces.

- Translations of a release share Wagtail's ``translation_key`` and so one
  Meeting. Figures and instructions are proposed from ONE language version
  per meeting, so that the same figure is not proposed three times: the first
  version extracted, replaced by a better one in ``RECORD_LANGUAGE_PREFERENCE``
  (ru, kk, en) as long as nothing of the meeting was reviewed yet. Other
  versions are linked as MeetingSources only. Once an analyst reviewed items
  of a version, that version stays the record's source.
- What an analyst touched (confirmed, rejected, or edited) is never changed
  or deleted by re-extraction, and a proposal at the same words is not made
  again. Proposed items are matched to the new proposals by their words and
  value: unchanged ones keep their rows, the others are replaced.
- A record larger than any release of the genre proposes nothing (issue 10).
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q

from akorda.records.models import Fact, Instruction, Meeting, MeetingSource, ReviewStatus
from akorda.records.models.meetings import RECORD_LANGUAGE_PREFERENCE
from akorda.records.record_fields import fact_fields, instruction_fields, update_event

# What one release may propose (issue 10, item 3). Measured with the engine on the
# dev set, the holdout and the seed (63 releases, docs/benchmarks.md): at most 24
# figures, 5 instructions and 2,392 characters of body. A release over these
# limits is not one of the genre (a pasted report, a machine-made file) and is
# flagged for an analyst as a failed run instead of flooding the record.
MAX_FACTS_PER_RELEASE = 300
MAX_INSTRUCTIONS_PER_RELEASE = 100


class RecordTooLarge(ValueError):
    """The engine proposed more than a release of this genre ever holds."""


def _preference(language: str) -> int:
    return RECORD_LANGUAGE_PREFERENCE.index(language) if language in RECORD_LANGUAGE_PREFERENCE else len(RECORD_LANGUAGE_PREFERENCE)


def _meeting_for(page) -> Meeting:
    """The page's meeting, shared by its translations through ``translation_key``."""
    source = MeetingSource.objects.filter(page=page).select_related("meeting").first()
    if source:
        return source.meeting
    meeting = Meeting.objects.filter(translation_key=page.translation_key).first()
    if meeting:
        return meeting
    try:
        with transaction.atomic():
            return Meeting.objects.create(translation_key=page.translation_key, is_demo=page.is_demo)
    except IntegrityError:
        # Another worker created it for a sibling translation meanwhile.
        return Meeting.objects.get(translation_key=page.translation_key)


def _unreviewed() -> Q:
    return Q(status=ReviewStatus.PROPOSED, edited_by_analyst=False)


def _meeting_has_reviewed_items(meeting: Meeting) -> bool:
    return meeting.facts.exclude(_unreviewed()).exists() or meeting.instructions.exclude(_unreviewed()).exists()


def _sync_items(model, meeting: Meeting, page, proposals: list[dict[str, Any]], key: Callable[[dict], tuple]) -> int:
    """Replace the page's proposed items by ``proposals``; reviewed items stay.

    An unchanged proposal keeps its row (so re-extraction of the same text
    changes nothing); a proposal at the words of a reviewed item is dropped.
    """
    existing = list(model.objects.filter(meeting=meeting, source_page=page))
    reviewed_spans = {(i.span_start, i.span_end) for i in existing if i.is_reviewed and i.span_start is not None}
    reviewed_quotes = {i.quote for i in existing if i.is_reviewed and i.span_start is None}
    open_items = {key(_item_dict(i)): i for i in existing if not i.is_reviewed}
    kept: set[int] = set()
    count = 0
    for fields in proposals:
        if (fields["span_start"], fields["span_end"]) in reviewed_spans or (
            fields["span_start"] is None and fields["quote"] in reviewed_quotes
        ):
            continue
        count += 1
        match = open_items.get(key(fields))
        if match is not None and match.pk not in kept:
            changed = [f for f, v in fields.items() if getattr(match, f) != v]
            if changed:
                for f in changed:
                    setattr(match, f, fields[f])
                match.save()
            kept.add(match.pk)
        else:
            created = model.objects.create(meeting=meeting, source_page=page, **fields)
            kept.add(created.pk)
    for item in open_items.values():
        if item.pk not in kept:
            item.delete()
    return count


def _item_dict(item) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in item._meta.concrete_fields if not f.is_relation} | {
        "span_start": item.span_start, "span_end": item.span_end,
    }


def fact_key(fields: dict[str, Any]) -> tuple:
    return (fields["span_start"], fields["span_end"], fields["quote"], Decimal(fields["value"]).normalize(), fields["unit"])


def instruction_key(fields: dict[str, Any]) -> tuple:
    return (fields["span_start"], fields["span_end"], fields["quote"], fields["text"])


def apply_record(page, text: str, record: dict[str, Any]) -> tuple[Meeting, int, int, str]:
    """Store the engine's record for ``page``; returns (meeting, facts, instructions, note)."""
    check_size(record)
    language = page.locale.language_code
    event = record.get("event") or {}
    meeting = _meeting_for(page)
    MeetingSource.objects.update_or_create(page=page, defaults={"meeting": meeting, "language": language})

    current = meeting.record_language
    current_source_exists = bool(current) and meeting.sources.filter(language=current).exists()
    if not current or not current_source_exists or current == language:
        is_record_source = True
    elif _preference(language) < _preference(current) and not _meeting_has_reviewed_items(meeting):
        # A preferred version arrived before anything was reviewed: it takes over.
        meeting.facts.filter(_unreviewed()).delete()
        meeting.instructions.filter(_unreviewed()).delete()
        is_record_source = True
    else:
        is_record_source = False

    update_event(meeting, event, fill_only=not is_record_source)
    if is_record_source:
        meeting.record_language = language
    meeting.is_demo = meeting.is_demo or page.is_demo
    meeting.save()

    if not is_record_source:
        return meeting, 0, 0, f"Linked to the meeting; its figures are proposed from the {meeting.record_language} version."
    facts = [fact_fields(item, text, event) for item in record.get("facts") or []]
    instructions = [instruction_fields(item, text, meeting) for item in record.get("instructions") or []]
    n_facts = _sync_items(Fact, meeting, page, facts, fact_key)
    n_instructions = _sync_items(Instruction, meeting, page, instructions, instruction_key)
    unplaced = sum(1 for f in facts + instructions if f["span_start"] is None)
    note = f"{unplaced} item(s) whose quote was not found in the text." if unplaced else ""
    return meeting, n_facts, n_instructions, note


def check_size(record: dict[str, Any]) -> None:
    facts, instructions = len(record.get("facts") or []), len(record.get("instructions") or [])
    if facts > MAX_FACTS_PER_RELEASE or instructions > MAX_INSTRUCTIONS_PER_RELEASE:
        raise RecordTooLarge(
            f"the engine proposed {facts:,} figures and {instructions:,} instructions for this release, over "
            f"the limits of {MAX_FACTS_PER_RELEASE} and {MAX_INSTRUCTIONS_PER_RELEASE} per release; nothing was "
            f"proposed. An analyst should check the release (several releases in one page?) and add its "
            f"figures by hand")
