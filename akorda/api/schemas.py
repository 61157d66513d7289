"""What the API answers: one schema per kind of item, and the page around them.

The OpenAPI schema is generated from these classes, so they are the contract
(issue 10): a field changed here changes what schemathesis checks.
"""
from __future__ import annotations

import datetime
from typing import Any

from ninja import Field, Schema


class ErrorOut(Schema):
    detail: Any


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


def page_of(cls: type[Schema], *, keyset: bool = False) -> type[Schema]:
    """``{"count", "items"}``: the list's size and one page; with ``keyset``, also ``next``."""
    annotations: dict[str, Any] = {"count": int, "items": list[cls]}  # type: ignore[valid-type]  # built at run time
    fields: dict[str, Any] = {}
    if keyset:
        annotations["count"] = int | None
        fields["count"] = Field(description="how many items the filtered list holds; null on pages reached "
                                            "with ?after= and with ?count=false, which are not counted")
        annotations["next"] = int | None
        fields["next"] = Field(description="the id to pass as ?after= for the following page; "
                                           "null on the last page")
    return type(f"{cls.__name__}List", (Schema,), {"__annotations__": annotations, **fields})
