"""Kazakh instructions (see the package docstring).

Kazakh is verb-final, so every form closes the clause that states the task:

- a trigger verb after the task in the accusative: "... жалғастыруды тапсырды",
  "... шешуді жүктеді", "тапсырма берді", "міндеттеді", the President's own
  "тапсырамын";
- the modal forms of his words: "... тарту керек", "... аяқтауы қажет",
  "... қабылдауға тиіс", and reported "... шешу қажет екенін айтты",
  "... айналдыру керектігін атап өтті";
- a topic before "бойынша тапсырма(лар) берді" ("A, B және C бойынша ...":
  one item per topic).

The item is the clause between the subject (or the previous trigger) and the
form, with the verbal noun put back into its dictionary form ("шешуді" ->
"шешу"), which is how an instruction is named.

Why endings and not a dictionary: Debian's hunspell-kk, read with spylls, was measured
on the real corpus's Kazakh dev texts (scripts/measure_kk_morphology.py,
docs/benchmarks.md): it knows 81 % of the tokens (74 % of the distinct words) and none
of the forms these rules need most: names in any case ("Тоқаевқа", "Шөкеевті"), two
endings at once ("облысына", "тапсырмаларының", "министрлігіне"), or the verbs
("жүктеді", "керектігін"). A lookup costs 0.06-0.16 ms in pure Python, about the whole
per-release budget (5 ms at 200 releases/s) on a Kazakh release of 500 words, and its
dictionary takes 1.7-4 s to load. The endings stay: a closed set, in the rules here, in
units.json (units and qualifiers) and persons.py (names).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import HEAD_OF_STATE_NAME, KK_HEAD_OF_STATE, KK_HEAD_OF_STATE_GEN, InstructionSpan, _trim
from akorda.extract.instructions.kk_addressee import (
    KK_ADDRESSEE_HEAD,
    KK_GENITIVE_END,
    KK_OBLIGES,
    _addressee,
    _agent,
    front_addressee,
    nominative_subject,
)
from akorda.extract.instructions.kk_clauses import (
    KK_JOINER,
    KK_MODAL_VERB,
    KK_OWN_ACT,
    _clauses,
    _topics,
)
from akorda.extract.instructions.kk_nominal import nominal_tasks
from akorda.extract.instructions.kk_proper import KK_PARTICIPLE, KK_PROPER, verbal_noun_of_participle
from akorda.extract.instructions.kk_speaker import KK_FIRST_PERSON, KK_HIS_VOICE
from akorda.extract.instructions.kk_state import KK_ANAPHOR, KK_COUNT_ONLY, _state
from akorda.extract.instructions.kk_topics import front_topic, joined_domains
from akorda.extract.instructions.kk_trailing import attention_owner, said_at, trailing_addressee
from akorda.extract.union import quick

KK_CUE = quick(re.compile(r"тапсыр|[гкғқ][еа]н\s+(?:жөн|абзал|дұрыс)|міндет|жүкте|керек|қажет|тиіс|нұсқау|талап ет|маңызды (?:екен|деді)|"
                          r"маңыз\w* (?:тоқталды|\w*\s*атап|(?:ерекше )?назар)|ңыздар|ңіздер|шақырды|"
                          r"с[ыі]н[»\"”]?\s*(?:[.!;]|,\s*[-–—])|шаруасы|парызы|[мбп](?:еуді|ауды)\s+ескерт", re.I))
KK_TRIGGER = quick(re.compile(
    # the evidential past of a news report ("тапсырма беріпті", "тапсырыпты": he has, it is said,
    # instructed) is the same act as the plain past
    r"\s*(?:тапсырды|тапсырамын|тапсырдым|тапсырдық|тапсыр[ыі]пт[ыі]|тапсырма(?:лар)?(?:ды|сын|ын)?\s+(?:берді|жүктеді|бер[ыі]пт[ыі])|міндеттеді|"
    r"жүктеді|(?:міндет|жүк)тепт[ыі]|тапсырылды|тапсырыл[ыі]пт[ыі]|талап\s+етілді|"
    # the converb that joins the order to his next act: "... қабылдауды тапсырып, ... атап өтті"
    # (instructed ... and noted ...); not one of handing over, whose object is no verbal noun
    r"тапсыр[ыі]п(?=,)|тапсырма(?:лар)?(?:ды|сын|ын)?\s+беріп(?=,)|"
    # "... жеделдету жөнінде нұсқау берді" (gave directions), "... арттыруды талап етті" (demanded),
    # the passive "... күшейту тапсырмасы берілді" (the task of ... was given)
    r"нұсқау(?:лар)?\s+берді|талап\s+етті|тапсырма(?:сы|лар)?\s+берілді|"
    # his own words in the first person ("талап етемін", I demand; "міндеттеймін", I oblige), and the
    # passive "... аяқтауға міндеттелді" (were obliged to complete ...) with its subject in the nominative
    r"талап\s+етемін|міндеттеймін|жүктеймін|міндеттелді|"
    # "... басшыларын ... қадағалауға шақырды" (called on the heads to ...), as "called on ... to"
    # (not an invitation: "сапармен келуге шақырды", invited to come on a visit)
    r"(?<=[уюү](?:ға|ге)\s)(?<!келуге\s)(?<!баруға\s)(?<!қатысуға\s)шақырды|"
    # "... қамтамасыз етуді басты міндет ретінде атап өтті" (named ... as a main task)
    r"(?:басты|негізгі|маңызды|бірінші\s+кезектегі|ең\s+басты)\s+міндет(?:тердің\s+бірі)?\s+ретінде\s+"
    r"(?:атап\s+өтті|белгіледі|айқындады|көрсетті)|"
    # "... тарту міндетін қойды" (set the task of ...), passive "міндеті қойылды"
    r"міндет(?:ін|ті|тер(?:ін|ді)?|і)?\s+(?:қойды|қойылды|жүктелді|жүктеді|жүктепт[ыі]|қойыпт[ыі])|"
    # "... жұмсауға жол бермеуді ескертті" (warned not to allow ...): a negated verbal noun makes the
    # warning an order; "қауіпті ескертті" (warned of a danger) names none
    r"(?<=[мбп](?:еуді|ауды)\s)ескерт(?:ті|іпті))(?![^\W\d_])",
    re.I,
))
# "... шешу керек", "... аяқтауы қажет", "... қабылдауға тиіс", "... қажет екенін айтты"
KK_MODAL = re.compile(
    r"\s+(?:керек(?:тігін|тігіне|тілігін)?|қажет(?:тігін|тігіне|тілігін|тілігіне)?|тиіс(?:тігін|тігіне|піз|сіздер|сіңдер)?|маңызды(?=\s+(?:екен|деді))"
    # "... дамытудың маңызына тоқталды" (dwelt on the importance of developing ...), as
    # "подчеркнул важность" followed by an action (contract README)
    r"|маңыз(?:ына|дылығына)\s+тоқталды"
    # "... көмек көрсетудің маңыздылығын атап өтті" (noted the importance of providing ...):
    # the importance of an action, as "подчеркнул важность" followed by an action (contract
    # README); the verbal noun before it is checked like any modal's
    r"|маңыз(?:ын|дылығын)\s+(?:атап|ерекше\s+атап)\s+(?:өтті|өтіп|көрсетті|көрсетіп)"
    # "... өткізудің маңызына назар аударды" (drew attention to the importance of holding ...)
    r"|маңыз(?:ына|дылығына)\s+(?:ерекше\s+)?назар\s+аудар(?:ды|ып))"
    r"(?:\s+(?:екенін|екендігін|деп|болады|деді))?(?![^\W\d_])"
    # "... егу керек болса, ..." (where ... is needed): a condition, not a task
    r"(?!\s+болса)"
    # the modal closes its clause: punctuation, or a verb of saying after it ("... қажет деп
    # санайды", "... керек еді"); before a noun it is attributive, "жөндеу қажет нысандар"
    # (buildings in need of repair), and states no task
    # (a word in "-ды"/"-ді" is a past tense only where it closes the clause: "... қажет нысандарды
    # анықтау" has an accusative noun after an attributive "қажет")
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:қой|ғой|еді|екен\w*|де[пд]\w*|да|де|та|те|атап|айтып|ескертіп|баса|ерекше|тағы|назар|мән|көңіл|"
    r"[^\W\d_]+(?:ған|ген|қан|кен|[ыі]п))(?![^\W\d_])|\s+[^\W\d_]+(?:ды|ді|ты|ті)(?=\s*(?:[^\w\s]|$)))",
    re.I,
)
# a task named as someone's duty: "... жағдай туғызу – облыс әкімдерінің ең бірінші міндеті екенін
# айтты" (creating ... is the governors' first duty, he said); the verbal noun before the dash is
# checked like a modal's
KK_DUTY = quick(re.compile(r"\s*[–—-]\s+(?:[^\W\d_]+\s+){0,6}?(?:міндеті|шаруасы|парызы|борышы)"
                           r"(?:\s+(?:екенін|екендігін))?(?![^\W\d_])"
                           # reported without the dash: "... шешу әкімдерге жүктелген маңызды міндет екенін айтты"
                           # (said that solving ... is an important duty laid on the governors)
                           r"|(?<=[^\W\d_]{2}[уюү])\s+(?:[^\W\d_]+\s+){0,4}?(?:міндет|міндеті|шаруа|шаруасы|парыз|парызы|борыш|борышы)"
                           r"\s+(?:екенін|екендігін)(?![^\W\d_])"
                           # a need spoken of: "... мән беру қажеттігі туралы айтты" (spoke of the need to ...),
                           # his own "айттым" too (contract README: the first person in quoted speech counts)
                           r"|\s+(?:қажеттігі|қажеттілігі|керектігі)\s+(?:туралы|жайлы|жөнінде)\s+"
                           r"(?:айтты|айттым|айттық|айтып|атап\s+өтті|баса\s+айтты|сөз\s+етті)(?![^\W\d_])", re.I))
KK_TOPIC_TRIGGER = quick(re.compile(
    # (the evidential past "беріпті" likewise)
    # "... дамытуға қатысты бірқатар міндет жүктеді" (set tasks concerning ...), "... жүргізу
    # бойынша міндеттер қойды": the postposition names the topic, whatever the verb
    # "A, B және C сияқты бірқатар нақты тапсырма берді" (gave tasks such as A, B and C): the list
    # before "сияқты"/"секілді"/"тәрізді" names the tasks, one item each
    # "... ауыздықтау үшін штабқа бірқатар тапсырма берді" (gave the headquarters tasks to put out
    # ...): the aim of a verbal noun names the task as well; the addressee may stand between, and
    # the subject before it ("A бойынша Мемлекет басшысы әкімге бірқатар тапсырма берді"); "кездесу
    # қорытындысы бойынша" (following the meeting) frames the tasks and names no topic
    r"(?:(?<!қорытындысы)(?<!қорытындылары)(?<!нәтижесі)(?<!нәтижелері)\s+(?:бойынша|жөнінде|туралы|қатысты|сияқты|секілді|тәрізді)|(?<=[^\W\d_]{2}[уюү])\s+(?:үшін|мақсатында))\s+"
    r"(?:" + KK_HEAD_OF_STATE + r"\s+(?:" + HEAD_OF_STATE_NAME + r"\s+)?)?"
    r"(?P<to>(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+(?:ға|ге|қа|ке|на|не)\s+)?(?:бірқатар\s+|нақты\s+|бірнеше\s+)*"
    r"(?:тапсырма(?:лар)?|міндет(?:тер)?|нұсқау(?:лар)?)\w*"
    # (the passive "... тұрғызу туралы тапсырма берілді", a task about ... was given, likewise)
    r"\s+(?:берді|жүктеді|қойды|берілді|жүктелді|қойылды|беремін|жүктеймін|қоямын|" + r"(?:бер[ыі]|қой[ыі]|жүкте)пт[ыі]" + r")(?![^\W\d_])",
    re.I,
))


def _topic_addressee(phrase: str) -> str | None:
    """The addressee between a topic's postposition and its tasks, in the nominative: a dative
    phrase that is all addressee, and not the subject (which KK_TOPIC_TRIGGER reads before it)."""
    found = _addressee(phrase, 0, len(phrase))
    return found[0] if found and found[1] >= len(phrase.rstrip()) and not KK_HIS_VOICE.search(phrase) else None


# the third-person imperative of an order in quoted speech: "... бақылауды күшейтсін." (let the
# ministries tighten control); not a passive one, which a decree uses ("тағайындалсын", "берілсін"),
# nor "болсын" (let it be), a wish
KK_JUSSIVE = quick(re.compile(
    r"(?<![^\W\d_])(?!бол)(?![^\W\d_]{4,}(?:[аеыіоөұүу]л|[ыі]л|[аеыіоөұүу]н)с[ыі]н)[^\W\d_]{2,}"
    # not after "ы"/"і": "құрылысын", "барысын" (accusative nouns in -ыс) end the same way
    r"(?<=[бвгғджзйклмнңпрстфхшщаеәоөұүуя])с[ыі]н"
    r"(?=[»\"”]?\s*(?:[.!;]|,\s*[-–—]|$))", re.I))
# a jussive with no more than its subject before it ("Павлодар салсын, Өскемен салсын", let
# Pavlodar build, let Oskemen build) is a retort, not an order: an order names what to do
KK_PHRASE_CUT = re.compile(r"[,;:«»\"“”()–—]")
KK_JUSSIVE_END = re.compile(r"(?<=[^\W\d_][бвгғджзйклмнңпрстфхшщаеәоөұүуя])с[ыі]н$", re.I)
# the polite plural imperative that ends a sentence of quoted speech: "... аяқтаңыздар." (do complete ...)
# (the closing quote may come first: "«... аяқтаңыздар», – деді")
KK_IMPERATIVE = quick(re.compile(r"(?<=[^\W\d_]{2})(?:[ыі]?ңыздар|[ыі]?ңіздер)(?=[»\"”]?\s*(?:[.!]|,\s*[-–—]|$))", re.I))
KK_IMPERATIVE_END = re.compile(r"(?<=[^\W\d_]{2})(?:[ыі]?ңыздар|[ыі]?ңіздер)$", re.I)
# the converb that closes a task, put back as a verbal noun: "етіп" -> "ету", "алып" -> "алу"
KK_CONVERB = re.compile(r"(?<=[^\W\d_]{2})[ыі]п$", re.I)
KK_VERBAL_NOUN = re.compile(r"[уюі](?:ды|ді|ын|ін|ға|ге|на|не)?$|уды$|уді$", re.I)
KK_SUBJECT = re.compile(
    # ("Президенттің айтуынша," according to the President, opens his words likewise)
    # (not "Президент Әкімшілігіне", to the Presidential Administration: the first word of a
    # compound name; an earlier President, "Елбасы Нұрсұлтан Назарбаев", is the subject as well)
    # ("Мемлекет басшысы тарапынан", on the part of the Head of State, is the agent of a passive)
    # ("Ол", he, capitalised: the news report's pronoun for the Head of State named before)
    r"^(?P<front>.*?)(?:(?:" + KK_HEAD_OF_STATE + r"\s+тарапынан|(?-i:Ол)|"
    r"(?:" + KK_HEAD_OF_STATE_GEN + r"|Оның)"
    r"\s+(?:айтуынша|сөзінше|пікірінше)|Мемлекет\s+басшысы|"
    r"Президент(?:і)?(?!\s+(?:Әкімшілі|Іс\s+басқарма|Жарлы|Жолдау|жанындағы|Күзет|Кеңсе|Қор|Резиденция|Орталығ))|"
    r"Қасым-Жомарт\s+Кемелұлы|" + HEAD_OF_STATE_NAME + r"|Елбасы|"
    # (the head of government named after his title: "Үкімет басшысы Асқар Мамин")
    r"Үкімет\s+басшысы(?:\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*(?:ов|ев|ин)))?|"
    # (his name capitalised: "Премьер-министр әкімдіктерге" names no one after the title)
    # (a headline's "Тоқаев: ..." gives his words after a colon)
    r"Премьер-министр(?:і)?(?-i:\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+){0,2})(?:[\s,]+|:\s+))+(?:(?:сондай-ақ|да|де)\s+)*",
    re.I,
)
# the passive of "міндеттеді": its addressee is the subject, in the nominative
KK_OBLIGED = re.compile(r"\s*міндеттелді", re.I)
KK_DIALOGUE_DASH = re.compile(r"\s*[–—-]\s*")


def _speech_opens(prefix: str) -> int:
    """Where the quoted speech that the clause stands in opens: after its last opening quote
    that is not closed before the clause ("«Біз ... керек"), or after a dialogue dash; a quoted
    name closed before the task ("«Шымкент – Түркістан» жолын ...") opens none."""
    dash = KK_DIALOGUE_DASH.match(prefix)
    opened: list[int] = []
    straight = -1
    for m in re.finditer(r"[«“»”\"]", prefix):
        if m.group() in "«“":
            opened.append(m.end())
        elif m.group() in "»”":
            if opened:
                opened.pop()
        else:
            straight = m.end() if straight < 0 else -1
    at = max([*opened[-1:], straight, dash.end() if dash else 0])
    return at + len(prefix[at:]) - len(prefix[at:].lstrip())
MIN_MODAL_WORDS = 3
# "болу" (to be): "аймақтар қуатты болуға тиіс" names a state, not a task
# nor "тоқталу" (to dwell on, in a speech): "міндеттерге тоқталуымыз керек" plans the talk, not a task
KK_COPULAS = frozenset({"болу", "тоқталу"})
# two verbal nouns joined by "және" before one postposition and head: "A-ны жандандыру және
# B жүргізу жөнінде шаралар қабылдау" is A and B, each "жөнінде шаралар қабылдау"
KK_SHARED_TAIL = re.compile(
    r"(?P<first>[^,;]+?[^\W\d_][уюү])\s+және\s+(?P<second>[^,;]+?[^\W\d_][уюү])\s+"
    r"(?P<tail>(?:жөнінде|бойынша|туралы)\s+[^,;]+)$", re.I)
# officials addressed by first name and patronymic in quoted speech, before the task:
# "Серік Мақашұлы (министр), Мәди Төкешұлы, қаражат бөлу керек"
KK_VOCATIVE = re.compile(
    r"(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*(?:ұлы|қызы|ович|овна|евич|евна)\s*(?:\([^()]*\))?\s*,\s*)+")
# accusative (and possessive) endings of the verbal noun that names the task: "шешуді" -> "шешу"
VERBAL_NOUN_CASE = re.compile(r"(?<=[уюү])(?:ды|ді|ын|ін|ы|і|ға|ге|ымыз|іміз|дың|дің|(?:лар|лер)?[ыі]ңыз)$", re.I)


def normalize_task(text: str) -> str:
    """The task in its dictionary form: the final verbal noun without its case ending.

    >>> normalize_task("мәселесін жедел шешуді"), normalize_task("жұмысты аяқтауы")
    ('мәселесін жедел шешу', 'жұмысты аяқтау')
    >>> normalize_task("шешімдер қабылдауға"), normalize_task("сапасын қамтамасыз етіп")
    ('шешімдер қабылдау', 'сапасын қамтамасыз ету')
    >>> normalize_task("жұмысты тез аяқтаңыздар"), normalize_task("есеп беріңіздер")
    ('жұмысты тез аяқтау', 'есеп беру')
    >>> normalize_task("туризмді дамытудың")
    'туризмді дамыту'

    """
    words = text.rsplit(None, 1)
    if not words:
        return text
    last = VERBAL_NOUN_CASE.sub("", words[-1]) or words[-1]
    last = KK_CONVERB.sub("у", last)
    last = KK_IMPERATIVE_END.sub("у", last)
    last = KK_JUSSIVE_END.sub("у", last)
    return (words[0] + " " + last) if len(words) == 2 else last


def _forms(sentence: str) -> list[tuple[int, int, str]]:
    """The forms that close a clause of tasks: (where the clause ends, where the form ends, kind)."""
    return sorted([(m.start(), m.end(), "trigger") for m in KK_TRIGGER.finditer(sentence)]
                  + [(m.start(), m.end(), "modal") for m in KK_MODAL.finditer(sentence)]
                  + [(m.start(), m.end(), "modal") for m in KK_DUTY.finditer(sentence)]
                  + [(m.start(), m.end(), "proper") for m in KK_PROPER.finditer(sentence)]
                  + [(m.start(), m.end(), "topic") for m in KK_TOPIC_TRIGGER.finditer(sentence)
                     if m.group("to") is None or _topic_addressee(m.group("to"))]
                  + [(m.end(), m.end(), "imperative") for m in KK_IMPERATIVE.finditer(sentence)]
                  + [(m.end(), m.end(), "imperative") for m in KK_JUSSIVE.finditer(sentence)
                     if len(KK_PHRASE_CUT.split(sentence[:m.start()])[-1].split()) >= MIN_MODAL_WORDS - 1])


def _kazakh(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    a, assignee = 0, None
    if "міндет" in sentence.lower():
        out.extend(_duty_first(text, start, end))
    out.extend(nominal_tasks(text, start, end))
    for n, (clause_end, form_end, kind) in enumerate(_forms(sentence)):
        if n == 0:
            subject = KK_SUBJECT.match(sentence[:clause_end])
            a = max(subject.end() if subject else 0, _speech_opens(sentence[:clause_end]))
            # "Облыс әкіміне Мемлекет басшысы ... тапсырды": the addressee put before the subject
            assignee = front_addressee(sentence, subject.end("front")) if subject else None
        joiner = KK_JOINER.match(sentence, a)
        a = joiner.end() if joiner else a
        first_person = KK_FIRST_PERSON.match(sentence, a)
        a = said_at(sentence, first_person.end() if first_person else a, clause_end)
        tail = trailing_addressee(sentence, a, clause_end) if kind == "trigger" else None
        if tail:
            assignee, clause_end = tail
        if kind in {"modal", "proper"}:
            words = sentence[a:clause_end].split()
            if not words or not (KK_PARTICIPLE if kind == "proper" else KK_MODAL_VERB).search(words[-1]) \
                    or len(words) < MIN_MODAL_WORDS or _state(words):
                a = form_end
                continue
        found = _addressee(sentence, a, clause_end, KK_OBLIGES.match(sentence, clause_end) is not None) \
            or (nominative_subject(sentence, a, clause_end) if kind in {"modal", "imperative"}
                or KK_OBLIGED.match(sentence, clause_end) else None) \
            or (attention_owner(sentence, a, clause_end) if kind == "modal" else None)
        if found:
            assignee, a = found
        to = KK_TOPIC_TRIGGER.match(sentence, clause_end) if kind == "topic" else None
        if to and to.group("to"):
            assignee = _topic_addressee(to.group("to"))
        front = front_topic(sentence, subject.end("front"), a, clause_end) if subject and n == 0 and kind == "trigger" else None
        if front:
            # "Су тасқыны зардаптарын жою бойынша Мемлекет басшысы Үкіметке бірқатар тапсырма берді"
            a, clause_end, kind = 0, front, "topic"
        vocative = KK_VOCATIVE.match(sentence, a, clause_end)
        a = vocative.end() if vocative else a
        pieces = joined_domains(sentence, _topics(sentence, a, clause_end)) if kind == "topic" \
            else _clauses(sentence, a, clause_end)
        agent = None if found or not pieces else _agent(sentence, *pieces[0])
        if agent:
            # the governor's doing A and B: the agent of the first task is the assignee of all
            assignee, pieces[0] = agent[0], (agent[1], pieces[0][1])
        out.extend(_piece_tasks(sentence, pieces, kind, start, assignee))
        a = form_end
    return out + _colon_list(sentence, start, assignee)


def _piece_tasks(sentence: str, pieces: list[tuple[int, int]], kind: str, start: int,
                 assignee: str | None) -> list[InstructionSpan]:
    """The tasks of a clause's pieces: those that end as a task does (a verbal noun, a converb,
    or the participle of "-ған жөн"), and not in a converb of the President's own act."""
    out = []
    # "A, B мәселелеріне тоқталып, ... тапсырма берді": every piece up to the converb of his own
    # act belongs to that act, not only the one the converb closes
    own = [n for n, (x, y) in enumerate(pieces) if KK_OWN_ACT.search(sentence, x, _trim(sentence, x, y))]
    for x, y in pieces[own[-1] + 1:] if own else pieces:
        y = _trim(sentence, x, y)
        if y <= x:
            continue
        if kind in {"topic", "imperative"} or KK_VERBAL_NOUN.search(sentence, x, y) or KK_CONVERB.search(sentence, x, y) \
                or KK_MODAL_VERB.search(sentence, x, y):
            out.extend(_tasks(sentence, x, y, start, assignee))
        elif kind == "proper" and KK_PARTICIPLE.search(sentence, x, y):
            out.extend(_tasks(sentence, x, y, start, assignee, participle=True))
    return out


