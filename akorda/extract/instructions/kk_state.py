"""What a Kazakh modal clause states besides a task (see kk.py): a state to be in ("... толық
орындалуы тиіс", must be fully carried out), or only a pointer back at the task before it ("Бұл
жұмысты жедел орындау қажет"). Neither names a new instruction. (Any other passive before "қажет",
"керек" or "тиіс" is what the Head of State says must be done, a task: kk_passive.py.)
"""
from __future__ import annotations

import re

from akorda.extract.instructions.kk_passive import KK_PASSIVE_NEED

# "Бұл жұмысты жедел орындау қажет" (this work must be done quickly), "Бұл мәселені назарға алу
# керек": a task that only points back at the one before it names nothing new
# (the thing itself as the object, in the accusative: "осы мәселеге көңіл бөлу", attention to this
# matter, does name a task)
KK_ANAPHOR = re.compile(r"(?:бұл|осы)\s+(?:жұмыс|мәселе|тапсырма|міндет|іс|шара)[^\W\d_]*(?:ты|ті|ды|ді|ны|ні)"
                        r"(?:\s+\S+){0,3}$", re.I)
# a modal that states how a thing must be, not what someone must do: the possessive verbal noun
# of a passive ("салынып бітуі тиіс", "жабдықталуы керек": must be built, be equipped; but see
# _state: before "қажет", "керек", "тиіс" a passive is what must be done) or of a
# negated passive or auxiliary ("жағдай қайталанбауы керек", "су зая кетпеуі керек": must not recur,
# not be wasted); an order takes an active verb ("жол бермеуі керек", "аяқтауы қажет")
# (a stem in a vowel takes the passive "-л" alone: "орындалуы", "жөнделуі", be carried out, be repaired;
# not the verb "алу", take, of "бақылауға алуы" or "салуы", whose stem is the whole word)
KK_STATE_VERB = re.compile(r"(?:[ыі][лн]|(?<=[^\W\d_]{3}[аеә])л|[аеыі]н(?:ба|бе|ма|ме|па|пе)|(?:кет|қал|бол)(?:пе|ма|ме|па))у[ыі]$", re.I)
KK_PASSIVE_CONVERB = re.compile(r"[ыі][лн][ыі]п$", re.I)
# the tasks themselves as the subject of the passive: "берілген тапсырмалар толық орындалуы тиіс" (the
# tasks given must be fully carried out) points back at tasks given, as KK_ANAPHOR does, and names no
# new one ("шешімдер қабылдануы тиіс", decisions must be taken, does)
KK_TASKS_DONE = re.compile(r"(?:тапсырма|міндет|талап|нұсқау)(?:лар|тар|тер|лер)?", re.I)


# the passive of a light verb after its action noun is still an action: "тиімді жұмыс жүргізілуі керек"
# (effective work must be carried out), "шаралар қабылдануы тиіс" (measures must be taken); an
# answer, help, support or attention given likewise ("жауап берілуі қажет", answers must be given;
# "көмек көрсетілуі керек", "назар аударылуы тиіс")
KK_LIGHT_NOUN = re.compile(r"(?:жұмыс|шара|іс-шара|тексеру|бақылау|жауап|көмек|қолдау|назар)(?:тар|лар|лер)?(?:ы|і)?$", re.I)


# a figure's own change names no one's task: "экономиканың өсімі 6 пайызға жетуі тиіс" (growth must
# reach 6 per cent), "шығын азаюы керек" (losses must fall): the possessive verbal noun of an
# intransitive verb of amount is a target; the causative is the task ("көлемін ... жеткізуіміз керек",
# we must bring the volume to ...); "жету" is one of amount only after a figure ("несиелер шаруаларға
# жетуі керек", the loans must reach the farmers, is one's task to deliver them)
KK_AMOUNT_CHANGE = re.compile(r"(?:(?<![^\W\d_])(?:өсу|арту|азаю|төмендеу|ұлғаю|көбею|кему)|"
                              r"(?:\d\S*|пайыз\w*|процент\w*|миллиард\w*|миллион\w*|мың\w*|есе\w*)(?:\s+\S+)?\s+жету)(?:[ыі]|ға|ге)$", re.I)


def _state(words: list[str], need: bool = False) -> bool:
    """Whether the modal clause `words` states a state to be in (see KK_STATE_VERB, KK_AMOUNT_CHANGE).
    Before a modal of need (`need`: "қажет", "керек", "тиіс") a passive says what must be done,
    and is a task (kk_passive.py): "дәліз құрылуы қажет" (a corridor must be built)."""
    last = words[-1]
    if KK_AMOUNT_CHANGE.search(" ".join(words[-3:])):
        return True
    if need and KK_PASSIVE_NEED.search(last):
        return any(KK_TASKS_DONE.fullmatch(word) for word in words[-4:-1])
    if len(words) > 1 and KK_LIGHT_NOUN.search(words[-2]) and re.search(r"[ыі]?[лн]у[ыі]$", last):
        return False
    return bool(KK_STATE_VERB.search(last)) or (len(words) > 1 and bool(re.search(r"у[ыі]$", last))
                                                and bool(KK_PASSIVE_CONVERB.search(words[-2])))

# "әкімге екі тапсырма берді" (gave the governor two tasks): the count of the tasks, which the next
# sentences name, is none of them ("екі" ends as a verbal noun does)
KK_COUNT_ONLY = re.compile(r"(?:бір|екі|үш|төрт|бес|алты|жеті|\d+)(?:\s+нақты)?$", re.I)
# nor is the word that only rates them, whatever stands before it: "әкім мен министрге тиісті
# тапсырма берді" (gave the governor and the minister the relevant instructions; "тиісті" ends as
# an accusative verbal noun does), as "дал соответствующие поручения"
KK_RATING_ONLY = re.compile(r"(?<![^\W\d_])(?:тиісті|қажетті)$", re.I)

# a verb of knowing or remembering names no task, as "нужно понимать", "надо помнить" (ru_modal_saying):
# "батырларды есте сақтауымыз керек" (we must remember the heroes), "тарихты ұмытпауымыз қажет"
# (we must not forget history), "мұны түсіну керек" (this must be understood)
KK_KNOWING = re.compile(r"(?:(?<![^\W\d_])(?:білу|түсіну|ұмытпау|мойындау)|"
                        r"(?<![^\W\d_])(?:есте|есімізде|есінде|жадымызда|жадында|жадта)\s+сақтау)$", re.I)
