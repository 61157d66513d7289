"""Russian instructions: a yargy grammar of triggers over pymorphy3, addressees in the dative
(see the package docstring)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from akorda.extract import morph
from akorda.extract.instructions.common import TOKEN, InstructionSpan, Token, _tokens
from akorda.extract.instructions.ru_addressee import _lexicon, _ru_addressee, _ru_assignee_before, gapped
from akorda.extract.instructions.ru_clauses import _first_infinitive, _split_ru
from akorda.extract.instructions.ru_nominal import _split_actions, _split_nominal
from akorda.extract.instructions.ru_speech import NAMED, SAID_AT_END, SPEECH
from akorda.extract.instructions.ru_topics import nominal_items
from akorda.extract.instructions.ru_verbal import own_words
from akorda.extract.union import quick

RU_CUE = quick(re.compile(r"поруч|задач|потребова|обязал|наказал|указани|призва|призыва|рекомендова|внимани|необходимост|важност"
                          r"|приоритет|установк", re.I))
# the yargy grammar (a chart parser, the costly step) runs only where its triggers can be
RU_GRAMMAR_CUE = quick(re.compile(r"поруч|задач|потребова|обязал|наказал|указани|призва|призыва|рекомендова|установк", re.I))
@lru_cache(maxsize=1)
def _parser() -> Any:
    from akorda.extract.instructions.chart import LookaheadParser, OnePassTokenizer

    return LookaheadParser(grammar(), tokenizer=OnePassTokenizer(morph=morph.YargyMorph()))


def grammar() -> Any:
    """The trigger grammar (yargy rules), for ``_parser`` and for the test that checks the
    lookahead parser against yargy's own."""
    from yargy import and_, not_, or_, rule
    from yargy.predicates import gram, normalized

    finite = or_(gram("VERB"), gram("PRTS"), gram("GRND"))
    # words that may stand between the verb and its noun: "дал акиму ряд поручений",
    # "поставил перед акимом области задачу", "даны конкретные поручения", "дал Правительству
    # совместно с акиматом поручение" ("совместно с" joins a partner; other adverbs stay out, so
    # "дал несколько поручений" is left to the umbrella)
    filler = and_(
        or_(gram("NOUN"), gram("ADJF"), gram("PREP"), gram("NPRO"), gram("CONJ"), normalized("совместно")),
        not_(normalized("поручение")), not_(normalized("задача")), not_(normalized("указание")),
        not_(normalized("установка")),
    )
    trigger = or_(
        rule(normalized("поручить")),
        rule(normalized("поручать")),
        # "Правительству поручается прекратить ...": the present passive of a decree's wording
        rule(and_(normalized("поручаться"), gram("pres"))),
        # "обязал акимов ...": the same order, said more firmly
        rule(and_(normalized("обязать"), finite)),
        # "потребовал в кратчайшие сроки восстановить ...": an instruction when an infinitive follows
        rule(and_(normalized("потребовать"), finite)),
        # "призвал акима активнее привлекать инвесторов", "призвал к бережному отношению к воде": an
        # appeal of the Head of State sets a task as "поручил" does; only the finite verb ("проект
        # призван решить ..." says what a thing is for)
        rule(and_(or_(normalized("призвать"), normalized("призывать")), gram("VERB"))),
        # "рекомендовал акиму чаще встречаться с жителями": advice of his with a dative and an
        # infinitive is a task as "поручил" is (an official's advice to the public is not, as for
        # "призвал")
        rule(and_(normalized("рекомендовать"), gram("VERB"))),
        # "наказал акиму внимательнее относиться к ...": bade, with a dative and an infinitive
        # ("наказал акима за ..." punishes: no task)
        rule(and_(normalized("наказать"), finite)),
        rule(
            # "озвучил ряд поручений по A и B", "адресовал акиму поручения": the instructions voiced are given
            and_(or_(normalized("дать"), normalized("давать"), normalized("озвучить"), normalized("адресовать")), finite),
            # "дал руководителям областей и городов республиканского значения ряд поручений"
            filler.repeatable(max=9).optional(),
            # "дал установку ускорить A": a directive, as "дал указание"
            or_(normalized("поручение"), normalized("указание"), normalized("установка")),
        ),
        # "Первое поручение президент дал министру – ускорить ...": the noun before the verb
        rule(
            normalized("поручение"),
            filler.repeatable(max=3).optional(),
            and_(or_(normalized("дать"), normalized("давать")), finite),
        ),
        # "возложил на Правительство задачу провести ...", "на акима возложена задача": a task laid on
        # someone (the addressee after "на", in the accusative) is a task set
        rule(
            and_(or_(normalized("возложить"), normalized("возлагать")), finite),
            filler.repeatable(max=6).optional(),
            normalized("задача"),
        ),
        # "поставил задачу", and its synonyms "обозначил задачи", "определил задачи", "назвал
        # ключевые задачи: A, B и C"
        rule(
            and_(or_(normalized("поставить"), normalized("ставить"), normalized("обозначить"),
                     normalized("определить"), normalized("назвать")), finite),
            # ("поставил перед Правительством и акиматом области задачу": two addressees, five words)
            filler.repeatable(max=6).optional(),
            normalized("задача"),
        ),
    )
    return trigger


