"""A Russian instruction named as a noun and stated after a dash: "Поручение Президента – до
конца года завершить A", "Одна из задач Главы государства акимату – B", "В числе поручений Президента – C". The noun of the
President's instruction and his name stand first; the infinitive clause is the task (the
nominalised form, GEN brief; "поручение ... дал" is the grammar's). "По моему поручению до
конца года 12 сел будут обеспечены водой": what is to be done on his order, said as a future
passive, is a task too; and so is the issue a meeting considered ("рассмотрен вопрос X") where
the next sentence gives instructions on it without naming a topic ("Правительству даны
конкретные поручения")."""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import HEAD_OF_STATE_NAME, RU_ORDINAL, InstructionSpan, _tokens, _trim, ru_head_of_state
from akorda.extract.instructions.ru_addressee import _ru_addressee, _ru_assignee_before
from akorda.extract.instructions.ru_clauses import _first_infinitive, _split_ru
from akorda.extract.instructions.ru_modal import _quote_end
from akorda.extract.instructions.ru_speech import _said_by_president

NAMED_TASK = re.compile(r"\s*(?:(?:В\s+числе|Среди)\s+(?:[^\W\d_]+\s+)?(?=поручений|задач)"
                        r"|(?:" + RU_ORDINAL + r"|Ещ[её]\s+одно|Одно\s+из|Одна\s+из|Главное|Основное|Ключевое"
                        r"|Главная|Основная|Ключевая)\s+)?(?:поручени[еяй]|задач[аи]?)\s+(?:" + HEAD_OF_STATE_NAME + r"а\s+)?"
                        + ru_head_of_state("gent") + r"(?P<whom>(?:\s+[^\W\d_]+){0,4}?)\s*[–—:]\s+", re.I)


