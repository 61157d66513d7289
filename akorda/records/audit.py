"""The audit log of the release record: who changed what, when, which field.

History is kept with django-simple-history rather than Wagtail's
``ModelLogEntry``: simple-history stores a full row per change for Fact,
Instruction, Meeting, Official and Tenure, written by a model signal, so
every path (review views, Wagtail snippets, the pipeline, a shell) is
recorded without each caller remembering to ``log()``, and a field-level
diff (old and new values) can be computed and queried afterwards.
Wagtail's log only keeps an action name and free-form data per call.

Oversight (issue 5) reads this through :func:`changes`.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, QuerySet

ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
# Bookkeeping fields whose change alone is not worth an audit line.
IGNORED_FIELDS = {"updated_at", "created_at", "extracted"}


@dataclass(frozen=True)
class Change:
    when: datetime.datetime
    user_id: int | None
    user: str
    model: str
    object_id: int
    action: str
    field: str | None
    old: Any
    new: Any
    reason: str


def _history_queryset(source: type[Model] | QuerySet) -> QuerySet:
    if isinstance(source, QuerySet):
        return source.model.history.filter(id__in=source.values("pk"))
    return source.history.all()  # type: ignore[attr-defined]  # django-simple-history adds it at class creation


def changes(source: type[Model] | QuerySet, *, since: datetime.datetime | None = None,
            user=None, fields: Iterable[str] | None = None, limit: int | None = None) -> list[Change]:
    """Field-level changes of a model (or of the rows of a queryset), newest first.

    A creation or deletion is one line with ``field=None``; an update is one
    line per changed field, with its old and new values.
    """
    history = _history_queryset(source).select_related("history_user").order_by("-history_date", "-history_id")
    if since is not None:
        history = history.filter(history_date__gte=since)
    if user is not None:
        history = history.filter(history_user=user)
    if limit is not None:
        # The newest ``limit`` history rows: a page of the audit log never reads the whole history.
        history = history[:limit]
    wanted = set(fields) if fields else None
    out: list[Change] = []
    for record in history:
        base = dict(
            when=record.history_date,
            user_id=record.history_user_id,
            user=str(record.history_user) if record.history_user_id else "system",
            model=record.instance_type._meta.label,
            object_id=record.id,
            action=ACTIONS.get(record.history_type, record.history_type),
            reason=record.history_change_reason or "",
        )
        previous = record.prev_record if record.history_type == "~" else None
        if previous is None:
            out.append(Change(field=None, old=None, new=None, **base))
            continue
        for change in record.diff_against(previous).changes:
            if change.field in IGNORED_FIELDS or (wanted is not None and change.field not in wanted):
                continue
            out.append(Change(field=change.field, old=change.old, new=change.new, **base))
    return out
