"""Units, scale words, qualifiers and counted objects (data in ``data/units.json``
and ``data/objects.json``).

Each matcher is a compiled alternation of the data file's forms, longest
first, tried at one position only (``Pattern.match(text, pos)``): no search,
no backtracking across the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, SupportsInt, cast

from akorda.extract import wording
from akorda.extract.knowledge import load_json

LETTER = r"[^\W\d_]"


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


KK_SUFFIX = (
    r"(?:-?(?:дай|дей|тай|тей|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|ның|нің|дың|дің|тың|тің"
    r"|ы|і|сы|сі|мен|бен|пен|ына|іне|ын|ін|ынан|інен|ында|інде|ға дейін))?"
)
# one line break may fall between a number and its unit in a hard-wrapped copy ("10 trillion\ntenge")
SPACES = r"[ \u00a0\u202f\u2009]*\n?[ \u00a0\u202f\u2009]*"


@dataclass(frozen=True)
class Matcher:
    """Forms of one data table, matched at a given position."""

    pattern: re.Pattern[str]
    table: dict[str, object]
    by_length: tuple[str, ...]

    def at(self, text: str, pos: int) -> tuple[object, int, int] | None:
        """(value, start, end) of a form starting at pos (after spaces), or None."""
        m = self.pattern.match(text, pos)
        if not m:
            return None
        form = " ".join(m.group("form").lower().split())
        if form in self.table:
            return self.table[form], m.start("form"), m.end("form")
        # a Kazakh case ending follows the form: find the form it extends
        for key in self.by_length:
            if form.startswith(key):
                return self.table[key], m.start("form"), m.end("form")
        return None


def _matcher(table: dict[str, object], *, loose_tail: bool = False) -> Matcher:
    keys = {" ".join(k.lower().split()): v for k, v in table.items()}
    long_forms = [k for k in keys if len(k) >= 3]
    short_forms = [k for k in keys if len(k) < 3]
    # Kazakh glues case endings to units ("теңгеден", "гектарға"); only words, not "т", take them
    tail = KK_SUFFIX if loose_tail else ""
    alternatives = [f"(?:{_alternation(long_forms)}){tail}"] if long_forms else []
    if short_forms:
        alternatives.append(f"(?:{_alternation(short_forms)})")
    # a form that ends in a full stop may touch the next word: "тыс.тонн", "млн.тенге"
    pattern = re.compile(rf"{SPACES}(?P<form>{'|'.join(alternatives)})(?:(?<=\.)|(?!{LETTER}))", re.I)
    return Matcher(pattern, keys, tuple(sorted(keys, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("units.json")
    return data


@lru_cache(maxsize=2)
def scales(lang: str) -> Matcher:
    return _matcher(_data()["scales"], loose_tail=(lang == "kk"))


@lru_cache(maxsize=2)
def scale_stems(floor: float) -> tuple[str, ...]:
    """The Cyrillic scale words from ``floor`` up as bare stems ("млн", "миллион"), not their
    inflected forms the table also holds ("миллиона", "миллионнан"): what a Kazakh ending is
    written onto ("млрд-ы", "миллионы").

    >>> scale_stems(1e12)
    ('трлн', 'триллион')
    """
    big = [form for form, value in _data()["scales"].items() if value >= floor and CYRILLIC_WORD.fullmatch(form)]
    return tuple(form for form in big if not any(other != form and form.startswith(other) for other in big))


CYRILLIC_WORD = re.compile(r"[а-яё]+")


@lru_cache(maxsize=2)
def units(lang: str) -> Matcher:
    table: dict[str, object] = {}
    for entry in _data()["units"]:
        for form in entry["forms"]:
            table.setdefault(form.lower(), entry["unit"])
    # What the site itself writes (drafts, figures) reads back as the same unit.
    for code, form in wording.written_forms():
        table.setdefault(form.lower(), code)
    # a bare "т" is a tonne only after a number; it is in the table, checked by the caller
    return _matcher(table, loose_tail=(lang == "kk"))


@lru_cache(maxsize=1)
def conversions() -> dict[str, tuple[str, float]]:
    """Units the contract reports in a neighbouring unit: metres -> km, centners -> t, GW -> MW.

    >>> conversions()["m"], conversions()["c/ha"]
    (('km', 0.001), ('t/ha', 0.1))
    """
    return {e["unit"]: (e["convert"]["unit"], e["convert"]["factor"]) for e in _data()["units"] if "convert" in e}


@lru_cache(maxsize=1)
def prefixes() -> re.Pattern[str]:
    forms = {f: e["unit"] for e in _data()["units"] for f in e["prefix"]}
    return re.compile(rf"(?P<form>{_alternation(list(forms))})[ \u00a0]?$", re.I)


def prefix_unit(text: str, start: int) -> tuple[str, int] | None:
    """A currency sign or code just before the number ("$450 million", "USD 5 mln").

    >>> prefix_unit("of $450", 4)
    ('USD', 3)
    """
    window = text[max(0, start - 5):start]
    m = prefixes().search(window)
    if not m:
        return None
    forms = {f.lower(): e["unit"] for e in _data()["units"] for f in e["prefix"]}
    return forms[m.group("form").lower()], start - len(window) + m.start()


@lru_cache(maxsize=1)
def _rates() -> Matcher:
    return _matcher(_data()["rates"])


RATE_OBJECT = re.compile(
    r"[ \u00a0]+(?:(?:of|of\s+the)\s+)?(?:[^\W\d_]+[ \u00a0]+){0,2}[^\W\d_]+"
    r"(?=[ \u00a0]+(?:per|a|в)[ \u00a0](?:day|year|hour|сутки|сут\.|год|час)(?![^\W\d_]))",
    re.I,
)


# the rate that closes a pair of amounts covers the first too: "150 tonnes of rice and 170 tonnes
# of flour per day", "20 тысяч тонн зерна и 5 тысяч тонн муки в сутки"
RATE_PARTNER = re.compile(
    r"(?:[ \u00a0]+(?:of[ \u00a0]+)?[^\W\d_]+){0,2}?[ \u00a0]+(?:and|и)[ \u00a0]+\d[\d.,]*"
    r"(?:[ \u00a0]+[^\W\d_]+\.?){1,4}?(?=[ \u00a0]+(?:per|a|в)[ \u00a0](?:day|year|hour|сутки|сут\.|год|час)(?![^\W\d_]))",
    re.I,
)


def rate_at(text: str, pos: int) -> tuple[str, int] | None:
    """A rate after a unit ("куб. м в сутки", "600 tonnes of glass per day"), or after the amount
    paired with it (RATE_PARTNER; the quote then ends at the unit, the rate being the pair's)."""
    skip = RATE_OBJECT.match(text, pos)
    hit = _rates().at(text, skip.end() if skip else pos)
    if hit:
        return str(hit[0]), hit[2]
    partner = RATE_PARTNER.match(text, pos)
    hit = _rates().at(text, partner.end()) if partner else None
    return (str(hit[0]), pos) if hit else None


@lru_cache(maxsize=4)
def _qualifiers_before(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {" ".join(k.split()): v for k, v in _data()["qualifiers_before"].items()}
    pattern = re.compile(
        r"(?:^|(?<=\W))(?P<form>" + _alternation(list(table)) + ")"
        r"(?:\s+(?:чем|на|чем на|by|than|of|до|about))?[ \u00a0]*[$₸€]?[ \u00a0]*$",
        re.I,
    )
    return pattern, table


def qualifier_before(text: str, start: int, lang: str) -> str | None:
    """The qualifier word(s) right before a number (contract README: более → more_than ...).

    >>> qualifier_before("очищено более 6600", 14, "ru"), qualifier_before("up to 40", 6, "en")
    ('more_than', 'up_to')
    >>> qualifier_before("построено 13", 10, "ru") is None
    True
    """
    pattern, table = _qualifiers_before(lang)
    window = text[max(0, start - 24):start]
    m = pattern.search(window)
    if not m:
        return None
    form = " ".join(m.group("form").lower().split())
    qualifier = table.get(form)
    if qualifier == "up_to" and form in CHANGE_END_FORMS:
        # "выросли на 14% — до 912 млрд", "снизился с 74% до 66%": the end of a change, not a ceiling
        before = text[max(0, start - 24 - 70):start - len(window) + m.start()]
        if CHANGE_BEFORE.search(before):
            return None
    return qualifier


@lru_cache(maxsize=1)
def _qualifier_after_pattern() -> re.Pattern[str]:
    forms = _alternation(list(_data()["qualifiers_after"]))
    return re.compile(rf"[ \u00a0]*(?P<form>{forms})(?![^\W\d_])", re.I)
KK_CHANGE_AFTER = re.compile(r"[ \u00a0]+(?:азай|төменде|өсті|өсіп|артты|артып|жетті|жетіп|жеткіз|қысқар|ұлғай|көбей)", re.I)
# the ceilings that may also be where a change ends ("выросли до 9,1 %"); "не более" is always a ceiling
CHANGE_END_FORMS = frozenset({"до", "up to"})
CHANGE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:с|от)[ \u00a0]+\d[^—–]{0,25}|вырос|выросл|возрос|увелич|снизи|снизил|снижен|сократи|уменьш|повыси|упал|"
    r"рост[а-я]*|дов(?:ед|ест|од)|увеличен|сокращен|increas|rais|grow|grew|rose|reduc|decreas|expand|boost|brought|bring|"
    r"[\d%][ \u00a0]*[—–-])[^.;]{0,50}$",
    re.I,
)


