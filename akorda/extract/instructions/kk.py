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

from akorda.extract.instructions.common import InstructionSpan, _trim
from akorda.extract.instructions.kk_addressee import (
    KK_ADDRESSEE_HEAD,
    KK_GENITIVE_END,
    KK_OBLIGES,
    _addressee,
    _agent,
    front_addressee,
    nominative_subject,
)

KK_CUE = re.compile(r"тапсыр|міндет|жүкте|керек|қажет|тиіс|нұсқау|талап ет|маңызды екен|маңыз\w* (?:тоқталды|\w*\s*атап)|ңыздар|ңіздер|"
                    r"с[ыі]н[»\"”]?\s*(?:[.!;]|,\s*[-–—])|шаруасы|парызы", re.I)
KK_TRIGGER = re.compile(
    # the evidential past of a news report ("тапсырма беріпті", "тапсырыпты": he has, it is said,
    # instructed) is the same act as the plain past
    r"\s*(?:тапсырды|тапсырамын|тапсыр[ыі]пт[ыі]|тапсырма(?:лар)?(?:ды|сын|ын)?\s+(?:берді|жүктеді|бер[ыі]пт[ыі])|міндеттеді|"
    r"жүктеді|(?:міндет|жүк)тепт[ыі]|тапсырылды|"
    # "... жеделдету жөнінде нұсқау берді" (gave directions), "... арттыруды талап етті" (demanded),
    # the passive "... күшейту тапсырмасы берілді" (the task of ... was given)
    r"нұсқау(?:лар)?\s+берді|талап\s+етті|тапсырма(?:сы|лар)?\s+берілді|"
    # "... қамтамасыз етуді басты міндет ретінде атап өтті" (named ... as a main task)
    r"(?:басты|негізгі|маңызды|бірінші\s+кезектегі|ең\s+басты)\s+міндет(?:тердің\s+бірі)?\s+ретінде\s+"
    r"(?:атап\s+өтті|белгіледі|айқындады|көрсетті)|"
    # "... тарту міндетін қойды" (set the task of ...), passive "міндеті қойылды"
    r"міндет(?:ін|ті|тер(?:ін|ді)?|і)?\s+(?:қойды|қойылды|жүктелді|жүктеді))(?![^\W\d_])",
    re.I,
)
# "... шешу керек", "... аяқтауы қажет", "... қабылдауға тиіс", "... қажет екенін айтты"
KK_MODAL = re.compile(
    r"\s+(?:керек(?:тігін|тігіне|тілігін)?|қажет(?:тігін|тігіне|тілігін|тілігіне)?|тиіс(?:тігін|тігіне|піз|сіздер|сіңдер)?|маңызды(?=\s+екен)"
    # "... дамытудың маңызына тоқталды" (dwelt on the importance of developing ...), as
    # "подчеркнул важность" followed by an action (contract README)
    r"|маңыз(?:ына|дылығына)\s+тоқталды"
    # "... көмек көрсетудің маңыздылығын атап өтті" (noted the importance of providing ...):
    # the importance of an action, as "подчеркнул важность" followed by an action (contract
    # README); the verbal noun before it is checked like any modal's
    r"|маңыз(?:ын|дылығын)\s+(?:атап|ерекше\s+атап)\s+(?:өтті|өтіп|көрсетті|көрсетіп))"
    r"(?:\s+(?:екенін|екендігін|деп|болады|деді))?(?![^\W\d_])"
    # "... егу керек болса, ..." (where ... is needed): a condition, not a task
    r"(?!\s+болса)",
    re.I,
)
# a task named as someone's duty: "... жағдай туғызу – облыс әкімдерінің ең бірінші міндеті екенін
# айтты" (creating ... is the governors' first duty, he said); the verbal noun before the dash is
# checked like a modal's
KK_DUTY = re.compile(r"\s*[–—-]\s+(?:[^\W\d_]+\s+){0,6}?(?:міндеті|шаруасы|парызы|борышы)"
                     r"(?:\s+(?:екенін|екендігін))?(?![^\W\d_])", re.I)
