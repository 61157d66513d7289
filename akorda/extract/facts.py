"""What a figure is about: the fact built from a quantity, with its catalog indicator (the
nearest cue before it), measure, period, comparison and programme.
"""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract.knowledge import cue_pattern, indicators, programmes
from akorda.extract.quantities import Quantity
from akorda.extract.record import Fact
from akorda.extract.union import Scout

QUOTED = re.compile(r"«([^«»]{2,80})»|“([^“”]{2,80})”|\"([^\"]{2,80})\"")


def inside_period(q: Quantity, periods: list[tuple[int, int, str]]) -> bool:
    return any(a <= q.start and q.end <= b for a, b, _ in periods)


# an English day after its month's name, alone or in a range: "April 29", "the April 29-30 session"
EN_DAY_AFTER_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                                r"December)\s+(?:\d{1,2}\s?[-–—]\s?)?$")
LAST_DAY = 31


def is_day_of_month(text: str, q: Quantity, lang: str) -> bool:
    """Whether q is the day of a date ("April 29-30 session" counts no sessions)."""
    return lang == "en" and q.value <= LAST_DAY and EN_DAY_AFTER_MONTH.search(text, max(0, q.start - 16), q.start) is not None


MONEY = frozenset({"KZT", "USD", "EUR", "RUB"})
# "344 billion tenge ($771.2 million)", "(US$926,501)", "(≈ €2 млн)": the outlet's conversion of the
# figure before it into another currency restates that figure; it is no fact of its own
CONVERSION_OPEN = re.compile(r"^\s*\(\s*(?:(?:about|around|approx(?:imately|\.)?|some|nearly|almost|около|порядка|шамамен)\s+|[≈~]\s*)?$",
                             re.I)
# "1 USD = 513.45 tenge": an exchange rate, not a figure of the matter reported
RATE_EQUALS = re.compile(r"^\s*=\s*$")


def restates_money(text: str, quantities: list[Quantity], i: int) -> bool:
    """Whether quantities[i] converts or prices the money figure next to it: a conversion in
    brackets right after it in another currency, or either side of "1 USD = 513.45 tenge"."""
    q = quantities[i]
    if q.unit not in MONEY:
        return False
    before = quantities[i - 1] if i > 0 else None
    after = quantities[i + 1] if i + 1 < len(quantities) else None
    if before is not None and before.unit in MONEY and before.unit != q.unit and \
            CONVERSION_OPEN.match(text[before.end:q.start]) and q.start - before.end <= 16:
        return True
    return any(o is not None and o.unit in MONEY and o.unit != q.unit and RATE_EQUALS.match(text[min(o.end, q.end):max(o.start, q.start)])
               for o in (before, after))


def make_fact(text: str, q: Quantity, s_start: int, s_end: int, lang: str,
          periods: list[tuple[int, int, str]], progs: list[str], previous: Quantity | None) -> Fact:
    indicator = _indicator(text, q, s_start, s_end, lang)
    obj = q.object
    if obj == "places" and previous is not None and previous.object == "schools":
        obj = "school seats"
    measure = _measure(text, q, s_start, indicator, obj)
    period = None
    before = [label for a, _, label in periods if a <= q.start]
    after = [label for a, _, label in periods if a > q.start]
    if before:
        period = before[-1]
    elif after:
        period = after[0]
    comparison = None
    if q.unit == "%":
        tail = text[q.end:min(s_end, q.end + 30)]
        head = text[max(s_start, q.start - 45):q.start]
        cue_after, cue_before = r"^[^.;]{{0,12}}?(?:{})", r"(?:{})[^.;]{{0,25}}$"
        if cue_pattern("comparison", "increase_after", anchor=cue_after).search(tail) or \
                cue_pattern("comparison", "increase_before", anchor=cue_before).search(head):
            comparison = "increase"
        elif cue_pattern("comparison", "decrease_after", anchor=cue_after).search(tail) or \
                cue_pattern("comparison", "decrease_before", anchor=cue_before).search(head):
            comparison = "decrease"
    return Fact(
        value=q.value, unit=q.unit, quote=text[q.start:q.end], span=(q.start, q.end),
        object=obj if q.unit == "count" else None, measure=measure, qualifier=q.qualifier,
        object_lemma=q.object_lemma if q.unit == "count" else None, indicator=indicator,
        programme=progs[0] if progs else None, period=period, comparison=comparison,
    )


@lru_cache(maxsize=4)
def _indicator_patterns(lang: str) -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    out = []
    for ind in indicators():
        cues = ind.cues.get(lang) or ind.cues.get("ru", ())
        if cues:
            out.append((ind.code, frozenset(ind.units),
                        re.compile(r"(?<![^\W\d_])(?:" + "|".join(cues) + ")", re.I)))
    return tuple(out)


@lru_cache(maxsize=256)
def _indicator_scout(lang: str, unit: str) -> tuple[tuple[tuple[int, str], ...], Scout]:
    """The indicators (rank and code) a figure of this unit may belong to, and one scan for
    their cues (union.py): a quarter of the time of their patterns one by one."""
    fits = [(rank, code, pattern) for rank, (code, units, pattern) in enumerate(_indicator_patterns(lang)) if unit in units]
    return tuple((rank, code) for rank, code, _ in fits), Scout([pattern for _, _, pattern in fits])


def _indicator(text: str, q: Quantity, s_start: int, s_end: int, lang: str) -> str | None:
    """The catalog indicator whose cue stands nearest before (or inside) the quote."""
    best: tuple[int, int, str] | None = None
    ranked, scout = _indicator_scout(lang, q.unit.split("/")[0])
    for (rank, code), matches in zip(ranked, scout.finditer_each(text, max(s_start, q.start - 300), min(s_end, q.end + 40)),
                                     strict=True):
        for m in matches:
            # a cue before the number, or inside its quote, beats one after it ("280 km of roads")
            distance = max(0, q.start - m.end()) if m.start() < q.end else 2 + m.start() - q.end
            key = (distance, rank, code)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _measure(text: str, q: Quantity, s_start: int, indicator: str | None, obj: str | None) -> str:
    if indicator:
        for ind in indicators():
            if ind.code == indicator:
                return ind.names["en"]
    if obj:
        return obj
    words = re.findall(r"[^\W\d_]+", text[s_start:q.start])
    return " ".join(words[-5:]) or q.unit


def programmes_in(text: str, start: int, end: int) -> list[str]:
    found: list[str] = []
    for m in QUOTED.finditer(text, start, end):
        name = " ".join((m.group(1) or m.group(2) or m.group(3)).lower().split())
        code = _programme_index().get(name)
        if code is None:
            code = next((c for alias, c in _programme_index().items() if name.startswith(alias) or (alias in name
                         and len(alias) > 6)), None)
        if code and code not in found:
            found.append(code)
    return found


@lru_cache(maxsize=1)
def _programme_index() -> dict[str, str]:
    return {alias: p.code for p in programmes() for alias in p.aliases}


def topic_of(text: str, lang: str) -> str | None:
    progs = programmes_in('"' + text + '"', 0, len(text) + 2)
    if progs:
        return progs[0]
    scout = _topic_scout(lang)
    return next((code for (code, _, _), matches in zip(_indicator_patterns(lang), scout.finditer_each(text), strict=True)
                 if matches), None)


@lru_cache(maxsize=4)
def _topic_scout(lang: str) -> Scout:
    """Every indicator's cues in one scan (union.py): the first indicator, in catalog order,
    that any cue names is the topic."""
    return Scout([pattern for _, _, pattern in _indicator_patterns(lang)])
