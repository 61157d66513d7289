"""Instructions of the Head of State (contract README: each distinct
instruction is its own item, "поручил X, а также Y" is two).

Russian: a yargy grammar finds the triggers ("поручил", "поручено", "дал ряд
поручений", "даны поручения", "поставил (перед акимом) задачу", "поставлена
задача", "возложил на X задачу", "призвал", "рекомендовал", "озвучил/адресовал ряд
поручений", "дал установку"); each trigger's clause runs to the next trigger or the
President's next predicate ("поручил X и указал на необходимость Y"), so "поручил X, а
также поставил задачу Y" gives both. Emphasis ("указал акиму на необходимость",
ru_emphasis.py) and his own modal words ("нужно", "важно", "прошу", ru_modal.py, where
ru_speech.py finds them his) and the significance he gives an action ("особое значение
имеет поддержка A", ru_significance.py) set tasks as well, as do a prohibition with the object first
("темпов снижать нельзя") and "X должно стать первоочередной задачей" (ru_deontic.py); his speech
may run over several paragraphs up to its attribution (ru_speech_block.py), and so do "потребовал, чтобы аким
навел порядок" (ru_so_that.py) and "Поручение Президента – завершить A" (ru_named.py).
The addressee is a dative noun phrase
whose head names an addressee (lexicon in data/instructions.json, or an
organisation or person by pymorphy's tags), after the trigger, inside it
("дал акиму ряд поручений") or before it ("Правительству поручено"), or
"перед" + instrumental; it is put in the nominative. The item text starts right
after trigger and addressee, so adverbials stay ("до конца года завершить X").
Infinitive lists (ru_clauses.py) are cut at a comma, "и", ";" or "а также" only where
(adverbial) (adverbs) ("не") infinitive follows ("и активнее развивать C"), or at
", а также" and an action noun;
nominal lists ("поручений по A, B и C") only where a dative noun group follows.
English and Kazakh use the same plan on their own cue words (an infinitive
"to ...", or a gerund after "tasked ... with" / "the task of", in English; a
verb-final clause before "тапсырды" / "міндетін қойды" in Kazakh).
"""

from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import RU_ORDINAL, RU_ORDINAL_ADVERB, TOKEN, InstructionSpan, _tokens, _trim
from akorda.extract.instructions.en import EN_CUE, EN_TRIGGER, _english
from akorda.extract.instructions.en_addressee import _en_assignee, _en_passive_subject, umbrella_addressee
from akorda.extract.instructions.en_bounds import content_free
from akorda.extract.instructions.en_heads import shared_heads
from akorda.extract.instructions.en_imperative import EN_IMPERATIVE_AT
from akorda.extract.instructions.en_imperative import imperative as en_imperative
from akorda.extract.instructions.en_lists import _gerund_at, _split_en, _split_en_topics
from akorda.extract.instructions.en_modal import EN_MODAL, PASSIVE_NEED, passive_need
from akorda.extract.instructions.en_modal import _modal as _en_modal
from akorda.extract.instructions.en_subject import subject_tasks
from akorda.extract.instructions.kk import KK_CUE, _kazakh
from akorda.extract.instructions.kk_clauses import namely_task
from akorda.extract.instructions.kk_cut_short import cut_short
from akorda.extract.instructions.kk_lists import kk_list_assignee
from akorda.extract.instructions.kk_speaker import his_words_are_others, orders, other_speaker
from akorda.extract.instructions.kk_tasks import KK_VERBAL_NOUN
from akorda.extract.instructions.ru import RU_CUE, _parser, _ru_continuation, _russian, _unattributed
from akorda.extract.instructions.ru_addressee import _ru_addressee, _ru_assignee_before
from akorda.extract.instructions.ru_deontic import BECOME_TASK, PROHIBITION, become_task, fronted
from akorda.extract.instructions.ru_emphasis import _emphasis, attention
from akorda.extract.instructions.ru_modal import EXPECTS, IMPERATIVE_AT, RU_MODAL, _modal, expectations, imperative
from akorda.extract.instructions.ru_named import fronted_task, named_task, on_order, ru_referred_topic
from akorda.extract.instructions.ru_significance import SIGNIFICANCE, significance
from akorda.extract.instructions.ru_so_that import SO_THAT, so_that
from akorda.extract.union import quick

