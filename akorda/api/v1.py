"""The read API of the release record, /api/v1/ (django-ninja).

Every list is ``{"count": N, "items": [...]}`` (``limit``/``offset``, django-ninja's
limit-offset pagination), and the same filtered list comes as a streamed file
with ``?format=csv|xlsx`` or at ``<list>/export.csv|xlsx``. What a caller sees
is decided by ``akorda.records.visibility`` from the session user: the public
gets confirmed items of published releases only.

The OpenAPI schema is the contract (issue 10): every query value is bounded
there as it is checked here, a bad one is a 400 (never a 500), throttled
callers get a 429, and the file formats are listed as content types.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, get_args

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.pagination import LimitOffsetPagination
from pydantic import BeforeValidator

from akorda.api.docs import ReferenceDocs
from akorda.api.exports import FORMATS, export
from akorda.api.throttling import AnonymousThrottle
from akorda.core.cache import mark_cacheable
from akorda.records.models import Fact, Instruction, Meeting, MeetingSource, ReviewStatus
from akorda.records.visibility import visible_facts, visible_instructions, visible_meetings, visible_pages
from akorda.regions.models import Official, Region, Tenure

MAX_LIMIT = 500
# Deeper than any list will be for years (a million facts is 2,000 pages of 500);
# bounded so that offset + limit never overflows the databases' 64-bit OFFSET.
MAX_OFFSET = 10_000_000
MAX_ID = 2**63 - 1
# Text filters: a slug, a code, a period; no control characters (PostgreSQL refuses NUL in text).
TEXT_PATTERN = r"^[^\x00-\x1f\x7f]*$"
TextFilter = Annotated[str | None, Field(max_length=100, pattern=TEXT_PATTERN)]
IdFilter = Annotated[int | None, Field(ge=1, le=MAX_ID)]


def _iso_date(value: Any) -> Any:
    """Only YYYY-MM-DD, as the schema says (pydantic alone takes ``0`` for 1970-01-01)."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


DateFilter = Annotated[datetime.date | None, BeforeValidator(_iso_date)]
Status = Literal["proposed", "confirmed", "rejected"]
assert set(get_args(Status)) == set(ReviewStatus.values)

api = NinjaAPI(
    title="Akorda release record",
    version="1",
    description="Regions, officials, meetings, figures and instructions stated in the releases "
                "of the President of Kazakhstan. Anonymous callers see reviewed (confirmed) "
                "items of published releases only, and are throttled (429).",
    urls_namespace="api-v1",
    # A file of the whole list costs far more than a page: anonymous exports have a rate of their own.
    throttle=[AnonymousThrottle("API_ANON_RATE", "api"), AnonymousThrottle("API_EXPORT_RATE", "export", files_only=True)],
    docs=ReferenceDocs(),  # accessible server-rendered reference (akorda.api.docs), not Swagger UI
)


@api.exception_handler(ValidationError)
def bad_query(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """A query value out of its documented range is the caller's error: 400, with the errors."""
    return api.create_response(request, {"detail": exc.errors}, status=400)


class ErrorOut(Schema):
    detail: Any


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_LIMIT, description="items per page")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="items to skip")


PAGINATOR = Pagination(max_limit=MAX_LIMIT)


class ListParams(Pagination.Input):
    format: Literal["json", "csv", "xlsx"] = Field(
        "json", description="csv and xlsx give the whole filtered list as a file; limit and offset "
                            "are checked but do not apply")


ERRORS = {400: ErrorOut, 429: ErrorOut}
BINARY = {"type": "string", "format": "binary"}
# The list endpoints answer with a file when asked (format=csv|xlsx); the export ones always do.
LIST_FILES = {"responses": {200: {"content": {FORMATS[f]: {"schema": BINARY} for f in FORMATS}}}}
EXPORT_FILES = {"responses": {200: {"description": "the filtered list as a file",
                                    "content": {FORMATS[f]: {"schema": BINARY} for f in FORMATS}}}}


class CentreOut(Schema):
    name_kk: str
    name_ru: str
    name_en: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None


class RegionOut(Schema):
    slug: str
    canonical: str
    kind: str
    kato: str
    name_kk: str
    name_ru: str
    name_en: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    successor: str | None
    centres: list[CentreOut]


class TenureOut(Schema):
    position_kk: str
    position_ru: str
    position_en: str
    region: str | None
    start: datetime.date | None
    end: datetime.date | None


class OfficialOut(Schema):
    slug: str
    name_kk: str
    name_ru: str
    name_en: str
    is_demo: bool
    tenures: list[TenureOut]


class SourceOut(Schema):
    language: str
    title: str
    url: str


class MeetingOut(Schema):
    id: int
    date: datetime.date | None
    kind: str
    region: str | None
    official: str | None
    official_name: str
    report_period: str
    is_demo: bool
    sources: list[SourceOut]


