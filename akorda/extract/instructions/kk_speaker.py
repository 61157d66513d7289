"""Whose words a Kazakh sentence states (contract README: the instructions are the Head of
State's). A governor's or minister's report in the same release uses the same modal words
("... жөндеу қажет екенін айтты", "әкімнің айтуынша, ... тарту қажет"): needs he reports,
or tasks he gives his own staff, which are no instructions of this release.
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import HEAD_OF_STATE_NAME, KK_HEAD_OF_STATE, KK_HEAD_OF_STATE_GEN

# the Head of State (or the Prime Minister who chairs for him) named in the sentence: his words
# (the first person capitalised only: a lower-case "мен" is the conjunction "and")
# as the subject, in the nominative (an official reports "Мемлекет басшысына", to him), or "according to" him
KK_HIS_VOICE = re.compile(r"(?:" + KK_HEAD_OF_STATE + r"|Үкімет\s+басшысы|Премьер-министр(?:і)?|"
                          r"(?-i:Біз|Мен))(?![^\W\d_])|тапсырамын|"
                          + KK_HEAD_OF_STATE_GEN + r"\s+(?:айтуынша|сөзінше|пікірінше|пайымынша)",
                          re.I)
# the President's own words in the first person open the clause: "Біз ... жеткізуіміз керек",
# "Мен ... тапсырамын" (contract README: the first person in quoted speech counts); the pronoun is
# no part of the task. Capitalised only: a lower-case "мен" is the conjunction "and".
# A time adverb may come first, and then the pronoun is in lower case: "Жақында мен Үкіметке ...
# тапсырдым" (recently I instructed the Government); after an adverb "мен" joins nothing.
KK_FIRST_PERSON = re.compile(r"(?:(?:[Жж]ақында|[Тт]аяуда|[Кк]еше|[Бб]үгін|[Бб]иыл|[Бб]ылтыр|"
                             r"(?:[Өө]ткен|[Оо]сы)\s+(?:аптада|айда|жылы)),?\s+(?-i:мен|біз)|Біз|Мен|Сіз(?:дер)?(?:ден|ге|ді)?)"
                             r"(?:\s+(?:де|да|өз\s+кезегімде|өз\s+тарапымнан))?[\s,]+"
                             # "Мен сізден ... талап етемін" (I demand of you ...): "you" names no body
                             r"(?:[Сс]із(?:дер)?(?:ден|ге|ді)[\s,]+)?")


# the official named after the speech verb that closes a quote ("«Біз ... арттыруымыз керек», – деді
# министр"): the quote's "Біз" (we) is his, not the Head of State's; a deputy named with his office
# too ("– деді Премьер-министрдің орынбасары"). (Not "– деді аймақ басшысы", the region's head in a
# release about him, whose words the real corpus's gold keeps, kk-031.)
KK_SAID_BY_OTHER = re.compile(r"(?:деді|атап\s+өтті|айтты|жеткізді|хабарлады)\s+(?:(?:облыс\s+|қала\s+|аудан\s+)?"
                              r"(?:әкім|министр|басшы|төраға|вице-министр)|(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+)?"
                              r"(?:орынбасар|депутат|директор))\w*[.!]?\s*$", re.I)
# an official as the speaker: the nominative role word that opens the sentence ("Облыс әкімі
# Н.Ноғаев ... айтты", "Министр ... атап өтті"), "according to" him ("әкімнің айтуынша",
# "министрдің сөзінше"), or named after the speech verb ("..., деп атап өтті әкім")
KK_OTHER_SPEAKER = re.compile(
    # ("Облыс басшысы", the head of the region, is the governor; "Мемлекет басшысы" is him, HEAD_OF_STATE)
    r"^(?:[^\W\d_]+\s+){0,4}?(?:әкімі|әкім|министрі|министр|төрағасы|төраға|директоры|бастығы|(?:облыс|қала|аудан)\s+басшысы|"
    r"вице-министр\w*|орынбасары|депутат\w*)(?=[\s,])"
    # the head or the management of a body that is no state's: "Компания басшысы ...", "Велотрек
    # басшылығы ... беру қажеттігін айтқан" (the management said ... was needed); not "Мемлекет
    # басшысы" (him) nor "Үкімет басшысы" (the Prime Minister, whose orders the gold keeps)
    r"|^[«»\"“”]?(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+\s+(?<!мемлекет\s)(?<!үкімет\s)(?<!ел\s)(?<!облыс\s)(?<!қала\s)"
    r"(?<!аудан\s)(?<!өңір\s)(?<!аймақ\s)(?:басшысы|басшылығы)(?=[\s,])"
    # a person named in the nominative as the subject: "Нұрлан Ноғаев ... айтты", "Н.Ноғаев ..." (not
    # one addressed in quoted speech: "Ержан Болатұлы (облыс әкімі), ...")
    r"|^(?-i:(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+|[А-ЯӘҒҚҢӨҰҮҺІ]\.\s*)[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*(?:ов|ев|ин|ова|ева|ина|ұлы|қызы))\s+(?![(,])"
    r"|(?:әкім|министр|басшы|төраға|директор)\w*\s+(?:айтуынша|сөзінше|пікірінше|пайымынша|мәліметінше|хабарлауынша)"
    r"|" + KK_SAID_BY_OTHER.pattern,
    re.I,
)

# an order in so many words ("тапсырды", "міндеттеді", "жүктеді"), which the real corpus's gold keeps
# whoever gives it
KK_ORDER = re.compile(r"тапсыр(?:ды|ған|ма|[ыі]п)|міндеттеді|жүктеді", re.I)


def other_speaker(sentence: str) -> bool:
    """Whether an official other than the Head of State states the sentence (KK_OTHER_SPEAKER).

    >>> other_speaker("Облыс әкімі ауылдық жолдарды жөндеу қажет екенін айтты.")
    True
    >>> other_speaker("Әкімнің айтуынша, өңірге тағы 200 мұғалім тарту қажет.")
    True
    >>> other_speaker("Н.Ноғаев өңірге инвестиция тарту қажет екенін айтты.")
    True
    >>> other_speaker("Облыс әкімі Мемлекет басшысына 300 дәрігер тарту қажет екенін айтты.")
    True
    >>> other_speaker("Мемлекет басшысы облыс әкіміне жолдарды жөндеуді тапсырды.")
    False
    >>> other_speaker("Облыс әкіміне Мемлекет басшысы жолдарды жөндеуді тапсырды.")
    False
    >>> other_speaker("Облыс әкімі Президент берген тапсырмаларды орындау қажет екенін айтты.")
    True
    >>> other_speaker("«Біз жаңа жолдар салуымыз керек», – деді министр.")
    True
    >>> other_speaker("«Біз жаңа жолдар салуымыз керек», – деді Премьер-министрдің орынбасары.")
    True
    >>> other_speaker("«Біз жаңа жолдар салуымыз керек», – деді Премьер-министр.")
    False
    >>> other_speaker("Облыс басшысы жолдарды жөндеу керек екенін айтты.")
    True
    """
    if KK_SAID_BY_OTHER.search(sentence.strip()) and not KK_NAMED_HEAD.search(sentence):
        return True
    return bool(KK_OTHER_SPEAKER.search(sentence.strip())) and not KK_HIS_VOICE.search(KK_HIS_EARLIER_ACT.sub(" ", sentence))


# a sentence whose speaker is only "he" ("Ол ... қажет екенін айтты", "Оның сөзінше, ... керек"): the
# speaker of the sentence before
KK_HE = re.compile(r"\s*(?:(?:Сондай-ақ|Сонымен\s+қатар|Бұдан\s+бөлек),?\s+)?(?:Ол|Оның\s+"
                   r"(?:айтуынша|сөзінше|пікірінше|пайымынша|мәліметінше))(?![^\W\d_])", re.I)
KK_SENTENCE_END = re.compile(r"[.!?…»]\s+(?=\S)")


def his_words_are_others(text: str, start: int, depth: int = 2) -> bool:
    """Whether "he" who opens the sentence at `start` (KK_HE) is the official who spoke in the
    sentence before: his reported needs are his, not the Head of State's.

    >>> t = "Әкім жаңа мектептер салынатынын айтты. Оның сөзінше, жолдарды жөндеу керек."
    >>> his_words_are_others(t, t.index("Оның"))
    True
    >>> t = "Мемлекет басшысы ауылға барды. Ол жолдарды жөндеу керек екенін айтты."
    >>> his_words_are_others(t, t.index("Ол "))
    False
    """
    if not KK_HE.match(text, start):
        return False
    window = text[max(0, start - 800):start].rstrip()
    ends = list(KK_SENTENCE_END.finditer(window))
    before = window[ends[-1].end():] if ends else window
    if not before:
        return False
    at = text.rfind(before, 0, start)
    return other_speaker(before) or (depth > 0 and his_words_are_others(text, at, depth - 1))


# the Head of State named in so many words (not only "Біз"/"Мен", which an official says as well)
KK_NAMED_HEAD = re.compile(KK_HEAD_OF_STATE + r"(?![^\W\d_])", re.I)


# the Head of State named as the subject of a participle ("Мемлекет басшысы берген тапсырмаларды",
# the tasks the Head of State gave) is what the official speaks about, not the speaker
KK_HIS_EARLIER_ACT = re.compile(KK_HEAD_OF_STATE + r"\s+(?:[^\W\d_]+\s+){0,2}?"
                                r"(?:берген|қойған|жүктеген|тапсырған|айтқан|ұсынған|белгілеген)(?:\s+(?:тапсырма|міндет)\w*)?"
                                r"(?![^\W\d_])", re.I)


def orders(sentence: str) -> bool:
    """Whether the sentence gives an order in so many words (KK_ORDER), not only names the tasks
    the Head of State gave ("Мемлекет басшысы берген тапсырмаларды орындау", fulfilling them)."""
    return bool(KK_ORDER.search(KK_HIS_EARLIER_ACT.sub(" ", sentence)))


# "«... көмек көрсетуді тапсырдым», – деді Мемлекет басшысы" (I instructed ...): the first person past
# recounts an order; where the release has reported that order already (its lead, "... көмектесуді
# тапсырды"), it is the same instruction, not another (contract README: each distinct instruction)
KK_RECOUNTED = re.compile(r"[^\W\d_]*\s*тапсырды[мқ](?![^\W\d_])", re.I)


def recounts(text: str, end: int, lang: str) -> bool:
    """Whether the Kazakh task ending at `end` is a first-person past order (KK_RECOUNTED)."""
    return lang == "kk" and KK_RECOUNTED.match(text, end) is not None


def recounted(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """The indexes of the tasks (start, end, text) that a first-person past order only recounts:
    another task shares at least three words (by their first five letters) and half of the
    shorter one's."""
    told: list[set[str]] = []  # each task's stems, worked out once, when a task recounts
    out = set()
    for n, (_, end, _) in enumerate(spans):
        if not recounts(text, end, "kk"):
            continue
        told = told or [_stems(task) for _, _, task in spans]
        mine = told[n]
        for k, other in enumerate(told):
            shared = mine & other
            if k != n and k not in out and len(shared) >= 3 and 2 * len(shared) >= min(len(mine), len(other)):
                out.add(n)
                break
    return out


