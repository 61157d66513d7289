"""Instruction control: execution state, reports, acceptance (issue 5).

"Overdue" is a fact about time, so it is computed, not remembered: an
instruction is overdue when its deadline has passed and it is neither done
nor withdrawn. Every oversight page reads :func:`with_state`, a query
annotation, so the register, the overdue list, the feed and the briefing
agree at any moment without waiting for a job. The stored ``execution``
field (which the API and exports show) is brought in line by the daily
command ``mark_overdue`` (:func:`refresh_overdue`), which saves each row so
that the audit log records the change.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

from django.db import transaction
from django.db.models import Case, CharField, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from akorda.oversight.models import ExecutionReport, ReportAttachment, validate_attachment
from akorda.records.models import Instruction

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise
    from django_stubs_ext import WithAnnotations


class StateAnnotation(TypedDict):
    state: str



Execution = Instruction.Execution
CLOSED = (Execution.DONE, Execution.WITHDRAWN)

# The execution states as oversight pages name them. Instruction.Execution
# (records) keeps English labels for the admin, the API and exports; the
# oversight UI is translated (kk, ru, en), so its labels live here.
STATE_LABELS: dict[str, _StrPromise] = {
    Execution.OPEN: gettext_lazy("Open"),
    Execution.IN_PROGRESS: gettext_lazy("In progress"),
    Execution.DONE: gettext_lazy("Done"),
    Execution.OVERDUE: gettext_lazy("Overdue"),
    Execution.WITHDRAWN: gettext_lazy("Withdrawn"),
}


def today() -> datetime.date:
    return timezone.localdate()


def overdue_q(day: datetime.date | None = None) -> Q:
    return Q(deadline__lt=day or today()) & ~Q(execution__in=CLOSED)


def with_state(qs: QuerySet[Instruction], day: datetime.date | None = None) -> QuerySet[WithAnnotations[Instruction, StateAnnotation]]:
    """Annotates ``state``: the execution status as of ``day``.

    A stored "overdue" whose deadline was moved into the future reads as open.
    """
    day = day or today()
    return qs.annotate(state=Case(
        When(execution__in=CLOSED, then="execution"),
        When(deadline__lt=day, then=Value(Execution.OVERDUE)),
        When(execution=Execution.OVERDUE, then=Value(Execution.OPEN)),
        default="execution",
        output_field=CharField(),
    ))


def state_of(instruction: Instruction, day: datetime.date | None = None) -> str:
    """The same rule for one object in memory.

    >>> i = Instruction(execution="open", deadline=datetime.date(2025, 1, 1))
    >>> state_of(i, datetime.date(2025, 1, 2)), state_of(i, datetime.date(2025, 1, 1))
    ('overdue', 'open')
    >>> state_of(Instruction(execution="done", deadline=datetime.date(2020, 1, 1)))
    'done'
    """
    return str(_state_of(instruction, day))


def _state_of(instruction: Instruction, day: datetime.date | None = None) -> str:
    day = day or today()
    if instruction.execution in CLOSED:
        return instruction.execution
    if instruction.deadline and instruction.deadline < day:
        return Execution.OVERDUE
    if instruction.execution == Execution.OVERDUE:
        return Execution.OPEN
    return instruction.execution


def refresh_overdue(day: datetime.date | None = None) -> tuple[int, int]:
    """Stores the computed state; returns (marked overdue, reopened)."""
    day = day or today()
    marked = reopened = 0
    with transaction.atomic():
        for item in Instruction.objects.select_for_update().filter(overdue_q(day)).exclude(execution=Execution.OVERDUE):
            item.execution = Execution.OVERDUE
            item._change_reason = "deadline passed"
            item.save(update_fields=["execution", "updated_at"])
            marked += 1
        stale = Instruction.objects.select_for_update().filter(execution=Execution.OVERDUE).filter(
            Q(deadline__isnull=True) | Q(deadline__gte=day))
        for item in stale:
            item.execution = Execution.OPEN
            item._change_reason = "deadline moved"
            item.save(update_fields=["execution", "updated_at"])
            reopened += 1
    return marked, reopened


class ControlError(ValueError):
    """A step of the control workflow that cannot be taken; the message says why."""


@transaction.atomic
def submit_report(instruction: Instruction, author, text: str, files: Iterable = ()) -> ExecutionReport:
    """Files a report with its attachments, all or nothing."""
    text = (text or "").strip()
    if not text:
        raise ControlError(_("The report needs a text saying what was done."))
    if instruction.execution in CLOSED:
        raise ControlError(_("The instruction is already %(state)s.") % {"state": str(STATE_LABELS[instruction.execution]).lower()})
    if instruction.execution_reports.filter(decision=ExecutionReport.Decision.SUBMITTED).exists():
        raise ControlError(_("A report on this instruction is already awaiting review."))
    report = ExecutionReport.objects.create(instruction=instruction, author=author, text=text)
    for upload in files:
        validate_attachment(upload)
        ReportAttachment.objects.create(report=report, file=upload, original_name=upload.name[:255])
    if instruction.execution in (Execution.OPEN, Execution.OVERDUE):
        instruction.execution = Execution.IN_PROGRESS
        instruction._change_reason = f"execution report #{report.pk} submitted"
        instruction.save(update_fields=["execution", "updated_at"])
    return report


@transaction.atomic
def review_report(report: ExecutionReport, reviewer, accept: bool, comment: str = "") -> ExecutionReport:
    """Accept (the instruction is done) or return with a comment (it stays in progress)."""
    report = ExecutionReport.objects.select_for_update().get(pk=report.pk)
    if report.decision != ExecutionReport.Decision.SUBMITTED:
        raise ControlError(_("This report was already %(decision)s.") % {"decision": report.get_decision_display().lower()})
    comment = (comment or "").strip()
    if not accept and not comment:
        raise ControlError(_("Say why the report is returned: the comment is required."))
    report.decision = ExecutionReport.Decision.ACCEPTED if accept else ExecutionReport.Decision.RETURNED
    report.reviewer = reviewer
    report.review_comment = comment
    report.reviewed_at = timezone.now()
    report.save()
    instruction = Instruction.objects.select_for_update().get(pk=report.instruction_id)
    instruction.execution = Execution.DONE if accept else Execution.IN_PROGRESS
    instruction._change_reason = f"execution report #{report.pk} {report.decision}"
    instruction.save(update_fields=["execution", "updated_at"])
    return report