__all__ = [
    "InstructionSpan",
    "_parser",
    "continuation",
    "extract_instructions",
    "introduces_list",
    "list_assignee",
    "list_item",
    "referred_topics",
    "umbrella",
]


def _ru_emphasis(text: str, start: int, end: int) -> list[InstructionSpan]:
    """ "указал на необходимость A", ", обратив особое внимание на B": tasks set by emphasis."""
    return [_unattributed(text, i) for i in _emphasis(text, start, end) + attention(text, start, end)]


def _beside(found: list[InstructionSpan], new: list[InstructionSpan]) -> list[InstructionSpan]:
    """The items of a later rule that open outside every item found already (the earlier rule took that clause)."""
    return [m for m in new if not any(f.start <= m.start < f.end for f in found)]


def _ru_deontic(text: str, start: int, end: int) -> list[InstructionSpan]:
    """ "темпов снижать нельзя" (the object first, read before the modal words take the infinitive
    alone) and "X должно стать первоочередной задачей" (ru_deontic.py)."""
    found = fronted(text, start, end) if PROHIBITION.search(text, start, end) else []
    if BECOME_TASK.search(text, start, end):
        found += _beside(found, become_task(text, start, end))
    return found


# the words without which en_subject.py finds nothing
EN_SUBJECT_CUE = re.compile(r"\b(?:instructions|tasks|insisted)\b", re.I)


def _may_be_passive_need(sentence: str) -> bool:
    """Whether PASSIVE_NEED can match at all: each of its branches needs one of these lower-case
    words, and a substring test is far cheaper than its lazy scan from every comma and "that"."""
    return "need" in sentence or "necessity" in sentence or "importance" in sentence or "significance" in sentence


def extract_instructions(text: str, start: int, end: int, lang: str) -> list[InstructionSpan]:
    """Instructions stated in one sentence text[start:end]; spans index text."""
    sentence = text[start:end]
    if lang == "en":
        found = _english(text, start, end) if EN_CUE.search(sentence) else []
        if EN_MODAL.search(sentence):
            found += _beside(found, _en_modal(text, start, end))
        if EN_SUBJECT_CUE.search(sentence):
            found += _beside(found, subject_tasks(text, start, end))
        if _may_be_passive_need(sentence) and PASSIVE_NEED.search(sentence):
            found += _beside(found, passive_need(text, start, end))
        return shared_heads(text, content_free(found)) if found else \
            (en_imperative(text, start, end) if EN_IMPERATIVE_AT.match(sentence) else [])
    if lang == "kk":
        if not KK_CUE.search(sentence):
            return cut_short(text, start, end, KK_CUE)
        found = _kazakh(text, start, end)
        # an official's own words: a need he reports is none of this release's tasks; a "тапсырды"
        # of his stays (the real corpus's gold keeps a governor's order to his district, kk-052)
        if not found or orders(sentence):
            return found
        return [] if other_speaker(sentence) or his_words_are_others(text, start) else found
    cue = RU_CUE.search(sentence) is not None
    found = _ru_emphasis(text, start, end) + _russian(text, start, end) if cue else []
    if sentence.rstrip().endswith(":"):
        # "поручил акиму обеспечить:" and the objects as a list below: the verb alone is no task
        found = [f for f in found if len(f.text.split()) > 1]
    found += _beside(found, _ru_deontic(text, start, end))
    if RU_MODAL.search(sentence):
        # the President's modal words, where no trigger already took the clause
        found += _beside(found, _modal(text, start, end))
    if SIGNIFICANCE.search(sentence):
        found += _beside(found, significance(text, start, end))
    if not found:
        found = named_task(text, start, end) or fronted_task(text, start, end) or on_order(text, start, end)
    if cue and SO_THAT.search(sentence):  # (each verb of SO_THAT holds a stem of RU_CUE)
        found += _beside(found, so_that(text, start, end))
    if EXPECTS.search(sentence):
        found += _beside(found, expectations(text, start, end))
    if not found and IMPERATIVE_AT.match(sentence):
        found = imperative(text, start, end)
    # in the order the text states them: the record reads as the release does
    return sorted((f for f in found if not _bare_verb(f.text)), key=lambda f: f.start)


