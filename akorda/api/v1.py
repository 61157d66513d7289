"""The read API of the release record, /api/v1/ (django-ninja).

Every list is ``{"count": N, "items": [...]}``, a page by ``limit`` and ``offset``
(django-ninja's limit-offset pagination); the long ones (meetings, facts, instructions)
add ``next``, the id to pass as ``after=`` for the following page, as quick deep down
as at the top (``akorda.api.paging``); those pages, and any with ``count=false``,
are not counted (``count`` is null). The same filtered list comes as a streamed file
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
from typing import Annotated, Any, Literal, get_args

from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Query
from ninja.errors import ValidationError
from pydantic import BeforeValidator

from akorda.api import queries
from akorda.api.docs import ReferenceDocs
from akorda.api.exports import FORMATS
from akorda.api.paging import KeysetParams, ListParams, paginate
from akorda.api.rows import fact_row, instruction_row, meeting_row, official_row, region_row
from akorda.api.schemas import ErrorOut, FactOut, InstructionOut, MeetingOut, OfficialOut, RegionOut, page_of
from akorda.api.throttling import AnonymousThrottle
from akorda.records.models import Instruction, Meeting, ReviewStatus

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


ERRORS = {400: ErrorOut, 429: ErrorOut}
KEYSET_ERRORS = {**ERRORS, 409: ErrorOut}  # after= an item not (or no longer) in the list
BINARY = {"type": "string", "format": "binary"}
# The list endpoints answer with a file when asked (format=csv|xlsx); the export ones always do.
LIST_FILES = {"responses": {200: {"content": {FORMATS[f]: {"schema": BINARY} for f in FORMATS}}}}
EXPORT_FILES = {"responses": {200: {"description": "the filtered list as a file",
                                    "content": {FORMATS[f]: {"schema": BINARY} for f in FORMATS}}}}
# Files take no page: the defaults, checked like any query.
WHOLE = ListParams.model_validate({})


Export = Literal["csv", "xlsx"]
# The model's choices, so the schema lists what the filter can match.
Kind = Literal["reception", "phone_call", "meeting", "visit", "other"]
Execution = Literal["open", "in_progress", "done", "overdue", "withdrawn"]
# Spelled out for the type checker; the models stay the source of the values.
assert set(get_args(Kind)) == set(Meeting.Kind.values)
assert set(get_args(Execution)) == set(Instruction.Execution.values)


@api.get("/regions", response={200: page_of(RegionOut), **ERRORS}, tags=["reference"], openapi_extra=LIST_FILES)
def regions(request, params: Query[ListParams], current: bool | None = None):
    """Regions and cities of republican significance; ``current=false`` gives the historical ones."""
    return paginate(request, queries.regions(request, current), None, params, region_row, RegionOut, "regions")


@api.get("/regions/export.{fmt}", response={200: None, **ERRORS}, tags=["reference"], openapi_extra=EXPORT_FILES)
def regions_export(request, fmt: Export, current: bool | None = None) -> HttpResponse:
    return paginate(request, queries.regions(request, current), None, WHOLE, region_row, RegionOut, "regions", fmt)


@api.get("/officials", response={200: page_of(OfficialOut), **ERRORS}, tags=["reference"], openapi_extra=LIST_FILES)
def officials(request, params: Query[ListParams], region: TextFilter = None):
    return paginate(request, queries.officials(request, region), None, params, official_row, OfficialOut, "officials")


@api.get("/officials/export.{fmt}", response={200: None, **ERRORS}, tags=["reference"], openapi_extra=EXPORT_FILES)
def officials_export(request, fmt: Export, region: TextFilter = None) -> HttpResponse:
    return paginate(request, queries.officials(request, region), None, WHOLE, official_row, OfficialOut, "officials", fmt)


@api.get("/meetings", response={200: page_of(MeetingOut, keyset=True), **KEYSET_ERRORS}, tags=["record"], openapi_extra=LIST_FILES)
def meetings(request, params: Query[KeysetParams], region: TextFilter = None, official: TextFilter = None,
             kind: Kind | None = None, date_from: DateFilter = None, date_to: DateFilter = None):
    qs = queries.meetings(request, region, official, kind, date_from, date_to)
    return paginate(request, qs, queries.BY_DATE, params, meeting_row, MeetingOut, "meetings")


@api.get("/meetings/export.{fmt}", response={200: None, **ERRORS}, tags=["record"], openapi_extra=EXPORT_FILES)
def meetings_export(request, fmt: Export, region: TextFilter = None, official: TextFilter = None,
                    kind: Kind | None = None, date_from: DateFilter = None,
                    date_to: DateFilter = None) -> HttpResponse:
    qs = queries.meetings(request, region, official, kind, date_from, date_to)
    return paginate(request, qs, queries.BY_DATE, WHOLE, meeting_row, MeetingOut, "meetings", fmt)


@api.get("/facts", response={200: page_of(FactOut, keyset=True), **KEYSET_ERRORS}, tags=["record"], openapi_extra=LIST_FILES)
def facts(request, params: Query[KeysetParams], region: TextFilter = None, indicator: TextFilter = None,
          period: TextFilter = None, status: Status | None = None, meeting: IdFilter = None,
          programme: TextFilter = None):
    """Figures stated in releases. ``region`` is a slug or English name, ``indicator``
    a catalog code, ``period`` a text (``January-May 2024``) or a year."""
    qs = queries.facts(request, region, indicator, period, status, meeting, programme)
    return paginate(request, qs, queries.BY_MEETING, params, fact_row, FactOut, "facts")


@api.get("/facts/export.{fmt}", response={200: None, **ERRORS}, tags=["record"], openapi_extra=EXPORT_FILES)
def facts_export(request, fmt: Export, region: TextFilter = None, indicator: TextFilter = None,
                 period: TextFilter = None, status: Status | None = None, meeting: IdFilter = None,
                 programme: TextFilter = None) -> HttpResponse:
    qs = queries.facts(request, region, indicator, period, status, meeting, programme)
    return paginate(request, qs, queries.BY_MEETING, WHOLE, fact_row, FactOut, "facts", fmt)


@api.get("/instructions", response={200: page_of(InstructionOut, keyset=True), **KEYSET_ERRORS}, tags=["record"], openapi_extra=LIST_FILES)
def instructions(request, params: Query[KeysetParams], region: TextFilter = None, status: Status | None = None,
                 execution: Execution | None = None, meeting: IdFilter = None):
    qs = queries.instructions(request, region, status, execution, meeting)
    return paginate(request, qs, queries.BY_MEETING, params, instruction_row, InstructionOut, "instructions")


@api.get("/instructions/export.{fmt}", response={200: None, **ERRORS}, tags=["record"], openapi_extra=EXPORT_FILES)
def instructions_export(request, fmt: Export, region: TextFilter = None, status: Status | None = None,
                        execution: Execution | None = None, meeting: IdFilter = None) -> HttpResponse:
    qs = queries.instructions(request, region, status, execution, meeting)
    return paginate(request, qs, queries.BY_MEETING, WHOLE, instruction_row, InstructionOut, "instructions", fmt)
