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

from akorda.extract.instructions.common import HEAD_OF_STATE_NAME, KK_HEAD_OF_STATE, InstructionSpan, _trim
from akorda.extract.instructions.kk_addressee import KK_OBLIGES, _addressee, _agent, front_addressee, nominative_subject
from akorda.extract.instructions.kk_clauses import KK_JOINER, KK_MODAL_VERB, KK_OWN_ACT, _clauses, _topics, main_clause
from akorda.extract.instructions.kk_duty import KK_DUTY, _duty_first
from akorda.extract.instructions.kk_imperative import KK_IMPERATIVE, KK_JUSSIVE, KK_PHRASE_CUT
from akorda.extract.instructions.kk_lists import _colon_list
from akorda.extract.instructions.kk_nominal import nominal_tasks
from akorda.extract.instructions.kk_passive import KK_NEED_MODAL
from akorda.extract.instructions.kk_proper import KK_PARTICIPLE, KK_PROPER
from akorda.extract.instructions.kk_speaker import KK_FIRST_PERSON, KK_HIS_VOICE, KK_SUBJECT
from akorda.extract.instructions.kk_state import _state
from akorda.extract.instructions.kk_tasks import KK_CONVERB, KK_VERBAL_NOUN, MIN_MODAL_WORDS, _tasks, too_short
from akorda.extract.instructions.kk_topics import front_topic, joined_domains
from akorda.extract.instructions.kk_trailing import addressed_after, attention_owner, said_at, trailing_addressee
from akorda.extract.union import quick

KK_CUE = quick(re.compile(r"тапсыр|пәрмен|сұра(?:ды|ймын)|[гкғқ][еа]н\s+(?:жөн|абзал|дұрыс)|міндет|жүкте|керек|қажет|тиіс|нұсқау|талап ет|"
                          r"маңызды (?:екен|деді)|"
                          r"маңыз\w* (?:тоқталды|\w*\s*атап|(?:ерекше )?назар)|ңыздар|ңіздер|шақырды|"
                          r"с[ыі]н[»\"”]?\s*(?:[.!;]|,\s*[-–—])|шаруасы|парызы|жауапкершілігі\s+болып|[мбп](?:еуді|ауды)\s+ескерт", re.I))