APPEALS = frozenset({"призвать", "призывать", "рекомендовать"})
# the President or "он" as the subject before "призвал"
APPEALED_BY = re.compile(NAMED.pattern + r"|(?<![^\W\d_])[Оо]н(?![^\W\d_])")


def _others_appeal(sentence: str, trig_start: int, trigger_words: list[Token]) -> bool:
    """Whether "призвал" is someone else's appeal ("Аким призвал жителей ..."): officials and
    outlets appeal to the public often, so it is a task only where the President (or "он")
    stands before it in the sentence."""
    return bool(trigger_words) and morph.lemma(trigger_words[0][0]) in APPEALS and \
        APPEALED_BY.search(sentence, 0, trig_start) is None


# "первый вице-премьер, которому поручено руководить работами": the official before the passive
# trigger is the one it is given to, through the relative pronoun, not the one who gives it
RELATIVE_ADDRESSEE = re.compile(r",\s*котор(?:ому|ой|ым)\s+(?:было\s+|также\s+)?$", re.I)


def official_subject(before: str) -> bool:
    """Whether an official other than the President is the nearest subject before a trigger
    ("Министр сообщил, что поручил своим заместителям ...", "Аким подчеркнул важность ..."):
    the order or the emphasis is his own, not the Head of State's. The official stands in the
    nominative singular ("Аким", where "акиму" or "акима" is the addressee of the President's
    order); where the President is named after him, the trigger is the President's again."""
    named = list(NAMED.finditer(before))
    after = named[-1].end() if named else 0
    return any(w.lower() in _lexicon()["officials"] for w, _, _ in _tokens(before, after, len(before)))


# "возложил на Правительство задачу", "На акима возложена задача": whom the task is laid on
LAYING = frozenset({"возложить", "возлагать"})
LAID_ON_REACH = 8


def _laid_on(tokens: list[Token]) -> str | None:
    """The addressee after "на" (accusative) among tokens: the one a task is laid on."""
    for k, (word, _, _) in enumerate(tokens):
        if word.lower() == "на":
            assignee, _ = _ru_addressee(tokens, k + 1, "accs")
            if assignee is not None:
                return assignee
    return None


def _punishes(tokens: list[Token], pos: int) -> bool:
    """Whether "наказал" punishes ("наказал акима за срыв ...") rather than bids ("наказал
    акиму внимательнее относиться ..."): no infinitive follows, or "за" comes before it."""
    first = _first_infinitive(tokens, pos)
    return first is None or any(word.lower() == "за" for word, _, _ in tokens[pos:first])


# "поручил акиму" takes the dative, "обязал акимов", "призвал акима" the accusative
ACCUSATIVE_TRIGGERS = frozenset({"обязать", "призвать", "призывать"})
JOINER_END = re.compile(r"(?:[\s,;]+(?:а\s+также|а|и|также|кроме\s+того))+[\s,;]*$", re.I)


# "поручил A и указал на необходимость B", "поручил A, а также отметил B": the President's next
# predicate ends the trigger's clause
# ("поручил A, отметил B", "поручив A, отметил B": a comma alone joins them too)
PREDICATE_JOIN = re.compile(r"(?:\s+и|\s+а\s+также|,\s*а(?:\s+также)?|,\s*и|,\s*также|,)\s+(?=[^\W\d_])", re.I)
SUBORDINATE = re.compile(r"(?<![^\W\d_])(?:чтобы|что|котор\w+|где|когда|если|кто|как|почему|зачем|ли|чей|куда|откуда)(?![^\W\d_])", re.I)
# ", обратив особое внимание на B", ", уделив внимание B": a gerund of emphasis that sets a task of its own
ATTENTION_GERUND = re.compile(r",\s*(?P<verb>обратив|уделив)\s+(?:при\s+этом\s+)?(?:особое\s+|пристальное\s+|отдельное\s+)?"
                              r"внимание\s+", re.I)


