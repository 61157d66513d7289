"""Russian tasks the Head of State states with the object first or as the subject of a duty.

"Заданных темпов снижать нельзя", "Ремонт школ недопустимо затягивать": the direct object stands
before the prohibition (and the infinitive before it or after), which reads as "не снижать
заданных темпов", "не затягивать ремонт школ"; ru_modal.py takes the common order ("нельзя
снижать темпы"). An object after a preposition ("к коронавирусу относиться нельзя") states an
attitude, not a thing to be done, and stays out.

"Рекомендации министра должны стать первоочередной задачей для акимов": what is to become his
officials' task is the task, said as "считать рекомендации министра первоочередной задачей".
"""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import InstructionSpan, Token, _tokens, _trim
from akorda.extract.instructions.ru import _unattributed
from akorda.extract.instructions.ru_speech import _said_by_president
from akorda.extract.union import quick

# a prohibition ("нельзя", "недопустимо", "ни в коем случае нельзя") with the words before it in its clause
PROHIBITION = quick(re.compile(r"(?<![^\W\d_])(?:нельзя|недопустимо)(?![^\W\d_])", re.I))
# where the clause before the prohibition starts: the sentence, a comma, a colon, "и", "но", "что"
CLAUSE_START = re.compile(r"(?:^|[,:;–—]\s*|(?<![^\W\d_])(?:и|но|а|что|поэтому)\s+)(?=[^,:;–—]*$)", re.I)
# words that only strengthen a prohibition: no part of the object
INTENSIFIERS = frozenset({"ни", "в", "коем", "случае", "никак", "никогда", "больше", "просто", "уже"})
OBJECT_WORDS = 6
# the tags of a name, whose capital stays where it opens the sentence
PROPER = ("Name", "Surn", "Geox", "Orgn", "Abbr")
# "должны стать первоочередной задачей", "должно стать приоритетом": a thing made a task
BECOME_TASK = quick(re.compile(r"(?<![^\W\d_])(?P<modal>должн[аоы]?|должен)\s+стать\s+(?P<rank>(?:[^\W\d_]+(?:ой|ей)\s+){0,2}"
                               r"(?:задачей|приоритетом))(?![^\W\d_])", re.I))
# the subject of "должны стать задачей": from the clause's start ("что", a comma, the sentence)
SUBJECT_START = re.compile(r"(?:^|[,:;]\s*|(?<![^\W\d_])что\s+)(?=[^,:;]*$)", re.I)
SUBJECT_WORDS = 10


def _clause_start(pattern: re.Pattern[str], sentence: str, at: int) -> int:
    """Where the last clause before `at` starts (after "что", a comma, the sentence's start)."""
    ends = [m.end() for m in pattern.finditer(sentence, 0, at)]
    return ends[-1] if ends else 0


def _infinitive(word: str) -> bool:
    return morph.has_tag(word, "INFN")


def _object_phrase(tokens: list[Token]) -> bool:
    """Whether tokens are a direct object noun group: its head noun in the accusative or the
    genitive, no preposition (an object after one is a circumstance or an attitude)."""
    words = [t[0] for t in tokens if t[0].lower() not in INTENSIFIERS]
    # "подготовку к зиме" is an object with its complement; "к жалобам" opens with the preposition
    if not words or len(words) > OBJECT_WORDS or morph.pos(words[0]) == "PREP":
        return False
    if any(not w[:1].isalpha() for w in words):
        return False
    if any(morph.has_tag(w, "Apro") for w in words):
        return False  # "такого положения терпеть нельзя": what it points back to is no task of its own
    nouns = [w for w in words if morph.pos(w) == "NOUN"]
    return bool(nouns) and (morph.has_tag(nouns[0], "accs") or morph.has_tag(nouns[0], "gent")) and \
        all(morph.pos(w) in {"NOUN", "ADJF", "PRTF", "NUMR", "PREP"} for w in words)


def fronted(text: str, start: int, end: int) -> list[InstructionSpan]:
    """ "темпов снижать нельзя", "ремонт нельзя затягивать": the prohibited action with its fronted object."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in PROHIBITION.finditer(sentence):
        before = _tokens(sentence, _clause_start(CLAUSE_START, sentence, m.start()), m.start())
        while before and not before[0][0][:1].isalnum():
            before = before[1:]  # the quote mark or dash that opens his words
        after = _tokens(sentence, m.end(), len(sentence))
        if before and _infinitive(before[-1][0]) and _object_phrase(before[:-1]):
            verb, fronted_words = before[-1], before[:-1]
        elif after and _infinitive(after[0][0]) and _object_phrase(before) and \
                (len(after) == 1 or not after[1][0][:1].isalnum()):
            verb, fronted_words = after[0], before  # "ремонт школ нельзя затягивать" and the clause ends
        else:
            continue
        words = [t for t in fronted_words if t[0].lower() not in INTENSIFIERS]
        if not _said_by_president(text, start, end, start + m.start()):
            continue
        a = min(words[0][1], verb[1])
        b = max(words[-1][2], verb[2])
        obj = sentence[words[0][1]:words[-1][2]]
        if not any(c.isalpha() for c in sentence[:words[0][1]]) and \
                not any(morph.has_tag(words[0][0], g) for g in PROPER):
            obj = obj[:1].lower() + obj[1:]  # the sentence's capital, not the object's
        said = f"не {verb[0].lower()} {obj}"
        out.append(InstructionSpan(said, start + a, start + b, None, said))
    return out


def become_task(text: str, start: int, end: int) -> list[InstructionSpan]:
    """ "X должны стать первоочередной задачей": X, said as "считать X первоочередной задачей"."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in BECOME_TASK.finditer(sentence):
        subject = _tokens(sentence, _clause_start(SUBJECT_START, sentence, m.start()), m.start())
        if not subject or len(subject) > SUBJECT_WORDS or morph.pos(subject[0][0]) not in {"NOUN", "ADJF", "PRTF"} or \
                not any(morph.pos(t[0]) == "NOUN" and morph.has_tag(t[0], "nomn") for t in subject[:3]):
            continue
        if not _said_by_president(text, start, end, start + m.start()):
            continue
        b = _trim(sentence, m.start("rank"), m.end("rank"))
        said = _accusative(sentence, subject)
        action = f"считать {said[:1].lower() + said[1:] if not said[1:2].isupper() else said} {sentence[m.start('rank'):b]}"
        out.append(_unattributed(text, InstructionSpan(action, start + subject[0][1], start + b, None, action)))
    return out


def _accusative(sentence: str, subject: list[Token]) -> str:
    """The subject as the object of "считать": its leading nominative words in the accusative
    ("газификация сёл" -> "газификацию сёл"), the rest as the release has it."""
    start, end = subject[0][1], subject[-1][2]
    said = sentence[start:end]
    for word, a, b in reversed(_leading_nominative(subject)):
        said = said[:a - start] + morph.inflect(word, frozenset({"accs"})) + said[b - start:]
    return said


def _leading_nominative(subject: list[Token]) -> list[Token]:
    """The adjectives and the head noun in the nominative that open the subject."""
    out: list[Token] = []
    for token in subject:
        word = token[0]
        if morph.pos(word) not in {"NOUN", "ADJF", "PRTF"} or not morph.has_tag(word, "nomn"):
            break
        out.append(token)
        if morph.pos(word) == "NOUN":
            break
    return out