KK_TRIGGER = quick(re.compile(
    # the evidential past of a news report ("тапсырма беріпті", "тапсырыпты": he has, it is said,
    # instructed) is the same act as the plain past
    r"\s*(?:тапсырды|тапсырамын|тапсырдым|тапсырдық|тапсыр[ыі]пт[ыі]|тапсырма(?:лар)?(?:ды|сын|ын)?\s+(?:берді[мк]?|жүктеді[мк]?|бер[ыі]пт[ыі])|міндеттеді[мк]?|"
    r"жүктеді|(?:міндет|жүк)тепт[ыі]|тапсырылды|тапсырыл[ыі]пт[ыі]|талап\s+етілді|"
    # the converb that joins the order to his next act: "... қабылдауды тапсырып, ... атап өтті"
    # (instructed ... and noted ...); not one of handing over, whose object is no verbal noun
    r"тапсыр[ыі]п(?=,)|тапсырма(?:лар)?(?:ды|сын|ын)?\s+беріп(?=,)|"
    # "... жеделдету жөнінде нұсқау берді" (gave directions), "... арттыруды талап етті" (demanded),
    # the passive "... күшейту тапсырмасы берілді" (the task of ... was given)
    r"нұсқау(?:лар)?\s+берді|талап\s+етті|тапсырма(?:сы|лар)?\s+берілді|"
    # "... беруге пәрмен берді" (gave the command to give ...), as "тапсырды"
    r"пәрмен\s+берді|"
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
    r"(?<=[мбп](?:еуді|ауды)\s)ескерт(?:ті|іпті)|"
    # "... көмек көрсетуді сұрады" (asked ... to provide help), "... қамтамасыз етуді сұраймын": a
    # request for an act, named by a verbal noun in the accusative, is an order put politely; "жағдайды
    # сұрады" (asked how things were) names none
    r"(?<=[уюү](?:ды|ді)\s)(?:сұрады|сұраймын)|"
    # the participle that makes the order a description of the one who gave it: "Үкіметке ... шешуді
    # тапсырған Президент ..." (the President, having instructed the Government to solve ..., ...);
    # the name after it is the subject of the next clause, so the form takes it in
    r"тапсырған(?:\s+(?:Мемлекет\s+басшысы|Президент|Елбасы|Қасым-Жомарт|" + HEAD_OF_STATE_NAME + r"))+)(?![^\W\d_])",
    re.I,
))
# "... шешу керек", "... аяқтауы қажет", "... қабылдауға тиіс", "... қажет екенін айтты"
KK_MODAL = re.compile(
    # "... асыруға міндетті" (is obliged to carry out ...) after a dative verbal noun; elsewhere the
    # adjective "compulsory" ("міндетті түрде", without fail)
    r"\s+(?:(?<=[уюү](?:ға|ге)\s)міндетті|керек(?:тігін|тігіне|тілігін)?|қажет(?:тігін|тігіне|тілігін|тілігіне)?|тиіс(?:тігін|тігіне|піз|сіздер|сіңдер)?|маңызды(?=\s+(?:екен|деді))"
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
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:қой|ғой|еді|екен\w*|де[пд]\w*|да|де|та|те|атап|айтып|ескертіп|баса|ерекше|айрықша|тағы|назар|мән|көңіл|"
    # ("... күшейту қажеттігін алға тартты", put forward the need to strengthen ...)
    r"алға|"
    r"[^\W\d_]+(?:ған|ген|қан|кен|[ыі]п))(?![^\W\d_])|\s+[^\W\d_]+(?:ды|ді|ты|ті)(?=\s*(?:[^\w\s]|$)))",
    re.I,
)
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
    # (his own past in the first person too: "... қосу туралы тапсырма бердім", I gave the task of ...)
    r"\s+(?:берді[мк]?|жүктеді[мк]?|қойды[мқ]?|берілді|жүктелді|қойылды|беремін|жүктеймін|қоямын|"
    r"(?:бер[ыі]|қой[ыі]|жүкте)пт[ыі]|"
    # the converb that joins the order to his next act ("... жөнінде тапсырма беріп, ... айтты"), as
    # "тапсырып," in KK_TRIGGER
    r"(?:беріп|жүктеп|қойып)(?=,))(?![^\W\d_])",
    re.I,
))


def _topic_addressee(phrase: str) -> str | None:
    """The addressee between a topic's postposition and its tasks, in the nominative: a dative
    phrase that is all addressee, and not the subject (which KK_TOPIC_TRIGGER reads before it)."""
    found = _addressee(phrase, 0, len(phrase))
    return found[0] if found and found[1] >= len(phrase.rstrip()) and not KK_HIS_VOICE.search(phrase) else None


# the first person in lower case after a joiner ("Осыған орай, мен ... құруды тапсырдым", in this
# connection I instructed ...): no conjunction "мен" (and) opens a clause, it joins two nouns
KK_PRONOUN_AFTER_JOINER = re.compile(r"(?-i:мен|біз)[\s,]+")
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


# officials addressed by first name and patronymic in quoted speech, before the task:
# "Серік Мақашұлы (министр), Мәди Төкешұлы, қаражат бөлу керек"
KK_VOCATIVE = re.compile(
    r"(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*(?:ұлы|қызы|ович|овна|евич|евна)\s*(?:\([^()]*\))?\s*,\s*)+")


# the order's own words quoted whole before its trigger, after the addressee (or the end of its
# list): "Үкіметке «... аяқтауды» тапсырды" (instructed the Government "to complete ...")
KK_QUOTED_TASK = re.compile(r"(?:[^«»]*?(?:ға|ге|қа|ке|на|не|а|е)\s+)?«(?P<task>[^«»]+)»\s*$", re.I)


