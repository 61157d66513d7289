"""Russian infinitive clauses: where the first infinitive of a task stands after its trigger,
and where a clause of several tasks is cut ("поручил ускорить A, а также завершить B" is two,
"качественно и своевременно закончить A" one)."""
from __future__ import annotations

import re

from akorda.extract import morph
from akorda.extract.instructions.common import TOKEN, Token, _tokens, _trim
from akorda.extract.instructions.ru_nominal import _action_head


def _first_infinitive(tokens: list[Token], pos: int) -> int | None:
    """Index of the first infinitive of the clause, within a short adverbial reach
    ("до конца года завершить", "в течение трех дней представить"); a comma or a
    relative word before it means the infinitive belongs to another clause; a dash between
    two figures ("на 2024-2026 годы") is none."""
    for i in range(pos, min(len(tokens), pos + INFINITIVE_REACH)):
        word = tokens[i][0]
        if morph.has_tag(word, "INFN"):
            return i
        if word in RANGE_DASHES and 0 < i < len(tokens) - 1 and tokens[i - 1][0].isdigit() and tokens[i + 1][0].isdigit():
            continue
        if not word[:1].isalnum() or word.lower() in {"который", "которая", "которые", "которую", "что", "чтобы"}:
            return None
    return None


# "поручил в рамках реализации Комплексного плана развития региона на 2024-2026 годы обеспечить ...":
# the adverbial before the infinitive may be long
INFINITIVE_REACH = 16
RANGE_DASHES = frozenset({"-", "–", "—"})


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
        if adverbs < 3 and any(p.tag.POS in {"ADVB", "COMP"} for p in morph.parses(word)):  # "ещё более качественно"
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


def _has_infinitive(sentence: str, a: int, b: int) -> bool:
    return any(morph.has_tag(t[0], "INFN") for t in _tokens(sentence, a, b))


def _bare_infinitive(sentence: str, a: int, b: int) -> bool:
    """Whether sentence[a:b] is an infinitive with nothing after it but adverbs or "не" before it
    ("обеспечить", "детально проработать"): it governs no words of its own, so the object after
    the next verb is its object too."""
    tokens = _tokens(sentence, a, b)
    if not tokens or not morph.has_tag(tokens[-1][0], "INFN"):
        return False
    return all(t[0].lower() == "не" or morph.has_tag(t[0], "ADVB") for t in tokens[:-1])


# "не только строить A, но и содержать B": two tasks, "но и" joins them
# "поручил: 1) A; 2) B", "во-первых, A, во-вторых, B": the enumerator after the joiner is no part of B
SPLIT_RU = re.compile(r"(?:,\s*а\s+также|;\s*(?:а\s+также)?|,\s*но\s+и(?!\w)|,\s*(?:и(?!\w))?|\s+и(?!\w)|\s+а\s+также)\s*"
                      r"(?:(?:\d{1,2}[.)]|[а-е]\))\s*|(?:во|в)-\w+\s*,?\s*)?"
                      # "и одновременно подготовить B", "и также B": the adverb of joining is no part of B
                      r"(?:(?:одновременно|также)\s+)?")
ALSO = re.compile(r",\s*а\s+также", re.I)
NOT_ONLY = re.compile(r"не\s+только\s+", re.I)


def _in_participle_clause(sentence: str, a: int, b: int) -> bool:
    """Whether sentence[a:b] ends inside a participle clause set off by a comma ("меры,
    направленных на обеспечение A"): an "а также" there joins the clause's own objects."""
    tokens = _tokens(sentence, a, b)
    return any(tokens[k][0] == "," and morph.pos(tokens[k + 1][0]) == "PRTF" for k in range(len(tokens) - 1))


def _past_not_only(sentence: str, a: int, b: int) -> int:
    """Where the item starts after "не только" ("не только строить A, но и ...")."""
    m = NOT_ONLY.match(sentence, a, b)
    return m.end() if m else a


# the compound future ("будем оздоравливать", "оздоравливать будем"): the speaker says what will be done
FUTURE_AUX = frozenset({"буду", "будем", "будет", "будут", "будешь", "будете"})


def _future_said(sentence: str, at: int, limit: int) -> bool:
    """Whether the infinitive clause at `at` is the compound future: its infinitive has a future
    form of "быть" right before or right after it."""
    tokens = _tokens(sentence, at, limit)
    if len(tokens) > 1 and tokens[0][0].lower() in FUTURE_AUX and morph.has_tag(tokens[1][0], "INFN"):
        return True
    first = _first_infinitive(tokens, 0) if _infinitive_follows(sentence, at, limit) else None
    if first is None:
        return False
    return any(0 <= k < len(tokens) and tokens[k][0].lower() in FUTURE_AUX for k in (first - 1, first + 1))


def _split_ru(sentence: str, a: int, limit: int) -> list[tuple[int, int]]:
    """Cut the clause where a new infinitive clause begins after a joiner; "и" inside a
    noun phrase ("малого и среднего бизнеса") is never a cut."""
    cuts: list[tuple[int, int]] = []
    seg_start = a
    for m in SPLIT_RU.finditer(sentence, a, limit):
        if m.end() >= limit:
            continue
        # "качественно и своевременно закончить": adverbs before a shared infinitive are no item;
        # "взять на контроль A, а также внедрение B": "а также" and an action noun start a second task
        also_noun = ALSO.match(m.group()) is not None and _action_head(_tokens(sentence, m.end(), limit), 0) and \
            not _in_participle_clause(sentence, seg_start, m.start())
        if _future_said(sentence, m.end(), limit) and _has_infinitive(sentence, seg_start, m.start()):
            limit = m.start()  # "..., оздоравливать будем систему": what we shall do, no task; the list ends
            break
        if m.group().strip().lower() == "и" and _bare_infinitive(sentence, seg_start, m.start()):
            continue  # "обеспечить и предоставить отчёт": two verbs of one object are one task
        if (_infinitive_follows(sentence, m.end(), limit) or also_noun) and _has_infinitive(sentence, seg_start, m.start()):
            cuts.append((seg_start, m.start()))
            seg_start = m.end()
    cuts.append((seg_start, limit))
    cuts = [(_past_not_only(sentence, x, y), y) for x, y in cuts]
    return [(x, _trim(sentence, x, y)) for x, y in cuts if _trim(sentence, x, y) > x]
