"""The three-language check: align the records of one event's kk, ru and en releases.

The same meeting is published in Kazakh, Russian and English. Each version is
extracted on its own; this module lines up their figures (by unit and value)
and their instructions, says for every figure which versions state it, and
lists the disagreements: a figure that one version states differently ("5 млрд"
in kk against "5 трлн" in ru) or does not state at all.

Pure Python (no Django): the site stores what ``align`` returns, the
benchmark script measures it on real translated releases.

Written by hand rather than with a general aligner: figures are matched by
their normalised value and unit, which no translation changes, and
instructions by their order in the release, which translations keep; neither
needs a bilingual model.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from akorda.extract.align_values import (
    AlignmentError,
    digits,
    normalize_number,
    normalize_unit,
    normalize_value,
    numbers_in,
    plain,
    same_value,
    written_number,
)

__all__ = [
    "LANG_ORDER",
    "AlignedFigure",
    "AlignedInstruction",
    "Alignment",
    "AlignmentError",
    "Disagreement",
    "Figure",
    "align",
    "align_records",
    "normalize_number",
    "normalize_unit",
    "normalize_value",
    "numbers_in",
    "plain",
    "same_value",
    "written_number",
]

LANG_ORDER = ("kk", "ru", "en")


@dataclass(frozen=True)
class Figure:
    """One figure as one language version states it."""

    lang: str
    value: Decimal
    unit: str
    quote: str
    span: tuple[int, int] | None = None
    qualifier: str | None = None

    def __post_init__(self) -> None:
        # Normalised once here, so that every comparison below sees one spelling.
        object.__setattr__(self, "unit", normalize_unit(self.unit))
        object.__setattr__(self, "value", normalize_value(self.value))

    @classmethod
    def from_dict(cls, lang: str, item: Mapping[str, Any]) -> Figure:
        """From the engine's fact JSON; raises AlignmentError naming the bad field."""
        quote = str(item.get("quote") or "")
        try:
            value = normalize_value(item.get("value"))
            unit = normalize_unit(item.get("unit"))
        except AlignmentError as exc:
            raise AlignmentError(f"{lang} figure {quote!r}: {exc}") from None
        span = item.get("span")
        return cls(lang=lang, value=value, unit=unit, quote=quote,
                   span=(int(span[0]), int(span[1])) if span and len(span) == 2 else None,
                   qualifier=item.get("qualifier") or None)

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "value": plain(self.value), "unit": self.unit, "quote": self.quote,
                "span": list(self.span) if self.span else None, "qualifier": self.qualifier}


@dataclass(frozen=True)
class AlignedFigure:
    """A figure of the event, with the versions that state it (``stated_in``)."""

    value: Decimal
    unit: str
    stated_in: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    # Versions whose text writes the number although their record has no such figure.
    unread_in: tuple[str, ...] = ()
    # The same figure as other versions state it differently ("5 млрд" against "5 трлн").
    variants: tuple[AlignedFigure, ...] = ()

    def quote(self, lang: str) -> str | None:
        return next((q for la, q in self.quotes if la == lang), None)

    def to_dict(self) -> dict[str, Any]:
        return {"value": plain(self.value), "unit": self.unit, "stated_in": list(self.stated_in),
                "quotes": dict(self.quotes), "unread_in": list(self.unread_in),
                "variants": [v.to_dict() for v in self.variants]}


@dataclass(frozen=True)
class AlignedInstruction:
    """Instructions of the versions taken to be the same one (by their order)."""

    quotes: tuple[tuple[str, str], ...]

    @property
    def stated_in(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.quotes)

    def to_dict(self) -> dict[str, Any]:
        return {"stated_in": list(self.stated_in), "quotes": dict(self.quotes)}


@dataclass(frozen=True)
class Disagreement:
    """What the versions do not agree on, with the words of each side.

    ``kind``: ``differs`` (both versions state a figure, differently), ``missing``
    (a figure one version lacks), ``instruction`` (an instruction one version lacks).
    """

    kind: str
    lang: str
    quote: str
    other_lang: str
    other_quote: str | None = None
    value: str = ""
    unit: str = ""
    other_value: str = ""
    other_unit: str = ""

    @property
    def message(self) -> str:
        if self.kind == "differs":
            return (f"The {self.lang} version says «{self.quote}» where the {self.other_lang} "
                    f"version says «{self.other_quote}».")
        what = "figure" if self.kind == "missing" else "instruction"
        return f"The {what} «{self.quote}» of the {self.lang} version is not in the {self.other_lang} version."

    def involves(self, lang: str) -> bool:
        return lang in (self.lang, self.other_lang)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "lang": self.lang, "quote": self.quote, "other_lang": self.other_lang,
                "other_quote": self.other_quote, "value": self.value, "unit": self.unit,
                "other_value": self.other_value, "other_unit": self.other_unit, "message": self.message}


