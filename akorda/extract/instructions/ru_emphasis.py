"""Russian tasks set by emphasis: "указал на необходимость проводить ...", "подчеркнул важность
A, B и C" (contract README), the action after the Head of State's emphasis.

The official the emphasis is addressed to may stand between the verb and "на": "указал акиму
на необходимость" (dative), "обратил внимание акима на важность" (genitive); he is the
task's assignee, as after "поручил акиму".
"""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import InstructionSpan, Token, _tokens, _trim
from akorda.extract.instructions.ru import ATTENTION_GERUND, JOINER_END, official_subject
from akorda.extract.instructions.ru_addressee import _ru_addressee
from akorda.extract.instructions.ru_clauses import _first_infinitive, _split_ru
from akorda.extract.instructions.ru_nominal import _split_nominal
from akorda.extract.instructions.ru_verbal import as_action, own_words

# up to six words between the verb and "на": the addressee ("акиму области", "руководства региона")
# ("Правительству совместно с акиматом области": a partner after "совместно с", six words)
WHOM = r"(?P<whom>(?:\s+(?!на(?![^\W\d_]))[^\W\d_]+(?:-[^\W\d_]+)*){1,6}?)?"
# "указал на необходимость", "подчеркнул важность", "обратил внимание на необходимость"
# (the contract's forms), "отметил необходимость", "заявил о необходимости", "акцентировал
# внимание на необходимости", followed by an
# action (an infinitive or a list of nouns). "отметил важность A" is the contract's
# "подчеркнул важность" with a milder verb of saying, the same form (devset/README.md);
# "значимость" and a joint "Президенты отметили" state an opinion, not a task
RU_EMPHASIS = re.compile(
    r"(?<![^\W\d_])(?:(?:(?P<datv>указа(?:л\w*|в))" + WHOM + r"\s+на|подчеркнул\w*|подчеркива\w*|подчеркнув"
    r"|(?P<gent>обрати(?:л\w*|в)\s+(?:особое\s+)?внимание)" + WHOM.replace("whom", "whom2") + r"\s+на)"
    r"\s+(?:[^\W\d_]+ую\s+)?(?:важность|необходимость|приоритетность)"
    r"|отмети(?:ла?|в)\s+(?:[^\W\d_]+ую\s+)?(?:необходимость|важность)"
    r"|(?:заявил|сказал|говорил|напомнил)\w*\s+о\s+(?:[^\W\d_]+ой\s+)?необходимости"
    r"|(?:акцентирова(?:л\w*|в)|заостри(?:л\w*|в))\s+(?:особое\s+)?внимание\s+на\s+(?:необходимости|важности)"
    # "Особое внимание Глава государства обратил на необходимость A": the object before the verb;
    # "была подчеркнута важность A", "было указано на необходимость A": the passive
    r"|(?<![^\W\d_])внимание\s+(?:[^\W\d_]+\s+){0,3}?обратил\w*\s+на\s+(?:важность|необходимость)"
    r"|(?:подчеркнута|отмечена|указана|обозначена)\s+(?:[^\W\d_]+ая\s+)?(?:важность|необходимость)"
    r"|указано\s+на\s+(?:важность|необходимость)"
    # "..., важность B и C", "важность A и необходимость B" after an emphasis: the same verb
    # governs the next emphasis word
    # ("указал на важность A, а также на необходимость B": the preposition said again)
    r"|(?:(?<=,\s)|(?<=\sи\s)|(?<=\sтакже\s))(?:на\s+)?(?P<cont>важность|необходимость)"
    # "обозначил приоритеты работы в социальной сфере, включая A, B, а также C": each priority
    # the Head of State names is a task (accusative list), as "поставил задачи по A, B и C" is
    r"|(?P<prio>(?:обозначил|определил|назвал)\w*\s+(?:\w+\s+)?приоритет\w*[^.;:]{0,100}?,\s+включая))"
    r"(?:\s+задачи)?\s+",
    re.I,
)
DEMONSTRATIVES = frozenset({"этой", "этого", "этих", "данной", "данного", "данных", "такой", "такого", "таких", "всей", "всего"})


def _whom(m: re.Match[str]) -> tuple[str | None, bool]:
    """The addressee between the verb and "на", in the nominative, and whether the words
    there are one (other words, "указал также на", are no addressee but no obstacle)."""
    for group, case in (("whom", "datv"), ("whom2", "gent")):
        words = m.group(group)
        if words:
            tokens = _tokens(words, 0, len(words))
            assignee, stop = _ru_addressee(tokens, 0, case)
            return (assignee, True) if assignee is not None and stop == len(tokens) else (None, False)
    return None, True


