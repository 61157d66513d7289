"""Instructions of the Head of State (contract README: each distinct
instruction is its own item, "поручил X, а также Y" is two).

Russian: a yargy grammar finds the triggers ("поручил", "поручено", "дал ряд
поручений", "даны поручения", "поставил (перед акимом) задачу", "поставлена
задача"); each trigger's clause runs to the next trigger, so "поручил X, а
также поставил задачу Y" gives both. The addressee is a dative noun phrase
whose head names an addressee (lexicon in data/instructions.json, or an
organisation or person by pymorphy's tags), after the trigger, inside it
("дал акиму ряд поручений") or before it ("Правительству поручено"), or
"перед" + instrumental; it is put in the nominative. The item text starts right
after trigger and addressee, so adverbials stay ("до конца года завершить X").
Infinitive lists are cut at a comma, "и", ";" or "а также" only where
(adverbial) (adverbs) ("не") infinitive follows ("и активнее развивать C");
nominal lists ("поручений по A, B и C") only where a dative noun group follows.
English and Kazakh use the same plan on their own cue words (an infinitive
"to ...", or a gerund after "tasked ... with" / "the task of", in English; a
verb-final clause before "тапсырды" / "міндетін қойды" in Kazakh).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from akorda.extract import morph

RU_CUE = re.compile(r"поруч|задач", re.I)
EN_CUE = re.compile(r"\b(?:instruct|task|charg|order|direct)", re.I)
KK_CUE = re.compile(r"тапсыр|міндет|жүктеді", re.I)

EN_TRIGGER = re.compile(
    r"\b(?:instructed|instructs|tasked|tasks|charged|ordered|directed|"
    r"(?P<nominal>gave\s+(?:(?P<who>[\w-]+(?:\s+[\w-]+){0,3}?)\s+)??"
    r"(?:a\s+number\s+of\s+|several\s+|specific\s+|a\s+series\s+of\s+|a\s+range\s+of\s+|the\s+following\s+)?"
    r"instructions?|instructions?\s+(?:was|were|have\s+been|has\s+been)\s+given)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:instructed|tasked|charged|ordered|directed)|"
    # "set the task of", "set the akim the task to", "was set the task of", "set a number of tasks"
    r"set\s+(?:(?P<whom>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+)??"
    r"(?:the|a|an|several|specific|a\s+number\s+of)\s+(?:\w+\s+)?tasks?)\b",
    re.I,
)
EN_TO = re.compile(r"\bto\s+(?!(?:the|a|an|all|its|their|his|her|this|these|those|local|regional)\b)(?=[a-z])")
EN_GERUND_INTRO = re.compile(r"\b(?:with|of)\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b)")
EN_TOPICS = re.compile(r"(?:[^.;:]{0,60}?\s)?(?P<on>on|regarding|concerning)\s+(?=\S)", re.I)
EN_JOINER_END = re.compile(r"(?:[\s,;]+(?:and(?:\s+also)?|as\s+well\s+as|also))+[\s,;]*$", re.I)
KK_TRIGGER = re.compile(
    r"\s*(?:тапсырды|тапсырма(?:лар)?\s+берді|міндеттеді|жүктеді|тапсырылды|тапсырма\s+жүктеді|"
    # "... тарту міндетін қойды" (set the task of ...), passive "міндеті қойылды"
    r"міндет(?:ін|ті|тер(?:ін|ді)?|і)?\s+(?:қойды|қойылды|жүктелді))",
    re.I,
)
KK_JOINER = re.compile(r"[\s,;]*(?:(?:сондай-ақ|сонымен\s+қатар|және|әрі)\s+)?", re.I)
KK_SPLIT = re.compile(r"(?<=[уюі]ды|[уюі]ді|[уюі]ын|[уюі]ін|уға|уге|уді|уды)(?:,\s*(?:сондай-ақ|сонымен\s+қатар)\s+|\s+және\s+|,\s+)", re.I)
KK_VERBAL_NOUN = re.compile(r"[уюі](?:ды|ді|ын|ін|ға|ге|на|не)?$|уды$|уді$", re.I)
KK_SUBJECT = re.compile(
    r"^.*?(?:Мемлекет\s+басшысы|Президент(?:і)?|Қасым-Жомарт\s+Тоқаев)\s+(?:сондай-ақ\s+)?", re.I
)
KK_DATIVE = re.compile(r"((?:[^\s,]+\s+){0,3}?[^\s,]+(?:ға|ге|қа|ке|на|не|а|е))\s+(?=\S)")

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
FIELDS_END = re.compile(r"[\s.;:,]+$")


@dataclass(frozen=True)
class InstructionSpan:
    text: str
    start: int
    end: int
    assignee: str | None


@lru_cache(maxsize=1)
def _parser() -> Any:
    from yargy import Parser, and_, not_, or_, rule
    from yargy.predicates import gram, normalized
    from yargy.tokenizer import MorphTokenizer

    finite = or_(gram("VERB"), gram("PRTS"), gram("GRND"))
    # words that may stand between the verb and its noun: "дал акиму ряд поручений",
    # "поставил перед акимом области задачу", "даны конкретные поручения"
    filler = and_(
        or_(gram("NOUN"), gram("ADJF"), gram("PREP"), gram("NPRO")),
        not_(normalized("поручение")), not_(normalized("задача")),
    )
    trigger = or_(
        rule(normalized("поручить")),
        rule(normalized("поручать")),
        rule(
            and_(or_(normalized("дать"), normalized("давать")), finite),
            filler.repeatable(max=4).optional(),
            normalized("поручение"),
        ),
        rule(
            and_(or_(normalized("поставить"), normalized("ставить")), finite),
            filler.repeatable(max=4).optional(),
            normalized("задача"),
        ),
    )
    return Parser(trigger, tokenizer=MorphTokenizer(morph=morph.YargyMorph()))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    from akorda.extract.knowledge import load_json

    data = load_json("instructions.json")
    return {
        "heads": frozenset(data["ru_addressee_heads"]),
        "lead": tuple(sorted((tuple(p.split()) for p in data["ru_lead_parentheticals"]), key=len, reverse=True)),
        "preps": frozenset(data["ru_nominal_preps"]),
        "capitalised": frozenset(data["ru_capitalised_heads"]),
    }


Token = tuple[str, int, int]


def _tokens(sentence: str, a: int, b: int) -> list[Token]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence, a, b)]


def extract_instructions(text: str, start: int, end: int, lang: str) -> list[InstructionSpan]:
    """Instructions stated in one sentence text[start:end]; spans index text."""
    sentence = text[start:end]
    if lang == "en":
        if not EN_CUE.search(sentence):
            return []
        return _english(text, start, end)
    if lang == "kk":
        if not KK_CUE.search(sentence):
            return []
        return _kazakh(text, start, end)
    if not RU_CUE.search(sentence):
        return []
    return _russian(text, start, end)


JOINER_END = re.compile(r"(?:[\s,;]+(?:а\s+также|а|и|также|кроме\s+того))+[\s,;]*$", re.I)


def _russian(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    matches = list(_parser().findall(sentence))
    for n, match in enumerate(matches):
        trig_start, trig_end = match.span.start, match.span.stop
        limit = matches[n + 1].span.start if n + 1 < len(matches) else len(sentence)
        if n + 1 < len(matches):
            # "поручил X, а также поставил задачу Y": the joiner belongs to neither item
            tail = JOINER_END.search(sentence, trig_end, limit)
            if tail:
                limit = tail.start()
        trigger_words = _tokens(sentence, trig_start, trig_end)
        nominal_trigger = any(morph.lemma(w) in {"поручение", "задача"} for w, _, _ in trigger_words)
        tokens = _tokens(sentence, trig_end, limit)
        pos = _skip_lead(tokens, 0)
        assignee, pos = _ru_addressee(tokens, pos)
        pos = _skip_lead(tokens, pos)
        if assignee is None:
            # "дал акиму ряд поручений", "поставил перед акимом задачу": inside the trigger
            assignee, _ = _ru_addressee(trigger_words, 1)
        if assignee is None:
            assignee = _ru_assignee_before(sentence, trig_start)
        if pos >= len(tokens):
            continue
        first_inf = _first_infinitive(tokens, pos)
        if first_inf is None:
            if nominal_trigger and tokens[pos][0].lower() in _lexicon()["preps"]:
                # "дал ряд поручений по развитию туризма и поддержке фермеров"
                for a, b in _split_nominal(sentence, tokens[pos + 1:], limit):
                    out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        clause_start = tokens[pos][1]
        for a, b in _split_ru(sentence, clause_start, limit):
            out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
    return out


def _skip_lead(tokens: list[Token], pos: int) -> int:
    """Skip punctuation and parenthetical words ("также", "в частности") before the instruction."""
    while pos < len(tokens):
        if not tokens[pos][0][:1].isalnum():
            pos += 1
            continue
        for phrase in _lexicon()["lead"]:
            words = tuple(t[0].lower() for t in tokens[pos:pos + len(phrase)])
            if words == phrase:
                pos += len(phrase)
                break
        else:
            return pos
    return pos


def _first_infinitive(tokens: list[Token], pos: int) -> int | None:
    """Index of the first infinitive of the clause, within a short adverbial reach
    ("до конца года завершить", "в течение трех дней представить"); a comma or a
    relative word before it means the infinitive belongs to another clause."""
    for i in range(pos, min(len(tokens), pos + 12)):
        word = tokens[i][0]
        if morph.has_tag(word, "INFN"):
            return i
        if not word[:1].isalnum() or word.lower() in {"который", "которая", "которые", "которую", "что", "чтобы"}:
            return None
    return None


def _infinitive_follows(sentence: str, at: int, limit: int) -> bool:
    """Whether an infinitive clause opens at `at`: an optional short adverbial phrase
    ("до конца года", "в течение месяца"), adverbs and "не", then an infinitive
    ("активнее развивать", "не допускать", "в течение месяца внести")."""
    adverbs = pp_words = 0
    in_pp = False
    for n, m in enumerate(TOKEN.finditer(sentence, at, limit)):
        word = m.group().lower()
        if n > 7 or not word[:1].isalnum():
            return False
        if morph.has_tag(word, "INFN"):
            return True
        top = morph.parse(word).tag.POS
        if word == "не":
            continue
        if adverbs < 2 and any(p.tag.POS in {"ADVB", "COMP"} for p in morph.parses(word)):
            adverbs += 1
            continue
        if n == 0 and top == "PREP":
            in_pp = True
            continue
        if in_pp and pp_words < 3 and (word.isdigit() or top in {"NOUN", "ADJF", "NUMR", "NPRO", "PRTF"}):
            pp_words += 1
            continue
        return False
    return False


def _dative_group_follows(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i:] open a dative noun group: agreeing adjectives, then a noun in datv
    ("поддержке фермеров", "дальнейшему развитию туризма"); "среднего бизнеса" is not one."""
    for word, _, _ in tokens[i:i + 4]:
        parses = morph.parses(word.lower())
        if any(p.tag.POS == "NOUN" and "datv" in p.tag for p in parses):
            return True
        if any(p.tag.POS in {"ADJF", "PRTF"} and "datv" in p.tag for p in parses):
            continue
        return False
    return False


