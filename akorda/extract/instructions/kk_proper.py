"""The Kazakh "it is right to do": a participle before "жөн", "абзал" or "дұрыс" ("... жұмысын
júzege asyrǵan jón", "... қайта қараған дұрыс") is the President's advice that a thing be
done, an instruction in his words as "... қарау керек" is (contract README: instructions come
in many forms and all count).
"""
from __future__ import annotations

import re

# (only where the clause ends there: "дұрыс" before a verb is an adverb, "дұрыс жүргізу")
KK_PROPER = re.compile(r"(?<=[^\W\d_]{3}(?:ған|ген|қан|кен))\s+(?:жөн|абзал|дұрыс)"
                       r"(?:\s+(?:екенін|екендігін|деді|болады|деп(?:\s+(?:санаймын|ойлаймын|есептеймін))?))?"
                       # (reported: "... кеңейткен жөн екенін айтты", said it is right to widen ...)
                       r"(?:(?<=н)\s+(?:айтты|атап\s+өтті|жеткізді|баса\s+айтты|ескертті|мәлімдеді))?"
                       r"(?=\s*(?:[.,;!?»\"”]|$))", re.I)
KK_PARTICIPLE = re.compile(r"[^\W\d_]{2,}(?:ған|ген|қан|кен)$", re.I)
# a stem's last voiceless consonant is voiced before the vowel of "-у": "тапқан" -> "табу"
VOICED = {"п": "б", "к": "г", "қ": "ғ"}


def verbal_noun(stem: str) -> str:
    """The verbal noun of a verb stem, which is how a task is named: "-у" after the stem, a stem
    in "й" spelling it "-ю" ("қой" -> "қою", "сүй" -> "сүю"), a stem's "ы"/"і" (or the linking
    vowel of a passive, "қойылады" -> "қойы") merged into it ("оқы" -> "оқу", "бері" -> "беру"),
    and a last voiceless consonant voiced before it ("тап" -> "табу"; before a vowel it is so already).

    >>> verbal_noun("қой"), verbal_noun("сүй"), verbal_noun("тап"), verbal_noun("оқы"), verbal_noun("қойы")
    ('қою', 'сүю', 'табу', 'оқу', 'қою')
    """
    if len(stem) > 2 and stem[-1].lower() in "ыі":
        stem = stem[:-1]
    elif stem:
        stem = stem[:-1] + VOICED.get(stem[-1].lower(), stem[-1])
    return stem[:-1] + "ю" if stem.endswith("й") else stem + "у"


def verbal_noun_of_participle(text: str) -> str:
    """The task with its closing participle put as a verbal noun.

    >>> verbal_noun_of_participle("жұмысын жүзеге асырған"), verbal_noun_of_participle("жолын тапқан")
    ('жұмысын жүзеге асыру', 'жолын табу')
    >>> verbal_noun_of_participle("мәселені қайта қараған"), verbal_noun_of_participle("белгілерді орнына қойған")
    ('мәселені қайта қарау', 'белгілерді орнына қою')
    """
    head, _, last = text.rpartition(" ")
    if not KK_PARTICIPLE.search(last):
        return text
    return (head + " " if head else "") + verbal_noun(last[:-3])