def _emphasis(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The action (an infinitive list or a genitive list of nouns) after each emphasis of
    text[start:end]."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    found = list(RU_EMPHASIS.finditer(sentence))
    for n, m in enumerate(found):
        if m.group("cont") and n == 0:
            continue  # "важность B" after a comma continues an emphasis only where one precedes
        if n == 0 and official_subject(sentence[:m.start()]):
            return []
        assignee, addressed = _whom(m)
        if not addressed and not _adverbial(m):
            continue  # "указал министрам области на ...": words that are neither addressee nor adverb
        limit = found[n + 1].start() if n + 1 < len(found) else len(sentence)
        tail = JOINER_END.search(sentence, m.end(), limit) if n + 1 < len(found) else None
        limit = tail.start() if tail else limit
        tokens = _tokens(sentence, m.end(), limit)
        if tokens and tokens[0][0].lower() in DEMONSTRATIVES:
            continue  # "подчеркнул важность этой работы" names no new task
        if m.group("prio"):
            pieces = _split_nominal(sentence, tokens, limit, "accs")
        elif tokens and _adverbs_then_infinitive(tokens):
            pieces = _split_ru(sentence, m.end(), limit)
        else:
            pieces = _split_nominal(sentence, tokens, limit, "gent")
        for a, b in pieces:
            out.extend(_work_by(sentence, start, a, b, limit, assignee))
    return out


def _adverbs_then_infinitive(tokens: list[Token]) -> bool:
    """Whether the emphasis word governs an infinitive, adverbs and "не" before it ("на
    необходимость активнее привлекать", "важность не допускать"): a genitive noun list else."""
    first = _first_infinitive(tokens, 0)
    return first is not None and all(w.lower() == "не" or morph.pos(w) in {"ADVB", "COMP"} for w, _, _ in tokens[:first])


# "необходимость усиления работы по A, B и C", "принятия мер по A и B": the work said once over
# a list of dative topics
WORK_BY = re.compile(r"(?:работ\w*|мер(?:ы|ам|ами)?)\s+по\s+", re.I)


def _work_by(sentence: str, start: int, a: int, b: int, limit: int, assignee: str | None) -> list[InstructionSpan]:
    """One task per topic where an emphasised "работа по" governs a list ("усилить работу по
    привлечению инвестиций", "... по созданию рабочих мест"), else the piece as the action."""
    head = WORK_BY.search(sentence, a, b)
    topics = _split_nominal(sentence, _tokens(sentence, head.end(), limit), limit) if head else []
    # "по развитию и совершенствованию инфраструктуры": two heads that share one object are one topic
    if head is None or len(topics) < 2 or any(len(sentence[x:y].split()) < 2 for x, y in topics[:-1]):
        return [own_words(sentence, a, b, start, assignee)]
    lead = sentence[a:head.end()].rstrip()
    action = as_action(lead)
    return [InstructionSpan(f"{lead} {sentence[x:y]}", start + (a if n == 0 else x), start + y, assignee,
                            f"{action} {sentence[x:y]}" if action != lead else None)
            for n, (x, y) in enumerate(topics)]


def attention(text: str, start: int, end: int) -> list[InstructionSpan]:
    """ "поручил A, обратив особое внимание на B": B with the gerund said as the action
    ("обратить особое внимание на B"), where no emphasis word ("необходимость") took it."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in ATTENTION_GERUND.finditer(sentence):
        if RU_EMPHASIS.match(sentence, m.start("verb")):
            continue
        b = _trim(sentence, m.end(), len(sentence))
        if b > m.end():
            verb = {"обратив": "обратить", "уделив": "уделить"}[m.group("verb").lower()]
            out.append(InstructionSpan(sentence[m.start("verb"):b], start + m.start("verb"), start + b, None,
                                       verb + sentence[m.end("verb"):b]))
    return out


ADVERBIALS = frozenset({"также", "еще", "ещё", "и", "особо", "вновь", "снова", "отдельно", "особое", "в", "очередной", "раз"})


def _adverbial(m: re.Match[str]) -> bool:
    """Whether the words between the verb and "на" are adverbs ("указал также на", "обратил
    внимание в очередной раз на")."""
    words = (m.group("whom") or m.group("whom2") or "").lower().split()
    return all(w in ADVERBIALS for w in words)