def _bare_verb(item: str) -> bool:
    """ "Серьёзно нужно подойти", "... и продолжить" (the page cut off): an infinitive with nothing
    it governs says nothing of what is to be done (contract README: the text is the task's content)."""
    words = item.split()
    return len(words) == 1 and morph.pos(words[0].lower()) == "INFN"


# A content-free "дал ряд поручений" counts as one item only where it is the release's only
# instruction (contract README); the item is the phrase from its quantifier on.
UMBRELLA = {lang: quick(pattern) for lang, pattern in {
    "ru": re.compile(r"(?<![^\W\d_])(?:ряд|несколько)\s+(?:[^\W\d_]+ых\s+)?(?:поручений|задач|указаний)(?![^\W\d_])"
                     # "дал соответствующие поручения", "поставил конкретные задачи"
                     r"|(?<![^\W\d_])(?:конкретные|соответствующие|необходимые|четкие|чёткие)\s+(?:поручения|задачи|указания)"
                     r"(?![^\W\d_])"
                     # "обозначил главные задачи для министерства": the tasks named only by their rank
                     r"|(?<![^\W\d_])(?:главные|основные|ключевые|приоритетные)\s+задачи(?![^\W\d_])"
                     # "Токаев дал поручения акиму области": a bare plural after the verb
                     r"|(?<=дал\s)поручения|(?<=дала\s)поручения"
                     # "поставил три задачи": the number of the tasks, which the next sentences enumerate
                     r"|(?<![^\W\d_])(?:две|три|четыре|пять|шесть|2|3|4|5|6)\s+(?:[^\W\d_]+ые\s+)?(?:задачи|поручения|задач|поручений)"
                     r"(?![^\W\d_])", re.I),
    # "gave relevant instructions", "gave appropriate instructions to the akim"
    "en": re.compile(r"\b(?:a\s+number\s+of|several|certain|a\s+series\s+of|specific|concrete|(?:the\s+)?priority|"
                     r"relevant|appropriate|necessary|corresponding|"
                     # "gave the following instructions.", "set three tasks for the akim." and the list follows
                     r"the\s+following|two|three|four|five|six|\d)\s+"
                     r"(?:specific\s+|concrete\s+|priority\s+)?(?:instructions|tasks)\b", re.I),
    # ("екі тапсырма беріпті", gave two tasks, it is said: their count)
    # ("тиісті тапсырма берді", gave the relevant instructions, as "соответствующие поручения")
    "kk": re.compile(r"(?<![^\W\d_])(?:бірқатар|бірнеше|екі|үш|төрт|бес|\d|тиісті|қажетті)\s+(?:нақты\s+)?(?:тапсырма|міндет)\w*\s+"
                     r"(?:берді|жүктеді|бер[ыі]пт[ыі]|жүктепт[ыі])"
                     r"(?![^\W\d_])", re.I),
}.items()}
# the nouns every Russian umbrella names: one scan for them spares the long alternation above
# in nearly every sentence (it tries a branch at nearly every word)
RU_UMBRELLA_NOUN = quick(re.compile(r"поручени|задач|указани", re.I))
UMBRELLA_VERB = {lang: quick(pattern) for lang, pattern in {
    "ru": re.compile(r"(?<![^\W\d_])(?:дал|дан|даны|давал|получил|постав\w+|обознач\w+|определил|назвал|озвучил|адресовал)", re.I),
    "en": re.compile(r"\b(?:gave|given|set|issued|assigned)\b", re.I),
    "kk": re.compile(r"."),
}.items()}