def named_task(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The tasks of a sentence that opens with the President's instruction named as a noun."""
    sentence = text[start:end]
    m = NAMED_TASK.match(sentence)
    if m is None:
        return []
    whom = m.group("whom").strip()
    assignee, stop = _ru_addressee(_tokens(whom, 0, len(whom)), 0) if whom else (None, 0)
    if whom and (assignee is None or stop < len(_tokens(whom, 0, len(whom)))):
        return []  # words between the name and the dash that are no addressee: not this form
    if _first_infinitive(_tokens(sentence, m.end(), len(sentence)), 0) is None:
        return []
    return [InstructionSpan(sentence[a:b], start + a, start + b, assignee) for a, b in _split_ru(sentence, m.end(), len(sentence))]


# "Задача ускорить A была поставлена Главой государства", "Поручение завершить B дал Президент
# акиму": the task noun and its infinitive clause first, the verb and the President (the agent in the
# instrumental, or the subject) after them; the addressee ("перед акимом", "акиму") ends the sentence
FRONTED_NOUN = re.compile(r"\s*(?:(?:Также|Кроме\s+того|Помимо\s+этого|При\s+этом),?\s+)?(?:[Зз]адач[аиу]|[Пп]оручени[ея])\s+")
_AGENT = r"(?:Касым-Жомарт\w*\s+)?(?:" + ru_head_of_state("ablt") + "|" + ru_head_of_state("nomn") + r")(?![^\W\d_])"
FRONTED_VERB = re.compile(r"\s+(?:(?P<before>" + _AGENT + r")\s+)?(?:(?:был[аио]?|были)\s+)?(?:также\s+)?"
                          r"(?:поставлен[аоы]?|дан[аоы]?|дал|поставил|озвучил|озвучен[аоы]?|адресовал|адресован[аоы]?)"
                          r"(?![^\W\d_])(?:\s+(?:также\s+)?(?P<after>" + _AGENT + r"))?")


def fronted_task(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The tasks of a sentence that opens with the task noun and its infinitives, the President's
    verb after them; the President must be named, or the task may be anyone's."""
    sentence = text[start:end]
    m = FRONTED_NOUN.match(sentence)
    if m is None or _first_infinitive(_tokens(sentence, m.end(), len(sentence)), 0) is None:
        return []
    verb = next((v for v in FRONTED_VERB.finditer(sentence, m.end()) if v.group("before") or v.group("after")), None)
    if verb is None:
        return []
    assignee, _ = _ru_addressee(_tokens(sentence, verb.end(), len(sentence)), 0)
    return [InstructionSpan(sentence[a:b], start + a, start + b, assignee) for a, b in _split_ru(sentence, m.end(), verb.start())]


# "По моему поручению ...", "По поручению Главы государства ...": the order named first; a future
# passive in the clause ("будут обеспечены", "будет завершено") says what is to be done, where a
# past one ("выделено 4,9 млрд") or a present state reports a result
ON_ORDER = re.compile(r"\s*(?:[-–—«\"“]\s*)?[Пп]о\s+(?:(?P<mine>моему)\s+(?:личному\s+)?поручению|(?:личному\s+)?поручению\s+"
                      r"(?:" + HEAD_OF_STATE_NAME + r"а\s+)?" + ru_head_of_state("gent") + r")(?![^\W\d_])\s*,?\s*")
# (an adverb may stand between: "будут полностью обеспечены")
FUTURE_PASSIVE = re.compile(r"(?<![^\W\d_])буд(?:ет|ут)\s+(?P<next>[^\W\d_]+)(?:\s+(?P<then>[^\W\d_]+))?")


def on_order(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The task of a sentence that opens with the President's order and says in the future
    passive what it brings about; "по моему поручению" only in his own words."""
    sentence = text[start:end]
    m = ON_ORDER.match(sentence)
    if m is None or (m.group("mine") and not _said_by_president(text, start, end, start + m.start("mine"))):
        return []
    limit = _quote_end(sentence, m.end())
    future = FUTURE_PASSIVE.search(sentence, m.end(), limit)
    if future is None or not any(word and morph.has_tag(word, "PRTS") for word in future.group("next", "then")):
        return []
    if any(_predicate(w) for w, _, _ in _tokens(sentence, m.end(), future.start())):
        return []  # "создан фонд, средства которого будут направлены ...": a result first, its use after
    b = _trim(sentence, m.end(), limit)
    return [InstructionSpan(sentence[m.end():b], start + m.end(), start + b, None)] if b > m.end() else []


# "В ходе встречи рассмотрен также вопрос X", "обсуждены вопросы X": the issue the meeting took up
RU_STATED_TOPIC = re.compile(r"(?<![^\W\d_])(?:рассмотрен[ыо]?|обсужден[ыо]?)\s+(?:также\s+)?вопрос(?:ы)?\s+", re.I)
# the umbrella that refers back is a short sentence of its own, naming no topic ("по ...", "о ...")
REFERRING_UMBRELLA_WORDS = 8
OWN_TOPIC = re.compile(r"(?<![^\W\d_])(?:по|о|об|касающ\w*)(?![^\W\d_])", re.I)


def ru_referred_topic(text: str, before: tuple[int, int], here: tuple[int, int]) -> list[InstructionSpan]:
    """The topic of an umbrella that names none, from the issue the sentence before says the
    meeting considered: one item, as "дал поручения по X" is; the umbrella names the addressee."""
    umbrella = text[here[0]:here[1]]
    if len(umbrella.split()) > REFERRING_UMBRELLA_WORDS or OWN_TOPIC.search(umbrella):
        return []
    m = RU_STATED_TOPIC.search(text, *before)
    if m is None:
        return []
    b = _trim(text, m.end(), before[1])
    if b <= m.end():
        return []
    verb = re.search(r"(?<![^\W\d_])(?:дан[ыо]?|дал|поставлен[ыа]?)(?![^\W\d_])", umbrella)
    assignee = _ru_assignee_before(umbrella, verb.start()) if verb else None
    return [InstructionSpan(text[m.end():b], m.end(), b, assignee)]


def _predicate(word: str) -> bool:
    """A finite verb or a short participle, and no noun ("12 сел": "сел" is villages, not "sat")."""
    parses = morph.parses(word.lower())
    return parses[0].tag.POS in {"PRTS", "VERB"} and not any(p.tag.POS == "NOUN" for p in parses)
