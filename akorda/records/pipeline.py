"""From a published release to a proposed record (issue 4).

``extract_page`` runs the engine on the live revision of an EventPage and
proposes its meeting, figures and instructions for review. The rules:

- Only the live revision is read; a page that is not live is never
  extracted (the run is recorded as skipped).
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
- Officials are matched by normalized name against Official (names and
  aliases), falling back to the surname among officials holding a post in
  the meeting's region on its date. No Official is created from an extracted
  name: an unreviewed name must not become a public person page. The raw name
  is always kept in ``Meeting.official_name``; analysts link or create the
  official in the admin.
- Every attempt is an ExtractionRun; a failure keeps its traceback and shows
  in the admin (Release records > Failed extractions) until retried.
"""
from __future__ import annotations

import datetime
import hashlib
import logging
import re
import traceback
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from akorda.records import translations
from akorda.records.models import (
    ExtractionRun,
    Fact,
    Indicator,
    Instruction,
    Meeting,
    MeetingSource,
    Programme,
    ReviewStatus,
)
from akorda.records.models.meetings import RECORD_LANGUAGE_PREFERENCE
from akorda.regions.models import Official, Region, normalize_name

logger = logging.getLogger(__name__)

Engine = Callable[[str, str], dict[str, Any]]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
PERIOD = re.compile(r"^\s*(?P<m1>[a-z]+)(?:\s*[-–—]\s*(?P<m2>[a-z]+))?\s+(?P<year>\d{4})\s*$", re.I)
# What one release may propose (issue 10, item 3). Measured with the engine on the
# dev set, the holdout and the seed (63 releases, docs/benchmarks.md): at most 24
# figures, 5 instructions and 2,392 characters of body. A release over these
# limits is not one of the genre (a pasted report, a machine-made file) and is
# flagged for an analyst as a failed run instead of flooding the record.
MAX_FACTS_PER_RELEASE = 300
MAX_INSTRUCTIONS_PER_RELEASE = 100
# Title and dateline, on top of the body limit the importer applies.
MAX_HEAD_CHARS = 1_000


class RecordTooLarge(ValueError):
    """The engine proposed more than a release of this genre ever holds."""


def run_engine(text: str, lang: str) -> dict[str, Any]:
    """The real engine; tests replace this with a test double."""
    from akorda.extract import extract

    return extract(text, lang=lang).to_dict()


# Team-written, one sentence each that reaches the person and instruction grammars.
WARM_UP_TEXTS = {
    "ru": "Глава государства принял акима области Марата Иванова. Президент поручил акиму до конца года "
          "построить 5 школ. Объем инвестиций составил 120,5 млрд тенге.",
    "kk": "Мемлекет басшысы облыс әкімі Марат Ивановты қабылдады. Инвестиция көлемі 120,5 млрд теңге болды.",
    "en": "The Head of State received Marat Ivanov, akim of the region, and instructed him to build 5 schools.",
}


def warm_up() -> None:
    """Load the engine's dictionaries and grammars once, before a worker forks.

    The first extraction in a process takes about 1.5 s of loading, later ones
    tens of milliseconds; an RQ worker runs each job in a forked work-horse,
    which inherits what the parent loaded (settings.TASKS_WORKER_WARMUP).
    """
    for lang, text in WARM_UP_TEXTS.items():
        run_engine(text, lang)


@lru_cache(maxsize=1)
def engine_version() -> str:
    """The engine's declared version, else a digest of its code and data files.

    A release whose text was already extracted is skipped only when the engine
    is the same, so an improved engine re-proposes on the next import.
    """
    try:
        import akorda.extract as engine
    except ImportError:
        return ""
    declared = getattr(engine, "__version__", None)
    if declared:
        return str(declared)[:32]
    digest = hashlib.sha256()
    root = resources.files("akorda.extract")
    for path in sorted(_engine_files(root), key=str):
        digest.update(str(path).removeprefix(str(root)).encode())  # relative: same on every machine
        digest.update(path.read_bytes())
    return "src-" + digest.hexdigest()[:16]