def qualifier_after(text: str, pos: int) -> tuple[str | None, int] | None:
    """Kazakh postpositive qualifiers ("100 мыңнан астам"); "дейін" before a verb of
    change ("14-ке дейін азайды") is where a change ends, not a ceiling."""
    m = _qualifier_after_pattern().match(text, pos)
    if not m:
        return None
    form = m.group("form").lower()
    if form == "дейін" and KK_CHANGE_AFTER.match(text, m.end()):
        return None, m.end()
    return _data()["qualifiers_after"][form], m.end()


@lru_cache(maxsize=3)
def time_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["time_nouns"][lang])


@lru_cache(maxsize=1)
def _glosses() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = load_json("objects.json")
    return data


def gloss(lemmas: tuple[str, ...], lang: str) -> str | None:
    """English gloss of a counted object from its lemmas (adjectives then noun).

    >>> gloss(("рабочее", "место"), "ru"), gloss(("школа",), "ru"), gloss(("new", "jobs"), "en")
    ('jobs', 'schools', 'jobs')
    """
    table = _glosses().get(lang, {})
    for size in range(len(lemmas), 0, -1):
        for i in range(0, len(lemmas) - size + 1):
            key = " ".join(lemmas[i:i + size])
            if key in table and (i + size == len(lemmas) or size > 1):
                return table[key]
    return table.get(lemmas[-1]) if lemmas else None


