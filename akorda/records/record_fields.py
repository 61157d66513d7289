"""What the engine's record becomes in rows: the fields of figures and instructions, the
meeting's event, and the region and official an extracted name refers to.

Pure mapping, no choice of what is kept: akorda.records.proposals decides which
of these proposals are stored or replaced.

- Officials are matched by normalized name against Official (names and
  aliases), falling back to the surname among officials holding a post in
  the meeting's region on its date. No Official is created from an extracted
  name: an unreviewed name must not become a public person page. The raw name
  is always kept in ``Meeting.official_name``; analysts link or create the
  official in the admin.
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from akorda.records.models import Fact, Indicator, Meeting, Programme
from akorda.regions.models import Official, Region, normalize_name

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
PERIOD = re.compile(r"^\s*(?P<m1>[a-z]+)(?:\s*[-–—]\s*(?P<m2>[a-z]+))?\s+(?P<year>\d{4})\s*$", re.I)


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


def update_event(meeting: Meeting, event: dict[str, Any], *, fill_only: bool) -> None:
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


def fact_fields(item: dict[str, Any], text: str, event: dict[str, Any]) -> dict[str, Any]:
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


def instruction_fields(item: dict[str, Any], text: str, meeting: Meeting) -> dict[str, Any]:
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