def umbrella(text: str, start: int, end: int, lang: str) -> InstructionSpan | None:
    """ "Глава государства дал ряд поручений.", "gave a number of concrete tasks",
    "бірқатар нақты тапсырма берді": the umbrella phrase, to be kept only when alone."""
    pattern = UMBRELLA.get(lang)
    if lang == "ru" and RU_UMBRELLA_NOUN.search(text, start, end) is None:
        return None
    m = pattern.search(text, start, end) if pattern else None
    verb = UMBRELLA_VERB[lang].search(text, start, end)
    if m is None or verb is None:
        return None
    if lang == "ru":
        whom = _umbrella_assignee(text, start, m.start(), verb)
    elif lang == "en" and verb.end() <= m.start():
        # "gave the Ministry certain tasks", "gave a number of instructions to the governors": whom, in English
        whom = umbrella_addressee(text, start, verb, m, end)
    else:
        whom = None
    return InstructionSpan(m.group(), m.start(), m.end(), whom)


def _umbrella_assignee(text: str, start: int, at: int, verb: re.Match[str]) -> str | None:
    """Whom a Russian umbrella is given to: "дал акиму области ряд поручений" (between the verb
    and the quantifier), "Акиму области дан ряд поручений" (before the verb)."""
    if verb.end() <= at:
        tokens = _tokens(text, verb.end(), at)
        assignee, stop = _ru_addressee(tokens, 0)
        if assignee is not None and stop == len(tokens):
            return assignee
    return _ru_assignee_before(text[start:verb.start()], verb.start() - start)


CONTINUATION = {
    "en": re.compile(r"\s*(?:This|These|They|It|(?:The|These|Those)\s+(?:instructions|tasks))\s+"
                     r"(?:includes?|include|included|involved?|involves?|concern(?:s|ed)?|cover(?:s|ed)?|relate[sd]?\s+to)\s+|"
                     # "Among them are A and B", "Specifically, A and B"
                     r"\s*(?:Among\s+them(?:\s+(?:are|were|is|was))?|In\s+particular|Specifically|Namely|These\s+are)[\s,:]+|"
                     # "The President set priority tasks. Firstly, ... Secondly, ...": an enumeration of them
                     r"\s*(?P<ordinal>(?:First|Second|Third|Fourth|Fifth)(?:ly)?|Finally|Lastly)\s*,\s*", re.I),
    # "... подчеркнул важность A. Отдельное внимание уделено B": the passive goes on with the
    # Head of State's emphasis, B is a task as well
    # "Среди них – A и B", "В числе поручений – ...": the list of the umbrella's tasks; "Необходимо
    # завершить A." right after it: the outlet states one of them in a modal word
    "ru": re.compile(r"\s*(?:Речь\s+идет\s+о|В\s+их\s+числе|Они\s+касаются|В\s+частности|"
                     # "Среди приоритетных задач также названы A и B": the passive names more of them
                     r"Среди\s+(?:[^\W\d_]+ых\s+)?(?:них|поручений|задач)(?:\s+(?:также\s+)?(?:названы|обозначены|определены))?|"
                     r"В\s+числе\s+(?:них|поручений|задач)|"
                     # "Во-первых, A. Во-вторых, B.", "Первая – A. Вторая – B.": the umbrella's tasks enumerated
                     + RU_ORDINAL_ADVERB + "|" + RU_ORDINAL + r"(?=\s*[—–:])|"
                     r"(?:Отдельное|Особое|Пристальное)\s+внимание\s+(?:было\s+)?уделено|"
                     r"(?:Также\s+)?(?:необходимо|нужно|надо|важно|следует)(?=\s+(?:также\s+)?[^\W\d_]+ть(?:ся)?\s))"
                     r"[\s,:–—-]+(?:(?:важность|необходимость)\s+)?", re.I),
}