KK_TOPIC_TRIGGER = re.compile(
    # (the evidential past "беріпті" likewise)
    # "... дамытуға қатысты бірқатар міндет жүктеді" (set tasks concerning ...), "... жүргізу
    # бойынша міндеттер қойды": the postposition names the topic, whatever the verb
    # "A, B және C сияқты бірқатар нақты тапсырма берді" (gave tasks such as A, B and C): the list
    # before "сияқты"/"секілді"/"тәрізді" names the tasks, one item each
    r"\s+(?:бойынша|жөнінде|туралы|қатысты|сияқты|секілді|тәрізді)\s+(?:бірқатар\s+|нақты\s+|бірнеше\s+)*"
    r"(?:тапсырма(?:лар)?|міндет(?:тер)?|нұсқау(?:лар)?)\w*"
    # (the passive "... тұрғызу туралы тапсырма берілді", a task about ... was given, likewise)
    r"\s+(?:берді|жүктеді|қойды|берілді|жүктелді|қойылды|" + r"(?:бер[ыі]|қой[ыі]|жүкте)пт[ыі]" + r")(?![^\W\d_])",
    re.I,
)
KK_JOINER = re.compile(r"[\s,;–—-]*(?:(?:сондай-ақ|сонымен\s+қатар|атап\s+айтқанда|және|әрі|сондықтан|енді|тек|бірақ|ал|"
                       r"(?:бірінші|екінші|үшінші|төртінші|бесінші)ден)[\s,]+)*", re.I)
# A converb chain is one task: "желілерін нығайтып, кәріз жүйелерін жаңарту", "мән-жайды
# анықтап, бір апта ішінде есеп беру" (the converb names a step towards the final verb; the
# team's annotation of the real releases keeps such a chain whole, 4 releases to 1)
KK_SPLIT = re.compile(
    # or a verbal noun in the genitive before a shared head ("кездесудің, ... өткізудің маңыздылығын")
    r"(?:(?<=[уюі]ды|[уюі]ді|[уюі]ын|[уюі]ін|уға|уге|уді|уды)|(?<=у[дн][ыі]ң))(?:,\s*(?:сондай-ақ|сонымен\s+қатар)\s+|\s+және\s+|,\s+)",
    re.I,
)
# a converb that closes a clause of the President's own act is cut off (KK_OWN_ACT below)
KK_CONVERB_CUT = re.compile(r"(?<=[^\W\d_]{2}[ыі]п),\s+", re.I)
# the third-person imperative of an order in quoted speech: "... бақылауды күшейтсін." (let the
# ministries tighten control); not a passive one, which a decree uses ("тағайындалсын", "берілсін"),
# nor "болсын" (let it be), a wish
KK_JUSSIVE = re.compile(
    r"(?<![^\W\d_])(?!бол)(?![^\W\d_]{4,}(?:[аеыіоөұүу]л|[ыі]л|[аеыіоөұүу]н)с[ыі]н)[^\W\d_]{2,}"
    # not after "ы"/"і": "құрылысын", "барысын" (accusative nouns in -ыс) end the same way
    r"(?<=[бвгғджзйклмнңпрстфхшщаеәоөұүуя])с[ыі]н"
    r"(?=[»\"”]?\s*(?:[.!;]|,\s*[-–—]|$))", re.I)
KK_JUSSIVE_END = re.compile(r"(?<=[^\W\d_][бвгғджзйклмнңпрстфхшщаеәоөұүуя])с[ыі]н$", re.I)
# a converb of the President's own act before the task ("есебін тыңдап, ... тапсырма берді",
# "Заңға қол қойып, ... міндетін жүктеді", "оң баға беріп, ..."): what he did, not what he asked
KK_OWN_ACT = re.compile(
    r"(?:тыңдап|атап\s+өтіп|атап\s+көрсетіп|баға\s+беріп|қол\s+қойып|танысып|тоқталып|алғыс\s+айтып|"
    r"құттықтап|сынға\s+алып|пікір\s+білдіріп|қанағат\w*\s+білдіріп|аралап|қатысып)$", re.I)
