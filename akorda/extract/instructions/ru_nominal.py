"""Russian lists of topics after a nominal trigger or an emphasis: "дал поручения по развитию
туризма и поддержке фермеров" (dative after "по"), "подчеркнул важность A, B и C"
(genitive). Items are cut at commas and "и" only where a new noun group in the case opens;
a participle clause after a comma stays in its item.
"""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import Token, _trim

FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def _dative_group_follows(tokens: list[Token], i: int, case: str = "datv", opening: bool = False) -> bool:
    """Whether tokens[i:] open a noun group in the case: agreeing adjectives, then a noun
    ("поддержке фермеров", "дальнейшему развитию туризма"); "среднего бизнеса" is not a
    dative one. A participle first ("волнующих граждан") continues the item before it,
    except where the list opens ("необходимость надлежащего проведения ...")."""
    for n, (word, _, _) in enumerate(tokens[i:i + 5]):
        parses = morph.parses(word.lower())
        if n == 0 and not opening and (parses[0].tag.POS == "PRTF" or ACTIVE_PARTICIPLE.search(word)):
            return False
        if n == 0 and parses[0].tag.POS in FUNCTION_POS and word.lower() != "по":
            return False  # "в частности": the dictionary also reads "в" as an abbreviated noun
        if any(p.tag.POS == "NOUN" and case in p.tag for p in parses):
            return True
        if any(p.tag.POS in {"ADJF", "PRTF"} and case in p.tag for p in parses) or \
                (n == 0 and word.lower() in {"более", "менее", "дальнейшего", "всех"}):
            continue
        return False
    return False


def _split_nominal(sentence: str, tokens: list[Token], limit: int, case: str = "datv",
                   tasks: bool = False) -> list[tuple[int, int]]:
    """Topics of a nominal list after "по" (dative) or after an emphasis (genitive), cut at
    commas and "и" that separate noun groups; a participle clause after a comma stays in
    its item ("решения проблем, волнующих граждан"). tasks: the list is of "задачи по ...",
    actions by the contract, as a genitive list of action nouns is."""
    if not tokens or not _dative_group_follows(tokens, 0, case, opening=True):
        return []
    # items of one list are parallel: where the first is an action noun ("улучшения качества"),
    # a noun that is none ("... систем и авиахабов", "жителей и волонтеров", "подготовке к зиме,
    # гололёду") is in the item before
    actions = (case == "gent" or tasks) and _action_head(tokens, 0)
    spans: list[tuple[int, int]] = []
    seg = tokens[0][1]
    end = limit
    i = 1
    while i < len(tokens):
        word = tokens[i][0].lower()
        if word in {",", ";", "и"}:
            j = i + 1
            while j < len(tokens) and tokens[j][0].lower() in {"и", "а", "также"}:
                j += 1
            if _dative_group_follows(tokens, j, case) and _has_noun(tokens, seg, i) and \
                    morph.parse(tokens[i - 1][0].lower()).tag.POS not in {"ADJF", "PRTF"} and \
                    (not actions or _action_head(tokens, j)) and not (word == "и" and _inner_pair(tokens, i, case)) and \
                    not _cut_fragment(tokens, j) and not _names_pair(tokens, i, j) and not (word == "и" and _in_purpose(tokens, seg, i)):
                spans.append((seg, tokens[i][1]))
                seg = tokens[j][1] if j < len(tokens) else limit
                i = j
                continue
            if word == "и" and j < len(tokens) and morph.parse(tokens[j][0].lower()).tag.POS == "VERB":
                end = tokens[i][1]  # "... и напомнил о задачах": the list ends at the next verb
                break
            k = j + (j < len(tokens) and tokens[j][0].lower() == "не")  # ", не связанные с ...": still the item
            if word != "и" and not (k < len(tokens) and _participle(tokens[k][0])) and \
                    not (actions and _dative_group_follows(tokens, j, case)):
                # a comma that opens no new topic ends the list ("..., отметив ...")
                end = tokens[i][1]
                break
        i += 1
    spans.append((seg, end))
    return [(a, _trim(sentence, a, b)) for a, b in spans if _trim(sentence, a, b) > a]


PURPOSE = (("в", "целях"), ("с", "целью"))


def _in_purpose(tokens: list[Token], seg: int, i: int) -> bool:
    """Whether a purpose phrase ("в целях увеличения A и создания B") opened in the item before
    tokens[i]: the nouns it joins by "и" say what the task is for, not further tasks (", а также
    B" after it lists a task again)."""
    n = i - 2  # the item's tokens stand in order, back to the first at `seg`
    while n >= 0 and tokens[n][1] >= seg:
        if (tokens[n][0].lower(), tokens[n + 1][0].lower()) in PURPOSE:
            return True
        n -= 1
    return False


