"""Russian morphology (pymorphy3, the maintained successor of pymorphy2), loaded once, lazily.

Releases repeat the same few thousand word forms, so parses are memoised;
this is what keeps extraction far below a millisecond per number.

yargy 0.16 (the latest release) builds its default analyser on pymorphy2 and
patches pymorphy2 when ``yargy.morph`` is imported. Its tokenizer takes the
analyser as a parameter (``MorphTokenizer(morph=...)``), so the engine hands it
``YargyMorph`` below, backed by this module's pymorphy3 analyser: ``yargy.morph``
(and with it pymorphy2) is then never imported.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def vocab() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True)
class YargyForm:
    """What yargy's predicates read of a parse (``normalized``, ``grams``), plus the parse."""

    normalized: str
    grams: frozenset[str]
    raw: Any


class YargyMorph:
    """The analyser interface yargy's ``MorphTokenizer`` calls, on pymorphy3."""

    def check_gram(self, gram: str) -> None:
        if not vocab().TagClass.grammeme_is_known(gram):
            raise ValueError(gram)

    def __call__(self, word: str) -> list[YargyForm]:
        return list(_yargy_forms(word))

    def normalized(self, word: str) -> set[str]:
        return {form.normalized for form in _yargy_forms(word)}


@lru_cache(maxsize=100_000)
def _yargy_forms(word: str) -> tuple[YargyForm, ...]:
    return tuple(YargyForm(p.normal_form, frozenset(p.tag.grammemes), p) for p in parses(word.lower()))


@lru_cache(maxsize=200_000)
def parse(word: str) -> Any:
    """The most probable pymorphy parse of a word form (lower-cased by caller)."""
    return parses(word)[0]


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Any, ...]:
    try:
        return tuple(vocab().parse(word))
    except (KeyError, ValueError):
        # pymorphy fails on letters without a Unicode name (e.g. Tangut): an unknown word
        return tuple(vocab().parse("zzz"))


@lru_cache(maxsize=200_000)
def known(word: str) -> bool:
    """Whether pymorphy's dictionary holds the word form (lower-cased by caller; "е" may stand
    for "ё"). Then its parses are the dictionary's alone: pymorphy guesses only for the others.
    A tenth of the cost of ``parses``, which matters for the words seen only once."""
    try:
        return bool(vocab().word_is_known(word))
    except (KeyError, ValueError):
        return False


def lemma(word: str) -> str:
    """
    >>> lemma("школ"), lemma("индустриальных")
    ('школа', 'индустриальный')
    """
    return str(parse(word.lower()).normal_form)


def pos(word: str) -> str | None:
    tag = parse(word.lower()).tag.POS
    return str(tag) if tag is not None else None


def has_tag(word: str, grammeme: str) -> bool:
    """Whether any parse of the word carries the grammeme (e.g. 'INFN', 'datv')."""
    return _has_tag(word.lower(), grammeme)


@lru_cache(maxsize=200_000)
def _has_tag(word: str, grammeme: str) -> bool:
    # memoised as the parses are: a pymorphy tag's membership test is a Python call per parse
    return any(grammeme in p.tag for p in parses(word))


@lru_cache(maxsize=100_000)
def inflected(parse: Any, grammemes: frozenset[str]) -> Any:
    """``parse.inflect(grammemes)``, memoised: pymorphy rebuilds the word's whole paradigm for
    every inflection (some 50 µs), and the engine puts the same few hundred addressees, names
    and objects into the nominative release after release. Parses are immutable (named tuples
    of the cached ``parses``), so a parse and the grammemes fix the result."""
    return parse.inflect(set(grammemes))


def inflect(word: str, grammemes: frozenset[str]) -> str:
    """Put a word into the given case/number, keeping its capitalisation."""
    for p in parses(word.lower()):
        if p.tag.POS in {"NOUN", "ADJF", "PRTF"}:
            form = inflected(p, grammemes)
            if form is not None:
                return _recase(word, form.word)
    return word


def _recase(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