# the polite plural imperative that ends a sentence of quoted speech: "... аяқтаңыздар." (do complete ...)
KK_IMPERATIVE = re.compile(r"(?<=[^\W\d_]{2})(?:[ыі]?ңыздар|[ыі]?ңіздер)(?=\s*(?:[.!]|,\s*[-–—]|$))", re.I)
KK_IMPERATIVE_END = re.compile(r"(?<=[^\W\d_]{2})(?:[ыі]?ңыздар|[ыі]?ңіздер)$", re.I)
# the converb that closes a task, put back as a verbal noun: "етіп" -> "ету", "алып" -> "алу"
KK_CONVERB = re.compile(r"(?<=[^\W\d_]{2})[ыі]п$", re.I)
KK_VERBAL_NOUN = re.compile(r"[уюі](?:ды|ді|ын|ін|ға|ге|на|не)?$|уды$|уді$", re.I)
# the verbal noun before a modal word: bare ("тарту"), possessive ("аяқтауы") or dative ("қабылдауға")
# (the second person too, in quoted speech to officials: "аяқтауларыңыз керек", you must complete)
KK_MODAL_VERB = re.compile(r"(?:[уюү]|[уюү][ыі]|[уюү](?:ға|ге)|[уюү]ымыз|[уюү]іміз|[уюү](?:дың|дің)|[уюү](?:лар|лер)?[ыі]ңыз)$", re.I)
KK_SUBJECT = re.compile(
    # ("Президенттің айтуынша," according to the President, opens his words likewise)
    r"^(?P<front>.*?)(?:(?:(?:Мемлекет\s+басшысының|Президенттің|Тоқаевтың)\s+(?:айтуынша|сөзінше|пікірінше)|Мемлекет\s+басшысы|Президент(?:і)?|Қасым-Жомарт\s+Тоқаев|Тоқаев|Үкімет\s+басшысы|"
    r"Премьер-министр(?:і)?(?:\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+){0,2})[\s,]+)+(?:сондай-ақ\s+)?",
    re.I,
)
# the President's own words in the first person open the clause: "Біз ... жеткізуіміз керек",
# "Мен ... тапсырамын" (contract README: the first person in quoted speech counts); the pronoun is
# no part of the task. Capitalised only: a lower-case "мен" is the conjunction "and".
KK_FIRST_PERSON = re.compile(r"(?:Біз|Мен|Сіздер|Сіз)(?:\s+(?:де|да|өз\s+кезегімде|өз\s+тарапымнан))?[\s,]+")
KK_QUOTE_OPEN = re.compile(r"^.*[«\"“]\s*|^\s*[–—-]\s*")
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


