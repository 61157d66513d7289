"""Russian morphology (pymorphy2, the analyser natasha builds on), loaded once, lazily.

Releases repeat the same few thousand word forms, so parses are memoised;
this is what keeps extraction far below a millisecond per number.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def vocab() -> Any:
    import pymorphy2
    import yargy.morph  # noqa: F401  (applies yargy's pymorphy2 hotfix for Python 3.11)

    return pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parse(word: str) -> Any:
    """The most probable pymorphy parse of a word form (lower-cased by caller)."""
    return parses(word)[0]


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Any, ...]:
    try:
        return tuple(vocab().parse(word))
    except (KeyError, ValueError):
        # pymorphy2 fails on letters without a Unicode name (e.g. Tangut): an unknown word
        return tuple(vocab().parse("zzz"))


def lemma(word: str) -> str:
    """
    >>> lemma("школ"), lemma("индустриальных")
    ('школа', 'индустриальный')
    """
    return parse(word.lower()).normal_form


def pos(word: str) -> str | None:
    return parse(word.lower()).tag.POS


def has_tag(word: str, grammeme: str) -> bool:
    """Whether any parse of the word carries the grammeme (e.g. 'INFN', 'datv')."""
    return any(grammeme in p.tag for p in parses(word.lower()))


def inflect(word: str, grammemes: frozenset[str]) -> str:
    """Put a word into the given case/number, keeping its capitalisation."""
    for p in parses(word.lower()):
        if p.tag.POS in {"NOUN", "ADJF", "PRTF"}:
            form = p.inflect(set(grammemes))
            if form is not None:
                return _recase(word, form.word)
    return word


def _recase(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
