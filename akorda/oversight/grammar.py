"""The grammar the drafted releases need (issue 5): Russian by pymorphy3, Kazakh by rule.

Russian: the official's name in the accusative, the region in the genitive,
counted nouns agreeing with their number and the verb with its subject, from
pymorphy3 (the engine's analyser, ``akorda.extract.morph``) with suffix rules
for names missing from its dictionary. Kazakh: the genitive and accusative
suffixes the titles need, by vowel harmony and the final sound.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from akorda.extract.morph import vocab


@lru_cache(maxsize=1)
def _morph():
    return vocab()


def _pm_inflect(parse, grammemes: set[str]):
    """pymorphy3's ``inflect`` with OpenCorpora grammemes (the names the drafts use)."""
    return parse.inflect(set(grammemes))


def _recase(model: str, word: str) -> str:
    if model[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-")) if "-" in model else word[:1].upper() + word[1:]
    return word


def _parse(word: str, want: str | None = None, pos: str | None = None):
    """The best parse of a word in the nominative, preferring grammeme ``want``."""
    parses = [p for p in _morph().parse(word.lower()) if "nomn" in p.tag]
    if pos:
        parses = [p for p in parses if p.tag.POS == pos] or parses
    if want:
        parses = [p for p in parses if want in p.tag] or parses
    return parses[0] if parses else None


MALE_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын)$", re.I)
FEMALE_SURNAME = re.compile(r"(ова|ева|ёва|ина|ына)$", re.I)
INDECLINABLE = re.compile(r"(улы|ұлы|кызы|қызы)$", re.I)
RU_CASE_SUFFIX = {  # Russian-type surnames: grammar rule, for names missing from the dictionary
    "masc": {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"},
    "femn": {"gent": "ой", "accs": "у", "datv": "ой", "ablt": "ой", "loct": "ой"},
}


def _gender(first: str, last: str) -> str:
    if FEMALE_SURNAME.search(last):
        return "femn"
    if MALE_SURNAME.search(last):
        return "masc"
    p = _parse(first, "Name")
    return "femn" if p is not None and "femn" in p.tag and "Name" in p.tag else "masc"


def ru_person(name: str, case: str) -> str:
    """A person's name (first name, surname) in a case.

    >>> ru_person("Марат Султангазиев", "accs"), ru_person("Ермаганбет Булекпаев", "accs")
    ('Марата Султангазиева', 'Ермаганбета Булекпаева')
    >>> ru_person("Айгуль Ахметова", "accs"), ru_person("Нурлан Кенжеханулы", "gent")
    ('Айгуль Ахметову', 'Нурлана Кенжеханулы')
    """
    words = name.split()
    if len(words) < 2:
        return name
    first, last = words[0], words[-1]
    gender = _gender(first, last)
    out = []
    for word in words[:-1]:
        p = _parse(word, "Name")
        form = _pm_inflect(p, {case}) if p is not None and "Name" in p.tag else None
        if form is not None:
            out.append(_recase(word, form.word))
        elif gender == "masc" and word[-1:].lower() not in "аеёиоуыэюяь":
            out.append(word + RU_CASE_SUFFIX["masc"][case])
        else:
            out.append(word)
    if INDECLINABLE.search(last):
        out.append(last)
    elif gender == "femn" and FEMALE_SURNAME.search(last):
        out.append(last[:-1] + RU_CASE_SUFFIX["femn"][case])
    elif gender == "masc" and MALE_SURNAME.search(last):
        out.append(last + RU_CASE_SUFFIX["masc"][case])
    else:
        p = _parse(last, "Surn")
        form = _pm_inflect(p, {case, "sing"}) if p is not None and "Surn" in p.tag else None
        out.append(_recase(last, form.word) if form is not None else last)
    return " ".join(out)


def ru_region(name: str, kind: str, case: str = "gent") -> str:
    """
    >>> ru_region("Карагандинская область", "region"), ru_region("Область Улытау", "region")
    ('Карагандинской области', 'области Улытау')
    >>> ru_region("Астана", "city"), ru_region("Алматы", "city")
    ('города Астаны', 'города Алматы')
    """
    if kind == "city":
        p = _parse(name, "Geox", pos="NOUN")
        form = _pm_inflect(p, {case}) if p is not None and "Geox" in p.tag and "Fixd" not in p.tag else None
        return f"{_pm_inflect(_parse('город'), {case}).word} {_recase(name, form.word) if form else name}"
    out = []
    for word in name.split():
        p = _parse(word)
        if p is not None and (p.tag.POS == "ADJF" or p.normal_form == "область"):
            form = _pm_inflect(p, {case})
            # "Область Улытау": the capital is the name's start, not the noun's.
            keep_case = p.tag.POS == "ADJF"
            out.append(_recase(word, form.word) if form and keep_case else (form.word if form else word))
        else:
            out.append(word)
    return " ".join(out)


def ru_counted(lemma: str, amount: Decimal | float, compact: bool) -> str:
    """A noun phrase (adjectives, then the head noun, then anything) agreeing with a number.

    >>> ru_counted("индустриальная зона", 7, False), ru_counted("школа", 12, False), ru_counted("школа", 2, False)
    ('индустриальных зон', 'школ', 'школы')
    >>> ru_counted("субъект МСБ", 136700, True), ru_counted("рабочее место", 5300, True)
    ('субъектов МСБ', 'рабочих мест')
    """
    words = lemma.split()
    head = next((i for i, w in enumerate(words) if (_parse(w) or _parse("x")).tag.POS == "NOUN"), None)
    if head is None:
        return lemma
    noun = _parse(words[head], pos="NOUN")
    number = Decimal(str(amount))
    if compact or number != number.to_integral_value():
        grammemes = {"gent", "plur"} if compact else {"gent", "sing"}
    else:
        grammemes = set(noun.tag.numeral_agreement_grammemes(int(number)))
    noun_form = _pm_inflect(noun, grammemes) or noun
    out = list(words)
    out[head] = _recase(words[head], noun_form.word)
    for i in range(head):
        adj = _parse(words[i], pos="ADJF")
        if adj is None or adj.tag.POS != "ADJF":
            continue
        target = {noun_form.tag.case, noun_form.tag.number}
        if noun_form.tag.number == "sing":
            target.add(noun.tag.gender)
        if noun_form.tag.case == "accs" and "anim" not in noun.tag:
            target = {"nomn" if noun_form.tag.number == "plur" else "accs", noun_form.tag.number}
        form = _pm_inflect(adj, {g for g in target if g})
        out[i] = _recase(words[i], form.word) if form else words[i]
    return " ".join(out)


def ru_verb_for(subject: str) -> str:
    """"составил" agreeing with the head noun of a nominative phrase.

    >>> ru_verb_for("Валовой региональный продукт"), ru_verb_for("Доля обрабатывающей промышленности")
    ('составил', 'составила')
    >>> ru_verb_for("Инвестиции в основной капитал"), ru_verb_for("Население")
    ('составили', 'составило')
    """
    for word in subject.split():
        p = _parse(word, pos="NOUN")
        if p is not None and p.tag.POS == "NOUN":
            if "plur" in p.tag or "Pltm" in p.tag:
                return "составили"
            return {"femn": "составила", "neut": "составило"}.get(p.tag.gender, "составил")
    return "составил"


RU_ORDINALS = ["первое", "второе", "третье", "четвертое", "пятое", "шестое", "седьмое", "восьмое", "девятое",
               "десятое", "одиннадцатое", "двенадцатое", "тринадцатое", "четырнадцатое", "пятнадцатое",
               "шестнадцатое", "семнадцатое", "восемнадцатое", "девятнадцатое", "двадцатое"]


def kk_suffix(word: str, kind: str) -> str:
    """Kazakh genitive ("gen") or accusative ("acc") by vowel harmony and the final sound.

    >>> kk_suffix("облысы", "gen"), kk_suffix("Сұлтанғазиев", "acc"), kk_suffix("Қарағанды облысы", "gen")
    ('облысының', 'Сұлтанғазиевті', 'Қарағанды облысының')
    >>> kk_suffix("Астана қаласы", "gen"), kk_suffix("Бекмұрат", "acc"), kk_suffix("Шапкенов", "acc")
    ('Астана қаласының', 'Бекмұратты', 'Шапкеновты')
    """
    last = word.split()[-1] if word.split() else word
    vowels = [c for c in last.lower() if c in "аәоөұүыіеэиуяюё"]
    front = bool(vowels) and vowels[-1] in "әөүіеэи"
    end = last[-1:].lower()
    if end in "аәоөұүыіеэияюё":
        start = "н"
    elif end in "лрйумнңжз" or end in "w":
        start = "д"
    else:
        start = "т"
    if kind == "gen":
        # After a vowel, м, н, ң the genitive starts with н (облысының, Шымкенттің).
        start = "н" if end in "аәоөұүыіеэияюёмнң" else ("д" if end in "лрйужз" else "т")
        suffix = start + ("ің" if front else "ың")
    else:
        suffix = start + ("і" if front else "ы")
    return word + suffix


def kk_person(name: str) -> str:
    """The name with its last word in the accusative ("... Сұлтанғазиевті")."""
    words = name.split()
    if not words:
        return name
    return " ".join(words[:-1] + [kk_suffix(words[-1], "acc")])