def _split_nominal(sentence: str, tokens: list[Token], limit: int) -> list[tuple[int, int]]:
    """Topics of a nominal list after "по", cut at commas and "и" that separate dative groups."""
    if not tokens or not _dative_group_follows(tokens, 0):
        return []
    spans: list[tuple[int, int]] = []
    seg = tokens[0][1]
    end = limit
    i = 1
    while i < len(tokens):
        word = tokens[i][0].lower()
        if word in {",", ";", "и"}:
            j = i + 1
            while j < len(tokens) and tokens[j][0].lower() in {"и", "а", "также"}:
                j += 1
            if _dative_group_follows(tokens, j):
                spans.append((seg, tokens[i][1]))
                seg = tokens[j][1] if j < len(tokens) else limit
                i = j
                continue
            if word != "и":
                # a comma that opens no new topic ends the list ("..., отметив ...")
                end = tokens[i][1]
                break
        i += 1
    spans.append((seg, end))
    return [(a, _trim(sentence, a, b)) for a, b in spans if _trim(sentence, a, b) > a]


def _is_addressee(parse: Any) -> bool:
    tag = parse.tag
    return tag.POS == "NOUN" and (
        parse.normal_form in _lexicon()["heads"] or "Orgn" in tag or "Surn" in tag or "Name" in tag
    )


