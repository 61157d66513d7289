"""A large generated record for the scale test and scripts/bench_scale.py (demo data, made up).

Figures are written with bulk_create in batches, all confirmed, spread over the
current regions, a few catalog indicators and quarterly periods, about twenty
per meeting as in real releases. Nothing here is real: every meeting is marked
demo and named "Демо".
"""
from __future__ import annotations

import datetime
from decimal import Decimal

FACTS_PER_MEETING = 20
INSTRUCTIONS_PER_MEETING = 2
BATCH = 5000
PERIODS = [("January-March", 3, 31), ("January-June", 6, 30), ("January-September", 9, 30), ("January-December", 12, 31)]


def generate_record(n_facts: int, *, first_year: int = 2015) -> dict[str, int]:
    """Create ``n_facts`` confirmed figures (and their meetings and instructions); returns the counts."""
    from akorda.records.models import Fact, Indicator, Instruction, Meeting, ReviewStatus
    from akorda.regions.models import Region

    regions = list(Region.objects.filter(valid_to__isnull=True).order_by("pk"))
    indicators = list(Indicator.objects.order_by("pk")[:8])
    n_meetings = max(1, -(-n_facts // FACTS_PER_MEETING))
    meetings = []
    for i in range(n_meetings):
        quarter = i // len(regions)
        year = first_year + (quarter // 4) % 30
        label, month, day = PERIODS[quarter % 4]
        meetings.append(Meeting(
            region=regions[i % len(regions)], date=datetime.date(year, month, day) + datetime.timedelta(days=10),
            kind="reception", report_period=f"{label} {year}", official_name="Демо Демов", is_demo=True,
        ))
    Meeting.objects.bulk_create(meetings, batch_size=BATCH)
    meetings = list(Meeting.objects.filter(official_name="Демо Демов").order_by("pk"))
    made = 0
    batch: list[Fact] = []
    for m_index, meeting in enumerate(meetings):
        year = meeting.date.year
        month = meeting.date.month if meeting.date.month != 1 else 12
        for k in range(min(FACTS_PER_MEETING, n_facts - made)):
            batch.append(Fact(
                meeting=meeting, indicator=indicators[k % len(indicators)], value=Decimal(1000 + (m_index * 7 + k) % 997),
                unit="KZT", period=meeting.report_period, period_start=datetime.date(year, 1, 1),
                period_end=datetime.date(year, min(month, 12), 28), status=ReviewStatus.CONFIRMED,
                quote=f"{1000 + k} тенге", span_start=k * 20, span_end=k * 20 + 10,
            ))
            made += 1
        if len(batch) >= BATCH:
            Fact.objects.bulk_create(batch)
            batch = []
    if batch:
        Fact.objects.bulk_create(batch)
    instructions = [
        Instruction(meeting=m, region_id=m.region_id, text=f"демо-поручение {k}", status=ReviewStatus.CONFIRMED,
                    given_on=m.date, deadline=m.date + datetime.timedelta(days=90))
        for m in meetings for k in range(INSTRUCTIONS_PER_MEETING)
    ]
    Instruction.objects.bulk_create(instructions, batch_size=BATCH)
    return {"meetings": len(meetings), "facts": made, "instructions": len(instructions)}
