"""The addressee of a Kazakh instruction: the dative ("облыс әкіміне"), the accusative of
"міндеттеді", or the genitive agent of a possessive verbal noun ("әкімнің ... бөлуін"), put in
the nominative, which is how the contract names an assignee.
"""
from __future__ import annotations

import re
from collections.abc import Callable

KK_ADDRESSEE_HEAD = re.compile(
    # ("қор", a fund, as a word of its own: not "қорытынды", a result)
    # (at a word's start: "жемқорлыққа", to corruption, is no fund)
    r"(?<![^\W\d_])(?:әкім|министр|үкімет|басшы|әкімдік|ведомств|агенттіг|компания|қор(?![^\W\d_]*т)|органдар|орган|"
    r"төраға|жауапты|банк|штаб|холдинг|корпорация|комитет|департамент|басқарма|"
    # the law-enforcement and audit bodies: "Бас прокуратураға", "Жоғары аудиторлық палатаға"
    r"прокуратура|палата|полиция|инспекция|"
    # the officials and members named as a body: "лауазым иелеріне" (to the office holders), "Үкімет
    # мүшелеріне" (to the members of the Government), "қызметкерлеріне", "өкілдеріне", "Қарулы Күштерге"
    r"мүше|қызметкер|өкіл|лауазым\w*\s+(?:ие|тұлға)|лауазымды\s+тұлға|күштер)\w*$"
    r"|\s(?:алдына|алдында)$"
    # the official's name after the role word: "облыс әкімі Бейбіт Исабаевқа", "министрі Ә.Ержановқа"
    r"|(?<![^\W\d_])(?:әкім|министр|төраға|басшы)\w*\s+(?-i:(?:[А-ЯӘҒҚҢӨҰҮҺІ]\.\s?){0,2}(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+)?"
    r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+)$", re.I
)

KK_NAME_LIST_REACH = 120
KK_WORD_AHEAD = re.compile(r"[^\s,]+\s+")
KK_WORD_OR_COMMA = re.compile(r"[^\s,]+,?\s+")
# the dative of the addressee, or the ablative of whom a task is demanded ("министрліктен ... талап етті")
# (not the locative "-да"/"-та": "Кездесу қорытындысында", at the end of the meeting, is no one)
KK_DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не|(?<![дт])а|(?<![дт])е|тен|тан|ден|дан|нен|нан)$", re.I)


# "міндеттеді" (obliged) takes its addressee in the accusative: "облыс басшылығын ... ашуға міндеттеді"
# (and "шақырды", called on: "өңір басшыларын ... қадағалауға шақырды"; the evidential "міндеттепті"
# of a news report likewise)
KK_OBLIGES = re.compile(r"\s*(?:міндетте(?:ді|пт[ыі]|ймін)|шақырды)", re.I)
KK_LOCATIVE_END = re.compile(r"(?:да|де|та|те)$", re.I)
KK_ACCUSATIVE_END = re.compile(r"(?:ны|ні|ды|ді|ты|ті|(?<=[ыі])н)$", re.I)


def _addressee(sentence: str, a: int, b: int, accusative: bool = False) -> tuple[str, int] | None:
    """The dative addressee that opens a clause, in the nominative, and where the task starts:
    the shortest phrase of up to five words that ends in a dative addressee ("елорда әкіміне",
    not "елорда", which ends like a dative); the accusative one of "міндеттеді" likewise."""
    if accusative:
        head, opens = KK_WORD_AHEAD.match(sentence, a, b), a
        for _ in range(5):
            if head is None:
                break
            phrase = sentence[opens:head.end()].strip()
            if KK_ACCUSATIVE_END.search(phrase) and KK_ADDRESSEE_HEAD.search(phrase):
                return KK_ACCUSATIVE_END.sub("", phrase), head.end()
            if KK_LOCATIVE_END.search(phrase):
                # "Үкімет отырысында өңір басшыларын ...": where it was said opens the clause
                opens = head.end()
            head = KK_WORD_AHEAD.match(sentence, head.end(), b)
    pos, left = a, 5
    while left:
        word = KK_WORD_OR_COMMA.match(sentence, pos, b)
        if word is None:
            return None
        pos, left = word.end(), left - 1
        phrase = sentence[a:pos].strip()
        comma = phrase.endswith(",")
        phrase = phrase.rstrip(",")
        if KK_DATIVE_END.search(phrase) and KK_ADDRESSEE_HEAD.search(phrase):
            # "Үкіметке және әкімдерге ...", "Үкіметке, әкімдерге ...": two addressees of one task
            joined = KK_AND.match(sentence, pos, b)
            more = _addressee(sentence, joined.end() if joined else pos, b) if joined or comma else None
            if more:
                return f"{_kk_nominative(phrase)}{' және ' if joined else ', '}{more[0]}", more[1]
            return _kk_nominative(phrase), pos
        if KK_OBJECT_END.search(phrase):
            return None  # "жобалардың есебін Президент Әкімшілігіне ұсыну": the object came first, the task began
        if comma and sentence[word.start()].isupper() and pos - a < KK_NAME_LIST_REACH:
            left = 5  # "Ақмола, Батыс Қазақстан, Абай және Ұлытау облыстарының әкімдеріне": a list of names
        elif comma:
            return None  # "жеткізіп, әкімге ...": a comma ends the clause before, no addressee holds one
        if not comma and KK_AND.fullmatch(sentence[word.start():pos]) and KK_ADDRESSEE_HEAD.search(sentence[a:word.start()].strip()):
            # "министрлігі мен облыс әкімдігіне": Kazakh puts the case on the last of joined nouns only
            left = 5
    return None