def _ru_addressee(tokens: list[Token], pos: int, case: str = "datv") -> tuple[str | None, int]:
    """A dative addressee noun phrase at tokens[pos] ("акиму области", "Министерству
    энергетики и акиматам областей") or "перед" + instrumental ("перед акимом"), in the
    nominative, and the index after it. A preposition or an adverbial is never one."""
    if pos >= len(tokens):
        return None, pos
    i = pos
    if tokens[i][0].lower() == "перед":
        case, i = "ablt", i + 1
    out: list[str] = []
    while True:
        head_at = _addressee_head(tokens, i, case)
        if head_at is None:
            break
        for k in range(i, head_at + 1):
            out.append(_to_nominative(tokens[k][0], case))
        i = head_at + 1
        # genitive complements: "акиму Туркестанской области", "Министерству водных ресурсов и ирригации"
        while i < len(tokens):
            word = tokens[i][0]
            if word.lower() == "и" and i + 1 < len(tokens):
                if _addressee_head(tokens, i + 1, case) is not None:
                    break
                if any("gent" in p.tag for p in morph.parses(tokens[i + 1][0].lower())):
                    out.append(word)
                    i += 1
                    continue
                break
            if morph.parse(word.lower()).tag.POS in FUNCTION_WORDS:
                break
            if word[:1].isalpha() and (any("gent" in p.tag and p.tag.POS in {"NOUN", "ADJF", "PRTF"}
                                           for p in morph.parses(word.lower())) or word.isupper()):
                if morph.has_tag(word, "INFN"):
                    break
                out.append(word)
                i += 1
                continue
            break
        if i + 1 < len(tokens) and tokens[i][0].lower() == "и" and _addressee_head(tokens, i + 1, case) is not None:
            out.append("и")
            i += 1
            continue
        break
    if not out:
        return None, pos
    while i < len(tokens) and tokens[i][0][:1].isupper() and any(
            case in p.tag and ({"Name", "Surn", "Patr"} & set(p.tag.grammemes)) for p in morph.parses(tokens[i][0].lower())):
        # the official's name in apposition ("акиму области Марату Султангазиеву") is not the
        # instruction; when the addressee is the person ("Роману Скляру") it is the name itself
        if not any(morph.lemma(w) in _lexicon()["heads"] for w in out):
            out.append(_to_nominative(tokens[i][0], case))
        i += 1
    if i + 2 < len(tokens) and [t[0].lower() for t in tokens[i:i + 2]] == ["совместно", "с"]:
        # "поручил Министерству энергетики совместно с акиматом области": both are addressed
        partner, after = _ru_addressee(tokens, i + 2, "ablt")
        if partner is not None:
            out += ["и", partner]
            i = after
    return " ".join(out), i


