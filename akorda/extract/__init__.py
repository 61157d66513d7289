"""akorda.extract: release records from akorda.kz press releases (issue 3).

A plain Python package (no Django, checked by import-linter):

- ``extract(text, lang=None) -> Record``: the contract record
  (/work/shared/extraction/README.md) of a page given as plain text (with or
  without the site chrome) or HTML; ``Record.to_dict()`` is the JSON.
- ``read_source(text, *, html=None) -> Source``: title, date, dateline,
  language, rubric and body paragraphs of a page; ``SourceError`` otherwise.
- ``akorda.extract.knowledge``: ``regions()``, ``region(name)``,
  ``indicators()``, ``programmes()`` over the data files in ``data/``.

Models (pymorphy3 dictionaries, the yargy parser) load on first
use, not on import; the names below resolve lazily so that importing the
package stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from akorda.extract.pipeline import extract
    from akorda.extract.record import Event, Fact, Instruction, Record
    from akorda.extract.source import Source, SourceError, read_source

__all__ = ["Event", "Fact", "Instruction", "Record", "Source", "SourceError", "extract", "read_source"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from akorda.extract.pipeline import extract

        return extract
    if name in {"Record", "Fact", "Instruction", "Event"}:
        from akorda.extract import record

        return getattr(record, name)
    if name in {"read_source", "Source", "SourceError"}:
        from akorda.extract import source

        return getattr(source, name)
    raise AttributeError(name)