def _colon_list(sentence: str, start: int, assignee: str | None) -> list[InstructionSpan]:
    """ "... мынадай тапсырмалар берді: A, B және C." (gave the following tasks: ...): one item each."""
    colon = KK_COLON_LIST.search(sentence)
    if not colon:
        return []
    out = []
    for x, y in _clauses(sentence, colon.end(), len(sentence.rstrip(" .;!"))):
        # (after the colon a "және" between bare verbal nouns joins tasks: the list names nothing else)
        for piece in re.split(r"(?<=[уюү]);\s+|(?<=[уюү])\s+және\s+", sentence[x:y]):
            px = x + sentence[x:y].find(piece)
            py = _trim(sentence, px, px + len(piece))
            # "біріншіден, ...; екіншіден, ..." (first, ...; second, ...) number the items
            joiner = KK_JOINER.match(sentence, px, py)
            px = joiner.end() if joiner else px
            if py > px and KK_MODAL_VERB.search(sentence, px, py):
                out.extend(_tasks(sentence, px, py, start, assignee))
    return out


# "(мынадай|бірқатар) тапсырмалар берді:", or the passive "... мынадай тапсырмалар берілді:" (were
# given the following tasks): the tasks follow the colon (the quantifier may be left out: "Үкіметке
# тапсырма берді: ...")
KK_COLON_LIST = re.compile(r"(?:(?:мынадай|төмендегідей|келесі|бірқатар|нақты|бірнеше)\s+)*(?:тапсырма|міндет|нұсқау)\w*\s+"
                           r"(?:берді|жүктеді|қойды|бер[ыі]пт[ыі]|берілді|жүктелді|қойылды)\s*:\s*", re.I)