def _addressee_head(tokens: list[Token], i: int, case: str) -> int | None:
    """Index of the addressee noun in `case` at tokens[i], after agreeing adjectives."""
    for k in range(i, min(len(tokens), i + 4)):
        word = tokens[k][0]
        if not word[:1].isalpha():
            return None
        parses = morph.parses(word.lower())
        if morph.has_tag(word, "INFN") or parses[0].tag.POS in FUNCTION_WORDS:
            return None
        if any(case in p.tag and _is_addressee(p) for p in parses):
            return k
        if any(case in p.tag and p.tag.POS in {"ADJF", "PRTF"} for p in parses):
            continue
        return None
    return None


FUNCTION_WORDS = {"PREP", "CONJ", "PRCL", "INTJ", "ADVB", "NPRO"}


def _to_nominative(word: str, case: str) -> str:
    for p in morph.parses(word.lower()):
        if case in p.tag and p.tag.POS in {"NOUN", "ADJF", "PRTF"}:
            form = p.inflect({"nomn"})
            if form is not None:
                return morph._recase(word, form.word)
    return word


def _ru_assignee_before(sentence: str, trigger_start: int) -> str | None:
    """ "Акиму области поручено ...", "Главой государства акиму дан ряд поручений",
    "Перед Правительством поставлена задача": the addressee stands before the trigger;
    the longest addressee phrase that ends at the trigger wins."""
    tokens = _tokens(sentence, 0, trigger_start)[-10:]
    first = 0
    for k, token in enumerate(tokens):
        if not token[0][:1].isalnum():
            first = k + 1
    for k in range(first, len(tokens)):
        assignee, stop = _ru_addressee(tokens, k)
        if assignee is not None and stop == len(tokens):
            if not sentence[:tokens[k][1]].strip() and morph.lemma(assignee.split()[0]) not in _lexicon()["capitalised"]:
                # only the sentence start capitalised it: "Главе региона поручено" -> "глава региона"
                assignee = assignee[:1].lower() + assignee[1:]
            return assignee
    for k in range(first, len(tokens)):
        # "Перед руководством области Президент поставил задачу": the subject may intervene
        if tokens[k][0].lower() == "перед":
            assignee, _ = _ru_addressee(tokens, k)
            if assignee is not None:
                return assignee
    return None


