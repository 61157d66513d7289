"""The union of patterns names the one that matches first, as trying them one by one does; the scout
finds each pattern's matches as its own finditer does; a pattern with its first letters in front
matches as it did (union.py)."""
from __future__ import annotations

import random
import re

import pytest

from akorda.extract.union import Scout, first_letters, first_of, quick

PATTERNS = [
    re.compile(r"(?<![^\W\d_])за\s+(?P<n>\d{1,2})\s+месяц", re.I),
    re.compile(r"(?P<y>(?:19|20)\d\d)\s+жыл(?![^\W\d_])", re.I),
    re.compile(r"(?<![^\W\d_])(?:in|for)\s+(?P<y>(?:19|20)\d\d)(?![\d-])"),
    re.compile(r"прошл\w*\s+год", re.I),
]
WORDS = ["за", "3", "месяца", "2024", "жыл", "жылы", "in", "In", "for", "2023-24", "прошлом", "году", "Прошлый", "год", "x", ","]


def _texts() -> list[str]:
    rng = random.Random(7)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 8))) for _ in range(3000)]


def test_first_of_names_the_leftmost_pattern_earliest_on_a_tie() -> None:
    combined = first_of(PATTERNS)
    for text in _texts():
        hits = [(m.start(), n) for n, p in enumerate(PATTERNS) for m in [p.search(text)] if m]
        m = combined.search(text)
        assert (int(m.lastgroup[1:]) if m and m.lastgroup else None) == (min(hits)[1] if hits else None), text


def test_first_of_refuses_back_references() -> None:
    with pytest.raises(ValueError, match="back-reference"):
        first_of([re.compile(r"(a)\1")])


SCOUTED = [
    *PATTERNS,
    # a top-level alternation (the look-behind binds its first branch only), a case-sensitive one,
    # one that starts with a look-ahead, one with a lone letter that also opens longer matches
    re.compile(r"(?<![^\W\d_])в\s+прошлом\s+году|по\s+итогам\s+года", re.I),
    re.compile(r"(?<![^\W\d_])In\s+(?P<y>20\d\d)"),
    re.compile(r"(?=[\dж])(?:(?P<y>20\d\d)\s+)?жыл\w*", re.I),
    re.compile(r"(?<![^\W\d_])(?:х|за)(?![^\W\d_])", re.I),
]
MORE_WORDS = [*WORDS, "по", "итогам", "года", "в", "прошлом", "году", "2024", "жылғы", "х", "Х", "за3", "В"]


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_scout_finds_what_each_pattern_finds_itself() -> None:
    scout = Scout(SCOUTED)
    rng = random.Random(11)
    for _ in range(3000):
        text = rng.choice([" ", "", "  "]).join(rng.choice(MORE_WORDS) for _ in range(rng.randint(0, 10)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        got = scout.finditer_each(text, a, b)
        assert [_spans(g) for g in got] == [_spans(list(p.finditer(text, a, b))) for p in SCOUTED], (text, a, b)
        skipped = scout.finditer_each(text, a, b, skip=frozenset({0}))
        assert skipped[0] == [] and [_spans(g) for g in skipped[1:]] == [_spans(g) for g in got[1:]]


def test_scout_refuses_a_pattern_that_matches_nothing() -> None:
    with pytest.raises(ValueError, match="empty string"):
        Scout([re.compile(r"(?<![^\W\d_])x?")])


def test_quick_patterns_match_as_before() -> None:
    rng = random.Random(13)
    texts = [" ".join(rng.choice(MORE_WORDS) for _ in range(rng.randint(0, 10))) for _ in range(2000)]
    for pattern in SCOUTED:
        fast = quick(pattern)
        for text in texts:
            assert _spans(list(fast.finditer(text))) == _spans(list(pattern.finditer(text))), (pattern.pattern, text)


def test_first_letters_are_told_only_where_they_can_be() -> None:
    assert first_letters([re.compile(r"(?:ab|\dc)x", re.I)]) == "(?=(?i:[a\\d]))"
    assert first_letters([re.compile(r"[^\W\d_]+ай")]) is None  # a negated class: any letter
    assert first_letters([re.compile(r"(?:ab)?c")]) == "(?=(?i:[ac]))"
    assert quick(re.compile(r"abc")).pattern == "abc"  # a literal prefix the engine finds itself


def test_a_python_without_the_engine_internals_fails_at_import_saying_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from akorda.extract import union

    monkeypatch.setitem(union.ENGINE_NAMES, "re._no_such_parser", ())
    with pytest.raises(ImportError, match=r"re\._no_such_parser.*CPython 3\.11"):
        union._engine_module("re._no_such_parser")
    monkeypatch.setitem(union.ENGINE_NAMES, "re._parser", ("parse", "gone_in_a_later_python"))
    with pytest.raises(ImportError, match=r"gone_in_a_later_python of re\._parser"):
        union._engine_module("re._parser")