# the task named after a dash as someone's main duty: "Әкімдіктің басты міндетінің бірі – ... теңсіздікті
# жою" (one of the akimat's main duties is to remove ...); the owner in the genitive is the assignee
KK_DUTY_FIRST = re.compile(
    r"(?:(?P<owner>[^\W\d_]+(?:ның|нің|дың|дің|тың|тің))\s+)?(?:басты|негізгі|бірінші|ең\s+маңызды)\s+"
    r"міндет(?:і|іміз|інің\s+бірі|терінің\s+бірі|теріміздің\s+бірі)\s*[–—-]\s+(?P<task>[^.!?;»\"]+)", re.I)


def _duty_first(text: str, start: int, end: int) -> list[InstructionSpan]:
    """Tasks stated as a main duty before the dash (KK_DUTY_FIRST), where a verbal noun ends them;
    not the aim of an activity ("экономиканы дамытудың негізгі міндеті – ...", the main task of
    developing the economy is ...), which is given to no one."""
    out = []
    for m in KK_DUTY_FIRST.finditer(text, start, end):
        x, y = m.start("task"), _trim(text, m.start("task"), m.end("task"))
        words = text[x:y].split()
        if m.group("owner") and re.search(r"[уюү][дн][ыі]ң$", m.group("owner"), re.I):
            continue
        if len(words) >= MIN_MODAL_WORDS and KK_MODAL_VERB.search(words[-1]) and not _state(words):
            owner = m.group("owner")
            out.append(InstructionSpan(normalize_task(text[x:y]), x, y,
                                       KK_GENITIVE_END.sub("", owner) if owner and KK_ADDRESSEE_HEAD.search(
                                           KK_GENITIVE_END.sub("", owner)) else None))
    return out