def kk_gloss(word: str) -> str | None:
    """Gloss of a Kazakh noun (phrase) whose last word may carry a case or plural ending."""
    for key, value in _kk_glosses():
        if word.startswith(key) and len(word) - len(key) <= 6 and key.count(" ") == word.count(" "):
            return value
    return None


@lru_cache(maxsize=3)
def people_nouns(lang: str) -> tuple[str, ...]:
    """Counted nouns of persons (objects.json "people"), in the file's order: a year is never
    named before one."""
    people: dict[str, list[str]] = load_json("objects.json")["people"]
    return tuple(people.get(lang, ()))


@lru_cache(maxsize=1)
def money_nouns() -> frozenset[str]:
    """Nouns that are money themselves, of every language (units.json "money_nouns")."""
    table = _data()["money_nouns"]
    return frozenset(w for lang in ("ru", "kk", "en") for w in table[lang])


@lru_cache(maxsize=1)
def money_context() -> re.Pattern[str]:
    """The stems that make a sentence about money (units.json "money_context"), found anywhere."""
    return re.compile("|".join(_data()["money_context"]["stems"]), re.I)


@lru_cache(maxsize=1)
def _kk_glosses() -> tuple[tuple[str, str], ...]:
    table = _glosses().get("kk", {})
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=3)
def non_count_nouns(lang: str) -> frozenset[str]:
    """Counted nouns that never make a fact ("two countries", "обе стороны")."""
    return frozenset(w.lower() for w in _data().get("non_count_nouns", {}).get(lang, ()))


# the whole a part was counted against: "to 755 entrepreneurs out of 1,413", "11 settlements of the total 492"
OUT_OF_BEFORE = re.compile(r"\b(?:out[ \u00a0]+of|of[ \u00a0]+the[ \u00a0]+total)[ \u00a0]+$", re.I)
# a yield: "25 centners of grain per hectare"
# a yield: "25 centners of grain per hectare", "15,4 центнера с гектара", "… с га", "с каждого гектара"
PER_HECTARE = re.compile(
    r"(?:(?:[ \u00a0]+of(?:[ \u00a0]+[^\W\d_]+){1,2})?[ \u00a0]+per[ \u00a0]+hectar(?:es?)?\b|"
    r"(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+с(?:[ \u00a0]+(?:1|одного|каждого))?[ \u00a0]+(?:гектара|га)(?![^\W\d_]))", re.I)


