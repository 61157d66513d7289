"""Russian instructions in the President's own modal words: "Астану надо сделать зеленым
городом", "акимату следует проявлять ...", "власти должны брать на себя ответственность".

A modal sentence is a task only where the Head of State says it (ru_speech.py). Elsewhere
the same words are an akim's plan or the outlet's comment, not an instruction.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from akorda.extract import morph
from akorda.extract.instructions.common import CLOSING_QUOTES, RU_ORDINAL, InstructionSpan, Token, _tokens, _trim
from akorda.extract.instructions.ru import _skip_lead, _unattributed
from akorda.extract.instructions.ru_addressee import _is_addressee, _lexicon, _ru_addressee, _ru_assignee_before
from akorda.extract.instructions.ru_clauses import _first_infinitive, _split_ru
from akorda.extract.instructions.ru_nominal import _action_head, _split_actions
from akorda.extract.instructions.ru_speech import ASIDE, PRESIDENT, SPEECH, _said_by_president, his_sentence
from akorda.extract.instructions.ru_verbal import own_words
from akorda.extract.union import quick

# "Ещё одна важная задача — построить ...", "Первое – ускорить ...": the President names a task and its action
# "Важно не допустить ...", "считает необходимым продолжить ...", "счёл важным ...": an infinitive
# after "важно" and its kin is the same task; "Прошу уделить ...", "Требую навести ..." are the
# President's own request; "Акимату предстоит ..." what is to be done; "Нельзя допустить A" is "не допустить A"
RU_MODAL = quick(re.compile(r"(?<![^\W\d_])(?<!(?<![^\W\d_])не\s)(?:надо|нужно|необходимо|следует|должн[аоы]|должен|требуется"
                            r"|важно|целесообразно|прошу|требую|предстоит|нельзя|недопустимо|(?:счита\w*|сч[её]л\w*)\s+(?:[^\W\d_]+\s+)?(?:важным|необходимым|целесообразным)"
                            r"|обязан[аоы]?|задач[аи]\s*[—–]|цел[ьи]\s*[—–]|" + RU_ORDINAL + r"\s*[—–:])(?![^\W\d_])", re.I))
# (the modal words that take an infinitive only, "Прошу прощения" is no task, and the verbs of
# saying or knowing that state no task, "важно отметить, что ...", are lists of data/instructions.json)
# "Нельзя допустить A", "недопустимо затягивать A": the task is "не допустить A", "не затягивать A"
NEGATED = frozenset({"нельзя", "недопустимо"})
# "область должна стать точкой притяжения": a state to reach, not an action to take
COPULAS = frozenset({"быть", "стать", "являться", "оставаться"})
# a relative clause: its modal qualifies a noun ("проблема, которую нужно решать")
RELATIVE = re.compile(r"(?<![^\W\d_])котор\w*[^,;:]*$", re.I)


def _presidents_clauses(pattern: re.Pattern[str], text: str, start: int, end: int,
                        at_end: bool) -> Iterator[tuple[re.Match[str], int, list[Token]]]:
    """Each match of pattern in text[start:end] that the President says (judged at the match's end
    where at_end, else at its start: a modal is his where the words after it are; "Рассчитываю, что" where it stands), with
    where its clause ends and the clause's tokens: the modal and the expectation read the same
    stretch of speech."""
    sentence = text[start:end]
    whole: bool | None = None
    for m in pattern.finditer(sentence):
        if whole is None:
            whole = his_sentence(text, start, end)
        if _said_by_president(text, start, end, start + (m.end() if at_end else m.start()), whole):
            limit = _quote_end(sentence, m.end())
            yield m, limit, _tokens(sentence, m.end(), limit)


def _modal(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The infinitive clauses after a modal word the President says in text[start:end]."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m, limit, tokens in _presidents_clauses(RU_MODAL, text, start, end, at_end=True):
        aside = ASIDE.match(sentence, m.end())
        if aside:  # "необходимо, по словам Президента, ускорить ...": the aside is no part of the task
            tokens = _tokens(sentence, aside.end(), limit)
        assignee, tokens = _requested_of(m.group(), tokens)
        # "что Правительству необходимо ...", "акимату предстоит ...": the dative before the modal
        assignee = assignee or _ru_assignee_before(sentence, m.start())
        first = _first_infinitive(tokens, 0)
        if first is not None and tokens[first][0].lower() in _lexicon()["saying"]:
            continue
        if first is not None and _passive(tokens, first) and not RELATIVE.search(sentence, 0, m.start()):
            out.extend(_passive_tasks(sentence, start, m.start(), tokens[first + 1][1], limit))
            continue
        if first is None and _action_head(tokens, 0) and not RELATIVE.search(sentence, 0, m.start()) and \
                m.group().lower() not in _lexicon()["verbal_only"]:
            # "от руководства области требуется проявление инициативы и принятие мер": action nouns
            end_at = _trim(sentence, tokens[0][1], limit)
            out.append(_unattributed(text, InstructionSpan(sentence[tokens[0][1]:end_at], start + tokens[0][1],
                                                           start + end_at, None)))
            continue
        if first is None or tokens[first][0].lower() in COPULAS or RELATIVE.search(sentence, 0, m.start()):
            continue  # "должна стать центром" names no action; nor does a relative clause
        # the clause from the modal on: adverbials before the infinitive stay ("чаще встречаться")
        lead = _skip_lead(tokens, 0)  # "Нужно также решить ...": the parenthetical is no part of it
        negated = m.group().lower() in NEGATED
        for a, b in _split_ru(sentence, tokens[lead if lead <= first else 0][1], limit):
            item = _unattributed(text, InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            if negated and not item.text.startswith("не "):
                item = InstructionSpan(f"не {item.text}", item.start, item.end, item.assignee)
            out.append(item)
    return out


# "Прошу вас ...", "Поручаю вам ...": the pronoun of address names no one the record can hold
ADDRESS_PRONOUNS = frozenset({"вас", "вам", "тебя", "тебе"})


def _requested_of(modal: str, tokens: list[Token]) -> tuple[str | None, list[Token]]:
    """ "Прошу Правительство принять меры": whom the President asks (accusative) is the
    assignee and no part of the task; a pronoun of address is skipped."""
    if modal.lower() not in {"прошу", "требую"} or not tokens:
        return None, tokens
    if tokens[0][0].lower() in ADDRESS_PRONOUNS:
        return _vocative(tokens[1:])
    assignee, pos = _ru_addressee(tokens, 0, "accs")
    return (assignee, tokens[pos:]) if assignee is not None and pos < len(tokens) else (None, tokens)


VOCATIVE_WORDS = 5
POLITE = frozenset({"уважаемые", "уважаемый", "дорогие", "коллеги"})


def _vocative(tokens: list[Token]) -> tuple[str | None, list[Token]]:
    """ "Прошу вас, уважаемые акимы, усилить ...": the officials addressed between commas after
    the pronoun are the assignee (without the polite word); the task follows the second comma."""
    if not tokens or tokens[0][0] != ",":
        return None, tokens
    close = next((k for k in range(1, min(len(tokens), VOCATIVE_WORDS + 2)) if tokens[k][0] == ","), None)
    if close is None:
        return None, tokens
    words = [t for t in tokens[1:close] if t[0].lower() not in POLITE]
    if not words:
        return None, tokens[close + 1:]  # "Прошу вас, уважаемые коллеги, ...": no one the record can hold
    assignee, stop = _ru_addressee(words, 0, "nomn")
    return (assignee, tokens[close + 1:]) if assignee is not None and stop == len(words) else (None, tokens)


# the sentence's end, a headline's signature, or the attribution inside a quote ("..., – отметил Президент.")
CLAUSE_STOP = re.compile(r"[.!?]|\s[-–—]\s*(?:Касым-Жомарт\s+)?" + PRESIDENT + r"|,?\s[-–—]\s*" + SPEECH)


def _quote_end(sentence: str, at: int) -> int:
    """Where the quoted speech, the sentence or a headline's signature ends after `at`."""
    ends = [i for i in (sentence.find(q, at) for q in (*CLOSING_QUOTES, '"')) if i >= 0]
    stop = CLAUSE_STOP.search(sentence, at)
    if stop:
        ends.append(stop.start())
    return min(ends) if ends else len(sentence)


