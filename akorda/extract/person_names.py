"""A Russian personal name back in the nominative, agreeing in gender with the first name.

pymorphy3 knows most Russian first names and surnames; Kazakh surnames it does
not know decline like Russian -ов/-ев/-ин ones, and their case is read from the
surname's ending or from the verb before the name (``case_hint``). Split from
akorda.extract.persons, which finds the name in the text.
"""
from __future__ import annotations

import re
from typing import Any

from akorda.extract import morph

# the short names of ministries glued before a minister's name ("Мининдустрии", "Минэнерго", "Минфина")
MINISTRY_SHORT = re.compile(r"^Мин[а-яё]{2,}$")


def normalize_person(name: str, case_hint: str | None = None) -> str:
    """A Russian personal name in the nominative, agreeing in gender with the first name.

    >>> normalize_person("Марата Султангазиева")
    'Марат Султангазиев'
    >>> normalize_person("Ерболату Досаеву")
    'Ерболат Досаев'
    >>> normalize_person("Айгуль Смагуловой")
    'Айгуль Смагулова'
    >>> normalize_person("Сырым Шарипханов")
    'Сырым Шарипханов'
    >>> normalize_person("Бейбита Исабаева"), normalize_person("Реджепом Тайипом Эрдоганом")
    ('Бейбит Исабаев', 'Реджеп Тайип Эрдоган')
    >>> normalize_person("Жениса Касымбека")
    'Женис Касымбек'
    >>> normalize_person("Багдата Мусина", "gent")
    'Багдат Мусин'
    >>> normalize_person("Минэкологии Серик Ахметов")
    'Серик Ахметов'
    >>> normalize_person("Рустема Оразалина", "gent")
    'Рустем Оразалин'
    >>> normalize_person("Акмарал Альназарову", "gent"), normalize_person("Светлану Жакупову", "gent")
    ('Акмарал Альназарова', 'Светлана Жакупова')
    """
    words = name.split()
    if len(words) > 2 and MINISTRY_SHORT.match(words[0]):
        words = words[1:]  # "главе Минэкологии Серику Ахметову": the ministry's short name is no part of the name
    if not words:
        return name
    if case_hint == "gent" and len(words) == 2 and FEMININE_ACCUSATIVE.search(words[1]):
        # "принял министра … Акмарал Альназарову": after a verb that takes the genitive of a man
        # a surname in -ову can only be a woman's in the accusative
        return f"{_feminine_first(words[0])} {words[1][:-1]}а"
    first = _name_parse(words[0], ("Name",))
    if first is None and len(words) > 1:
        case = _case_from_surname(words[-1]) or case_hint
        if case not in (None, "nomn"):
            # names the dictionary does not know ("Бейбита Исабаева", "Реджепом Тайипом Эрдоганом")
            head = [_strip_case(w, case) for w in words[:-1]]
            return " ".join(head + [_surname_by_suffix(words[-1], case, "masc")])
    if first is not None and case_hint not in (None, "nomn") and len(words) > 1 and first.tag.case != case_hint \
            and _case_from_surname(words[-1]) == case_hint:
        # the verb and the surname agree on the case and the dictionary reads the first name in
        # another ("принял ... Багдата Мусина": "Багдата" is also a name of its own)
        alt = _by_surname_case(words, first)
        if alt is None:
            head = [_strip_case(w, case_hint) for w in words[:-1]]
            return " ".join(head + [_surname_by_suffix(words[-1], case_hint, "masc")])
        first = alt
    case = first.tag.case if first is not None else None
    if len({p.tag.case for p in morph.parses(words[0].lower()) if "Name" in p.tag}) > 1:
        # indeclinable first names ("Айгуль") say nothing about the case; a first name whose
        # forms are two names ("Жениса": a name, or "Женис" in the genitive) takes the surname's
        by_surname = _by_surname_case(words, first)
        # ("Рустема Оразалина": the surname's genitive names the case the surname is put back from)
        case = by_surname.tag.case if by_surname is not None else None
        first = by_surname or first
    gender = first.tag.gender if first is not None else None
    out = []
    for i, word in enumerate(words):
        if i == 0 and first is not None:
            out.append(_inflect(first, word))
            continue
        p = _name_parse(word, ("Surn", "Patr"), case, gender, strict=True)
        out.append(_inflect(p, word) if p is not None else _surname_by_suffix(word, case, gender))
    return " ".join(out)


