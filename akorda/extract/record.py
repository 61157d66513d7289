"""The release record of the contract (/work/shared/extraction/README.md).

Frozen dataclasses, so that a record can be cached and shared between
threads; ``to_dict`` gives the contract JSON, with the project's extra keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Fact:
    value: float | int
    unit: str
    quote: str
    span: tuple[int, int]
    object: str | None = None
    measure: str | None = None
    qualifier: str | None = None
    # project keys beyond the contract
    object_lemma: str | None = None
    indicator: str | None = None
    programme: str | None = None
    period: str | None = None
    comparison: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value, "unit": self.unit, "object": self.object, "measure": self.measure,
            "qualifier": self.qualifier, "quote": self.quote, "span": list(self.span),
            "object_lemma": self.object_lemma, "indicator": self.indicator,
            "programme": self.programme, "period": self.period, "comparison": self.comparison,
        }


@dataclass(frozen=True)
class Instruction:
    text: str
    quote: str
    span: tuple[int, int]
    assignee: str | None = None
    topic: str | None = None
    # the task said as an action where the release's own words (`text`) name it otherwise
    # ("развития туризма" -> "развивать туризм"): prose that follows "поручил" needs it
    action: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "assignee": self.assignee, "topic": self.topic,
                               "quote": self.quote, "span": list(self.span)}
        if self.action is not None:
            out["action"] = self.action
        return out


@dataclass(frozen=True)
class Event:
    kind: str = "other"
    date: str | None = None
    official_name: str | None = None
    region: str | None = None
    report_period: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "date": self.date, "official_name": self.official_name,
                "region": self.region, "report_period": self.report_period}


@dataclass(frozen=True)
class Record:
    lang: str
    event: Event
    facts: tuple[Fact, ...] = ()
    instructions: tuple[Instruction, ...] = ()
    title: str | None = None
    rubric: str | None = None
    programmes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "title": self.title,
            "rubric": self.rubric,
            "event": self.event.to_dict(),
            "facts": [f.to_dict() for f in self.facts],
            "instructions": [i.to_dict() for i in self.instructions],
            "programmes": list(self.programmes),
        }