# the subject of a passive task: the words after "что" or the clause's start ("подчеркнул, что
# приоритетное внимание должно быть уделено ...")
SUBJECT = re.compile(r"(?:^|[,:;]\s*(?:что\s+)?|\sчто\s+)((?:(?!что\s)[^\W\d_]+\s+){1,4}?)$", re.I)


def _passive(tokens: list[Token], first: int) -> bool:
    """ "должно быть уделено решению X", "должны быть приняты меры": "быть", a short passive
    participle and what it governs; "поручение должно быть исполнено" (said of an earlier
    instruction, with nothing after) sets no new task."""
    return tokens[first][0].lower() == "быть" and first + 2 < len(tokens) and \
        morph.has_tag(tokens[first + 1][0], "PRTS") and tokens[first + 2][0][:1].isalnum()


def _passive_tasks(sentence: str, start: int, modal: int, participle: int, limit: int) -> list[InstructionSpan]:
    """The task of a passive modal, said with its subject: "приоритетное внимание должно быть
    уделено решению X" -> "приоритетное внимание уделено решению X" (what is to be done, to what).
    Where the participle governs a list of action nouns ("уделено решению X и улучшению Y"),
    each is a task of its own in the release's words ("решению X", "улучшению Y"; its action
    form beside it), as the tasks of "поставил задачи по A и B" are."""
    subject = SUBJECT.search(sentence[:modal])
    end = _trim(sentence, participle, limit)
    tokens = _tokens(sentence, participle, end)
    # "уделено особое внимание A и B": the attention named after the participle is no topic
    attention = next((k for k in range(1, min(len(tokens), 4)) if morph.lemma(tokens[k][0]) == "внимание"), 0)
    topics = _split_actions(sentence, tokens[attention + 1:], end) if len(tokens) > attention + 1 else []
    if len(topics) > 1:
        return [own_words(sentence, a, b, start, None) for a, b in topics]
    words = sentence[participle:end]
    lead = subject.group(1).strip() if subject else ""
    at = start + (subject.start(1) if subject else participle)
    return [InstructionSpan(f"{lead} {words}" if lead else words, at, start + end, None)]