SPLIT_RU = re.compile(r"(?:,\s*а\s+также|;\s*(?:а\s+также)?|,\s*(?:и(?!\w))?|\s+и(?!\w)|\s+а\s+также)\s*")


def _split_ru(sentence: str, a: int, limit: int) -> list[tuple[int, int]]:
    """Cut the clause where a new infinitive clause begins after a joiner; "и" inside a
    noun phrase ("малого и среднего бизнеса") is never a cut."""
    cuts: list[tuple[int, int]] = []
    seg_start = a
    for m in SPLIT_RU.finditer(sentence, a, limit):
        if m.end() >= limit:
            continue
        if _infinitive_follows(sentence, m.end(), limit):
            cuts.append((seg_start, m.start()))
            seg_start = m.end()
    cuts.append((seg_start, limit))
    return [(x, _trim(sentence, x, y)) for x, y in cuts if _trim(sentence, x, y) > x]


def _trim(sentence: str, a: int, b: int) -> int:
    m = FIELDS_END.search(sentence, a, b)
    return m.start() if m and m.end() == b else b


def _english(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    triggers = list(EN_TRIGGER.finditer(sentence))
    for n, m in enumerate(triggers):
        limit = triggers[n + 1].start() if n + 1 < len(triggers) else len(sentence)
        if n + 1 < len(triggers):
            tail = EN_JOINER_END.search(sentence, m.end(), limit)
            if tail:
                limit = tail.start()
        inner = _en_assignee(m.group("who") or m.group("whom") or "") or _en_passive_subject(sentence, m)
        to = EN_TO.search(sentence, m.end(), limit)
        ger = EN_GERUND_INTRO.search(sentence, m.end(), limit)
        topics = EN_TOPICS.match(sentence, m.end(), limit) if m.group("nominal") else None
        if topics and (not to or topics.end() <= to.start()):
            # "gave instructions on the development of tourism, support for farmers and ..."
            assignee = _en_assignee(sentence[m.end():topics.start("on")]) or inner
            for a, b in _split_en_topics(sentence, topics.end(), limit):
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        if ger and ger.start() - m.end() <= 60 and (not to or ger.start() < to.start()):
            # "tasked the akim with attracting investors", "set the task of reducing ..."
            assignee = _en_assignee(sentence[m.end():ger.start()]) or inner
            for a, b in _split_en(sentence, ger.end(), limit, gerund=True):
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        if not to or to.start() - m.end() > 80:
            continue
        assignee = _en_assignee(sentence[m.end():to.start()]) or inner
        for a, b in _split_en(sentence, to.end(), limit, gerund=False):
            out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
    return out


def _en_assignee(between: str) -> str | None:
    """ "the Government", "for the akim" -> "the akim"; a long or relative phrase is no addressee."""
    between = re.sub(r"^(?:to|for|before|on)\s+", "", between.strip(" ,:"), flags=re.I)
    between = re.sub(r"\s+(?:the|a|an)\s+(?:\w+\s+)?tasks?$", "", between, flags=re.I).strip(" ,:")
    if not between or len(between.split()) > 8 or between.lower().startswith(("that", "which", "a number", "the task")):
        return None
    return between


EN_PASSIVE = re.compile(r"(?:^|[,;:]\s*)((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)\s+(?:was|were|has\s+been|have\s+been)\s+$", re.I)


def _en_passive_subject(sentence: str, m: re.Match) -> str | None:
    """ "The akim was set the task of ...", "Akims of regions were instructed to ...": the subject."""
    before = sentence[:m.start()] if not re.match(r"(?:was|were|has|have)\b", m.group(), re.I) else \
        sentence[:m.start()] + re.match(r"(?:was|were|has\s+been|have\s+been)\s+", m.group(), re.I).group()
    found = EN_PASSIVE.search(before)
    if not found:
        return None
    subject = found.group(1)
    if subject.lower().startswith(("instructions", "the task", "tasks", "it ")):
        return None
    return subject[:1].lower() + subject[1:] if subject.split()[0].lower() in {"the", "akims", "akim"} else subject


@lru_cache(maxsize=1)
def _en_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    from akorda.extract.knowledge import load_json

    data = load_json("instructions.json")
    return frozenset(data["en_instruction_verbs"]), frozenset(data["en_ing_nouns"])


EN_NEXT_WORDS = re.compile(r"(?:not\s+)?(?:[a-z]+ly\s+)?(?:not\s+)?([a-z]+)")


def _en_clause_follows(sentence: str, at: int, gerund: bool) -> bool:
    """Whether a new list item opens at `at`: "(to) (adverb-ly) verb" or, in a gerund list,
    "(adverb-ly) verb-ing" ("complete B and actively develop C", "attracting investors
    and supporting exporters"); "small and medium businesses" opens nothing."""
    if sentence.startswith("to ", at):
        return not gerund
    m = EN_NEXT_WORDS.match(sentence, at)
    if not m:
        return False
    verbs, ing_nouns = _en_lexicon()
    word = m.group(1)
    if gerund:
        return word.endswith("ing") and len(word) > 4 and word not in ing_nouns
    return word in verbs


EN_JOINER = re.compile(r"(?:,\s*(?:and\s+)?(?:also\s+)?(?:as\s+well\s+as\s+)?|;\s*(?:and\s+)?|\s+and\s+(?:also\s+)?|\s+as\s+well\s+as\s+)")


def _split_en(sentence: str, a: int, limit: int, gerund: bool) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    seg = a
    for cut in EN_JOINER.finditer(sentence, a, limit):
        if cut.end() >= limit or not _en_clause_follows(sentence, cut.end(), gerund):
            continue
        pieces.append((seg, cut.start()))
        seg = cut.end() + (3 if sentence.startswith("to ", cut.end()) else 0)
    pieces.append((seg, limit))
    return [(x, _trim(sentence, x, y)) for x, y in pieces if _trim(sentence, x, y) > x]


def _split_en_topics(sentence: str, a: int, limit: int) -> list[tuple[int, int]]:
    """ "on A, B and C": cut at commas, and at the first "and" after the last comma
    ("support for small and medium businesses" before a comma stays whole)."""
    commas = [m for m in re.finditer(r",\s*(?:and\s+)?|;\s*", sentence[:limit]) if m.start() >= a]
    pieces, seg = [], a
    for c in commas:
        pieces.append((seg, c.start()))
        seg = c.end()
    last_and = re.search(r"\s+and\s+", sentence[seg:limit]) if commas else None
    if last_and and not sentence[seg:limit].strip().endswith(","):
        pieces.append((seg, seg + last_and.start()))
        seg = seg + last_and.end()
    pieces.append((seg, limit))
    return [(x, _trim(sentence, x, y)) for x, y in pieces if _trim(sentence, x, y) > x]


def _kazakh(text: str, start: int, end: int) -> list[InstructionSpan]:
    """Kazakh is verb-final: each trigger closes the clause that precedes it; a second
    trigger after "сондай-ақ" ("..., сондай-ақ ... міндетін қойды") opens no new subject."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    a, assignee = 0, None
    for n, trig in enumerate(KK_TRIGGER.finditer(sentence)):
        clause_end = trig.start()
        if n == 0:
            subject = KK_SUBJECT.match(sentence[:clause_end])
            a = subject.end() if subject else 0
        else:
            joiner = KK_JOINER.match(sentence, a)
            a = joiner.end() if joiner else a
        dat = KK_DATIVE.match(sentence, a, clause_end)
        if dat and not re.search(r"[уюі](?:ға|ге)$", dat.group(1)):
            assignee = _kk_nominative(dat.group(1))
            a = dat.end()
        pieces, seg = [], a
        for cut in KK_SPLIT.finditer(sentence, a, clause_end):
            pieces.append((seg, cut.start()))
            seg = cut.end()
        pieces.append((seg, clause_end))
        for x, y in pieces:
            y = _trim(sentence, x, y)
            if y > x and KK_VERBAL_NOUN.search(sentence, x, y):
                out.append(InstructionSpan(sentence[x:y], start + x, start + y, assignee))
        a = trig.end()
    return out


def _kk_nominative(phrase: str) -> str:
    """Drop the dative ending of the last word ("облыс әкіміне" → "облыс әкімі"); "X-тің
    алдына" (before X) names X ("облыс әкімінің алдына" → "облыс әкімі")."""
    words = phrase.split()
    if len(words) > 1 and words[-1].lower() in {"алдына", "алдында"}:
        words.pop()
        words[-1] = re.sub(r"(?:ның|нің|дың|дің|тың|тің)$", "", words[-1]) or words[-1]
        return " ".join(words)
    words[-1] = re.sub(r"(?:ға|ге|қа|ке|на|не)$", "", words[-1]) or words[-1]
    if words[-1].endswith(("ін", "ын")) and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)