# an object in the accusative, which no addressee phrase holds: the possessive "-ын/-ін" of a
# longer word ("есебін", its report; not "қиын", difficult) or a plural's "-ды/-ді" ("жобаларды")
# (not any "-ты/-ді": "тиісті", "жауапты" are adjectives of an addressee)
KK_OBJECT_END = re.compile(r"(?:(?<=[^\W\d_]{3}[ыі])н|(?:лар|лер|дар|дер|тар|тер)(?:ды|ді))$", re.I)
KK_AND = re.compile(r"(?:және|мен|пен|бен)\s+", re.I)


# the genitive agent of the verbal noun in the possessive: "облыс әкімінің осы мәселеге көңіл
# бөлуін тапсырды" (instructed the governor's paying attention to ...) is the governor's task
KK_GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)
KK_POSSESSIVE_TASK = re.compile(r"[уюү][ыі]н?$", re.I)


def _agent(sentence: str, a: int, b: int) -> tuple[str, int] | None:
    """The genitive agent that opens a clause ending in a possessive verbal noun, in the
    nominative, and where the task starts (as `_addressee`)."""
    last = sentence[a:b].split()
    if len(last) < 3 or not KK_POSSESSIVE_TASK.search(last[-1]):
        return None
    return _first_phrase(sentence, a, b, _genitive_agent)


def _genitive_agent(phrase: str) -> str | None:
    if not (KK_GENITIVE_END.search(phrase) and KK_ADDRESSEE_HEAD.search(KK_GENITIVE_END.sub("", phrase))):
        return None
    words = phrase.split()
    words[-1] = KK_GENITIVE_END.sub("", words[-1])
    return " ".join(words)


def _first_phrase(sentence: str, a: int, b: int, pick: Callable[[str], str | None],
                  reach: int = 4) -> tuple[str, int] | None:
    """The first of the phrases of one to `reach` words from `a` that `pick` names, and where it
    ends: an addressee is short and opens its clause; one that "мен"/"және" joins to the next
    ("«Х» қоры мен «Y» компаниясы") goes on to the last of them."""
    pos = a
    for _ in range(reach):
        word = KK_WORD_AHEAD.match(sentence, pos, b)
        if word is None:
            return None
        pos = word.end()
        found = pick(sentence[a:pos].strip())
        if found is not None and not KK_AND.match(sentence, pos, b):
            return found, pos
    return None


def _kk_nominative(phrase: str) -> str:
    """Drop the dative ending of the last word ("облыс әкіміне" → "облыс әкімі"); "X-тің
    алдына" (before X) names X ("облыс әкімінің алдына" → "облыс әкімі")."""
    words = phrase.split()
    if len(words) > 1 and words[-1].lower() in {"алдына", "алдында"}:
        words.pop()
        words[-1] = re.sub(r"(?:ның|нің|дың|дің|тың|тің)$", "", words[-1]) or words[-1]
        return " ".join(words)
    words[-1] = re.sub(r"(?:ға|ге|қа|ке|на|не|тен|тан|ден|дан|нен|нан)$", "", words[-1]) or words[-1]
    if words[-1].endswith(("ін", "ын")) and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def front_addressee(sentence: str, subject_at: int) -> str | None:
    """The dative addressee that stands before the subject and fills all the words before it
    ("Облыс әкіміне Мемлекет басшысы ... тапсырды"), in the nominative."""
    found = _addressee(sentence, 0, subject_at) if subject_at else None
    return found[0] if found and found[1] == subject_at else None


# the subject of a modal in the nominative, the doer of the possessive verbal noun that ends the
# task: "Жергілікті атқарушы органдар ... қамтамасыз етуі тиіс" (the local bodies must ensure ...)
KK_NOMINATIVE_HEAD = re.compile(
    r"(?:әкім|әкімі|әкімдер[ің]?|әкімдік|әкімдігі|әкімдіктер[і]?|әкімшілігі|министр|министрі|министрлік|министрлігі|"
    r"министрліктер[і]?|үкімет|органдар[ы]?|ведомстволар[ы]?|басшылар[ы]?|басшылығы|компаниялар[ы]?|"
    # the officials of a body: "Атқарушы билік өкілдері ... іске асыруы керек" (the executive's officials must ...)
    r"өкілдер[і]?|қызметкерлер[і]?|мүшелер[і]?|"
    # a national company or fund, named in quotes before its kind: "«Самұрық-Қазына» қоры"
    r"компаниясы|қоры|корпорациясы|холдингі|агенттігі|комитеті)[»\"”]?$", re.I)
KK_POSSESSIVE_VERBAL_NOUN = re.compile(r"[уюү](?:[ыі]|ға|ге)$|(?<=[^\W\d_]{3})с[ыі]н$", re.I)


def nominative_subject(sentence: str, a: int, b: int) -> tuple[str, int] | None:
    """The nominative doer that opens a modal clause ending in a possessive verbal noun (or the
    dative one of "тиіс": "Әкімдер ... жауап беруге тиіс"; or a third-person imperative:
    "Министрлік ... тұрақтандырсын"), and
    where the task starts: the shortest phrase of up to four words ending in an addressee word."""
    words = sentence[a:b].split()
    if len(words) < 3 or not KK_POSSESSIVE_VERBAL_NOUN.search(words[-1]):
        return None
    return _first_phrase(sentence, a, b, lambda phrase: phrase if KK_NOMINATIVE_HEAD.search(phrase)
                         and not KK_AIM_INSIDE.search(phrase) else None, reach=8)


# an aim before the doer ("... қамту үшін әкімдік ... жөндеуге міндетті", to supply ..., the akimat
# is obliged to repair ...) is part of the task, not of the doer's name (kk_tasks.py lifts the doer)
KK_AIM_INSIDE = re.compile(r"[^\W\d_][уюү]\s+(?:үшін|мақсатында)\s", re.I)