def _tasks(sentence: str, x: int, y: int, start: int, assignee: str | None,
           participle: bool = False) -> list[InstructionSpan]:
    """The task(s) of one clause: "A және B жөнінде шаралар қабылдау" is two tasks that share
    their tail; a state to be in ("аймақтар қуатты болуға тиіс") is none. A clause of
    "-ған жөн" ends in a participle, named by its verbal noun ("асырған" -> "асыру")."""
    found = _addressee(sentence, x, y) or _agent(sentence, x, y)
    if found:
        # an addressee that opens a later task of the clause: "..., облыс басшыларына X шешу"
        assignee, x = found
    task = verbal_noun_of_participle(sentence[x:y]) if participle else normalize_task(sentence[x:y])
    if task.rsplit(None, 1)[-1].lower() in KK_COPULAS or KK_ANAPHOR.match(task) or KK_COUNT_ONLY.match(task):
        return []
    shared = KK_SHARED_TAIL.match(sentence, x, y)
    if shared is None:
        return [InstructionSpan(task, start + x, start + y, assignee)]
    tail = normalize_task(sentence[shared.start("tail"):y])
    return [InstructionSpan(f"{shared.group('first')} {tail}", start + x, start + shared.end("first"), assignee),
            InstructionSpan(f"{shared.group('second')} {tail}", start + shared.start("second"), start + y, assignee)]