@dataclass(frozen=True)
class Alignment:
    languages: tuple[str, ...]
    figures: tuple[AlignedFigure, ...] = ()
    instructions: tuple[AlignedInstruction, ...] = ()
    disagreements: tuple[Disagreement, ...] = field(default=())

    @property
    def agreed(self) -> int:
        """Figures stated (with the same value and unit) in every version."""
        return sum(1 for f in self.figures if len(f.stated_in) == len(self.languages))

    @property
    def agreement(self) -> float | None:
        """Share of the event's figures stated in every version; None without figures."""
        return self.agreed / len(self.figures) if self.figures else None

    def stated_in(self, value: Any, unit: str) -> tuple[str, ...]:
        """The versions that state a figure of this value and unit (a stored Fact, say)."""
        unit = normalize_unit(unit)
        found: list[str] = []
        for figure in self.figures:
            for form in (figure, *figure.variants):
                if form.unit == unit and same_value(form.value, value):
                    found.extend(la for la in form.stated_in if la not in found)
        return _ordered(found)

    def to_dict(self) -> dict[str, Any]:
        return {
            "languages": list(self.languages),
            "figures": [f.to_dict() for f in self.figures],
            "instructions": [i.to_dict() for i in self.instructions],
            "disagreements": [d.to_dict() for d in self.disagreements],
            "agreed": self.agreed,
            "agreement": self.agreement,
        }


def _rank(lang: str) -> int:
    return LANG_ORDER.index(lang) if lang in LANG_ORDER else len(LANG_ORDER)


def _ordered(langs: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(langs), key=lambda la: (_rank(la), la)))


@dataclass
class _Cluster:
    value: Decimal
    unit: str
    members: dict[str, list[Figure]]
    order: float

    def first(self, lang: str) -> Figure:
        return self.members[lang][0]