LIST_INTRO = re.compile(r"(?:поруч\w*|задач\w*|instruct\w*|instructions|tasks?|тапсыр\w*|тапсырма\w*)[^.:]{0,60}:\s*$", re.I)
BULLET = re.compile(r"[-–—•·*]\s*|\d{1,2}[.)]\s+")


def list_assignee(sentence: str, lang: str) -> str | None:
    """The addressee of a list introduction ("поручил акиму области:", "Перед Правительством
    поставлен ряд задач:", "instructed the akim as follows:")."""
    if lang == "en":
        m = EN_TRIGGER.search(sentence)
        if not m:
            return None
        found = re.match(r"\s*((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)\s*(?:as\s+follows)?\s*:", sentence[m.end():])
        return (_en_assignee(found.group(1)) if found and not m.group("nominal") else None) or \
            _en_assignee(m.group("who") or m.group("whom") or "") or _en_passive_subject(sentence, m)
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
    return bool(LIST_INTRO.search(sentence))


def list_item(text: str, start: int, end: int, lang: str) -> InstructionSpan | None:
    """One item of an announced list: a paragraph opening with a bullet or an infinitive."""
    a = start
    bullet = BULLET.match(text, a, end)
    if bullet:
        a = bullet.end()
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
    return InstructionSpan(text[a:b], a, b, None)