def _engine_files(folder) -> list:
    out = []
    for entry in folder.iterdir():
        if entry.is_dir() and entry.name not in ("tests", "__pycache__"):
            out.extend(_engine_files(entry))
        elif entry.name.endswith((".py", ".json")):
            out.append(entry)
    return out


def parse_period(text: str | None) -> tuple[datetime.date | None, datetime.date | None]:
    """Dates of an English month-range period as the engine writes it.

    >>> parse_period("January-May 2024")
    (datetime.date(2024, 1, 1), datetime.date(2024, 5, 31))
    >>> parse_period("2023")
    (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    >>> parse_period("this year")
    (None, None)
    """
    if not text:
        return None, None
    if re.fullmatch(r"\s*\d{4}\s*", text):
        year = int(text)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    match = PERIOD.match(text)
    if not match:
        return None, None
    first = MONTHS.get(match["m1"].lower())
    last = MONTHS.get((match["m2"] or match["m1"]).lower())
    if not first or not last or last < first:
        return None, None
    year = int(match["year"])
    end = (datetime.date(year + (last == 12), last % 12 + 1, 1) - datetime.timedelta(days=1))
    return datetime.date(year, first, 1), end


def resolve_region(name: str | None) -> Region | None:
    if not name:
        return None
    return Region.objects.filter(canonical__iexact=name.strip()).first()


def resolve_official(name: str | None, region: Region | None, day: datetime.date | None) -> Official | None:
    """The Official an extracted (nominative) name refers to, or None when unsure."""
    if not name:
        return None
    key = normalize_name(name)
    matches = [o for o in Official.objects.all() if key in o.name_keys()]
    if len(matches) == 1:
        return matches[0]
    if matches or region is None:
        return None
    # Fallback: one official of the meeting's region on its date with that surname.
    surname = key.split()[-1] if key else ""
    candidates = set()
    for tenure in region.tenures.select_related("official"):
        if day and not tenure.covers(day):
            continue
        if any(k.split()[-1] == surname or k.split()[0] == surname for k in tenure.official.name_keys()):
            candidates.add(tenure.official)
    return candidates.pop() if len(candidates) == 1 else None


def verified_span(text: str, quote: str, span: Any) -> tuple[int | None, int | None]:
    """The span only if it really holds the quote; else the quote's first occurrence.

    >>> verified_span("abc 5 тонн", "5 тонн", [4, 10])
    (4, 10)
    >>> verified_span("abc 5 тонн", "5 тонн", [0, 3])
    (4, 10)
    >>> verified_span("abc", "xyz", [0, 3])
    (None, None)
    """
    if span and len(span) == 2 and quote and text[span[0]:span[1]] == quote:
        return int(span[0]), int(span[1])
    if quote:
        start = text.find(quote)
        if start >= 0:
            return start, start + len(quote)
    return None, None


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"the engine gave a value that is not a number: {value!r}") from exc


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


def _update_event(meeting: Meeting, event: dict[str, Any], *, fill_only: bool) -> None:
    """Event fields from the record's source; other versions only fill blanks."""
    if meeting.edited_by_analyst:
        return
    region = resolve_region(event.get("region"))
    date = None
    if event.get("date"):
        try:
            date = datetime.date.fromisoformat(event["date"])
        except ValueError:
            date = None
    name = (event.get("official_name") or "").strip()
    kind = event.get("kind") if event.get("kind") in Meeting.Kind.values else Meeting.Kind.OTHER
    values = {
        "date": date,
        "kind": kind,
        "region": region,
        "official_name": name[:200],
        "report_period": (event.get("report_period") or "")[:100],
    }
    for field, value in values.items():
        current = getattr(meeting, field)
        if fill_only and current not in (None, "", Meeting.Kind.OTHER):
            continue
        if value in (None, "") and fill_only:
            continue
        setattr(meeting, field, value)
    if not fill_only or meeting.official_id is None:
        meeting.official = resolve_official(meeting.official_name, meeting.region, meeting.date)


