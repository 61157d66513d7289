"""Numbers as releases write them: digits with space/no-break-space groups,
decimal commas, the "88, 5%" slip, English thousands commas, and words.

The patterns are anchored on digits and contain no nested unbounded
quantifiers, so scanning is linear in the input (see docs/benchmarks.md).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from akorda.extract import morph
from akorda.extract.knowledge import load_json
from akorda.extract.union import quick

SPACE = "[ \u00a0\u202f\u2009]"
GROUPED = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)"
# "2,587 000": a comma and then a space between the groups of one number (mixed by hand)
EN_GROUPED = rf"\d{{1,3}}(?:,\d{{3}})+(?:{SPACE}\d{{3}})*(?![\d])"
# "53, 000 crimes": a thousands comma with a stray space after it; trusted only before "000",
# a group no list item ("5, 100 and 200") is ever written as
EN_SLIPPED_GROUP = rf"\d{{1,3}},{SPACE}000(?![\d])"
PLAIN = r"\d+"
DECIMAL = r"[.,]\d+(?!\d)"
# "88, 5%": a decimal comma followed by a stray space, only trusted before a percent sign
SLIPPED_DECIMAL = r",\s\d{1,2}(?=\s?%)"

# "87, 7 млрд", "87, 7 миллиарда": the same slip before a scale word (in any case form)
SLIPPED_SCALE = r",\s\d(?=\s?(?:(?:млрд|млн|трлн|тыс)(?![^\W\d_])|миллиард|миллион|триллион|billion|million|trillion))"
# a currency code glued to the number ("KZT180bn", "T178 bn"): the only letters a number may
# follow; and the second end of a range ("70-80 пайызын", "by 5%-11%")
GLUED = r"(?:(?<![\w.,№/-])|(?<=KZT)|(?<=kzt)|(?<=USD)|(?<=(?<![^\W\d_])[TТ])|(?<=[\d%][-–—]))"
NUMBER = quick(re.compile(rf"{GLUED}(?P<int>{GROUPED}|{PLAIN})(?P<frac>{DECIMAL}|{SLIPPED_DECIMAL}|{SLIPPED_SCALE})?"))
# "about 1,22 million": a comma and one or two digits before a scale word is a decimal comma
# (a thousands group has three digits)
EN_COMMA_SCALE = r",\d{1,2}(?=\s?(?:billion|million|trillion|bn|mln)(?![^\W\d_]))"
EN_NUMBER = quick(re.compile(rf"{GLUED}(?P<int>{EN_GROUPED}|{EN_SLIPPED_GROUP}|{GROUPED}|{PLAIN})(?P<frac>\.\d+(?!\d)|{EN_COMMA_SCALE})?"))
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


KK_NUMERAL_ENDINGS = frozenset(
    "еу ау у ға ге ке қа ден дан тен тан нан нен ның нің дың дің тың тің ы і сы сі еуі ауы".split()
)
# a collective numeral's possessive in a case ("олардың екеуіне", to two of them; "бесеуін"):
# after the collective ending only, where no noun ("жүзіне", to its face) can stand
KK_COLLECTIVE_CASES = frozenset("іне ына ін ын інен ынан інің ының".split())


def normalize_number(int_part: str, frac_part: str | None = None) -> float:
    """Turn the digits of a number as written into a float.

    >>> normalize_number("19\u00a0506"), normalize_number("107", ",9"), normalize_number("88", ", 5")
    (19506.0, 107.9, 88.5)
    >>> normalize_number("5,300"), normalize_number("1", ".25")
    (5300.0, 1.25)
    """
    digits = re.sub(r"[\s,]", "", int_part)
    value = float(digits)
    if frac_part:
        frac = re.sub(r"[^\d]", "", frac_part)
        value += float("0." + frac)
    return value


def number_pattern(lang: str) -> re.Pattern[str]:
    return EN_NUMBER if lang == "en" else NUMBER


@lru_cache(maxsize=1)
def _numerals() -> dict[str, Any]:
    data: dict[str, Any] = load_json("numerals.json")
    return data


@lru_cache(maxsize=3)
def lone_thousands(lang: str) -> frozenset[str]:
    """The singular "тысяча"/"мың" that stands for 1000 with no number before it (data/numerals.json)."""
    return frozenset(_numerals()["lone_thousand"].get(lang, ()))


@lru_cache(maxsize=100_000)
def cardinal_word(word: str, lang: str) -> float | None:
    """Value of a number written as a word, in any case form.

    >>> cardinal_word("семи", "ru"), cardinal_word("двух", "ru"), cardinal_word("two", "en")
    (7.0, 2.0, 2.0)
    >>> cardinal_word("бесеу", "kk"), cardinal_word("школа", "ru")
    (5.0, None)
    """
    table = _numerals()["cardinals"]
    low = word.lower()
    if lang == "en":
        value = table["en"].get(low)
        return float(value) if value is not None else None
    if lang == "kk":
        for stem, value in _kk_stems():
            rest = low[len(stem):]
            if low.startswith(stem) and (rest in KK_NUMERAL_ENDINGS or low == stem or _collective_case(stem, rest)):
                if stem == "он" and low not in {"он", "оннан", "онға", "онның"}:
                    continue  # "онда", "оны" are forms of the pronoun "ол"
                return float(value)
        return None
    if not _ru_may_be_numeral(low):
        return None
    for p in morph.parses(low):
        if p.tag.POS == "NUMR" or ("Anum" not in p.tag and p.normal_form in table["ru"]):
            value = table["ru"].get(p.normal_form)
            if value is not None:
                return float(value)
    return None


def _collective_case(stem: str, rest: str) -> bool:
    """Whether rest after a numeral stem is a collective's possessive in a case ("екеу" + "іне",
    "бес" + "еуін")."""
    if rest[:2] in {"еу", "ау"}:
        return rest[2:] in KK_COLLECTIVE_CASES
    return stem.endswith(("еу", "ау")) and rest in KK_COLLECTIVE_CASES


@lru_cache(maxsize=1)
def _kk_stems() -> tuple[tuple[str, int], ...]:
    table = _numerals()["cardinals"]["kk"]
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=100_000)
def ordinal_word(word: str, lang: str) -> int | None:
    """Value of an ordinal word ("пятое", "second", "бесінші").

    >>> ordinal_word("пятое", "ru"), ordinal_word("Third", "en"), ordinal_word("бесінші", "kk")
    (5, 3, 5)
    """
    table: dict[str, dict[str, int]] = _numerals()["ordinals"]
    low = word.lower()
    if lang == "en":
        return table["en"].get(low)
    if lang == "kk":
        for stem, value in table["kk"].items():
            if low.startswith(stem):
                return value
        return None
    if not _ru_may_be_numeral(low):
        return None
    for p in morph.parses(low):
        if "Anum" in p.tag:
            return table["ru"].get(p.normal_form)
    return None


# the first letters of every form of the Russian cardinals and ordinals of data/numerals.json
RU_HEAD = 5


@lru_cache(maxsize=1)
def _ru_heads() -> frozenset[str]:
    """``RU_HEAD`` first letters of every dictionary form of a table numeral, also with "е" for "ё"."""
    table = _numerals()
    heads: set[str] = set()
    for lemma in [*table["cardinals"]["ru"], *table["ordinals"]["ru"]]:
        for p in morph.parses(lemma):
            if p.normal_form == lemma:
                for form in p.lexeme:
                    heads |= {form.word[:RU_HEAD], form.word[:RU_HEAD].replace("ё", "е")}
    return frozenset(heads)


def _ru_may_be_numeral(low: str) -> bool:
    """Whether a lower-cased Russian word can have a parse whose normal form is a table numeral,
    before asking pymorphy for its parses (most words of a text are seen once, and a parse is
    what costs). A word in pymorphy's dictionary has only dictionary parses, and a parse's normal
    form heads the paradigm that holds the word: so such a word is a form of a table numeral,
    with its first letters. A word pymorphy does not know is guessed and always asked."""
    return low[:RU_HEAD] in _ru_heads() or not morph.known(low)


def multiple_word(text: str) -> float | None:
    """
    >>> multiple_word("вдвое"), multiple_word("Threefold")
    (2.0, 3.0)
    """
    low = text.lower()
    value = _numerals()["multiples"].get(low)
    if value is None and low[:NOUN_HEAD] in _noun_heads():
        value = _noun_multiples().get(low)
    return float(value) if value is not None else None


# a case form keeps its lemma's first letters: only a word that starts like a noun of a multiple
# asks pymorphy for the noun's forms (English and Kazakh texts then never load it here)
NOUN_HEAD = 3


@lru_cache(maxsize=1)
def _noun_heads() -> frozenset[str]:
    return frozenset(lemma[:NOUN_HEAD] for lemma in _numerals()["multiple_nouns"]["ru"])


@lru_cache(maxsize=1)
def _noun_multiples() -> dict[str, int]:
    """Every singular case form of the Russian nouns of a multiple ("удвоение", "удвоения",
    "удвоению", "удвоением", "удвоении"), which pymorphy inflects from the lemma the data file
    holds (not the dated spellings such as "удвоенье")."""
    table: dict[str, int] = {}
    for lemma, value in _numerals()["multiple_nouns"]["ru"].items():
        noun = next(p for p in morph.parses(lemma) if p.tag.POS == "NOUN" and p.normal_form == lemma)
        for form in noun.lexeme:
            if "sing" in form.tag and not any(g.startswith("V-") for g in form.tag.grammemes):
                table.setdefault(form.word, value)
    return table


def multiple_verb(word: str, before: str, lang: str = "en") -> float | None:
    """A verb of a multiple where a "to" or a modal makes it one ("to double", "will triple"),
    not the adjective ("double taxation").

    >>> multiple_verb("double", "plans to "), multiple_verb("double", "the "), multiple_verb("Triple", "will ")
    (2.0, None, 3.0)
    """
    value = multiple_verbs().get(word.lower()) if lang == "en" else None
    if value is None or not MULTIPLE_VERB_BEFORE.search(before):
        return None
    return float(value)


def multiple_verbs() -> dict[str, Any]:
    """The verbs of a multiple ("double", "triple") and their factors."""
    verbs: dict[str, Any] = _numerals()["multiple_verbs"]
    return verbs


MULTIPLE_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|must|should|shall)\s+"
                                  r"(?:(?:at\s+least|almost|nearly|more\s+than)\s+)?$", re.I)
