"""Many patterns as one, for a pass that says whether any of them matches at all.

Several steps try a dozen or more patterns on every sentence (reporting periods, indicator
cues, region names), and most sentences hold none of what they look for: seven of eight
sentences name no period. One search for the union answers "none" in one pass over the
sentence instead of one pass per pattern, and the patterns run only where it finds
something. The union matches at a position exactly where one of the patterns does (an
alternation tries each in turn there, with the same text, bounds and look-behind), so the
answer "none" is the patterns' answer; ``union(...).search(text, a, b) is None`` iff no
``p.search(text, a, b)`` finds anything.

The union also answers "which comes first" for patterns tried in order of preference:
at the leftmost position where any matches, the alternation takes the first that matches
there (``first_of``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")
BACKREFERENCE = re.compile(r"\(\?P=|\\[1-9]")


def _alternative(pattern: re.Pattern[str], base: int, name: str | None = None) -> str:
    """The pattern as one alternative: its group names dropped (the union would define them
    twice), its case-insensitivity scoped to itself."""
    if BACKREFERENCE.search(pattern.pattern):
        raise ValueError(f"a back-reference cannot go into a union: {pattern.pattern!r}")
    if pattern.flags & ~re.IGNORECASE != base:
        raise ValueError(f"flags other than IGNORECASE differ: {pattern.pattern!r}")
    body = NAMED_GROUP.sub("(?:", pattern.pattern)
    scoped = f"(?i:{body})" if pattern.flags & re.IGNORECASE else f"(?-i:{body})"
    return f"(?P<{name}>{scoped})" if name else scoped


def union(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches at a position where any of ``patterns`` does."""
    patterns = list(patterns)
    base = patterns[0].flags & ~re.IGNORECASE if patterns else re.UNICODE
    return re.compile("|".join(_alternative(p, base) for p in patterns) or "(?!)", base)


def first_of(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """The union with each alternative named ``_<index>``: ``match.lastgroup`` is then the
    index of the pattern whose match starts first (the earliest in ``patterns`` on a tie)."""
    base = patterns[0].flags & ~re.IGNORECASE if patterns else re.UNICODE
    return re.compile("|".join(_alternative(p, base, f"_{n}") for n, p in enumerate(patterns)) or "(?!)", base)