def _fact_fields(item: dict[str, Any], text: str, event: dict[str, Any]) -> dict[str, Any]:
    quote = item.get("quote") or ""
    start, end = verified_span(text, quote, item.get("span"))
    period = item.get("period") or event.get("report_period") or ""
    period_start, period_end = parse_period(period)
    unit = (item.get("unit") or "").strip()
    if not unit:
        raise ValueError(f"the engine gave a figure without a unit: {quote!r}")
    qualifier = item.get("qualifier") or ""
    return {
        "value": _decimal(item.get("value")),
        "unit": unit[:16],
        "object": (item.get("object") or "")[:100],
        "object_lemma": (item.get("object_lemma") or "")[:100],
        "measure": (item.get("measure") or "")[:300],
        "qualifier": qualifier if qualifier in Fact.Qualifier.values else "",
        "comparison": (item.get("comparison") or "")[:16],
        "period": period[:100],
        "period_start": period_start,
        "period_end": period_end,
        "indicator": Indicator.objects.filter(code=item["indicator"]).first() if item.get("indicator") else None,
        "programme": Programme.objects.filter(code=item["programme"]).first() if item.get("programme") else None,
        "quote": quote,
        "span_start": start,
        "span_end": end,
        "extracted": item,
    }


def _instruction_fields(item: dict[str, Any], text: str, meeting: Meeting) -> dict[str, Any]:
    quote = item.get("quote") or item.get("text") or ""
    start, end = verified_span(text, quote, item.get("span"))
    body = (item.get("text") or "").strip()
    if not body:
        raise ValueError(f"the engine gave an instruction without text: {quote!r}")
    return {
        "text": body,
        "assignee": (item.get("assignee") or "")[:200],
        "topic": (item.get("topic") or "")[:200],
        "region": meeting.region,
        "given_on": meeting.date,
        "quote": quote,
        "span_start": start,
        "span_end": end,
        "extracted": item,
    }


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

    _update_event(meeting, event, fill_only=not is_record_source)
    if is_record_source:
        meeting.record_language = language
    meeting.is_demo = meeting.is_demo or page.is_demo
    meeting.save()

    if not is_record_source:
        return meeting, 0, 0, f"Linked to the meeting; its figures are proposed from the {meeting.record_language} version."
    facts = [_fact_fields(item, text, event) for item in record.get("facts") or []]
    instructions = [_instruction_fields(item, text, meeting) for item in record.get("instructions") or []]
    n_facts = _sync_items(Fact, meeting, page, facts, fact_key)
    n_instructions = _sync_items(Instruction, meeting, page, instructions, instruction_key)
    unplaced = sum(1 for f in facts + instructions if f["span_start"] is None)
    note = f"{unplaced} item(s) whose quote was not found in the text." if unplaced else ""
    return meeting, n_facts, n_instructions, note


def check_text(text: str) -> None:
    """The importer refuses longer bodies; an editor may still paste one in the admin."""
    from akorda.press.importing import MAX_BODY_CHARS

    if len(text) > MAX_BODY_CHARS + MAX_HEAD_CHARS:
        raise RecordTooLarge(
            f"the release text is {len(text):,} characters long, over the {MAX_BODY_CHARS:,} of any press "
            f"release; it was not extracted. An analyst should check the release")


def check_size(record: dict[str, Any]) -> None:
    facts, instructions = len(record.get("facts") or []), len(record.get("instructions") or [])
    if facts > MAX_FACTS_PER_RELEASE or instructions > MAX_INSTRUCTIONS_PER_RELEASE:
        raise RecordTooLarge(
            f"the engine proposed {facts:,} figures and {instructions:,} instructions for this release, over "
            f"the limits of {MAX_FACTS_PER_RELEASE} and {MAX_INSTRUCTIONS_PER_RELEASE} per release; nothing was "
            f"proposed. An analyst should check the release (several releases in one page?) and add its "
            f"figures by hand")