def _kazakh(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    forms = sorted([(m.start(), m.end(), "trigger") for m in KK_TRIGGER.finditer(sentence)]
                   + [(m.start(), m.end(), "modal") for m in KK_MODAL.finditer(sentence)]
                   + [(m.start(), m.end(), "modal") for m in KK_DUTY.finditer(sentence)]
                   + [(m.start(), m.end(), "topic") for m in KK_TOPIC_TRIGGER.finditer(sentence)]
                   + [(m.end(), m.end(), "imperative") for m in KK_IMPERATIVE.finditer(sentence)]
                   + [(m.end(), m.end(), "imperative") for m in KK_JUSSIVE.finditer(sentence)])
    a, assignee = 0, None
    if "міндет" in sentence.lower():
        out.extend(_duty_first(text, start, end))
    for n, (clause_end, form_end, kind) in enumerate(forms):
        if n == 0:
            subject = KK_SUBJECT.match(sentence[:clause_end])
            quote = KK_QUOTE_OPEN.match(sentence[:clause_end])
            a = max(subject.end() if subject else 0, quote.end() if quote else 0)
            # "Облыс әкіміне Мемлекет басшысы ... тапсырды": the addressee put before the subject
            assignee = front_addressee(sentence, subject.end("front")) if subject else None
        joiner = KK_JOINER.match(sentence, a)
        a = joiner.end() if joiner else a
        first_person = KK_FIRST_PERSON.match(sentence, a)
        a = first_person.end() if first_person else a
        if kind == "modal":
            words = sentence[a:clause_end].split()
            if not words or not KK_MODAL_VERB.search(words[-1]) or len(words) < MIN_MODAL_WORDS \
                    or _state(words):
                a = form_end
                continue
        found = _addressee(sentence, a, clause_end, KK_OBLIGES.match(sentence, clause_end) is not None) \
            or (nominative_subject(sentence, a, clause_end) if kind in {"modal", "imperative"} else None)
        if found:
            assignee, a = found
        vocative = KK_VOCATIVE.match(sentence, a, clause_end)
        a = vocative.end() if vocative else a
        pieces = _topics(sentence, a, clause_end) if kind == "topic" else _clauses(sentence, a, clause_end)
        agent = None if found or not pieces else _agent(sentence, *pieces[0])
        if agent:
            # the governor's doing A and B: the agent of the first task is the assignee of all
            assignee, pieces[0] = agent[0], (agent[1], pieces[0][1])
        for x, y in pieces:
            y = _trim(sentence, x, y)
            if y <= x or KK_OWN_ACT.search(sentence, x, y):
                continue
            if kind in {"topic", "imperative"} or KK_VERBAL_NOUN.search(sentence, x, y) or KK_CONVERB.search(sentence, x, y) \
                    or KK_MODAL_VERB.search(sentence, x, y):
                out.extend(_tasks(sentence, x, y, start, assignee))
        a = form_end
    colon = KK_COLON_LIST.search(sentence)
    if colon:
        # "... мынадай тапсырмалар берді: A, B және C." (gave the following tasks: ...): one item each
        for x, y in _clauses(sentence, colon.end(), len(sentence.rstrip(" .;!"))):
            # (after the colon a "және" between bare verbal nouns joins tasks: the list names nothing else)
            for piece in re.split(r"(?<=[уюү]);\s+|(?<=[уюү])\s+және\s+", sentence[x:y]):
                px = x + sentence[x:y].find(piece)
                py = _trim(sentence, px, px + len(piece))
                if py > px and KK_MODAL_VERB.search(sentence, px, py):
                    out.extend(_tasks(sentence, px, py, start, assignee))
    return out


KK_COLON_LIST = re.compile(r"(?:мынадай|төмендегідей|келесі|бірқатар|нақты)\s+(?:тапсырма|міндет|нұсқау)\w*\s+"
                           r"(?:берді|жүктеді|қойды|берілді|жүктелді)\s*:\s*", re.I)


# the task named after a dash as someone's main duty: "Әкімдіктің басты міндетінің бірі – ... теңсіздікті
# жою" (one of the akimat's main duties is to remove ...); the owner in the genitive is the assignee
KK_DUTY_FIRST = re.compile(
    r"(?:(?P<owner>[^\W\d_]+(?:ның|нің|дың|дің|тың|тің))\s+)?(?:басты|негізгі|бірінші|ең\s+маңызды)\s+"
    r"міндет(?:і|іміз|інің\s+бірі|терінің\s+бірі|теріміздің\s+бірі)\s*[–—-]\s+(?P<task>[^.!?;»\"]+)", re.I)


def _duty_first(text: str, start: int, end: int) -> list[InstructionSpan]:
    """Tasks stated as a main duty before the dash (KK_DUTY_FIRST), where a verbal noun ends them."""
    out = []
    for m in KK_DUTY_FIRST.finditer(text, start, end):
        x, y = m.start("task"), _trim(text, m.start("task"), m.end("task"))
        words = text[x:y].split()
        if len(words) >= MIN_MODAL_WORDS and KK_MODAL_VERB.search(words[-1]) and not _state(words):
            owner = m.group("owner")
            out.append(InstructionSpan(normalize_task(text[x:y]), x, y,
                                       KK_GENITIVE_END.sub("", owner) if owner and KK_ADDRESSEE_HEAD.search(
                                           KK_GENITIVE_END.sub("", owner)) else None))
    return out


def _tasks(sentence: str, x: int, y: int, start: int, assignee: str | None) -> list[InstructionSpan]:
    """The task(s) of one clause: "A және B жөнінде шаралар қабылдау" is two tasks that share
    their tail; a state to be in ("аймақтар қуатты болуға тиіс") is none."""
    found = _addressee(sentence, x, y) or _agent(sentence, x, y)
    if found:
        # an addressee that opens a later task of the clause: "..., облыс басшыларына X шешу"
        assignee, x = found
    task = normalize_task(sentence[x:y])
    if task.rsplit(None, 1)[-1].lower() in KK_COPULAS or KK_ANAPHOR.match(task):
        return []
    shared = KK_SHARED_TAIL.match(sentence, x, y)
    if shared is None:
        return [InstructionSpan(task, start + x, start + y, assignee)]
    tail = normalize_task(sentence[shared.start("tail"):y])
    return [InstructionSpan(f"{shared.group('first')} {tail}", start + x, start + shared.end("first"), assignee),
            InstructionSpan(f"{shared.group('second')} {tail}", start + shared.start("second"), start + y, assignee)]


# "Бұл жұмысты жедел орындау қажет" (this work must be done quickly), "Бұл мәселені назарға алу
# керек": a task that only points back at the one before it names nothing new
# (the thing itself as the object, in the accusative: "осы мәселеге көңіл бөлу", attention to this
# matter, does name a task)
KK_ANAPHOR = re.compile(r"(?:бұл|осы)\s+(?:жұмыс|мәселе|тапсырма|міндет|іс|шара)[^\W\d_]*(?:ты|ті|ды|ді|ны|ні)"
                        r"(?:\s+\S+){0,3}$", re.I)
# a modal that states how a thing must be, not what someone must do: the possessive verbal noun
# of a passive ("салынып бітуі тиіс", "жабдықталуы керек": must be built, be equipped) or of a
# negated passive or auxiliary ("жағдай қайталанбауы керек", "су зая кетпеуі керек": must not recur,
# not be wasted); an order takes an active verb ("жол бермеуі керек", "аяқтауы қажет")
KK_STATE_VERB = re.compile(r"(?:[ыі][лн]|[аеыі]н(?:ба|бе|ма|ме|па|пе)|(?:кет|қал|бол)(?:пе|ма|ме|па))у[ыі]$", re.I)
KK_PASSIVE_CONVERB = re.compile(r"[ыі][лн][ыі]п$", re.I)


def _state(words: list[str]) -> bool:
    """Whether the modal clause `words` states a state to be in (see KK_STATE_VERB)."""
    last = words[-1]
    return bool(KK_STATE_VERB.search(last)) or (len(words) > 1 and bool(re.search(r"у[ыі]$", last))
                                                and bool(KK_PASSIVE_CONVERB.search(words[-2])))


# a bare verbal noun before a comma, where Kazakh puts the case on the last task of a list only:
# "желілерін жаңарту, су жүйесін дамытуды тапсырды", "... жаңарту, ... дамыту қажет"; not a noun in
# "-у" ("су", water; "жылу", heat), nor a one-word piece ("жылу, газ және су желілерін жаңарту")
# (not before "және": "амандығын сақтау және ... қамтамасыз ету үшін" joins the aims of one task)
KK_BARE_SPLIT = re.compile(r"(?<=\s)[^\W\d_]{2,}[уюү](?=,\s+(?!сондай-ақ|сонымен))", re.I)
KK_BARE_CUT = re.compile(r",\s+", re.I)
KK_U_NOUNS = frozenset({"су", "жылу", "тау", "ту", "ауру", "бау", "ою", "ми", "қазу"})


def _clauses(sentence: str, a: int, b: int) -> list[tuple[int, int]]:
    pieces, seg = [], a
    bare = [c for m in KK_BARE_SPLIT.finditer(sentence, a, b) for c in [KK_BARE_CUT.match(sentence, m.end())]
            if c and m.group().lower() not in KK_U_NOUNS and _own_task(sentence, a, m.start(), c.end(), b)]
    cuts = sorted([*KK_SPLIT.finditer(sentence, a, b), *bare,
                   *(c for c in KK_CONVERB_CUT.finditer(sentence, a, b) if KK_OWN_ACT.search(sentence, a, c.start()))],
                  key=lambda c: c.start())
    for cut in cuts:
        if cut.start() < seg:
            continue
        pieces.append((seg, cut.start()))
        seg = cut.end()
    pieces.append((seg, b))
    return pieces


def _own_task(sentence: str, a: int, verb: int, after: int, b: int) -> bool:
    """Whether a bare verbal noun before a comma ends a task of its own: it has an object
    before it, not a "және" ("жылыту маусымын және жөндеу, қалпына келтіру жұмыстарының ...": the
    nouns of one object), and the next piece opens with an object, not a verbal noun ("көшелерді
    тазарту, көгалдандыру және ... абаттандыру науқанын бастау" is one campaign, contract README)."""
    before = sentence[a:verb].split()
    nxt = sentence[after:b].split()
    return bool(before) and not {"және", "мен", "әрі"} & {w.lower() for w in before[-2:]} \
        and len(nxt) >= 2 and not KK_MODAL_VERB.search(nxt[0].rstrip(","))


def _topics(sentence: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "A, B және C бойынша тапсырмалар берді": one item per topic."""
    pieces, seg = [], a
    for cut in re.finditer(r",\s+|\s+және\s+", sentence[:b]):
        if cut.start() < a or (KK_CONVERB_CUT.match(sentence, cut.start()) and not KK_OWN_ACT.search(sentence, a, cut.start())):
            continue  # "желілерін нығайтып, кәріз жүйелерін жаңарту жөнінде": one task (a converb chain)
        pieces.append((seg, cut.start()))
        seg = cut.end()
    pieces.append((seg, b))
    # "..., сонымен қатар D, E сияқты": the joiner opens an item, it is no part of it
    return [(m.end() if (m := KK_JOINER.match(sentence, x, y)) else x, y) for x, y in pieces]