# "Занимайтесь Павлодаром и областью": a sentence of the President's speech that opens with an
# imperative to those he addresses sets them a task, said as the action ("заниматься ...")
IMPERATIVE_AT = re.compile(r"\s*[«\"“]?\s*(?P<verb>[^\W\d_]+(?:йте|ите)(?:сь)?)(?![^\W\d_])")
# imperatives of address, not of a task ("Давайте вспомним", "Поверьте, ...")
ADDRESS_IMPERATIVES = frozenset({"давайте", "представьте", "поймите", "поверьте", "извините", "простите",
                                 "послушайте", "скажите", "посмотрите", "знайте"})


def imperative(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The task of a sentence opening with a plural imperative in the President's speech."""
    sentence = text[start:end]
    m = IMPERATIVE_AT.match(sentence)
    if m is None or m.group("verb").lower() in ADDRESS_IMPERATIVES:
        return []
    parse = morph.parse(m.group("verb").lower())
    # judged at the verb: "«Работайте ...», – сказал Президент" opens the quote before it
    if "impr" not in parse.tag or "plur" not in parse.tag or not _said_by_president(text, start, end, start + m.start("verb")):
        return []
    b = _trim(sentence, m.end(), _quote_end(sentence, m.end()))
    if b <= m.end():
        return []
    # the release's words, its sentence capital lowered as the English imperative's is ("работайте на ...")
    said = sentence[m.start("verb"):b]
    return [InstructionSpan(said[:1].lower() + said[1:], start + m.start("verb"), start + b, None,
                            parse.normal_form + sentence[m.end():b])]


# "Рассчитываю, что аким наведет порядок", "Надеюсь, что вы будете активнее работать": what the
# President expects an official to do is a task, said as the action ("навести порядок")
EXPECTS = quick(re.compile(r"(?<![^\W\d_])(?:рассчитываю|надеюсь|ожидаю)\s*,?\s+что\s+", re.I))
EXPECT_REACH = 8


def expectations(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The action the President expects of an official (the subject: an addressee or "вы")."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for _, limit, tokens in _presidents_clauses(EXPECTS, text, start, end, at_end=False):
        verb = _expected_verb(tokens)
        if verb is None:
            continue
        at, lemma = verb
        end_at = _trim(sentence, tokens[at][2], limit)
        said = sentence[tokens[at][1]:end_at]
        action = (lemma + sentence[tokens[at][2]:end_at]) if lemma else None
        out.append(_unattributed(text, InstructionSpan(said, start + tokens[at][1], start + end_at, None, action)))
    return out


def _expected_verb(tokens: list[Token]) -> tuple[int, str | None] | None:
    """(index, infinitive) of the finite verb after an official subject ("аким наведет"), or
    (index of the infinitive, None) after "будет"/"будете"; None where the subject is no official."""
    subject = False
    for i, (word, _, _) in enumerate(tokens[:EXPECT_REACH]):
        if not word[:1].isalnum():
            return None
        parses = morph.parses(word.lower())
        if word.lower() == "вы" or any(p.tag.POS == "NOUN" and "nomn" in p.tag and _is_addressee(p) for p in parses):
            subject = True
            continue
        finite = next((p for p in parses if p.tag.POS == "VERB" and {"futr", "pres"} & set(p.tag.grammemes)), None)
        if finite is None:
            continue
        if not subject:
            return None
        if finite.normal_form == "быть":
            # "будете активнее работать": the infinitive, adverbs before it kept
            infinitive = next((k for k in range(i + 1, min(len(tokens), i + 4)) if morph.has_tag(tokens[k][0], "INFN")), None)
            return (i + 1, None) if infinitive is not None else None
        return None if finite.normal_form in COPULAS else (i, finite.normal_form)
    return None