def live_object(page):
    """The page as its live revision has it: a draft saved after publishing is never read."""
    if page.live_revision_id:
        return page.live_revision.as_object()
    return page


def extract_page(page_id: int, *, trigger: str = "published", force: bool = False,
                 user_id: int | None = None, engine: Engine | None = None,
                 revision_id: int | None = None, task_id: str = "") -> ExtractionRun | None:
    """Extract one release and propose its record; the run is returned, failed or not.

    Idempotent per published revision: a revision already extracted by this
    engine is not extracted again (unless ``force``), and a task for a revision
    that is no longer the live one does nothing (the later one has its own).
    """
    from akorda.press.models import EventPage

    page = EventPage.objects.filter(pk=page_id).first()
    if page is None:
        logger.warning("extraction requested for page %s, which is not an event page", page_id)
        return None
    version = engine_version()
    if not page.live:
        return ExtractionRun.objects.create(
            page=page, status=ExtractionRun.Status.SKIPPED, trigger=trigger, requested_by_id=user_id,
            engine_version=version, note="Not live: drafts are never extracted.", finished_at=timezone.now(),
            task_id=task_id,
        )
    if revision_id is not None and revision_id != page.live_revision_id and not force:
        logger.info("page %s: revision %s is no longer live; skipping its extraction", page_id, revision_id)
        return None
    done = (ExtractionRun.Status.DONE, ExtractionRun.Status.SKIPPED)
    if not force:
        same_revision = page.extraction_runs.filter(
            revision_id=page.live_revision_id, status__in=done, engine_version=version,
        ).first()
        if same_revision is not None:
            return same_revision  # this revision was extracted already: a repeated task changes nothing
    live = live_object(page)
    text = live.source_text()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    last = page.extraction_runs.filter(status=ExtractionRun.Status.DONE).first()
    if not force and last and last.source_hash == digest and last.engine_version == version:
        # A new revision with the very text already extracted by this engine: nothing to change.
        return ExtractionRun.objects.create(
            page=page, revision_id=page.live_revision_id, status=ExtractionRun.Status.SKIPPED,
            trigger=trigger, requested_by_id=user_id, engine_version=version, source_hash=digest,
            meeting=last.meeting, note=f"Same text as run {last.pk}: its record stands.",
            finished_at=timezone.now(), resolved=True, task_id=task_id,
        )
    try:
        with transaction.atomic():
            run = ExtractionRun.objects.create(
                page=page, revision_id=page.live_revision_id, status=ExtractionRun.Status.RUNNING,
                trigger=trigger, requested_by_id=user_id, engine_version=version, source_hash=digest,
                task_id=task_id,
            )
    except IntegrityError:
        # Another worker is extracting this very revision (a repeated or retried task).
        logger.info("page %s: revision %s is being extracted by another worker", page_id, page.live_revision_id)
        return page.extraction_runs.filter(status=ExtractionRun.Status.RUNNING).first()
    try:
        check_text(text)
        record = (engine or run_engine)(text, page.locale.language_code)
        with transaction.atomic():
            meeting, n_facts, n_instructions, note = apply_record(page, text, record)
    except Exception as exc:
        logger.exception("extraction of page %s failed", page_id)
        run.status = ExtractionRun.Status.FAILED
        run.error = f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}"
        run.finished_at = timezone.now()
        run.save()
        return run
    run.status = ExtractionRun.Status.DONE
    run.meeting = meeting
    run.facts_proposed = n_facts
    run.instructions_proposed = n_instructions
    run.note = note
    run.finished_at = timezone.now()
    run.resolved = True
    run.error = ""  # a reaper that took this slow run for lost is proven wrong
    run.save()
    page.extraction_runs.filter(status=ExtractionRun.Status.FAILED, resolved=False).update(resolved=True)
    translations.after_extraction(meeting, engine or run_engine)  # the three-language check (issue 8)
    return run