@lru_cache(maxsize=1)
def bulk_after() -> re.Pattern[str]:
    """After a scaled number: (of) (up to two words) a good weighed in tonnes, not followed by
    a noun that makes the phrase about money or a place ("oil revenues", "oil fields")."""
    data = _data()["bulk_goods"]
    goods, nots = _alternation(data["en"]), _alternation(data["not_before"])
    return re.compile(rf"(?:[ \u00a0]+of)?(?:[ \u00a0]+[^\W\d_]+){{0,2}}?[ \u00a0]+(?:{goods})(?![^\W\d_])"
                      rf"(?![ \u00a0]+(?:{nots})(?![^\W\d_]))", re.I)


KK_APPROXIMATE = re.compile(r"(?:дай|дей|тай|тей)$", re.I)
# "1 млн 400 мыңдай", "2 млрд 300 млн", "6 millions and 552 thousands": a smaller scaled number
# right after a scale adds to it
COMPOUND_TAIL = re.compile(r"(?:[ \u00a0]+and)?[ \u00a0]+(\d{1,3}(?:[.,]\d+)?)(?=[ \u00a0]*[^\W\d_])")


THOUSAND = 1000


def compound_scale(text: str, pos: int, limit: int, value: float, big: int, lang: str) -> tuple[float, int]:
    """The value and end of "1 млн" grown by a smaller scaled number after it ("400 мың")."""
    m = COMPOUND_TAIL.match(text, pos, limit)
    if not m:
        return value, pos
    small = scales(lang).at(text, m.end())
    if small is None and big == THOUSAND and m.group(1).isdigit() and int(m.group(1)) < big:
        # "12 мың 500 тонна", "12 тысяч 500 тонн": the hundreds after the thousands, one number
        return float(Decimal(repr(value)) + Decimal(m.group(1))), m.end()
    if not small or small[2] > limit or int(cast(SupportsInt, small[0])) >= big:
        return value, pos
    part = Decimal(m.group(1).replace(",", ".")) * Decimal(int(cast(SupportsInt, small[0])))
    if part >= big:
        return value, pos
    return float(Decimal(repr(value)) + part), small[2]


# how far back a yield word (units.json "yield_words") is read before centners in its clause
YIELD_REACH = 60
# a yield is a few dozen centners, never millions of them
YIELD_FIGURE = re.compile(r"\d{1,2}(?:,\d+)?[ \u00a0]*(?:ц|центнер|centner)[^\W\d_]*", re.I)
# (the everyday "күніне", a day, as the formal "тәулігіне": "күніне 255 мың текшеметр су")
KK_RATE_BEFORE = re.compile(r"(тәулігіне|күніне|жылына)[ \u00a0]+$", re.I)
# the units a production rate is stated in: "м3 в сутки", "tonnes a year", "barrels per day"
RATE_UNITS = frozenset({"m3", "t", "km", "barrels"})


@lru_cache(maxsize=1)
def _yield_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(_data()['yield_words']['stems'])})[^.;:!?]*$", re.I)


def with_rate(text: str, q_start: int, unit: str, end: int) -> tuple[str, int]:
    """A volume, mass or length per time ("м3/сут", "тонн в год", "тәулігіне 5 мың тонна")."""
    per_area = PER_HECTARE.match(text, end) if unit in {"c", "t"} else None
    if per_area:
        return f"{unit}/ha", per_area.end()  # "25 centners of grain per hectare" is a yield
    if unit == "c" and YIELD_FIGURE.fullmatch(text, q_start, end) \
            and _yield_before().search(text, max(0, q_start - YIELD_REACH), q_start):
        return "c/ha", end  # "урожайность составила 14 центнеров": a yield is per hectare unsaid
    rate = rate_at(text, end)
    if rate and unit in RATE_UNITS:
        return _rated(unit, rate[0]), rate[1]
    if unit in RATE_UNITS - {"km"}:
        lead = KK_RATE_BEFORE.search(text, max(0, q_start - 16), q_start)
        if lead:
            return _rated(unit, "year" if lead.group(1).lower().startswith("жыл") else "day"), end
    return unit, end


def _rated(unit: str, period: str) -> str:
    """A yearly output in tonnes is stated in tonnes in every language ("1,250 thousand tons per
    year", "жылына 8 млн тонна" are t in the real-corpus annotation); a flow of gas or water is a
    rate ("m3/day", "m3/year")."""
    return unit if period == "year" and unit == "t" else f"{unit}/{period}"