# ", подчеркнув необходимость B": the emphasis (ru_emphasis.py) takes B
EMPHASIS_GERUND = re.compile(r",\s*(?:подчеркнув|указав\s+на|отметив|акцентировав\s+внимание\s+на)\s+(?:[^\W\d_]+ую\s+)?"
                             r"(?:важность|необходимость|необходимости|важности)", re.I)


def _clause_end(sentence: str, at: int, limit: int) -> int:
    """Where the clause of a trigger at `at` ends: at the President's next predicate, a past
    verb joined by "и" or "а также" outside a subordinate clause, or at a gerund of emphasis."""
    gerund = ATTENTION_GERUND.search(sentence, at, limit) or EMPHASIS_GERUND.search(sentence, at, limit)
    limit = gerund.start() if gerund else limit
    for m in PREDICATE_JOIN.finditer(sentence, at, limit):
        if SUBORDINATE.search(sentence, at, m.start()):
            break
        word = TOKEN.match(sentence, m.end())
        if word and sentence[m.start()] == "," and re.match(r"\s+ли(?![^\W\d_])", sentence[word.end():]):
            continue  # "проверить, выполнил ли ...": a question, no predicate of his
        parses = morph.parses(word.group().lower()) if word else []
        # "и села региона": a word that may be a noun ("село") is no predicate of his
        if any(p.tag.POS == "VERB" and {"past", "indc", "sing"} <= set(p.tag.grammemes) and "neut" not in p.tag for p in parses) \
                and not any(p.tag.POS == "NOUN" for p in parses):
            return m.start()
    return limit


