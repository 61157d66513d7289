"""A change by a fraction word: "выросло больше чем на половину", "сократилось наполовину",
"увеличился на треть" state a percent change (50 %, 33.3 %, 25 %) without a digit.

Only after "на" (or fused "наполовину"): "половина урожая" or "треть бюджета" is a share of a
thing the text does not size, and "на четверть века" is a span of time, not a change.

Kazakh writes a share as "one of four" ("баспананың төрттен бірі", a quarter of the housing;
"үштен екісі", two thirds): a denominator in the ablative and a numerator with a possessive
ending is a percentage (25 %, 66.7 %).
"""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract.knowledge import load_json
from akorda.extract.numbers import cardinal_word
from akorda.extract.union import quick
from akorda.extract.units import qualifier_before

# "на четверть века", "на треть часа": a span of time
TIME_AFTER = re.compile(r"[ \u00a0]+(?:век|столети|час|года|лет|месяц)", re.I)


@lru_cache(maxsize=4)
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, float]] | None:
    table: dict[str, float] = load_json("numerals.json")["fraction_changes"].get(lang, {})
    if not table:
        return None
    words = "|".join(sorted(table, key=len, reverse=True))
    # the letters in front (union.quick): the look-behind first keeps the engine from skipping to "н"
    return quick(re.compile(rf"(?<![^\W\d_])на[ \u00a0]?(?P<word>{words})(?![^\W\d_])", re.I)), table


def fraction_changes(text: str, start: int, end: int, lang: str) -> list[tuple[float, int, int, str | None]]:
    """(percent, start, end, qualifier) of each change by a fraction word in text[start:end]."""
    found = _pattern(lang)
    if found is None:
        return []
    pattern, table = found
    out = []
    for m in pattern.finditer(text, start, end):
        if TIME_AFTER.match(text, m.end()):
            continue
        out.append((float(table[m.group("word").lower()]), m.start(), m.end(), qualifier_before(text, m.start(), lang)))
    return out


# "төрттен бірі", "үштен екісін", "оннан біріне": the denominator's ablative, the numerator's possessive
KK_SHARE = quick(re.compile(r"(?<![^\W\d_])(?P<den>екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)(?:ден|тен|нан|нен|дан|тан)[ \u00a0]+"
                            r"(?P<num>бір|екі|үш|төрт)(?:і|ы|сі|сы)(?:н|не|нде|нен|ні|нің)?(?![^\W\d_])", re.I))


def kk_shares(text: str, start: int, end: int) -> list[tuple[float, int, int, str | None]]:
    """(percent, start, end, qualifier) of each Kazakh share written as "N-нан M-і" in text[start:end]."""
    out = []
    for m in KK_SHARE.finditer(text, start, end):
        den, num = cardinal_word(m.group("den"), "kk"), cardinal_word(m.group("num"), "kk")
        if den and num and num < den:
            out.append((round(100.0 * num / den, 3), m.start(), m.end(), qualifier_before(text, m.start(), "kk")))
    return out