class FactOut(Schema):
    id: int
    meeting: int
    meeting_date: datetime.date | None
    region: str | None
    indicator: str | None
    measure: str
    value: float
    unit: str
    object: str
    qualifier: str
    comparison: str
    period: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    programme: str | None
    quote: str
    span: list[int] | None
    status: str
    language: str | None
    source_url: str | None


class InstructionOut(Schema):
    id: int
    meeting: int
    text: str
    assignee: str
    region: str | None
    topic: str
    given_on: datetime.date | None
    deadline: datetime.date | None
    execution: str
    status: str
    quote: str
    span: list[int] | None
    language: str | None
    source_url: str | None


def _page(cls: type[Schema]) -> type[Schema]:
    return type(f"{cls.__name__}List", (Schema,), {"__annotations__": {"count": int, "items": list[cls]}})  # type: ignore[valid-type]  # built at run time


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


def _flat(row: dict[str, Any]) -> dict[str, Any]:
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


def respond(request: HttpRequest, qs: QuerySet, params: ListParams, row: Callable[[Any], dict],
            schema: type[Schema], name: str, fmt: str | None = None):
    """One page as JSON, or the whole list as a streamed file (the rows are read in chunks)."""
    fmt = fmt or params.format
    if fmt in FORMATS:
        columns = list(schema.model_fields)
        return export((_flat(row(obj)) for obj in qs.iterator(chunk_size=500)), columns, fmt, name)
    # Our Input (narrower limits) is not a subclass of ninja's; ninja reads only limit and offset.
    page = PAGINATOR.paginate_queryset(qs, pagination=params, request=request)  # type: ignore[arg-type]
    mark_cacheable("events", "records")  # anonymous callers only: akorda.core.cache
    return {"count": page["count"], "items": [row(obj) for obj in page["items"]]}


def _region_q(value: str | None, field: str) -> Q:
    if not value:
        return Q()
    return Q(**{f"{field}__slug": value}) | Q(**{f"{field}__canonical__iexact": value})


def _regions(request: HttpRequest, current: bool | None) -> QuerySet[Region]:
    qs = Region.objects.select_related("successor").prefetch_related("centres")
    if current is not None:
        qs = qs.filter(valid_to__isnull=current)
    return qs


def _officials(request: HttpRequest, region: str | None) -> QuerySet[Official]:
    qs = Official.objects.prefetch_related(Prefetch("tenures", queryset=Tenure.objects.select_related("region")))
    if region:
        qs = qs.filter(_region_q(region, "tenures__region")).distinct()
    return qs


def _meetings(request: HttpRequest, region, official, kind, date_from, date_to) -> QuerySet[Meeting]:
    sources = MeetingSource.objects.filter(page__in=visible_pages(request.user)).select_related("page", "page__locale")
    qs = visible_meetings(request.user).select_related("region", "official").prefetch_related(
        Prefetch("sources", queryset=sources, to_attr="visible_sources"))
    qs = qs.filter(_region_q(region, "region"))
    if official:
        qs = qs.filter(official__slug=official)
    if kind:
        qs = qs.filter(kind=kind)
    if date_from:
        qs = qs.filter(date__gte=date_from)
    if date_to:
        qs = qs.filter(date__lte=date_to)
    return qs.order_by("-date", "-id")


def _facts(request: HttpRequest, region, indicator, period, status, meeting, programme) -> QuerySet[Fact]:
    qs = visible_facts(request.user).select_related(
        "meeting", "meeting__region", "indicator", "programme", "source_page", "source_page__locale")
    qs = qs.filter(_region_q(region, "meeting__region"))
    if indicator:
        qs = qs.filter(indicator__code=indicator)
    if period:
        by_text = Q(period__icontains=period)
        if re.fullmatch(r"[12]\d{3}", period):
            by_text |= Q(period_start__year=int(period))
        qs = qs.filter(by_text)
    if status:
        qs = qs.filter(status=status)
    if meeting:
        qs = qs.filter(meeting_id=meeting)
    if programme:
        qs = qs.filter(programme__code=programme)
    return qs.order_by("-meeting__date", "meeting_id", "span_start", "id")


def _instructions(request: HttpRequest, region, status, execution, meeting) -> QuerySet[Instruction]:
    qs = visible_instructions(request.user).select_related(
        "meeting", "meeting__region", "region", "source_page", "source_page__locale")
    if region:
        qs = qs.filter(_region_q(region, "region") | (Q(region__isnull=True) & _region_q(region, "meeting__region")))
    if status:
        qs = qs.filter(status=status)
    if execution:
        qs = qs.filter(execution=execution)
    if meeting:
        qs = qs.filter(meeting_id=meeting)
    return qs.order_by("-meeting__date", "meeting_id", "span_start", "id")


