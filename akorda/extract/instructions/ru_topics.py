"""Russian tasks named as nouns after a nominal trigger ("дал ряд поручений по развитию туризма",
"поручение о строительстве", "поставил задачи: A, B", "поставлены задачи принятия мер по A,
оказанию B", "поручений, касающихся A и B"): the trigger's nouns (ru.py) are followed by topics or
actions, not by an infinitive."""

from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import InstructionSpan, Token, _tokens
from akorda.extract.instructions.ru_addressee import _lexicon
from akorda.extract.instructions.ru_nominal import _action_head, _split_actions, _split_nominal
from akorda.extract.instructions.ru_verbal import own_words

# "дал ряд поручений, касающихся стратегии ...", "поручения в части ...": a genitive topic list
# ("связанных с A и B" takes the instrumental), "в том числе" may come first
# "направленных на повышение A" the accusative; "в сфере A и B" the genitive
# ("касающихся, в частности, A и B": the parenthetical after the participle)
RU_GENITIVE_TOPIC = re.compile(
    r",?\s*(?:в\s+том\s+числе\s+)?(?:касающи\w+|касательно|(?P<with>связанны\w+\s+с[о]?)|в\s+части"
    r"|в\s+(?:сфере|сферах|области|вопросах)|(?P<aim>направленны\w+\s+на))"
    r"(?:\s*,\s*(?:в\s+частности|в\s+том\s+числе|прежде\s+всего)\s*,\s*|\s+)",
    re.I,
)
# "поставил ряд задач по развитию города, включая A, B и C": the list details the topic
RU_INCLUDING = re.compile(r"\s*,\s*(?:включая|в\s+том\s+числе|среди\s+которых|а\s+именно)\s+", re.I)


def nominal_items(
    sentence: str, start: int, trig_end: int, trigger_words: list[Token], tokens: list[Token], limit: int, assignee: str | None
) -> list[InstructionSpan]:
    """Topics after a nominal trigger: "дал ряд поручений по развитию туризма и поддержке
    фермеров" (dative after a preposition), "поручение о строительстве" (prepositional),
    "задачи: модернизация A, строительство B" (a list after a colon) or "поручений,
    касающихся A и B" (genitive)."""
    if not any(morph.lemma(w) in {"поручение", "задача", "указание", "установка"} for w, _, _ in trigger_words):
        return []
    if tokens[0][0].lower() in _lexicon()["preps"]:
        # "задачи по развитию X" names actions; "поручения по развитию области" a topic
        tasks = _is_task(trigger_words)
        # "поручений по вопросам энергетики, транспорта и экологии": the topics are the genitives
        about = len(tokens) > 2 and tokens[1][0].lower() in {"вопросам", "направлениям"}
        topics = _split_nominal(sentence, tokens[2:], limit, "gent") if about else []
        topics = topics if len(topics) > 1 else _split_nominal(sentence, tokens[1:], limit, tasks=tasks)
        detail = RU_INCLUDING.match(sentence, topics[-1][1], limit) if topics else None
        if detail:
            topics = _split_nominal(sentence, _tokens(sentence, detail.end(), limit), limit, "accs") or topics
        return [
            own_words(sentence, a, b, start, assignee) if tasks else InstructionSpan(sentence[a:b], start + a, start + b, assignee)
            for a, b in topics
        ]
    if tokens[0][0].lower() in {"о", "об"}:
        # "дал поручение о строительстве новой больницы": the topic in the prepositional
        return [
            InstructionSpan(sentence[a:b], start + a, start + b, assignee) for a, b in _split_nominal(sentence, tokens[1:], limit, "loct")
        ]
    if sentence[trig_end : tokens[0][1]].strip() == ":":
        # "поставил следующие задачи: модернизация сетей, строительство дорог": the actions listed;
        # "обозначил ключевые задачи: устойчивый рост, развитие A и решение B": the tasks named as
        # noun groups in the nominative, an action noun or not ("рост" is none by its suffix)
        listed = _split_actions(sentence, tokens, limit)
        if len(listed) < 2 and _is_task(trigger_words):
            listed = _split_nominal(sentence, tokens, limit, "nomn") or listed
        return [own_words(sentence, a, b, start, assignee) for a, b in listed]
    if (
        _is_task(trigger_words)
        and not sentence[trig_end : tokens[0][1]].strip()
        and morph.pos(tokens[0][0]) in {"NOUN", "ADJF"}
        and morph.has_tag(tokens[0][0], "gent")
        and _action_head(tokens, 0)
    ):
        # "поставлены задачи принятия мер по A, оказанию помощи B, расширению C": each action noun
        # of the list (the first in the genitive, the rest in the case of its kin) a task of its own
        return [own_words(sentence, a, b, start, assignee) for a, b in _split_actions(sentence, tokens, limit)]
    topic = RU_GENITIVE_TOPIC.match(sentence, trig_end)
    if not topic:
        return []
    case = "ablt" if topic.group("with") else "accs" if topic.group("aim") else "gent"
    return [
        InstructionSpan(sentence[a:b], start + a, start + b, assignee)
        for a, b in _split_nominal(sentence, _tokens(sentence, topic.end(), limit), limit, case)
    ]


def _is_task(trigger_words: list[Token]) -> bool:
    """Whether the trigger names tasks ("поставил задачи"), whose list items are actions."""
    return any(morph.lemma(w) == "задача" for w, _, _ in trigger_words)