def _quoted_task(sentence: str, a: int, b: int) -> tuple[int, int] | None:
    """The span inside the quotes where a trigger's clause is a quoted task (KK_QUOTED_TASK)."""
    m = KK_QUOTED_TASK.fullmatch(sentence, a, b)
    return (m.start("task"), m.end("task")) if m else None


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
        first_person = KK_FIRST_PERSON.match(sentence, a) \
            or (KK_PRONOUN_AFTER_JOINER.match(sentence, a) if joiner and joiner.group().strip() else None)
        a = said_at(sentence, first_person.end() if first_person else a, clause_end)
        a = main_clause(sentence, a, clause_end) if kind != "topic" else a
        tail = trailing_addressee(sentence, a, clause_end) if kind == "trigger" else None
        if tail:
            assignee, clause_end = tail
        # (a passive before a modal of need is what must be done: "дәліз құрылуы қажет", kk_passive.py)
        need = kind == "modal" and KK_NEED_MODAL.match(sentence, clause_end) is not None
        if kind in {"modal", "proper"}:
            words = sentence[a:clause_end].split()
            if not words or not (KK_PARTICIPLE if kind == "proper" else KK_MODAL_VERB).search(words[-1]) \
                    or too_short(words) or _state(words, need):
                a = form_end
                continue
        found = _addressee(sentence, a, clause_end, KK_OBLIGES.match(sentence, clause_end) is not None) \
            or (nominative_subject(sentence, a, clause_end) if kind in {"modal", "imperative"}
                or KK_OBLIGED.match(sentence, clause_end) else None) \
            or (attention_owner(sentence, a, clause_end) if kind == "modal" else None) \
            or (addressed_after(sentence, a, form_end) if kind == "imperative" else None)
        if found:
            assignee, a = found
        to = KK_TOPIC_TRIGGER.match(sentence, clause_end) if kind == "topic" else None
        if to and to.group("to"):
            assignee = _topic_addressee(to.group("to"))
        front = front_topic(sentence, subject.end("front"), a, clause_end) if subject and n == 0 and kind == "trigger" else None
        if front:
            # "Су тасқыны зардаптарын жою бойынша Мемлекет басшысы Үкіметке бірқатар тапсырма берді"
            a, clause_end, kind = 0, front, "topic"
        quoted = _quoted_task(sentence, a, clause_end) if kind == "trigger" else None
        if quoted:
            a, clause_end = quoted
        vocative = KK_VOCATIVE.match(sentence, a, clause_end)
        a = vocative.end() if vocative else a
        pieces = joined_domains(sentence, _topics(sentence, a, clause_end)) if kind == "topic" \
            else _clauses(sentence, a, clause_end)
        agent = None if found or not pieces else _agent(sentence, *pieces[0])
        if agent:
            # the governor's doing A and B: the agent of the first task is the assignee of all
            assignee, pieces[0] = agent[0], (agent[1], pieces[0][1])
        out.extend(_piece_tasks(sentence, pieces, kind, start, assignee, need))
        a = form_end
    return out + _colon_list(sentence, start, assignee)


def _piece_tasks(sentence: str, pieces: list[tuple[int, int]], kind: str, start: int,
                 assignee: str | None, need: bool = False) -> list[InstructionSpan]:
    """The tasks of a clause's pieces: those that end as a task does (a verbal noun, a converb,
    or the participle of "-ған жөн"), and not in a converb of the President's own act. Before a
    modal of need (`need`) a passive verbal noun is named in the active voice (kk_passive.py)."""
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
            out.extend(_tasks(sentence, x, y, start, assignee, active=need))
        elif kind == "proper" and KK_PARTICIPLE.search(sentence, x, y):
            out.extend(_tasks(sentence, x, y, start, assignee, participle=True))
    return out
