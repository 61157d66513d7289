"""Knowledge as data: regions, indicators, programmes, units, glosses.

The files in ``data/`` are the single source; the Django apps load the same
files into the database, so this module only reads them (cached, on first use).
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from akorda.extract.union import quick

DATA_PACKAGE = "akorda.extract.data"


@cache
def load_json(name: str) -> Any:
    """Read one data file; cached because rules consult them on every release."""
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Centre:
    kk: str
    ru: str
    en: str
    valid_from: str | None
    valid_to: str | None


@dataclass(frozen=True)
class Region:
    name: str
    kind: str  # "region" or "city" (of republican significance)
    kato: str
    names: dict[str, str]
    centres: tuple[Centre, ...]
    valid_from: str | None
    valid_to: str | None
    patterns: tuple[str, ...]
    historical_names: tuple[dict[str, Any], ...] = ()
    successor: str | None = None
    predecessor: str | None = None
    # the name alone, with no word for "region" ("Маңғыстау"): also the name of a district
    bare: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Indicator:
    code: str
    names: dict[str, str]
    units: tuple[str, ...]
    cues: dict[str, tuple[str, ...]]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Programme:
    code: str
    names: dict[str, str]
    aliases: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """The 17 regions, 3 cities of republican significance and historical regions."""
    return tuple(
        Region(
            name=r["name"], kind=r["kind"], kato=r["kato"], names=dict(r["names"]),
            centres=tuple(Centre(**c) for c in r["centres"]),
            valid_from=r["valid_from"], valid_to=r["valid_to"], patterns=tuple(r["patterns"]),
            historical_names=tuple(r.get("historical_names", ())),
            successor=r.get("successor"), predecessor=r.get("predecessor"), bare=tuple(r.get("bare", ())),
        )
        for r in load_json("regions.json")["regions"]
    )


def region(name: str) -> Region | None:
    """A region by its canonical English name (the contract's spelling)."""
    return next((r for r in regions() if r.name == name), None)


@lru_cache(maxsize=1)
def indicators() -> tuple[Indicator, ...]:
    """The indicator catalog (codes the facts' ``indicator`` key refers to)."""
    return tuple(
        Indicator(code=i["code"], names=dict(i["names"]), units=tuple(i["units"]),
                  cues={lang: tuple(c) for lang, c in i["cues"].items()})
        for i in load_json("indicators.json")["indicators"]
    )


@lru_cache(maxsize=1)
def programmes() -> tuple[Programme, ...]:
    """State programmes and national projects (codes of the facts' ``programme`` key)."""
    return tuple(
        Programme(code=p["code"], names=dict(p["names"]), aliases=tuple(p["aliases"]))
        for p in load_json("programmes.json")["programmes"]
    )


@cache
def en_verbs() -> frozenset[str]:
    """English words known only as the base form of a verb (``data/en_verbs.json``)."""
    return frozenset(load_json("en_verbs.json")["verbs"])


@cache
def en_words() -> frozenset[str]:
    """English words known as a common noun, an adjective or an adverb, in any form (``data/en_words.json``)."""
    return frozenset(load_json("en_words.json")["words"])


def lexicon() -> dict[str, Any]:
    """Word lists the rules consult (``data/lexicon.json``)."""
    data: dict[str, Any] = load_json("lexicon.json")
    return data


@cache
def word_set(*path: str) -> frozenset[str]:
    """A lexicon list as a set, e.g. ``word_set("stop_words", "en")``."""
    node: Any = lexicon()
    for key in path:
        node = node[key]
    return frozenset(node)


@cache
def cue_pattern(*path: str, anchor: str = "") -> re.Pattern[str]:
    """A lexicon list of cue stems as one case-insensitive alternation.

    ``anchor`` wraps it: "{}" is the bare alternation, e.g. "^[^.;]{{0,12}}?(?:{})". The
    letters a cue can start with go in front (``union.quick``): the same matches, but a
    position no cue starts at costs one test instead of one per cue.
    """
    node: Any = lexicon()
    for key in path:
        node = node[key]
    body = "|".join(node)
    return quick(re.compile((anchor or "(?:{})").format(body), re.I))


@cache
def alternation(*path: str) -> str:
    """A lexicon list of cue stems as a regular-expression group that ignores case, to build into
    a larger rule where ``cue_pattern`` compiles the list alone: the rule adds the endings it
    admits, so that every rule knows every spelling the lexicon has (of the Presidents' names)."""
    node: Any = lexicon()
    for key in path:
        node = node[key]
    return "(?i:" + "|".join(node) + ")"