TASK_WORD = re.compile(r"[^\W_]{4,}|\d+")


def _stems(task: str) -> set[str]:
    return {w.lower()[:5] for w in TASK_WORD.findall(task)}


KK_SUBJECT = re.compile(
    # ("Президенттің айтуынша," according to the President, opens his words likewise)
    # (not "Президент Әкімшілігіне", to the Presidential Administration: the first word of a
    # compound name; an earlier President, "Елбасы Нұрсұлтан Назарбаев", is the subject as well)
    # ("Мемлекет басшысы тарапынан", on the part of the Head of State, is the agent of a passive)
    # ("Ол", he, capitalised: the news report's pronoun for the Head of State named before)
    r"^(?P<front>.*?)(?:(?:" + KK_HEAD_OF_STATE + r"\s+тарапынан|(?-i:Ол)|"
    r"(?:" + KK_HEAD_OF_STATE_GEN + r"|Оның)"
    r"\s+(?:айтуынша|сөзінше|пікірінше|пайымынша)|Мемлекет\s+басшысы|"
    r"Президент(?:і)?(?!\s+(?:Әкімшілі|Іс\s+басқарма|Жарлы|Жолдау|жанындағы|Күзет|Кеңсе|Қор|Резиденция|Орталығ))|"
    r"Қасым-Жомарт\s+Кемелұлы|" + HEAD_OF_STATE_NAME + r"|Елбасы|"
    # (the head of government named after his title: "Үкімет басшысы Асқар Мамин")
    r"Үкімет\s+басшысы(?:\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*(?:ов|ев|ин)))?|"
    # (his name capitalised: "Премьер-министр әкімдіктерге" names no one after the title)
    # (a headline's "Тоқаев: ..." gives his words after a colon)
    r"Премьер-министр(?:і)?(?-i:\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+){0,2})(?:[\s,]+|:\s+))+(?:(?:сондай-ақ|да|де)\s+)*",
    re.I,
)
