"""A Kazakh task as the record names it (see kk.py): the clause in its dictionary form, its
final verbal noun without the case ending, and the two tasks of a clause that share their tail."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan
from akorda.extract.instructions.kk_addressee import _addressee, _agent, nominative_subject
from akorda.extract.instructions.kk_imperative import KK_IMPERATIVE_END, KK_JUSSIVE_END
from akorda.extract.instructions.kk_passive import KK_PASSIVE_NEED, active_task
from akorda.extract.instructions.kk_proper import verbal_noun_of_participle
from akorda.extract.instructions.kk_state import KK_ANAPHOR, KK_COUNT_ONLY, KK_KNOWING, KK_RATING_ONLY

# the converb that closes a task, put back as a verbal noun: "етіп" -> "ету", "алып" -> "алу"
# (after a stem's vowel a bare "-п": "қабылдап" -> "қабылдау", "жасап" -> "жасау")
KK_CONVERB = re.compile(r"(?<=[^\W\d_]{2})[ыі]п$|(?<=[^\W\d_]{3}[дтлсз][аеә])п$", re.I)
KK_VERBAL_NOUN = re.compile(r"[уюі](?:ды|ді|ын|ін|ға|ге|на|не)?$|уды$|уді$", re.I)
# the fewest words a clause of a modal (or a duty, or a jussive) names a task in
MIN_MODAL_WORDS = 3
# ... or two, where the first is the definite object of the verbal noun, in the accusative
# ("көшелерді жарықтандыру қажет", the streets must be lit; "жұмысын жандандыру керек"): a bare
# noun before it makes a phrase of talk or a general need ("айта кету керек", "ЖЭЦ салу керек")
KK_DEFINITE_OBJECT = re.compile(r"[^\W\d_]{2}(?:ды|ді|ты|ті|ны|ні|[ыі]н)$", re.I)


def too_short(words: list[str]) -> bool:
    """Whether the words of a modal's clause are too few to name a task (MIN_MODAL_WORDS)."""
    return len(words) < MIN_MODAL_WORDS and not (len(words) == 2 and KK_DEFINITE_OBJECT.search(words[0]))


# "болу" (to be): "аймақтар қуатты болуға тиіс" names a state, not a task
# nor "тоқталу" (to dwell on, in a speech): "міндеттерге тоқталуымыз керек" plans the talk, not a task
KK_COPULAS = frozenset({"болу", "тоқталу"})
# two verbal nouns joined by "және" before one postposition and head: "A-ны жандандыру және
# B жүргізу жөнінде шаралар қабылдау" is A and B, each "жөнінде шаралар қабылдау"
KK_SHARED_TAIL = re.compile(
    r"(?P<first>[^,;]+?[^\W\d_][уюү])\s+және\s+(?P<second>[^,;]+?[^\W\d_][уюү])\s+"
    r"(?P<tail>(?:жөнінде|бойынша|туралы)\s+[^,;]+)$", re.I)
# accusative (and possessive) endings of the verbal noun that names the task: "шешуді" -> "шешу"
VERBAL_NOUN_CASE = re.compile(r"(?<=[уюү])(?:ды|ді|ын|ін|ы|і|ға|ге|ымыз|іміз|дың|дің|(?:лар|лер)?[ыі]ңыз)$", re.I)


def normalize_task(text: str) -> str:
    """The task in its dictionary form: the final verbal noun without its case ending.

    >>> normalize_task("мәселесін жедел шешуді"), normalize_task("жұмысты аяқтауы")
    ('мәселесін жедел шешу', 'жұмысты аяқтау')
    >>> normalize_task("шешімдер қабылдауға"), normalize_task("сапасын қамтамасыз етіп")
    ('шешімдер қабылдау', 'сапасын қамтамасыз ету')
    >>> normalize_task("жұмысты тез аяқтаңыздар"), normalize_task("есеп беріңіздер")
    ('жұмысты тез аяқтау', 'есеп беру')
    >>> normalize_task("туризмді дамытудың")
    'туризмді дамыту'

    """
    words = text.rsplit(None, 1)
    if not words:
        return text
    last = VERBAL_NOUN_CASE.sub("", words[-1]) or words[-1]
    last = KK_CONVERB.sub("у", last)
    last = KK_IMPERATIVE_END.sub("у", last)
    last = KK_JUSSIVE_END.sub("у", last)
    return (words[0] + " " + last) if len(words) == 2 else last


# the aim of the task may open the clause before its addressee: "Аралды сақтау үшін Үкіметке шаралар
# қабылдауды тапсырды" (instructed the Government to take measures to save the Aral); the addressee
# is lifted out and the aim stays in the task
KK_AIM_FIRST = re.compile(r".+?[^\W\d_]{2}[уюү]\s+(?:үшін|мақсатында)\s+", re.I)


def _aim_then_addressee(sentence: str, x: int, y: int) -> tuple[str, str] | None:
    """The addressee after an aim that opens the clause (KK_AIM_FIRST), and the task without it."""
    aim = KK_AIM_FIRST.match(sentence, x, y)
    # (or the nominative doer of "міндетті"/"тиіс" after the aim: "... үшін әкімдік ... жөндеуге міндетті")
    found = (_addressee(sentence, aim.end(), y) or nominative_subject(sentence, aim.end(), y)) if aim else None
    if aim is None or found is None or found[1] >= y:
        return None
    return found[0], normalize_task(f"{sentence[x:aim.end()]}{sentence[found[1]:y]}")


def _tasks(sentence: str, x: int, y: int, start: int, assignee: str | None,
           participle: bool = False, active: bool = False) -> list[InstructionSpan]:
    """The task(s) of one clause: "A және B жөнінде шаралар қабылдау" is two tasks that share
    their tail; a state to be in ("аймақтар қуатты болуға тиіс") is none. A clause of
    "-ған жөн" ends in a participle, named by its verbal noun ("асырған" -> "асыру"); with
    `active`, a passive verbal noun by the active one ("салыну" -> "салу", kk_passive.py)."""
    found = _addressee(sentence, x, y) or _agent(sentence, x, y)
    if found:
        # an addressee that opens a later task of the clause: "..., облыс басшыларына X шешу"
        assignee, x = found
    task = verbal_noun_of_participle(sentence[x:y]) if participle else normalize_task(sentence[x:y])
    lifted = None if found or participle else _aim_then_addressee(sentence, x, y)
    if lifted:
        assignee, task = lifted
    if task.rsplit(None, 1)[-1].lower() in KK_COPULAS or KK_ANAPHOR.match(task) or KK_COUNT_ONLY.match(task) \
            or KK_RATING_ONLY.search(task) or KK_KNOWING.search(task):
        return []
    # (only the possessive of the third person is a passive's: "тоқталуымыз керек", we must dwell
    # on, is the speaker's own verb; a copula is none in either voice, checked above)
    if active and KK_PASSIVE_NEED.search(sentence, x, y):
        task = active_task(task)
    shared = KK_SHARED_TAIL.match(sentence, x, y)
    if shared is None:
        return [InstructionSpan(task, start + x, start + y, assignee)]
    tail = normalize_task(sentence[shared.start("tail"):y])
    return [InstructionSpan(f"{shared.group('first')} {tail}", start + x, start + shared.end("first"), assignee),
            InstructionSpan(f"{shared.group('second')} {tail}", start + shared.start("second"), start + y, assignee)]
