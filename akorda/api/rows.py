"""How a record becomes a row of the API: the same dict for JSON and, flattened, for files."""
from __future__ import annotations

from typing import Any

from akorda.records.models import Fact, Instruction, Meeting
from akorda.regions.models import Official, Region


def _url(page) -> str | None:
    if page is None:
        return None
    return page.get_full_url() or page.url


def region_row(region: Region) -> dict[str, Any]:
    return {
        "slug": region.slug, "canonical": region.canonical, "kind": region.kind, "kato": region.kato,
        "name_kk": region.name_kk, "name_ru": region.name_ru, "name_en": region.name_en,
        "valid_from": region.valid_from, "valid_to": region.valid_to,
        "successor": region.successor.slug if region.successor else None,
        "centres": [
            {"name_kk": c.name_kk, "name_ru": c.name_ru, "name_en": c.name_en,
             "valid_from": c.valid_from, "valid_to": c.valid_to}
            for c in region.centres.all()
        ],
    }


def official_row(official: Official) -> dict[str, Any]:
    return {
        "slug": official.slug, "name_kk": official.name_kk, "name_ru": official.name_ru,
        "name_en": official.name_en, "is_demo": official.is_demo,
        "tenures": [
            {"position_kk": t.position_kk, "position_ru": t.position_ru, "position_en": t.position_en,
             "region": t.region.slug if t.region else None, "start": t.start, "end": t.end}
            for t in official.tenures.all()
        ],
    }


def meeting_row(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.pk, "date": meeting.date, "kind": meeting.kind,
        "region": meeting.region.slug if meeting.region else None,
        "official": meeting.official.slug if meeting.official else None,
        "official_name": meeting.official_name, "report_period": meeting.report_period,
        "is_demo": meeting.is_demo,
        "sources": [
            {"language": s.language, "title": s.page.title, "url": _url(s.page)}
            for s in meeting.visible_sources  # type: ignore[attr-defined]  # prefetched to this attribute
        ],
    }


def _provenance(item) -> dict[str, Any]:
    page = item.source_page
    return {
        "quote": item.quote,
        "span": [item.span_start, item.span_end] if item.span_start is not None else None,
        "status": item.status,
        "language": page.locale.language_code if page else None,
        "source_url": _url(page),
    }


def fact_row(fact: Fact) -> dict[str, Any]:
    meeting = fact.meeting
    return {
        "id": fact.pk, "meeting": fact.meeting_id, "meeting_date": meeting.date,
        "region": meeting.region.slug if meeting.region else None,
        "indicator": fact.indicator.code if fact.indicator else None,
        "measure": fact.measure, "value": float(fact.value), "unit": fact.unit, "object": fact.object,
        "qualifier": fact.qualifier, "comparison": fact.comparison, "period": fact.period,
        "period_start": fact.period_start, "period_end": fact.period_end,
        "programme": fact.programme.code if fact.programme else None,
        **_provenance(fact),
    }


def instruction_row(item: Instruction) -> dict[str, Any]:
    region = item.region or item.meeting.region
    return {
        "id": item.pk, "meeting": item.meeting_id, "text": item.text, "assignee": item.assignee,
        "region": region.slug if region else None, "topic": item.topic,
        "given_on": item.given_on, "deadline": item.deadline, "execution": item.execution,
        **_provenance(item),
    }


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """Nested lists flattened to text for spreadsheets."""
    out = dict(row)
    if "span" in out:
        out["span"] = f"{out['span'][0]}-{out['span'][1]}" if out["span"] else ""
    if "sources" in out:
        out["sources"] = " ".join(s["url"] or "" for s in out["sources"])
    if "tenures" in out:
        out["tenures"] = "; ".join(f"{t['position_en']} ({t['start'] or '…'} – {t['end'] or ''})" for t in out["tenures"])
    if "centres" in out:
        out["centres"] = "; ".join(f"{c['name_en']} ({c['valid_from'] or '…'} – {c['valid_to'] or ''})" for c in out["centres"])
    return out