FEMININE_ACCUSATIVE = re.compile(r"(?:ов|ев|ин)у$")


def _feminine_first(word: str) -> str:
    """A woman's first name put back from the accusative ("Светлану", "Наталью", "Гульшару"); a
    Kazakh name ending in a consonant ("Акмарал") does not decline."""
    if word.endswith("у"):
        return word[:-1] + "а"
    return word[:-1] + "я" if word.endswith("ю") else word


def normalize_surname(word: str, case_hint: str | None = None) -> str:
    """A Russian surname standing alone (after initials) in the nominative.

    >>> normalize_surname("Сапарова", "gent"), normalize_surname("Абдигалиулы", "gent")
    ('Сапаров', 'Абдигалиулы')
    """
    p = _name_parse(word, ("Surn",), case_hint, "masc", strict=True) if case_hint else None
    return _inflect(p, word) if p is not None else _surname_by_suffix(word, case_hint, "masc")


def _by_surname_case(words: list[str], first: Any) -> Any:
    """The first name's parse in the case its masculine surname shows ("Жениса Касымбека":
    the genitive of "Женис"), or None."""
    if len(words) < 2:
        return None
    case = _case_from_surname(words[-1])
    if case in (None, "nomn"):
        return None
    return next((p for p in morph.parses(words[0].lower()) if "Name" in p.tag and p.tag.case == case), None)


SURNAME_ENDINGS = {
    "masc": (("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("аном", "ан"), ("ом", ""), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"),
             ("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин")),
    "femn": (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина")),
}


CASE_BY_SURNAME = (("овым", "ablt"), ("евым", "ablt"), ("иным", "ablt"), ("ом", "ablt"),
                   ("ову", "datv"), ("еву", "datv"), ("ину", "datv"),
                   ("ова", "gent"), ("ева", "gent"), ("ина", "gent"))
FIRST_NAME_ENDINGS = {"gent": (("я", "й"), ("а", "")), "datv": (("ю", "й"), ("у", "")),
                      "ablt": (("ем", "й"), ("ом", ""))}


def _case_from_surname(word: str) -> str | None:
    for p in morph.parses(word.lower()):
        if "Surn" in p.tag and p.tag.gender == "masc":
            return str(p.tag.case)
    low = word.lower()
    return next((case for ending, case in CASE_BY_SURNAME if low.endswith(ending)), None)


def _strip_case(word: str, case: str) -> str:
    for ending, replacement in FIRST_NAME_ENDINGS.get(case, ()):
        if word.lower().endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


def _surname_by_suffix(word: str, case: str | None, gender: str | None) -> str:
    """Kazakh surnames unknown to the dictionary decline like Russian -ов/-ев/-ин ones."""
    if case in (None, "nomn"):
        return word
    for ending, nominative in SURNAME_ENDINGS.get(gender or "masc", ()):
        if word.lower().endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _name_parse(word: str, grams: tuple[str, ...], case: str | None = None, gender: str | None = None,
                strict: bool = False) -> Any:
    best = None
    for p in morph.parses(word.lower()):
        # one person is named in the singular: a plural parse is a guess ("Ерулан" as the genitive
        # plural of an unknown "Ерулана", "Жамаубаев" as that of "Жамаубай")
        if not any(g in p.tag for g in grams) or p.tag.number == "plur":
            continue
        if case and p.tag.case != case:
            continue
        if gender and p.tag.gender not in (gender, None):
            continue
        return p
    if case and not strict:
        for p in morph.parses(word.lower()):
            if p.tag.case == case and p.tag.POS == "NOUN" and (not gender or p.tag.gender in (gender, None)):
                return p
    return best


def _inflect(p: Any, word: str) -> str:
    if p is None or p.tag.case == "nomn":
        return word
    grams = {"nomn", "sing"}
    form = morph.inflected(p, frozenset(grams)) if p is not None else None
    if form is None:
        return word
    return morph._recase(word, form.word)
