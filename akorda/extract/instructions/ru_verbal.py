"""A task named by a verbal noun, said as the action: "развитию мясного
животноводства" -> "развивать мясное животноводство".

Releases list tasks as nouns after "поставил задачи по ..." or "подчеркнул
необходимость ..."; the record's text keeps the release's own words (an analyst
finds them there, and annotators who read the release keep its noun), and the
action form, an infinitive with its object in the accusative, goes beside it
(InstructionSpan.action) for prose that must follow "поручил". pymorphy3 has no derivation
(noun -> verb), so the genre's verbal nouns and their verbs are a small lexicon
in data/instructions.json ("ru_verbal_nouns"); a noun outside it stays as written.
A topic ("поручения по дальнейшему развитию области") stays a noun phrase.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from akorda.extract import morph
from akorda.extract.instructions.common import InstructionSpan
from akorda.extract.knowledge import load_json

# words before the verbal noun that become an adverb of the action ("дальнейшего развития" -> "и далее развивать")
LEAD_ADVERBS = {"дальнейший": "далее"}
# an object's words: adjectives, participles, nouns, numerals; the object ends at anything else
OBJECT_POS = frozenset({"ADJF", "PRTF", "NOUN", "NUMR"})
MAX_OBJECT_WORDS = 5
TRAILING = ",;:»\"”)"
# adjective endings whose stem + "о" is the adverb ("оперативный" -> "оперативно")
ADVERB_FROM = ("ный", "ной")


# A verbal noun outside the lexicon: its suffix said as the verb's ("обучение" -> "обучить",
# "снижение" -> "снизить", "переработка" -> "переработать"), in order, the first candidate that
# is a dictionary infinitive wins; Russian consonant alternations before "-ение" (ж/з, ж/д,
# щ/ст, щ/т, вл/в) are tried as their own suffixes
DERIVATIONS = (
    ("ование", ("овать",)), ("ывание", ("ывать",)), ("ивание", ("ивать",)),
    ("изация", ("изировать", "изовать")), ("ация", ("ировать", "овать")),
    ("вление", ("вить",)), ("бление", ("бить",)), ("пление", ("пить",)), ("мление", ("мить",)),
    ("жение", ("зить", "дить", "жить")), ("ждение", ("дить",)), ("щение", ("стить", "тить")),
    ("чение", ("чить", "тить")), ("ение", ("ить", "ять", "еть")),
    ("ание", ("ать",)), ("яние", ("ять",)), ("тие", ("ть",)), ("ка", ("ить", "ать")),
)
# nouns in those suffixes that name a thing or a state, never the action of a task
NOT_ACTIONS = frozenset({"значение", "положение", "население", "отношение", "мнение", "учреждение",
                         "направление", "сообщение", "предприятие", "заявление", "поколение"})


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    return dict(load_json("instructions.json")["ru_verbal_nouns"])


@lru_cache(maxsize=4096)
def _verb(noun: str) -> str | None:
    """The infinitive of a verbal noun (its lemma): the lexicon's first, else a derivation
    whose infinitive pymorphy3 knows."""
    known = _verbs().get(noun)
    if known or noun in NOT_ACTIONS:
        return known
    for suffix, endings in DERIVATIONS:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            for ending in endings:
                verb = noun[: -len(suffix)] + ending
                if morph.vocab().word_is_known(verb) and morph.has_tag(verb, "INFN"):
                    return verb
    return None


def _genitive(word: str, adjective: bool = False) -> Any:
    """The word's first genitive parse as an object word (an adjective one first where
    a noun follows: "малого бизнеса"), or None."""
    found = [p for p in morph.parses(word.lower()) if p.tag.case == "gent" and p.tag.POS in OBJECT_POS and "Apro" not in p.tag]
    if any("Apro" in p.tag for p in morph.parses(word.lower())):
        return None  # "этой сферы": a pronoun ends the object that changes case
    if word[:1].isupper():
        # a task's object is a place, not a person: "развития Шымкента" -> "развивать Шымкент"
        found.sort(key=lambda p: "Geox" not in p.tag)
    if adjective:
        found.sort(key=lambda p: p.tag.POS not in {"ADJF", "PRTF"})
    return found[0] if found else None


def _head(words: list[str]) -> tuple[str | None, str | None, str | None]:
    """(gender, number, animacy) of the first noun of the object, which its adjectives agree
    with: "молодых фермеров" stays as it is in the accusative, "новых школ" does not."""
    for n, word in enumerate(words[:MAX_OBJECT_WORDS]):
        if word.lower() == "и":
            continue
        parse = _genitive(word.rstrip(TRAILING), n + 1 < len(words) and _genitive(words[n + 1].rstrip(TRAILING)) is not None)
        if parse is None:
            return None, None, None
        if parse.tag.POS == "NOUN":
            return parse.tag.gender, parse.tag.number, parse.tag.animacy
    return None, None, None


def _accusative(word: str, parse: Any, head: tuple[str | None, str | None, str | None]) -> str:
    gender, number, animacy = head
    adjective = parse.tag.POS in {"ADJF", "PRTF"}
    grams = {"accs", (number if adjective and number else parse.tag.number)} - {None}
    if adjective and "plur" not in grams:
        grams.add(gender or parse.tag.gender or "masc")
    if parse.tag.POS in {"ADJF", "PRTF"}:
        grams.add(animacy or "inan")  # mostly a thing: "мясное", not "мясного"; "молодых фермеров" kept
    form = morph.inflected(parse, frozenset(grams)) or morph.inflected(parse, frozenset(grams - {"inan"}))
    if form is None:
        return word
    out: str = form.word if "ё" in word.lower() else form.word.replace("ё", "е")
    if len(word) > 1 and word.isupper():
        return word if out == word.lower() else out.upper()  # an acronym keeps its capitals: "ТЭЦ", "АЭС"
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _adverb(word: str) -> str | None:
    """ "качественному (оказанию)" -> "качественно": a manner adjective before the verbal noun."""
    base = morph.lemma(word)
    if morph.pos(word) == "ADJF" and base.endswith(ADVERB_FROM):
        return base[:-2] + "о"
    return None


def own_words(sentence: str, a: int, b: int, start: int, assignee: str | None) -> InstructionSpan:
    """The task sentence[a:b] in the release's own words, with its action form beside it where
    that differs: the record is tied to the words an analyst finds in the release.

    >>> own_words("по развитию туризма", 3, 19, 100, None)
    InstructionSpan(text='развитию туризма', start=103, end=119, assignee=None, action='развивать туризм')
    >>> own_words("обеспечить водой", 0, 16, 0, None).action is None
    True
    """
    said = sentence[a:b]
    action = as_action(said)
    return InstructionSpan(said, start + a, start + b, assignee, action if action != said else None)


def as_action(text: str) -> str:
    """
    >>> as_action("развитию мясного животноводства")
    'развивать мясное животноводство'
    >>> as_action("дальнейшего увеличения объема инвестиций")
    'далее увеличивать объем инвестиций'
    >>> as_action("усилению научной составляющей этой сферы")
    'усилить научную составляющую этой сферы'
    >>> as_action("качественному оказанию медицинских услуг")
    'качественно оказывать медицинские услуги'
    >>> as_action("обучения молодых фермеров")
    'обучить молодых фермеров'
    >>> as_action("обновления ТЭЦ в городе")
    'обновить ТЭЦ в городе'
    >>> as_action("Жамбылской области")
    'Жамбылской области'
    """
    words = text.split()
    if not words:
        return text
    lead: list[str] = []
    i = 0
    if len(words) > 1 and _verb(morph.lemma(words[1])):
        adverb = LEAD_ADVERBS.get(morph.lemma(words[0])) or _adverb(words[0])
        if adverb:
            lead.append(adverb)
            i = 1
    verb = _verb(morph.lemma(words[i]))
    if verb is None:
        return text
    out = lead + [verb]
    j = i + 1
    head = _head(words[j:])
    while j < len(words) and j - i <= MAX_OBJECT_WORDS:
        word = words[j]
        if word.lower() == "и" and j + 1 < len(words) and _genitive(words[j + 1].rstrip(TRAILING)):
            out.append(word)
            j += 1
            continue
        bare = word.rstrip(TRAILING)
        ends = word[len(bare):]
        noun_follows = not ends and j + 1 < len(words) and _genitive(words[j + 1].rstrip(TRAILING)) is not None
        parse = _genitive(bare, noun_follows)
        if parse is None:
            break
        out.append(_accusative(bare, parse, head) + ends)
        j += 1
        if ends:
            break  # "строительства поликлиник, отвечающих ...": the clause after the comma stays as written
        if parse.tag.POS == "NOUN":
            if not (j < len(words) and words[j].lower() == "и"):
                break
            head = _head(words[j + 1:])
    return " ".join(out + words[j:])
