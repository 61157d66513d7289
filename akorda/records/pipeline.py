"""From a published release to a proposed record (issue 4): when a release is extracted.

``extract_page`` runs the engine (akorda.records.engine) on the live revision
of an EventPage and proposes its meeting, figures and instructions for review
(akorda.records.proposals, which decides what is kept and replaced). The rules
of a run:

- Only the live revision is read; a page that is not live is never
  extracted (the run is recorded as skipped).
- A revision already extracted by the same engine is not extracted again, and
  a task for a revision that is no longer live does nothing.
- Every attempt is an ExtractionRun; a failure keeps its traceback and shows
  in the admin (Release records > Failed extractions) until retried.
- Once a version is extracted, the three-language check of its meeting runs
  (akorda.records.translations).
"""
from __future__ import annotations

import hashlib
import logging
import traceback

from django.db import IntegrityError, transaction
from django.utils import timezone

from akorda.press.models import EventPage
from akorda.press.release_files import MAX_BODY_CHARS
from akorda.records import translations
from akorda.records.engine import Engine, chosen_engine, engine_version, live_object
from akorda.records.models import ExtractionRun
from akorda.records.proposals import RecordTooLarge, apply_record

logger = logging.getLogger(__name__)

# Title and dateline, on top of the body limit the importer applies.
MAX_HEAD_CHARS = 1_000


def check_text(text: str) -> None:
    """The importer refuses longer bodies; an editor may still paste one in the admin."""
    if len(text) > MAX_BODY_CHARS + MAX_HEAD_CHARS:
        raise RecordTooLarge(
            f"the release text is {len(text):,} characters long, over the {MAX_BODY_CHARS:,} of any press "
            f"release; it was not extracted. An analyst should check the release")


def extract_page(page_id: int, *, trigger: str = "published", force: bool = False,
                 user_id: int | None = None, engine: Engine | None = None,
                 revision_id: int | None = None, task_id: str = "") -> ExtractionRun | None:
    """Extract one release and propose its record; the run is returned, failed or not.

    Idempotent per published revision: a revision already extracted by this
    engine is not extracted again (unless ``force``), and a task for a revision
    that is no longer the live one does nothing (the later one has its own).
    """
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
        record = chosen_engine(engine)(text, page.locale.language_code)
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
    translations.after_extraction(meeting, chosen_engine(engine))  # the three-language check (issue 8)
    return run