Export = Literal["csv", "xlsx"]
# The model's choices, so the schema lists what the filter can match.
Kind = Literal["reception", "phone_call", "meeting", "visit", "other"]
Execution = Literal["open", "in_progress", "done", "overdue", "withdrawn"]
# Spelled out for the type checker; the models stay the source of the values.
assert set(get_args(Kind)) == set(Meeting.Kind.values)
assert set(get_args(Execution)) == set(Instruction.Execution.values)


@api.get("/regions", response={200: _page(RegionOut), **ERRORS}, tags=["reference"], openapi_extra=LIST_FILES)
def regions(request, params: Query[ListParams], current: bool | None = None):
    """Regions and cities of republican significance; ``current=false`` gives the historical ones."""
    return respond(request, _regions(request, current), params, region_row, RegionOut, "regions")


@api.get("/regions/export.{fmt}", response={200: None, **ERRORS}, tags=["reference"], openapi_extra=EXPORT_FILES)
def regions_export(request, fmt: Export, current: bool | None = None) -> HttpResponse:
    return respond(request, _regions(request, current), ListParams.model_validate({}), region_row, RegionOut, "regions", fmt)


@api.get("/officials", response={200: _page(OfficialOut), **ERRORS}, tags=["reference"], openapi_extra=LIST_FILES)
def officials(request, params: Query[ListParams], region: TextFilter = None):
    return respond(request, _officials(request, region), params, official_row, OfficialOut, "officials")


@api.get("/officials/export.{fmt}", response={200: None, **ERRORS}, tags=["reference"], openapi_extra=EXPORT_FILES)
def officials_export(request, fmt: Export, region: TextFilter = None) -> HttpResponse:
    return respond(request, _officials(request, region), ListParams.model_validate({}), official_row, OfficialOut, "officials", fmt)


@api.get("/meetings", response={200: _page(MeetingOut), **ERRORS}, tags=["record"], openapi_extra=LIST_FILES)
def meetings(request, params: Query[ListParams], region: TextFilter = None, official: TextFilter = None,
             kind: Kind | None = None, date_from: DateFilter = None, date_to: DateFilter = None):
    qs = _meetings(request, region, official, kind, date_from, date_to)
    return respond(request, qs, params, meeting_row, MeetingOut, "meetings")


@api.get("/meetings/export.{fmt}", response={200: None, **ERRORS}, tags=["record"], openapi_extra=EXPORT_FILES)
def meetings_export(request, fmt: Export, region: TextFilter = None, official: TextFilter = None,
                    kind: Kind | None = None, date_from: DateFilter = None,
                    date_to: DateFilter = None) -> HttpResponse:
    qs = _meetings(request, region, official, kind, date_from, date_to)
    return respond(request, qs, ListParams.model_validate({}), meeting_row, MeetingOut, "meetings", fmt)


@api.get("/facts", response={200: _page(FactOut), **ERRORS}, tags=["record"], openapi_extra=LIST_FILES)
def facts(request, params: Query[ListParams], region: TextFilter = None, indicator: TextFilter = None,
          period: TextFilter = None, status: Status | None = None, meeting: IdFilter = None,
          programme: TextFilter = None):
    """Figures stated in releases. ``region`` is a slug or English name, ``indicator``
    a catalog code, ``period`` a text (``January-May 2024``) or a year."""
    qs = _facts(request, region, indicator, period, status, meeting, programme)
    return respond(request, qs, params, fact_row, FactOut, "facts")


@api.get("/facts/export.{fmt}", response={200: None, **ERRORS}, tags=["record"], openapi_extra=EXPORT_FILES)
def facts_export(request, fmt: Export, region: TextFilter = None, indicator: TextFilter = None,
                 period: TextFilter = None, status: Status | None = None, meeting: IdFilter = None,
                 programme: TextFilter = None) -> HttpResponse:
    qs = _facts(request, region, indicator, period, status, meeting, programme)
    return respond(request, qs, ListParams.model_validate({}), fact_row, FactOut, "facts", fmt)


@api.get("/instructions", response={200: _page(InstructionOut), **ERRORS}, tags=["record"], openapi_extra=LIST_FILES)
def instructions(request, params: Query[ListParams], region: TextFilter = None, status: Status | None = None,
                 execution: Execution | None = None, meeting: IdFilter = None):
    qs = _instructions(request, region, status, execution, meeting)
    return respond(request, qs, params, instruction_row, InstructionOut, "instructions")


@api.get("/instructions/export.{fmt}", response={200: None, **ERRORS}, tags=["record"], openapi_extra=EXPORT_FILES)
def instructions_export(request, fmt: Export, region: TextFilter = None, status: Status | None = None,
                        execution: Execution | None = None, meeting: IdFilter = None) -> HttpResponse:
    qs = _instructions(request, region, status, execution, meeting)
    return respond(request, qs, ListParams.model_validate({}), instruction_row, InstructionOut, "instructions", fmt)
