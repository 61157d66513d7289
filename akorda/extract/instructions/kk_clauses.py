"""How a Kazakh clause that states tasks falls into items (see kk.py): the cuts between tasks
(after a verbal noun in the accusative, a bare verbal noun before a comma or "және", genitive
verbal nouns before a shared importance) and the cuts that are no cuts (a converb chain, an
aim shared by a list, an object that is a list).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import _trim
from akorda.extract.instructions.kk_passive import PASSIVE
from akorda.extract.instructions.kk_proper import verbal_noun
from akorda.extract.knowledge import load_json

KK_JOINER = re.compile(r"[\s,;–—-]*(?:(?:сондай-ақ|сонымен\s+қатар|атап\s+айтқанда|және|әрі|сондықтан|енді|тек|бірақ|ал|"
                       r"осыған\s+орай|осы\s+орайда|осыған\s+байланысты|ең\s+алдымен|бұл\s+ретте|осы\s+ретте|"
                       r"бұған\s+қоса|бұдан\s+бөлек|сонымен\s+бірге|сонымен\s+қоса|"
                       # (the numbers of a list's items: "1) ...; 2) ...")
                       r"\d{1,2}\)|"
                       r"(?:бірінші|екінші|үшінші|төртінші|бесінші)ден)[\s,]+)*", re.I)
# a conjunction after a comma that opens the main clause: what stands before it is a statement of
# its own ("Бұл бағыттағы жұмыстар басталған, енді олардың қарқынын бәсеңдетпеу қажет", the work has
# begun, now its pace must not slow: the task is the clause after "енді"); the last one in a clause wins
KK_CLAUSE_OPENER = re.compile(r",\s+(?:енді|сондықтан|сол\s+себепті|алайда|бірақ)\s+", re.I)


def main_clause(sentence: str, a: int, b: int) -> int:
    """Where the main clause opens after the last KK_CLAUSE_OPENER between `a` and `b`.

    >>> s = "Жұмыс басталған, енді оның қарқынын бәсеңдетпеу қажет."
    >>> s[main_clause(s, 0, s.index(" қажет")):]
    'оның қарқынын бәсеңдетпеу қажет.'
    """
    found = [m.end() for m in KK_CLAUSE_OPENER.finditer(sentence, a, b)]
    return found[-1] if found else a


# A converb chain is one task: "желілерін нығайтып, кәріз жүйелерін жаңарту", "мән-жайды
# анықтап, бір апта ішінде есеп беру". The converb in "-ып"/"-іп" has no tense or mood of its own
# and takes them from the final verb, which it serves as a step towards (find out the facts,
# then report within a week); the grammar marks no boundary between the steps of one task and
# two tasks, so the chain stays whole
# ("әрі", and also, joins two tasks as "және" does: "жөндеуді әрі ... жарықтандыруды тапсырды")
KK_SPLIT_AT = r"(?:,\s*(?:сондай-ақ|сонымен\s+қатар),?\s+|\s+(?:және|әрі)\s+|,\s+(?!с?оның\s+ішінде|әсіресе))"
KK_SPLIT = re.compile(r"(?<=[уюі]ды|[уюі]ді|[уюі]ын|[уюі]ін|уға|уге|уді|уды)" + KK_SPLIT_AT, re.I)
# verbal nouns in the genitive before the importance they share are a list of tasks ("кездесудің,
# ... өткізудің маңыздылығын атап өтті"); before any other head they are one object ("салудың
# және абаттандырудың қарқынын сақтау", keep up the pace of building and landscaping, is one task)
KK_GENITIVE_SPLIT = re.compile(r"(?<=у[дн][ыі]ң)" + KK_SPLIT_AT, re.I)
KK_IMPORTANCE_AHEAD = re.compile(r"\s+маңыз", re.I)
# ... but a converb of a verb that names an outcome of its own (data/instructions.json,
# "kk_goal_converbs": "инфрақұрылымын дамытып, мәдениетін шетелде дәріптеу", develop the
# infrastructure and promote the culture abroad; "қауіпсіздігін қамтамасыз етіп, себептерін
# анықтау") is a task beside the next one, as "поручил X, а также Y" (contract README), where it
# has an object of its own before it and the next task neither points back to it ("оларды
# жауапкершілікке тарту", to bring them to account) nor states an aim that both may serve ("...
# болмау үшін шаралар қабылдау")
KK_GOAL_CONVERB_CUT = re.compile(
    r"(?<=\s)(?:" + "|".join(re.escape(stem).replace(r"\ ", r"\s+") for stem in load_json("instructions.json")["kk_goal_converbs"])
    + r")(?:[ыі]п|(?<=[аеә])п)(?P<cut>,\s+)(?!(?:ол|оны|оның|оларды|олардың|соны|сол|бұл|осы|оған|оларға)(?![^\W\d_]))", re.I)
KK_AIM_WORD = re.compile(r"(?<![^\W\d_])(?:үшін|мақсатында)(?![^\W\d_])", re.I)
KK_COMMA_CUT = re.compile(r",\s+")


def _goal_cuts(sentence: str, a: int, b: int) -> list[re.Match[str]]:
    """The cuts after goal converbs (KK_GOAL_CONVERB_CUT) between `a` and `b`."""
    out = []
    for m in KK_GOAL_CONVERB_CUT.finditer(sentence, a, b):
        nxt = sentence[m.end():b]
        cut = KK_COMMA_CUT.match(sentence, m.start("cut"))
        if cut and sentence[a:m.start()].strip() and len(nxt.split()) >= 2 and not KK_AIM_WORD.search(nxt):
            out.append(cut)
    return out


# a converb that closes a clause of the President's own act is cut off (KK_OWN_ACT below); after a
# stem that ends in a vowel the converb is a bare "-п" ("тыңдап", having listened; "аралап")
KK_CONVERB_CUT = re.compile(r"(?<=[^\W\d_]{2}[ыіаеә]п),\s+", re.I)

# a converb of the President's own act before the task ("есебін тыңдап, ... тапсырма берді",
# "Заңға қол қойып, ... міндетін жүктеді", "оң баға беріп, ..."): what he did, not what he asked
KK_OWN_ACT = re.compile(
    r"(?:тыңдап|атап\s+өтіп|атап\s+көрсетіп|баға\s+беріп|қол\s+қойып|танысып|тоқталып|алғыс\s+айтып|"
    r"құттықтап|сынға\s+алып|пікір\s+білдіріп|қанағат\w*\s+білдіріп|аралап|қатысып|"
    # the verb of saying that closed a modal before ("... қажеттігін жеткізіп, әкімге ... тапсырды")
    r"(?<![^\W\d_])(?:айтып|жеткізіп|ескертіп|мәлімдеп))$", re.I)

# the verbal noun before a modal word: bare ("тарту"), possessive ("аяқтауы") or dative ("қабылдауға")
# (the second person too, in quoted speech to officials: "аяқтауларыңыз керек", you must complete)
KK_MODAL_VERB = re.compile(r"(?:[уюү]|[уюү][ыі]|[уюү](?:ға|ге)|[уюү]ымыз|[уюү]іміз|[уюү](?:дың|дің)|[уюү](?:лар|лер)?[ыі]ңыз)$", re.I)

# a bare verbal noun before a comma, where Kazakh puts the case on the last task of a list only:
# "желілерін жаңарту, су жүйесін дамытуды тапсырды", "... жаңарту, ... дамыту қажет"; not a noun in
# "-у" ("су", water; "жылу", heat), nor a one-word piece ("жылу, газ және су желілерін жаңарту")
# (not before "және": "амандығын сақтау және ... қамтамасыз ету үшін" joins the aims of one task;
# nor before "соның ішінде" (including) or "әсіресе" (especially), which narrow the task before them)
# ("сондай-ақ" (as well as) or "сонымен қатар" (besides) after the comma, with or without a comma of
# its own, goes with the cut: "бақылауда ұстау, сондай-ақ, ... жөндеу" is two tasks)
KK_BARE_SPLIT = re.compile(r"(?<=\s)[^\W\d_]{2,}[уюү](?=,\s+(?!с?оның\s+ішінде|әсіресе))", re.I)
KK_BARE_CUT = re.compile(r",\s+(?:(?:сондай-ақ|сонымен\s+қатар),?\s+)?", re.I)
# two tasks joined by "және", each with its object, that close the clause: "бағдарларын
# әртараптандыру және оның қуатын арттыру қажет" (diversify the routes and raise their capacity:
# two tasks, as "поручил X, а также Y", contract README); not where the second goes on into a
# postposition that both share ("сақтау және ... қамтамасыз ету үшін", "... жүргізу жөнінде")
KK_BARE_AND = re.compile(r"(?<=\s)[^\W\d_]{2,}[уюү](?=\s+(?:және|әрі)\s+)", re.I)
KK_AND_CUT = re.compile(r"\s+(?:және|әрі)\s+", re.I)
KK_POSTPOSITIONS = frozenset({"үшін", "мақсатында", "жөнінде", "бойынша", "туралы", "қатысты", "арқылы"})


def _last_task(piece: str) -> bool:
    """Whether `piece` is one task of its own: an object and one verbal noun that ends it
    ("оның қуатын арттыру"; not "аумақтарын абаттандыру науқанын бастау", whose first verbal
    noun is part of the object, nor one that goes on into a postposition)."""
    words = [w.lower() for w in piece.split()]
    # (the last task of a list before a trigger takes the accusative for the whole list: "A, B және
    # C-ны тапсырды")
    return len(words) >= 2 and not KK_POSTPOSITIONS & set(words) \
        and bool(KK_MODAL_VERB.search(words[-1]) or KK_ACCUSATIVE_VERBAL_NOUN.search(words[-1])) \
        and not any(re.search(r"[^\W\d_][уюү]$", w) and w not in KK_U_NOUNS for w in words[:-1])
KK_U_NOUNS = frozenset({"су", "жылу", "тау", "ту", "ауру", "бау", "ою", "ми", "қазу"})
KK_ACCUSATIVE_VERBAL_NOUN = re.compile(r"[^\W\d_]{2}[уюү]д[ыі]$", re.I)


def _clauses(sentence: str, a: int, b: int) -> list[tuple[int, int]]:
    pieces, seg = [], a
    bare = [c for m in KK_BARE_SPLIT.finditer(sentence, a, b) for c in [KK_BARE_CUT.match(sentence, m.end())]
            if c and m.group().lower() not in KK_U_NOUNS and _own_task(sentence, a, m.start(), c.end(), b)]
    bare += [c for m in KK_BARE_AND.finditer(sentence, a, b) for c in [KK_AND_CUT.match(sentence, m.end())]
             if c and m.group().lower() not in KK_U_NOUNS and _own_task(sentence, a, m.start(), c.end(), b)
             and _last_task(sentence[c.end():_trim(sentence, c.end(), b)]) and not sentence[:m.start()].rstrip().endswith(",")]
    genitive = KK_GENITIVE_SPLIT.finditer(sentence, a, b) if KK_IMPORTANCE_AHEAD.match(sentence, b) else ()
    split = (c for c in KK_SPLIT.finditer(sentence, a, b) if not _shared_dative(sentence, c, b))
    cuts = sorted([*split, *genitive, *bare, *_goal_cuts(sentence, a, b),
                   *(c for c in KK_CONVERB_CUT.finditer(sentence, a, b) if KK_OWN_ACT.search(sentence, a, c.start()))],
                  key=lambda c: c.start())
    for cut in cuts:
        if cut.start() < seg:
            continue
        pieces.append((seg, cut.start()))
        seg = cut.end()
    pieces.append((seg, b))
    return pieces


# datives of verbal nouns that one verb after them governs: "қаржыны жұмыспен қамтуға, бизнесті
# қолдауға жұмсау" (spend the money on employment and on support for business) is one task
# (a dative before a conjunction is one more of the list, not its head's: "жарықтандыруға, күшейтуге
# және жандандыруға міндеттеді" is three tasks)
KK_DATIVE_AHEAD = re.compile(r"[^\W\d_][уюү](?:ға|ге)\s+(?!(?:және|әрі|мен|сондай-ақ)(?![^\W\d_]))[^\W\d_]", re.I)


def _shared_dative(sentence: str, cut: re.Match[str], b: int) -> bool:
    """Whether the cut follows a dative verbal noun and the next piece has one too, before the
    verb that governs both (KK_DATIVE_AHEAD); "сондай-ақ" (as well as) in the cut marks two tasks
    all the same ("шешуге, сондай-ақ, ... арттыруға басымдық беру")."""
    return sentence[cut.start() - 2:cut.start()].lower() in {"ға", "ге"} and "сон" not in cut.group().lower() \
        and KK_DATIVE_AHEAD.search(sentence, cut.end(), b) is not None


def _own_task(sentence: str, a: int, verb: int, after: int, b: int) -> bool:
    """Whether a bare verbal noun before a comma ends a task of its own: it has an object
    before it, not a "және" ("жылыту маусымын және жөндеу, қалпына келтіру жұмыстарының ...": the
    nouns of one object), and the next piece opens with an object, not a verbal noun ("көшелерді
    тазарту, көгалдандыру және ... абаттандыру науқанын бастау" is one campaign, contract README)."""
    before = sentence[a:verb].split()
    nxt = sentence[after:b].split()
    return bool(before) and not {"және", "мен", "әрі"} & {w.lower() for w in before[-2:]} \
        and len(nxt) >= 2 \
        and not (KK_MODAL_VERB.search(nxt[0].rstrip(",")) and nxt[0].rstrip(",").lower() not in KK_U_NOUNS) \
        and not KK_SHARED_AIM.match(sentence, after, b)


# the next piece is the last aim of a purpose ("қауіпсіздігін сақтау, оқиғалардың алдын алу үшін
# шаралар қабылдау", take measures to keep ... safe and to prevent ...): the bare verbal noun
# before the comma takes its "үшін" too, as a list takes the case of its last member
# (likewise a postposition or an attributive of a direction that makes the verbal nouns before it
# the object's topic: "инвестиция тарту, өндірісті өркендету бағытындағы жұмысты жалғастыру",
# continue the work on attracting investment and developing industry, is one undertaking whose
# object is a list, contract README)
KK_SHARED_AIM = re.compile(r"[^,;]*?[^\W\d_][уюү]\s+(?:үшін|мақсатында|мақсатындағы|бағытында|бағытындағы|"
                           r"саласындағы|жөніндегі|бойынша|бойынша\w*ғы|жөнінде|жолындағы)(?![^\W\d_])", re.I)


# Before the postposition the topics stand bare (Kazakh puts the case on the last only, "A, B және
# C бойынша"); a conjunct in the dative or genitive ("вирустың енуіне және таралуына жол бермеу",
# to prevent the virus's entry and spread) is governed by a word further on that it shares with the
# next: one object, one task. (So is one in the instrumental: "сумен және жылумен қамтамасыз ету
# нысандарын салу", building the facilities that supply water and heat.)
KK_OBLIQUE_CONJUNCT = re.compile(r"[^\W\d_]{2}(?:ға|ге|қа|ке|[ыі]на|[ыі]не|ның|нің|дың|дің|тың|тің|мен|бен|пен)$", re.I)


KK_TOPIC_VERBAL_NOUN = re.compile(r"[^\W\d_]\s+[^\W\d_]{2,}[уюү]$", re.I)


def _topics(sentence: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "A, B және C бойынша тапсырмалар берді": one item per topic."""
    pieces, seg = [], a
    for cut in re.finditer(r",\s+|\s+және\s+|\s+әрі\s+", sentence[:b]):
        if cut.group().strip() == "әрі" and not KK_TOPIC_VERBAL_NOUN.search(sentence, a, cut.start()):
            continue  # "тиімді әрі сапалы пайдалану бойынша": "әрі" joins two adverbs, not two topics
        if cut.start() < a or (KK_CONVERB_CUT.match(sentence, cut.start()) and not KK_OWN_ACT.search(sentence, a, cut.start())):
            continue  # "желілерін нығайтып, кәріз жүйелерін жаңарту жөнінде": one task (a converb chain)
        if KK_OBLIQUE_CONJUNCT.search(sentence, a, cut.start()):
            continue  # "енуіне және таралуына жол бермеу": two datives of one verb, one task
        pieces.append((seg, cut.start()))
        seg = cut.end()
    pieces.append((seg, b))
    # "..., сонымен қатар D, E сияқты": the joiner opens an item, it is no part of it
    return [(m.end() if (m := KK_JOINER.match(sentence, x, y)) else x, y) for x, y in pieces]


# "... шараларын қатаңдату жөнінде тапсырма берді. Атап айтқанда, ... өткізуге тыйым салынады." (namely,
# ... is banned): the sentence after an order names what it brings in, in the passive present; the
# task is that clause with its verb as the active verbal noun ("салынады" -> "салу")
KK_NAMELY = re.compile(r"\s*(?:Атап\s+айтқанда|Атап\s+айтсақ|Нақтырақ\s+айтқанда)\s*[,:–—-]\s*")
# (the passive's sign, PASSIVE, is in kk_passive.py: "қойылады", "салынады", "жасалады"; an active
# verb ends the same way without it: "қолданады", uses; "көрінеді", appears; "болады", will be)
KK_PASSIVE_PRESENT = re.compile(PASSIVE + r"(?:ады|еді)(?=\s*[.!;]?\s*$)", re.I)


def namely_task(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The task a "namely" sentence after an order states (KK_NAMELY): its text, and its span."""
    m = KK_NAMELY.match(text, start, end)
    if m is None:
        return None
    b = _trim(text, m.end(), end)
    verb = KK_PASSIVE_PRESENT.search(text, m.end(), b)
    if verb is None or len(text[m.end():verb.start()].split()) < 3:
        return None
    # (the stem with the passive's linking vowel: the last four letters are "-л"/"-н" and the ending)
    return verbal_noun(text[m.end():verb.end() - 4]), m.end(), b

