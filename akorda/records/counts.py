"""Per-meeting counts of figures and instructions for lists of meetings (issue 10, item 3).

``annotate(Count("facts", distinct=True), Count("instructions", distinct=True))``
joins both tables to the meeting and counts distinct rows of their product:
one meeting with 30,000 figures and 10,000 instructions is 300 million joined
rows, and the records list and the region dashboard took over 30 s. Counts
annotated as subqueries avoid the product, but PostgreSQL then computes them
for every meeting before sorting (8.5 s for 50,000 meetings,
scripts/bench_scale.py). So a list pages the meetings first and counts the
page's meetings only, with one grouped query per table.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q

from akorda.records.models import Fact, Instruction, Meeting, ReviewStatus


def attach_item_counts(meetings: Sequence[Meeting]) -> Sequence[Meeting]:
    """Set n_facts, n_proposed, n_confirmed and n_instructions on each meeting; two queries."""
    ids = [m.pk for m in meetings]
    facts = {row["meeting"]: row for row in Fact.objects.filter(meeting__in=ids).order_by().values("meeting").annotate(
        n_facts=Count("pk"),
        n_proposed=Count("pk", filter=Q(status=ReviewStatus.PROPOSED)),
        n_confirmed=Count("pk", filter=Q(status=ReviewStatus.CONFIRMED)),
    )}
    instructions = dict(Instruction.objects.filter(meeting__in=ids).order_by().values("meeting")
                        .annotate(n=Count("pk")).values_list("meeting", "n"))
    for meeting in meetings:
        row: dict[str, Any] = dict(facts.get(meeting.pk, {}))
        # The same attribute names as an annotate() would give, which the templates read.
        setattr(meeting, "n_facts", row.get("n_facts", 0))  # noqa: B010
        setattr(meeting, "n_proposed", row.get("n_proposed", 0))  # noqa: B010
        setattr(meeting, "n_confirmed", row.get("n_confirmed", 0))  # noqa: B010
        setattr(meeting, "n_instructions", instructions.get(meeting.pk, 0))  # noqa: B010
    return meetings


def has_items(model, **filters) -> Exists:
    return Exists(model.objects.filter(meeting=OuterRef("pk"), **filters))