def continuation(text: str, start: int, end: int, lang: str) -> list[InstructionSpan]:
    """The tasks of an umbrella listed in the next sentence ("This includes A, B and C")."""
    if lang == "kk":
        namely = namely_task(text, start, end)
        return [InstructionSpan(namely[0], namely[1], namely[2], None)] if namely else []
    pattern = CONTINUATION.get(lang)
    m = pattern.match(text, start, end) if pattern else None
    if m is None:
        return []
    if lang == "ru":
        return _ru_continuation(text, m.end(), end)
    sentence = text[start:end]
    if m.group("ordinal"):
        # "Firstly, X needs to be done, and Y needs to be done.": each clause of an enumerated task
        return [InstructionSpan(sentence[a:b], start + a, start + b, None)
                for a, b in _clauses(sentence, m.end() - start)]
    at = m.end() - start
    if sentence.startswith("to ", at):
        # "In particular, to finish A and to repair B": an infinitive list, its "to" no part of a task
        pieces = _split_en(sentence, at + 3, len(sentence), gerund=False)
    else:
        pieces = _split_en_topics(sentence, at, len(sentence))
    return [InstructionSpan(sentence[a:b], start + a, start + b, None) for a, b in pieces]


# "In this connection, concrete tasks were set for the town's heads." after "The focus was on A and B."
EN_REFERS_BACK = re.compile(r"\s*(?:In\s+this\s+(?:regard|connection|context|respect)|To\s+this\s+end|Accordingly|"
                            r"To\s+that\s+end)\s*,?\s", re.I)
EN_STATED_TOPICS = re.compile(r"\b(?:(?:the\s+)?(?:main\s+|special\s+|particular\s+)?(?:emphasis|focus)\s+was\s+"
                              r"(?:placed\s+|put\s+|laid\s+)?on|"
                              r"(?:special|particular|close|great|utmost)\s+attention\s+was\s+(?:paid|given)\s+to)\s+", re.I)


def referred_topics(text: str, before: tuple[int, int], here: tuple[int, int], lang: str) -> list[InstructionSpan]:
    """The tasks of an umbrella that refers back ("In this regard, tasks were given to X"): the
    topics on which the sentence before put the emphasis; the umbrella names their addressee."""
    if lang == "ru":
        return ru_referred_topic(text, before, here)
    if lang != "en" or not EN_REFERS_BACK.match(text, *here):
        return []
    m = EN_STATED_TOPICS.search(text, *before)
    if m is None:
        return []
    sentence = text[before[0]:before[1]]
    at = m.end() - before[0]
    trigger = EN_TRIGGER.search(text, *here)
    assignee = _en_assignee(re.sub(r"\s*[.!]?\s*$", "", text[trigger.end():here[1]])) if trigger else None
    pieces = _split_en(sentence, at, len(sentence), gerund=True) if _gerund_at(sentence, at) else \
        _split_en_topics(sentence, at, len(sentence))
    return [InstructionSpan(sentence[a:b], before[0] + a, before[0] + b, assignee) for a, b in pieces]


EN_CLAUSE_CUT = re.compile(r",\s+and\s+|;\s*(?:and\s+)?")


def _clauses(sentence: str, a: int) -> list[tuple[int, int]]:
    """The clauses of sentence[a:] joined by ", and" or ";", trimmed."""
    bounds, seg = [], a
    for cut in EN_CLAUSE_CUT.finditer(sentence, a):
        bounds.append((seg, cut.start()))
        seg = cut.end()
    bounds.append((seg, len(sentence)))
    # "First, to complete X.": the infinitive's "to" is no part of the task
    bounds = [(x + 3 if sentence.startswith("to ", x) else x, y) for x, y in bounds]
    return [(x, _trim(sentence, x, y)) for x, y in bounds if _trim(sentence, x, y) > x]