def _russian(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    matches = trigger_spans(sentence)
    for n, (trig_start, trig_end) in enumerate(matches):
        limit = matches[n + 1][0] if n + 1 < len(matches) else len(sentence)
        if n + 1 < len(matches):
            # "поручил X, а также поставил задачу Y": the joiner belongs to neither item
            tail = JOINER_END.search(sentence, trig_end, limit)
            if tail:
                limit = tail.start()
        limit = _clause_end(sentence, trig_end, limit)
        trigger_words = _tokens(sentence, trig_start, trig_end)
        tokens = _tokens(sentence, trig_end, limit)
        pos = _skip_lead(tokens, 0)
        obliged = bool(trigger_words) and morph.lemma(trigger_words[0][0]) in ACCUSATIVE_TRIGGERS
        assignee, pos = _ru_addressee(tokens, pos, "accs" if obliged else "datv")
        if assignee is None:
            assignee, pos = _demanded_of(tokens, pos)
        pos = _skip_lead(tokens, _skip_participle_clause(tokens, pos) if assignee else pos)
        if assignee is None and trigger_words and morph.lemma(trigger_words[0][0]) in LAYING:
            assignee = _laid_on(trigger_words) or _laid_on(_tokens(sentence, 0, trig_start)[-LAID_ON_REACH:])
        if assignee is None:
            # "дал акиму ряд поручений", "поставил перед акимом задачу": inside the trigger
            assignee, _ = _ru_addressee(trigger_words, 1)
        if assignee is None:
            assignee = _ru_assignee_before(sentence, trig_start)
        if pos >= len(tokens):
            continue
        bade = morph.lemma(trigger_words[0][0]) == "наказать" if trigger_words else False
        if bade and _punishes(tokens, pos):
            continue
        if _others_appeal(sentence, trig_start, trigger_words) or \
                (official_subject(sentence[:trig_start]) and not RELATIVE_ADDRESSEE.search(sentence, 0, trig_start)):
            continue
        if obliged and tokens[pos][0].lower() == "к" and _first_infinitive(tokens, pos) is None:
            # "призвал к бережному отношению к воде и экономии ресурсов": the actions it names
            out.extend(own_words(sentence, a, b, start, assignee)
                       for a, b in _split_nominal(sentence, tokens[pos + 1:], limit))
            continue
        if _first_infinitive(tokens, pos) is None:
            out.extend(nominal_items(sentence, start, trig_end, trigger_words, tokens[pos:], limit, assignee))
            continue
        for x, y, who in gapped(sentence, tokens[pos][1], limit, assignee):
            for a, b in _split_ru(sentence, x, y):
                out.extend(_shared_work(sentence, start, a, b, who))
    return [_unattributed(text, item) for item in out]


# "..., сообщает пресс-служба Акорды", "..., передает Almaty.tv": the outlet's attribution
# after the last item, a consequence it draws or a reason after a colon ("...: они сильно
# изношены") is no part of it
# (", — сообщает Акорда", " — сообщает Акорда": a dash before the outlet's verb, with or without the comma)
ATTRIBUTION = re.compile(r"\s*(?:,\s*(?:[–—]\s*)?|\s[–—]\s*)"
                         r"(?:(?:как\s+)?(?:сообща\w*|переда\w*|пишет|говорится|отмеча\w*|сказано|уточни\w*"
                         r"|подчеркнули|добавили|информиру\w*|указывается)(?![^\W\d_])"
                         # a consequence the outlet adds ("..., в связи с чем повышается ответственность")
                         r"|в\s+связи\s+с\s+чем|что\s+(?:позволит|позволяет|даст))(?![^\W\d_]).*$", re.I | re.S)


# "..., подчеркнул он.": the attribution to him after the item, by pronoun
SAID_BY_HIM = re.compile(r"\s*,\s*(?:[–—-]\s*)?" + SPEECH + r"\s+он\W*$")


REASON = re.compile(r"\s*:\s+[^\W\d_].*$", re.S)


# a text cut off mid-sentence ("... восстановить электроснабжение и", "... обеспечить …"): the
# joiner or ellipsis that has nothing after it is no part of the item (in lower case: a capital
# letter at the end is a label, "автобусы категории А")
CUT_OFF = re.compile(r"(?:[\s,;]+(?:(?-i:и|а)|а\s+также|также|или)|\s*…)+\s*$", re.I)


# "поручил акиму «держать руку на пульсе»": the quote opened before the item closes at its end
STRAY_CLOSE = re.compile(r"»\s*$")


def _unattributed(text: str, item: InstructionSpan) -> InstructionSpan:
    m = ATTRIBUTION.search(item.text) or SAID_AT_END.search(item.text) or SAID_BY_HIM.search(item.text) or \
        REASON.search(item.text) or CUT_OFF.search(item.text) or \
        (STRAY_CLOSE.search(item.text) if item.text.count("»") > item.text.count("«") else None)
    if m is None or m.start() == 0:
        return item
    cut = item.text[m.start():]
    # the action form differs from the release's words at its head ("наведет" -> "навести"): cut its same tail
    action = item.action[:len(item.action) - len(cut)] if item.action and item.action.endswith(cut) else None
    return InstructionSpan(item.text[:m.start()], item.start, item.start + m.start(), item.assignee,
                           action.rstrip() if action else None)


def _skip_participle_clause(tokens: list[Token], pos: int) -> int:
    """Past a participle clause set off by commas after the addressee ("акимам областей,
    не затронутых паводками, начать ..."): it describes the addressee, it is no task."""
    if pos + 1 >= len(tokens) or tokens[pos][0] != ",":
        return pos
    k = pos + 1 + (tokens[pos + 1][0].lower() == "не")
    if k < len(tokens) and RELATIVE_OPENS.match(" ".join(t[0] for t in tokens[k:k + 2])):
        # "акимам областей, в которых ожидается паводок, подготовить ...": a relative clause on
        # the addressee, where the infinitive follows its closing comma
        close = next((i for i in range(k + 1, len(tokens)) if tokens[i][0] == ","), None)
        return close + 1 if close is not None and _first_infinitive(tokens, close + 1) is not None else pos
    if k >= len(tokens) or morph.pos(tokens[k][0]) != "PRTF":
        return pos
    close = next((i for i in range(k + 1, len(tokens)) if tokens[i][0] == ","), None)
    return close + 1 if close is not None else pos


RELATIVE_OPENS = re.compile(r"(?:(?:в|на|из|для|у|с|по)\s+)?(?:котор\w+|где|куда)(?![^\W\d_])", re.I)


# "усилить работу по A, B и C": a generic undertaking over a list is one task per topic
# (an undertaking of its own, "начать кампанию по очистке, озеленению ...", stays one)
SHARED_WORK = re.compile(r"(?P<head>(?:[^\W\d_]+\s+){1,3}?(?:работу|работа)\s+по)\s+", re.I)


def _shared_work(sentence: str, start: int, a: int, b: int, assignee: str | None) -> list[InstructionSpan]:
    head = SHARED_WORK.match(sentence, a, b)
    topics = _split_nominal(sentence, _tokens(sentence, head.end(), b), b) if head and "," in sentence[a:b] else []
    if len(topics) < 2 or head is None:
        return [InstructionSpan(sentence[a:b], start + a, start + b, assignee)]
    lead = head.group("head")
    # ", а также по борьбе с B": the topic that repeats "по" takes the head without it
    return [InstructionSpan(sentence[a:y] if n == 0 else f"{lead.removesuffix(' по')} {sentence[x:y]}"
                            if sentence[x:y].lower().startswith("по ") else f"{lead} {sentence[x:y]}",
                            start + (a if n == 0 else x), start + y, assignee) for n, (x, y) in enumerate(topics)]


TRIGGER_REACH = (90, 40)


def trigger_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of the grammar's triggers. The chart parser costs in proportion to what it
    reads, and a trigger is a few words around "поруч"/"задач", so it reads only a window
    around each of them (a release's sentences run to hundreds of words)."""
    spans: set[tuple[int, int]] = set()
    for cue in RU_GRAMMAR_CUE.finditer(sentence):
        a = max(0, cue.start() - TRIGGER_REACH[0])
        b = min(len(sentence), cue.end() + TRIGGER_REACH[1])
        while a > 0 and not sentence[a - 1].isspace():
            a -= 1
        while b < len(sentence) and not sentence[b].isspace():
            b += 1
        for x, y in _parser().spans(sentence[a:b]):
            spans.add((a + x, a + y))
    ordered = sorted(spans)
    # a window may see a shorter piece of a trigger another window sees whole: keep the longest
    return [s for s in ordered if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in ordered)]


def _skip_lead(tokens: list[Token], pos: int) -> int:
    """Skip punctuation and parenthetical words ("также", "в частности") before the instruction."""
    while pos < len(tokens):
        if not tokens[pos][0][:1].isalnum():
            pos += 1
            continue
        if pos + 1 < len(tokens) and tokens[pos + 1][0] in {")", "."} and \
                ((tokens[pos][0].isdigit() and len(tokens[pos][0]) <= 2) or tokens[pos][0] in ENUM_LETTERS):
            pos += 2  # "1) завершить ...", "а) обеспечить ...": an enumerator
            continue
        for phrase in _lexicon()["lead"]:
            words = tuple(t[0].lower() for t in tokens[pos:pos + len(phrase)])
            if words == phrase:
                pos += len(phrase)
                break
        else:
            return pos
    return pos


ENUM_LETTERS = frozenset("абвгде")
DEMANDED_OF_WORDS = 3


def _demanded_of(tokens: list[Token], pos: int) -> tuple[str | None, int]:
    """ "потребовал от акимов навести порядок": "от" + genitive names the assignee."""
    if pos >= len(tokens) or tokens[pos][0].lower() != "от":
        return None, pos
    end = pos + 1
    while end < len(tokens) and end - pos <= DEMANDED_OF_WORDS and morph.pos(tokens[end][0]) in {"NOUN", "ADJF"} \
            and morph.has_tag(tokens[end][0], "gent"):
        end += 1
    words = [w for w, _, _ in tokens[pos + 1:end]]
    if not words or _first_infinitive(tokens, end) is None:
        return None, pos
    return " ".join([morph.inflect(words[0], frozenset({"nomn"}))] + words[1:]), end


def _ru_continuation(text: str, a: int, end: int) -> list[InstructionSpan]:
    """The tasks of "поставил ряд задач." named in the next sentence: "В частности, важность
    повышения A, развитие B, а также обеспечение C" (action nouns in any case), or
    "В частности, ускорить A и обеспечить B" (infinitives)."""
    tokens = _tokens(text, a, end)
    if tokens and _first_infinitive(tokens, 0) is not None:
        return [_unattributed(text, InstructionSpan(text[x:y], x, y, None)) for x, y in _split_ru(text, a, end)]
    return [own_words(text, x, y, 0, None) for x, y in _split_actions(text, tokens, end)]
