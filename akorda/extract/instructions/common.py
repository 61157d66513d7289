"""What the instruction grammars of every language share: tokens, the item span, trimming."""
from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
FIELDS_END = re.compile(r"[\s.;:,]+$")


@dataclass(frozen=True)
class InstructionSpan:
    text: str
    start: int
    end: int
    assignee: str | None


Token = tuple[str, int, int]


def _tokens(sentence: str, a: int, b: int) -> list[Token]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence, a, b)]


def _trim(sentence: str, a: int, b: int) -> int:
    m = FIELDS_END.search(sentence, a, b)
    return m.start() if m and m.end() == b else b