LIST_INTRO = re.compile(r"(?:поруч\w*|задач\w*|instruct\w*|instructions|tasks?|тапсыр\w*|тапсырма\w*)[^.:]{0,60}:\s*$", re.I)
# "поставил перед Правительством следующие задачи.": "следующие" announces the list as a colon does
RU_FOLLOWING = re.compile(r"(?<![^\W\d_])следующ\w+\s+(?:[^\W\d_]+\s+)?(?:поручени|задач)\w*\s*\.\s*$", re.I)
# "Первое. Разработать ...", "Во-вторых, внедрить ...": an ordinal word numbers an item as "1)" does
BULLET = re.compile(r"[-–—•·*]\s*|\d{1,2}[.)]\s+|" + RU_ORDINAL + r"\s*[.:–—]\s*|" + RU_ORDINAL_ADVERB + r"\s*,\s*")


def list_assignee(sentence: str, lang: str) -> str | None:
    """The addressee of a list introduction ("поручил акиму области:", "Перед Правительством
    поставлен ряд задач:", "instructed the akim as follows:")."""
    if lang == "en":
        m = EN_TRIGGER.search(sentence)
        if not m:
            return None
        # ("to the head of the fund:": the preposition is no word of the addressee's)
        found = re.match(r"\s*((?:(?:to|for)\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)\s*(?:as\s+follows)?\s*:", sentence[m.end():])
        # "gave a number of instructions to the Government:": after a noun trigger only "to" or "for" names one
        named = found and (not m.group("nominal") or re.match(r"(?:to|for)\s", found.group(1), re.I))
        return (_en_assignee(found.group(1)) if found and named else None) or \
            _en_assignee(m.group("who") or m.group("whom") or "") or _en_passive_subject(sentence, m)
    if lang == "kk":
        return kk_list_assignee(sentence)
    if lang != "ru":
        return None
    matches = list(_parser().findall(sentence))
    if not matches:
        return None
    match = matches[-1]
    tokens = _tokens(sentence, match.span.stop, len(sentence))
    return (_ru_addressee(tokens, 0)[0] or _ru_addressee(_tokens(sentence, match.span.start, match.span.stop), 1)[0]
            or _ru_assignee_before(sentence, match.span.start))


def introduces_list(sentence: str) -> bool:
    """A sentence such as "Глава государства дал ряд поручений:" that announces a list of items."""
    return (sentence.rstrip().endswith(":") and bool(LIST_INTRO.search(sentence))) or bool(RU_FOLLOWING.search(sentence))


def list_item(text: str, start: int, end: int, lang: str) -> InstructionSpan | None:
    """One item of an announced list: a paragraph opening with a bullet or an infinitive."""
    a = start
    bullet = BULLET.match(text, a, end)
    if bullet:
        a = bullet.end()
    whom, a = _item_addressee(text, a, end) if lang == "ru" else (None, a)
    first = TOKEN.match(text, a, end)
    if first is None:
        return None
    if not bullet:
        word = first.group()
        if lang == "ru" and not morph.has_tag(word, "INFN"):
            return None
        if lang == "en" and not (word.lower() == "to" or word[:1].islower()):
            return None
        if lang == "kk" and not KK_VERBAL_NOUN.search(text, a, _trim(text, a, end)):
            return None
    if lang == "en" and text[a:a + 3].lower() == "to ":
        a += 3
    b = _trim(text, a, end)
    if b <= a:
        return None
    if lang == "ru" and bullet and text[a].isupper() and morph.has_tag(first.group(), "INFN"):
        # "Первое. Разработать ...": the capital is the sentence's, not the task's
        return InstructionSpan(text[a].lower() + text[a + 1:b], a, b, whom)
    return InstructionSpan(text[a:b], a, b, whom)


ITEM_DASH = re.compile(r"\s*[–—-]\s*")


def _item_addressee(text: str, a: int, end: int) -> tuple[str | None, int]:
    """ "– Правительству – принять меры ...": a list item that names its own addressee before
    a dash (the verb of the introduction said once); the addressee and where the task starts."""
    tokens = _tokens(text, a, min(end, a + 120))
    assignee, pos = _ru_addressee(tokens, 0)
    dash = ITEM_DASH.match(text, tokens[pos - 1][2]) if assignee is not None and 0 < pos < len(tokens) else None
    if assignee is None or dash is None or dash.end() >= end:
        return None, a
    return assignee, dash.end()
