"""The release text with extracted spans marked, for the review screen.

``source_text()`` is title, dateline and paragraphs joined by blank lines;
each part becomes a block that knows its offset in that string, so the
reviewer's selection can be turned back into ``[start, end)`` offsets (the JS
of the review screen adds the offset inside the block to ``data-offset``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "fact" or "instruction"
    item_id: int
    status: str


@dataclass(frozen=True)
class Block:
    index: int  # 0 title, 1 dateline, 2.. paragraphs (paragraph = index - 2)
    offset: int
    text: str
    html: SafeString


def blocks(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each part of the source text.

    >>> blocks("T\\n\\nD\\n\\nP one")
    [(0, 'T'), (3, 'D'), (6, 'P one')]
    """
    out, offset = [], 0
    for part in text.split(SEPARATOR):
        out.append((offset, part))
        offset += len(part) + len(SEPARATOR)
    return out


def _render(text: str, offset: int, spans: list[Span]) -> SafeString:
    """Escape ``text`` and wrap span ranges in nested ``<mark>`` elements.

    >>> str(_render("a 5 t <b>", 0, [Span(2, 5, "fact", 7, "proposed")]))
    'a <mark class="span-fact status-proposed" data-kind="fact" data-id="7" id="fact-7-0">5 t</mark> &lt;b&gt;'
    """
    end = offset + len(text)
    local = [s for s in spans if s.start < end and s.end > offset and s.end > s.start]
    cuts = sorted({offset, end, *(max(s.start, offset) for s in local), *(min(s.end, end) for s in local)})
    seen: dict[tuple[str, int], int] = {}
    parts: list[str] = []
    for a, b in pairwise(cuts):
        piece = escape(text[a - offset: b - offset])
        active = sorted((s for s in local if s.start <= a and s.end >= b), key=lambda s: (s.start, -s.end))
        for span in reversed(active):
            n = seen.get((span.kind, span.item_id), 0)
            seen[(span.kind, span.item_id)] = n + 1
            piece = format_html(
                '<mark class="span-{} status-{}" data-kind="{}" data-id="{}" id="{}-{}-{}">{}</mark>',
                span.kind, span.status, span.kind, span.item_id, span.kind, span.item_id, n, mark_safe(piece),
            )
        parts.append(str(piece))
    return mark_safe("".join(parts))


def highlighted(text: str, spans: Iterable[Span]) -> list[Block]:
    spans = list(spans)
    return [Block(i, offset, part, _render(part, offset, spans)) for i, (offset, part) in enumerate(blocks(text))]