def _clusters(versions: Mapping[str, Sequence[Figure]]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for lang in versions:
        figures = versions[lang]
        for index, figure in enumerate(figures):
            position = (index + 0.5) / len(figures)
            # A figure repeated within one version (headline and body) joins its cluster too.
            home = next((c for c in clusters if c.unit == figure.unit and same_value(c.value, figure.value)), None)
            if home is None:
                clusters.append(_Cluster(figure.value, figure.unit, {lang: [figure]}, position))
            else:
                home.members.setdefault(lang, []).append(figure)
    return clusters


def _pair_score(a: _Cluster, b: _Cluster) -> int:
    """How sure it is that two clusters are one figure stated differently (0: not)."""
    if set(a.members) & set(b.members):
        return 0
    fa, fb = next(iter(a.members.values()))[0], next(iter(b.members.values()))[0]
    na, nb = written_number(fa.quote, fa.lang), written_number(fb.quote, fb.lang)
    close = abs(a.order - b.order) <= 0.25
    if na is not None and na == nb and (a.unit != b.unit or a.value != b.value):
        return 3 if close else 2  # "5 млрд" against "5 трлн": same number, another scale or unit
    if a.unit == b.unit and close and max(a.value, b.value) <= 10 * min(a.value, b.value) and min(a.value, b.value) > 0:
        return 1  # same unit, same place in the release, another number
    return 0


def align(
    versions: Mapping[str, Sequence[Figure]],
    instructions: Mapping[str, Sequence[str]] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Alignment:
    """Align the figures (and instructions) of the language versions of one event.

    ``versions`` maps a language to its figures in text order; ``instructions``
    to its instruction quotes in text order; ``texts`` (optional) to the
    version's text, so that a figure the engine did not read in one version,
    but whose number that version writes, is not called missing.
    """
    languages = _ordered(versions)
    ordered = {la: list(versions[la]) for la in languages}
    clusters = _clusters(ordered)
    disagreements: list[Disagreement] = []
    partial = [c for c in clusters if len(c.members) < len(languages)]
    pairs = sorted(
        ((score, i, j) for i, a in enumerate(partial) for j, b in enumerate(partial) if i < j
         for score in [_pair_score(a, b)] if score),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    paired: set[int] = set()
    merged: dict[int, int] = {}
    for _, i, j in pairs:
        if i in paired or j in paired:
            continue
        paired.update((i, j))
        # The side more versions state is the figure; the other becomes its variant.
        main, other = (i, j) if len(partial[i].members) >= len(partial[j].members) else (j, i)
        merged[other] = main
        a, b = partial[i], partial[j]
        for la in a.members:
            for lb in b.members:
                first, second = (a, b) if _rank(la) <= _rank(lb) else (b, a)
                l1, l2 = (la, lb) if first is a else (lb, la)
                f1, f2 = first.first(l1), second.first(l2)
                disagreements.append(Disagreement(
                    kind="differs", lang=l1, quote=f1.quote, other_lang=l2, other_quote=f2.quote,
                    value=plain(f1.value), unit=f1.unit, other_value=plain(f2.value), other_unit=f2.unit))
    numbers = {la: numbers_in(texts[la], la) for la in languages if texts and la in texts}
    partial_index = {id(c): i for i, c in enumerate(partial)}
    built: dict[int, AlignedFigure] = {}
    for position, cluster in enumerate(clusters):
        stated = _ordered(cluster.members)
        index = partial_index.get(id(cluster))
        unread: list[str] = []
        if index is not None and index not in paired:
            source = cluster.first(stated[0])
            written = written_number(source.quote, source.lang)
            for lang in languages:
                if lang in cluster.members:
                    continue
                # Only a number of two digits or more: a lone "5" is written everywhere.
                if written is not None and (written >= 10 or digits(written) >= 2) and written in numbers.get(lang, ()):
                    unread.append(lang)
                    continue
                disagreements.append(Disagreement(
                    kind="missing", lang=stated[0], quote=source.quote, other_lang=lang,
                    value=plain(source.value), unit=source.unit))
        quotes = tuple((la, cluster.first(la).quote) for la in stated)
        built[position] = AlignedFigure(cluster.value, cluster.unit, stated, quotes, tuple(unread))
    position_of = {partial_index[id(c)]: p for p, c in enumerate(clusters) if id(c) in partial_index}
    variants: dict[int, list[AlignedFigure]] = {}
    for other, main in merged.items():
        variants.setdefault(position_of[main], []).append(built.pop(position_of[other]))
    figures = [replace(figure, variants=tuple(variants.get(p, ()))) for p, figure in sorted(built.items())]
    aligned_instructions, instruction_gaps = _align_instructions(
        {la: list((instructions or {}).get(la, ())) for la in languages})
    return Alignment(languages=languages, figures=tuple(figures), instructions=tuple(aligned_instructions),
                     disagreements=tuple(disagreements + instruction_gaps))


def _align_instructions(versions: dict[str, list[str]]) -> tuple[list[AlignedInstruction], list[Disagreement]]:
    """Instructions lined up by their relative place in each release.

    The version with most instructions leads; every other version's
    instructions are matched to it in order (a monotone alignment that
    minimises the distance of relative positions), so a version with fewer
    instructions leaves the unmatched ones of the lead as disagreements.
    """
    languages = [la for la in versions]
    if not languages or not any(versions.values()):
        return [], []
    lead = max(languages, key=lambda la: (len(versions[la]), -_rank(la)))
    rows: list[dict[str, str]] = [{lead: q} for q in versions[lead]]
    for lang in languages:
        if lang == lead or not versions[lang]:
            continue
        for i, j in _monotone_match(len(versions[lead]), len(versions[lang])):
            rows[i][lang] = versions[lang][j]
    gaps: list[Disagreement] = []
    for row in rows:
        for lang in languages:
            if lang not in row:
                gaps.append(Disagreement(kind="instruction", lang=lead, quote=row[lead], other_lang=lang))
    aligned = [AlignedInstruction(tuple((la, row[la]) for la in _ordered(row))) for row in rows]
    return aligned, gaps


def _monotone_match(n: int, m: int) -> list[tuple[int, int]]:
    """Match m items to n >= m items in order, keeping relative positions close."""
    if m == 0:
        return []
    pos_n = [(i + 0.5) / n for i in range(n)]
    pos_m = [(j + 0.5) / m for j in range(m)]
    inf = float("inf")
    # cost[i][j]: best cost matching the first j of m within the first i of n
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = 0.0
    for i in range(1, n + 1):
        for j in range(1, min(i, m) + 1):
            skip = cost[i - 1][j]
            take = cost[i - 1][j - 1] + abs(pos_n[i - 1] - pos_m[j - 1])
            cost[i][j] = min(skip, take)
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while j > 0:
        if i > j and cost[i - 1][j] <= cost[i - 1][j - 1] + abs(pos_n[i - 1] - pos_m[j - 1]):
            i -= 1
            continue
        pairs.append((i - 1, j - 1))
        i, j = i - 1, j - 1
    return pairs[::-1]


def align_records(records: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str] | None = None) -> Alignment:
    """Align engine records (contract JSON, as ``Record.to_dict()`` gives) keyed by language.

    A figure without a number or a unit raises AlignmentError naming the
    version and the quote.
    """
    versions = {lang: [Figure.from_dict(lang, f) for f in record.get("facts") or []] for lang, record in records.items()}
    instructions = {lang: [str(i.get("quote") or i.get("text") or "") for i in record.get("instructions") or []]
                    for lang, record in records.items()}
    return align(versions, instructions, texts)