def _names_pair(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the "и" at tokens[i] joins two proper names ("развитию Уральска и
    Западно-Казахстанской области"): a topic opens with a common noun or its adjective, so a
    capitalised word after "и" that follows a capitalised one is the second of two named
    places or bodies, both the complement of the item's head."""
    return tokens[i][0] == "и" and j < len(tokens) and tokens[i - 1][0][:1].isupper() and tokens[j][0][:1].isupper()


def _cut_fragment(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is the unknown fragment of a word a stored page cut off ("выявления и
    ликв"): the last token, no punctuation after it, a lowercase word the dictionary lacks."""
    word = tokens[j][0] if j < len(tokens) else ""
    return j == len(tokens) - 1 and word[:1].islower() and not morph.vocab().word_is_known(word.lower())


INNER_CASES = ("datv", "ablt", "loct")


def _inner_pair(tokens: list[Token], i: int, case: str) -> bool:
    """Whether the "и" at tokens[i] joins two nouns inside an item ("мер по развитию и
    модернизации сети": "развитию" is no noun in the list's case, and "модернизации" can be
    in its dative), not two items."""
    before = {p.tag.case for p in morph.parses(tokens[i - 1][0].lower()) if p.tag.POS == "NOUN"}
    after = {p.tag.case for p in morph.parses(tokens[i + 1][0].lower()) if p.tag.POS == "NOUN"} if i + 1 < len(tokens) else set()
    return bool(before) and case not in before and any(c in before and c in after for c in INNER_CASES)


def _has_noun(tokens: list[Token], seg: int, i: int) -> bool:
    """Whether the item so far has a noun ("своевременной и полной подаче воды" is one item)."""
    return any(t[1] >= seg and morph.parse(t[0].lower()).tag.POS == "NOUN" for t in tokens[:i])


# the dictionary files some participles as adjectives ("волнующих"): their suffix tells them
ACTIVE_PARTICIPLE = re.compile(r"(?:ющ|ущ|ащ|ящ|вш)(?:ий|ая|ее|ие|его|ей|их|ему|им|ую|ими|ем)$", re.I)


def _participle(word: str) -> bool:
    """A participle, which opens a clause inside the item ("отрасли, не связанные с ...");
    the dictionary files some as adjectives first ("связанные", "волнующих")."""
    return any(p.tag.POS == "PRTF" for p in morph.parses(word.lower())) or ACTIVE_PARTICIPLE.search(word) is not None


# nouns of action by their suffix ("-ение", "-ание", "-ация", "-ство"), besides the lexicon's
ACTION_NOUN = re.compile(r"(?:ени|ани|ти|аци|ици|ств|к)(?:е|я|ю|ем|и|а|у|ой|ий)$", re.I)


def _action_head(tokens: list[Token], i: int) -> bool:
    """Whether the noun group at tokens[i] is headed by a noun of action that governs words
    after it ("развития транспортной системы"): a bare last noun ("и образования") is not."""
    for n in range(i, min(len(tokens), i + 5)):
        word = tokens[n][0].lower()
        parse = morph.parse(word)
        if parse.tag.POS != "NOUN":
            continue
        governs = n + 1 < len(tokens) and tokens[n + 1][0][:1].isalnum()
        return governs and (parse.normal_form in _verbal_nouns() or ACTION_NOUN.search(word) is not None)
    return False


def _verbal_nouns() -> frozenset[str]:
    from akorda.extract.instructions.ru_verbal import _verbs

    return frozenset(_verbs())


def _split_actions(sentence: str, tokens: list[Token], limit: int) -> list[tuple[int, int]]:
    """A list of action nouns in whatever case ("повышения A, развитие B, а также обеспечение
    C"): cut at a comma, "и" or "а также" where a new action noun group opens."""
    if not tokens or not _action_head(tokens, 0):
        return []
    spans: list[tuple[int, int]] = []
    seg, i = tokens[0][1], 1
    while i < len(tokens):
        if tokens[i][0].lower() in {",", ";", "и"}:
            j = i + 1
            while j < len(tokens) and tokens[j][0].lower() in {"и", "а", "также"}:
                j += 1
            if j < len(tokens) and _action_head(tokens, j) and \
                    morph.parse(tokens[i - 1][0].lower()).tag.POS not in {"ADJF", "PRTF"}:
                spans.append((seg, tokens[i][1]))
                seg, i = tokens[j][1], j
                continue
        i += 1
    spans.append((seg, limit))
    return [(a, _trim(sentence, a, b)) for a, b in spans if _trim(sentence, a, b) > a]
