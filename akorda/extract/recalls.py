"""Whether a sentence recalls an earlier event ("Ранее Глава государства поручил ...", "Earlier, the
President instructed ...", "Бұған дейін ..."): the instructions it states are that event's, not
this release's, unless it places itself in the event reported ("Ранее в своей речи ...",
"Напомним, что также во время встречи ...").
"""
from __future__ import annotations

import re

from akorda.extract.knowledge import cue_pattern
from akorda.extract.union import quick

# a sentence that recalls an earlier event ("Earlier, the President set tasks to ...", "Ранее
# Глава государства поручил ...") states that event's instructions, not this release's
EARLIER = quick(re.compile(r"(?:Earlier|Previously|As\s+reported\s+earlier|Ранее|Напомним|Как\s+сообщалось\s+ранее|"
                           # (not before a participle it dates: "Бұдан бұрын бекітілген жоспарды ...", the plan
                           # approved earlier, is an object of this release's task)
                           r"(?:Бұған\s+дейін|Бұдан\s+бұрын)(?!\s+[^\W\d_]+(?:ған|ген|қан|кен)\s)|Еске\s+салсақ)(?![^\W\d_])", re.I))
# "Напомним" only reminds the reader: "Напомним, что также во время встречи Токаев поручил ..."
# goes back to this release's meeting ("также", "во время/в ходе встречи") and states its tasks,
# unless a time of its own ("в начале февраля", "на прошлой неделе", "в 2022 году", "тогда")
# places it at an earlier event
RECALL = re.compile(r"Напомним", re.I)
EARLIER_TRIGGER = quick(re.compile(r"(?<![^\W\d_])(?:ранее|прежде|previously|earlier)\s+(?:уже\s+|had\s+)?"
                                   r"(?:поручал|поручил|давал\s+поручени|ставил\s+задач|instructed|tasked)", re.I))
SAME_EVENT = re.compile(r"(?<![^\W\d_])(?:также|тоже|(?:во\s+время|в\s+ходе|на)\s+(?:этой\s+|данной\s+)?"
                        r"(?:встреч|визит|поездк|бесед|совещани|заседани|при[её]м))", re.I)
# "Ранее в своей речи", "Earlier in his speech", "Ранее в ходе встречи": earlier in the event reported
SAME_SPEECH = re.compile(r"(?<![^\W\d_])(?:в\s+(?:своей|своём|своем|этой|той\s+же)\s+(?:речи|выступлении)|"
                         r"(?:во\s+время|в\s+ходе)\s+(?:этой\s+|данной\s+|той\s+же\s+)?(?:встречи|беседы|совещания|заседания)|"
                         r"in\s+(?:his|the\s+same)\s+(?:speech|address|remarks)|during\s+the\s+(?:same\s+)?meeting)(?![^\W\d_])",
                         re.I)
OWN_TIME = re.compile(r"\d{4}|прошл|тогда|ранее|накануне|вчера|позавчера|в\s+(?:начале|конце|середине)\s|"
                      r"(?<![^\W\d_])(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
                      re.I)


# Kazakh places the earlier time (lexicon.json "earlier_times") among the sentence's first words,
# before or after the subject: "Еске салайық, Мемлекет басшысы өткен жылы ... тапсырды"
KK_EARLIER = cue_pattern("earlier_times", "kk", anchor=r"^(?:\S+\s+){{0,5}}?(?:{})(?![^\W\d_])")


# Russian likewise: an earlier time among the first words ("В прошлом году Глава государства
# поручил ...") or the trigger in the imperfective past ("Президент поручал ...", "ставил задачу"),
# which reports an instruction given before, where this meeting's are told in the perfective
RU_EARLIER = cue_pattern("earlier_times", "ru", anchor=r"^(?:\S+\s+){{0,3}}?(?:{})(?![^\W\d_])")
RU_IMPERFECTIVE_TRIGGER = re.compile(r"(?<![^\W\d_])(?:поручал[аи]?|(?:давал|ставил)[аи]?\s+(?:[^\W\d_]+\s+){0,3}?"
                                     r"(?:поручени|задач))", re.I)


def recalls_earlier(text: str, start: int, end: int) -> bool:
    """Whether the sentence recalls an earlier event, whose instructions are not this release's."""
    if EARLIER_TRIGGER.search(text, start, end) or KK_EARLIER.search(text[start:end]) or \
            RU_EARLIER.search(text[start:end].strip()) or RU_IMPERFECTIVE_TRIGGER.search(text, start, end):
        return True  # "президент ранее поручал акиму ...": a task of an earlier event, recalled
    opening = EARLIER.match(text, start, end)
    if opening is None:
        return False
    sentence = text[start:end]
    if RECALL.match(text, start, end) is None:
        # "Ранее в своей речи Президент заявил о необходимости A": earlier in this event's speech
        # (the blind gold keeps it), unless a time of its own places it at another
        return SAME_SPEECH.search(sentence) is None or OWN_TIME.search(text, opening.end(), end) is not None
    return SAME_EVENT.search(sentence) is None or OWN_TIME.search(sentence) is not None
