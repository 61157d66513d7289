"""akorda.extract: release records from akorda.kz press releases (issue 3).

A plain Python package (no Django): ``extract(text, lang=None) -> Record``.
Models load on first use, not on import; the names below are resolved lazily
so that ``import akorda.extract.source`` stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from akorda.extract.pipeline import extract
    from akorda.extract.record import Event, Fact, Instruction, Record

__all__ = ["extract", "Record", "Fact", "Instruction", "Event"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from akorda.extract.pipeline import extract

        return extract
    if name in {"Record", "Fact", "Instruction", "Event"}:
        from akorda.extract import record

        return getattr(record, name)
    raise AttributeError(name)
