"""Russian addressees of an instruction: the dative noun phrase after the trigger
("поручил акиму области ..."), "перед" + instrumental ("поставил перед акимом задачу"), or
the phrase before a passive trigger ("Правительству поручено"), put in the nominative.

A head is an addressee when data/instructions.json lists it or pymorphy3 tags it as an
organisation or a person; genitive complements, "и" between addressees and "совместно с"
partners extend the phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from akorda.extract import morph
from akorda.extract.instructions.common import Token, _tokens, ru_head_of_state
from akorda.extract.knowledge import load_json


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data = load_json("instructions.json")
    return {
        "heads": frozenset(data["ru_addressee_heads"]),
        "lead": tuple(sorted((tuple(p.split()) for p in data["ru_lead_parentheticals"]), key=len, reverse=True)),
        "preps": frozenset(data["ru_nominal_preps"]),
        "capitalised": frozenset(data["ru_capitalised_heads"]),
        "officials": frozenset(data["ru_official_subjects"]),
        "verbal_only": frozenset(data["ru_modal_verbal_only"]),
        "saying": frozenset(data["ru_modal_saying"]),
    }


def _is_addressee(parse: Any) -> bool:
    tag = parse.tag
    return tag.POS == "NOUN" and (
        parse.normal_form in _lexicon()["heads"] or "Orgn" in tag or "Surn" in tag or "Name" in tag
    )


def _ru_addressee(tokens: list[Token], pos: int, case: str = "datv") -> tuple[str | None, int]:
    """A dative addressee noun phrase at tokens[pos] ("акиму области", "Министерству
    энергетики и акиматам областей") or "перед" + instrumental ("перед акимом"), in the
    nominative, and the index after it. A preposition or an adverbial is never one."""
    if pos >= len(tokens):
        return None, pos
    i = pos
    if tokens[i][0].lower() == "перед":
        case, i = "ablt", i + 1
    out: list[str] = []
    while True:
        head_at = _addressee_head(tokens, i, case)
        if head_at is None:
            break
        agree = _agreement(tokens[head_at][0], case)
        for k in range(i, head_at + 1):
            out.append(_to_nominative(tokens[k][0], case, agree if k < head_at else frozenset()))
        i = _quoted_name(tokens, _genitive_complements(tokens, head_at + 1, case, out), out)
        if i + 1 < len(tokens) and tokens[i][0].lower() == "и" and _addressee_head(tokens, i + 1, case) is not None:
            out.append("и")
            i += 1
            continue
        joined = _quoted_partner(tokens, i, case, out)
        if joined is not None:
            i = joined
            continue
        joined = _listed(tokens, i, case)
        if joined is not None:
            # "Правительству, акиматам и нацкомпаниям", "Правительству, в том числе Минфину,"
            out[-1] += ","
            out.extend(tokens[k][0] for k in range(i + 1, joined))
            i = joined
            continue
        break
    if not out:
        return None, pos
    i = _apposed_names(tokens, i, case, out)
    if i + 2 < len(tokens) and [t[0].lower() for t in tokens[i:i + 2]] == ["совместно", "с"]:
        # "поручил Министерству энергетики совместно с акиматом области": both are addressed
        partner, after = _ru_addressee(tokens, i + 2, "ablt")
        if partner is not None:
            out += ["и", partner]
            i = after
    return " ".join(out), i


QUOTED_NAME_WORDS = 6


def _quoted_name(tokens: list[Token], i: int, out: list[str]) -> int:
    """ "национальной компании «Казахстан темир жолы»": the name in quotes after the head is
    the addressee's own (undeclined, capitalised), appended to `out`; the index after the closing quote."""
    if i >= len(tokens) or tokens[i][0] not in {"«", '"', "“"}:
        return i
    close = next((k for k in range(i + 1, min(len(tokens), i + QUOTED_NAME_WORDS + 2))
                  if tokens[k][0] in {"»", '"', "”"}), None)
    if close is None or close == i + 1 or not all(t[0][:1].isalnum() or t[0] == "-" for t in tokens[i + 1:close]):
        return i
    if not tokens[i + 1][0][:1].isupper() or morph.has_tag(tokens[i + 1][0], "INFN"):
        return i  # "поручил акиму «держать руку на пульсе»": a quoted task, no name
    out.append("«" + " ".join(t[0] for t in tokens[i + 1:close]) + "»")
    return close + 1


def _quoted_partner(tokens: list[Token], i: int, case: str, out: list[str]) -> int | None:
    """ "поручил правительству и «Казахтелекому» взять ...": a company named in quotes after
    "и", with the infinitive right after it, is a second addressee (appended to `out` in the
    nominative); the index after its closing quote, or None."""
    if i + 2 >= len(tokens) or tokens[i][0].lower() != "и":
        return None
    named: list[str] = []
    after = _quoted_name(tokens, i + 1, named)
    if after == i + 1 or after >= len(tokens) or not morph.has_tag(tokens[after][0], "INFN"):
        return None
    words = named[0][1:-1].split(" ")
    words[-1] = "-".join(_to_nominative(part, case) if part[:1].isupper() else part for part in words[-1].split("-")) \
        if len(words) == 1 else words[-1]
    out += ["и", "«" + " ".join(words) + "»"]
    return after


LISTED_LEADS = (("в", "том", "числе"), ("включая",), ("прежде", "всего"), ("а", "также"))


def _listed(tokens: list[Token], i: int, case: str) -> int | None:
    """Index of the next addressee after a comma at tokens[i] ("Правительству, акиматам"), past
    a lead ("в том числе", "включая"), or None."""
    if i + 1 >= len(tokens) or tokens[i][0] != ",":
        return None
    k = i + 1
    for lead in LISTED_LEADS:
        if tuple(t[0].lower() for t in tokens[k:k + len(lead)]) == lead:
            k += len(lead)
            break
    return k if _addressee_head(tokens, k, case) is not None else None


def _genitive_complements(tokens: list[Token], i: int, case: str, out: list[str]) -> int:
    """Append the genitive complements of an addressee head ("акиму Туркестанской области",
    "Министерству водных ресурсов и ирригации") to `out`; the index after them. An "и"
    before another addressee head ends them: it joins two addressees."""
    while i < len(tokens):
        word = tokens[i][0]
        if word == "," and _next_place(tokens, i, out):
            out[-1] += ","  # "городов Астаны, Алматы и Шымкента": a list of place names
            i += 1
            continue
        if word.lower() == "и" and i + 1 < len(tokens):
            if _addressee_head(tokens, i + 1, case) is not None:
                break
            if any("gent" in p.tag for p in morph.parses(tokens[i + 1][0].lower())):
                out.append(word)
                i += 1
                continue
            break
        if morph.parse(word.lower()).tag.POS in FUNCTION_WORDS or morph.lemma(word) in {"поручение", "задача"}:
            break
        if word[:1].isalpha() and (any("gent" in p.tag and p.tag.POS in {"NOUN", "ADJF", "PRTF"}
                                       for p in morph.parses(word.lower())) or word.isupper()):
            if morph.has_tag(word, "INFN"):
                break
            out.append(word)
            i += 1
            continue
        break
    return i


def _next_place(tokens: list[Token], i: int, out: list[str]) -> bool:
    """Whether the comma at tokens[i] goes on with a list of place names in the genitive: a
    capitalised genitive before it and after it ("Астаны, Алматы")."""
    if not out or not out[-1][:1].isupper() or i + 1 >= len(tokens):
        return False
    word = tokens[i + 1][0]
    return word[:1].isupper() and word.isalpha() and \
        any("gent" in p.tag and "Geox" in p.tag for p in morph.parses(word.lower())) and \
        any("Geox" in p.tag for p in morph.parses(out[-1].lower()))


def _apposed_names(tokens: list[Token], i: int, case: str, out: list[str]) -> int:
    """Skip the official's name in apposition ("акиму области Марату Султангазиеву"): it is
    not the instruction; when the addressee is the person ("Роману Скляру") the name is
    the addressee itself and goes to `out`. The index after the name."""
    while i < len(tokens) and tokens[i][0][:1].isupper() and any(
            case in p.tag and ({"Name", "Surn", "Patr"} & set(p.tag.grammemes)) for p in morph.parses(tokens[i][0].lower())):
        if not any(morph.lemma(w) in _lexicon()["heads"] for w in out):
            out.append(_to_nominative(tokens[i][0], case))
        i += 1
    return _unknown_name(tokens, i, out)


NAME_WORDS = 3


def _unknown_name(tokens: list[Token], i: int, out: list[str]) -> int:
    """ "акиму области Дархану Сатыбалды ускорить": capitalised words the dictionary does not
    read as a name, between an official's title and the infinitive, are his name all the same."""
    if not any(morph.lemma(w) in _lexicon()["heads"] for w in out):
        return i
    k = i
    while k < len(tokens) and k - i < NAME_WORDS and tokens[k][0][:1].isupper() and tokens[k][0].isalpha() \
            and not morph.has_tag(tokens[k][0], "INFN"):
        k += 1
    return k if k > i and k < len(tokens) and morph.has_tag(tokens[k][0], "INFN") else i


def _addressee_head(tokens: list[Token], i: int, case: str) -> int | None:
    """Index of the addressee noun in `case` at tokens[i], after agreeing adjectives."""
    for k in range(i, min(len(tokens), i + 4)):
        word = tokens[k][0]
        if not word[:1].isalpha():
            return None
        if word.lower() == "и" and k > i and k + 1 < len(tokens) and \
                all(_adjective(tokens[n][0], case) for n in (k - 1, k + 1)):
            continue  # "центральным и местным органам": adjectives joined before one head
        parses = morph.parses(word.lower())
        if morph.has_tag(word, "INFN") or parses[0].tag.POS in FUNCTION_WORDS:
            return None
        if any(case in p.tag and _is_addressee(p) for p in parses):
            return k
        if k == i and word[:1].isupper() and k + 1 < len(tokens) and _surname(tokens[k + 1][0], case):
            return k + 1  # "Канату Бозумбаеву": a first name the dictionary reads as a common noun
        if any(case in p.tag and p.tag.POS in {"ADJF", "PRTF"} for p in parses):
            continue
        return None
    return None


FUNCTION_WORDS = {"PREP", "CONJ", "PRCL", "INTJ", "ADVB", "NPRO"}


def _adjective(word: str, case: str) -> bool:
    return any(case in p.tag and p.tag.POS in {"ADJF", "PRTF"} for p in morph.parses(word.lower()))


def _surname(word: str, case: str) -> bool:
    """A capitalised surname in the case ("Бозумбаеву", "Айтеновым")."""
    return word[:1].isupper() and (any(case in p.tag and "Surn" in p.tag for p in morph.parses(word.lower()))
                                   or (case in {"datv", "ablt"} and SURNAME_CASE.match(word) is not None))


# a surname the dictionary does not know, in the instrumental or dative ("Айтеновым", "Искалиеву")
SURNAME_CASE = re.compile(r"^([А-ЯЁ]\w+(?:ов|ев|ёв|ин|ын))(?:ым|у)$")


def _agreement(head: str, case: str) -> frozenset[str]:
    """The gender and number of the addressee noun, which its adjectives take: "Национальному
    банку" is masculine, though "Национальному" alone reads as neuter first."""
    for p in morph.parses(head.lower()):
        if case in p.tag and _is_addressee(p):
            return frozenset(g for g in ("masc", "femn", "neut", "sing", "plur") if g in p.tag)
    return frozenset()


def _to_nominative(word: str, case: str, agree: frozenset[str] = frozenset()) -> str:
    """The nominative of an addressee word; a capitalised word is read as a person's name
    first ("Муратом Айтеновым" -> "Мурат Айтенов", never the adjective "Айтеновый")."""
    parses = list(morph.parses(word.lower()))
    if agree:
        parses = sorted(parses, key=lambda p: not all(g in p.tag for g in agree))
    if word[:1].isupper():
        person = [p for p in parses if case in p.tag and {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        surname = SURNAME_CASE.match(word)
        if not person and surname and case in {"ablt", "datv"}:
            return surname.group(1)
        parses = person or parses
    for p in parses:
        if case in p.tag and p.tag.POS in {"NOUN", "ADJF", "PRTF"}:
            form = morph.inflected(p, frozenset({"nomn"}))
            if form is not None:
                return morph._recase(word, form.word)
    return word


# the words that may stand between an addressee and the trigger after it
# ("Токаевым поставлена задача": the agent may open the sentence; "Касым-Жомартом Токаевым": his first name with him)
BETWEEN = re.compile(r"(?:(?:^|\s+)(?:было|также|же|ещё|еще|(?:Касым-Жомарт\w*\s+)?(?:" + ru_head_of_state("nomn") + "|"
                     + ru_head_of_state("ablt") + r")))+\s*$")


def _ru_assignee_before(sentence: str, trigger_start: int) -> str | None:
    """ "Акиму области поручено ...", "Главой государства акиму дан ряд поручений",
    "Перед Правительством поставлена задача": the addressee stands before the trigger;
    the longest addressee phrase that ends at the trigger wins. The President as the subject
    and an auxiliary between them ("Акиму Президент поручил", "акиму было поручено") stand
    outside the phrase."""
    between = BETWEEN.search(sentence, 0, trigger_start)
    tokens = _tokens(sentence, 0, between.start() if between else trigger_start)[-10:]
    first = 0
    for k, token in enumerate(tokens):
        if not token[0][:1].isalnum():
            first = k + 1
    for k in range(first, len(tokens)):
        assignee, stop = _ru_addressee(tokens, k)
        if assignee is not None and stop == len(tokens):
            if not any(c.isalnum() for c in sentence[:tokens[k][1]]) and morph.lemma(assignee.split()[0]) not in _lexicon()["capitalised"]:
                # only the sentence (or quote) start capitalised it: "Главе региона поручено" -> "глава региона"
                assignee = assignee[:1].lower() + assignee[1:]
            return assignee
    for k in range(first, len(tokens)):
        # "Перед руководством области Президент поставил задачу": the subject may intervene
        if tokens[k][0].lower() == "перед":
            assignee, _ = _ru_addressee(tokens, k)
            if assignee is not None:
                return assignee
    return None


# ", министерствам – ускорить ...", ", а акимату — ...": a new addressee and a dash stand for the
# verb said once ("поручил Правительству рассмотреть A, министерствам – ускорить B")
GAP = re.compile(r"[,;]\s*(?:а\s+)?(?=[^\W\d_])")
DASH = frozenset({"–", "—", "-"})


def gapped(sentence: str, a: int, b: int, assignee: str | None) -> list[tuple[int, int, str | None]]:
    """The clause sentence[a:b] cut where the verb is gapped: each piece with its addressee."""
    out: list[tuple[int, int, str | None]] = []
    seg, who = a, assignee
    for m in GAP.finditer(sentence, a, b):
        if m.start() < seg:
            continue
        tokens = _tokens(sentence, m.end(), b)
        addressee, pos = _ru_addressee(tokens, 0)
        if addressee is None or pos + 1 >= len(tokens) or tokens[pos][0] not in DASH:
            continue
        out.append((seg, m.start(), who))
        seg, who = tokens[pos + 1][1], addressee
    out.append((seg, b, who))
    return out
