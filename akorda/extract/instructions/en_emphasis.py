"""English tasks set by the Head of State's emphasis: "stressed the need to A", "underlined the
importance of B", "drew attention to C", "called for D" (contract README: emphasis followed by an
action is an instruction); not an official's view ("the Secretary of State stressed ...")."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_HEAD_OF_STATE, EN_HEAD_OF_STATE_OR_HE, EN_OFFICIAL_TITLE, InstructionSpan
from akorda.extract.instructions.en_addressee import _is_agent
from akorda.extract.instructions.en_bounds import EN_JOINER_END, _attribution_start
from akorda.extract.instructions.en_lists import EN_ACTION_NOUN, _gerund_at, _split_en, _split_en_topics
from akorda.extract.instructions.en_speaker import EN_JOINT_SUBJECT, _official_pronoun
from akorda.extract.union import quick

# "stressed the need to", "underlined the importance of", "drew (X's) attention to the need to" (or "turned",
# "called" attention to it),
# "priority attention should be given to": the Head of State's emphasis states a task too
# ("pointed out on the importance of": a stray preposition the releases write after "pointed out")
EN_EMPHASIS = quick(re.compile(
    r"\b(?:(?:stressed|underlined|underscored|emphasi[sz]ed|highlighted|pointed\s+(?:out(?:\s+on)?|to)|spoke\s+(?:of|about)|"
    # verbs others use as often ("residents expressed the need for a bridge"): said of the Head of State only
    r"(?P<weak>reiterated|voiced|expressed|indicated|focused\s+on)|"
    # the participle of a second emphasis: "..., emphasizing the need to support X"
    r"stressing|underlining|underscoring|emphasi[sz]ing|highlighting)\s+(?:the\s+)?"
    # an intensifier before the noun: "the critical importance of", "the urgent need to"
    r"(?:(?:critical|crucial|utmost|great|special|particular|paramount|vital|key|urgent|pressing|exceptional|"
    r"primary|high|strategic|fundamental)\s+)?"
    r"(?:need|necessity|importance|significance|relevance)|"
    # "brought into focus the relevance of digitalization": the same emphasis, its object moved
    r"brought\s+into\s+focus\s+the\s+(?:need|necessity|importance|significance|relevance)|"
    # "pointed up the measures on expanding A, developing B and subsidizing C", "pointed out the steps to
    # cut X": the measures he names are tasks (said of the Head of State only, checked in _emphasis)
    r"(?P<measures>pointed\s+(?:up|out|to)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:measures|steps)(?:\s+(?:on|for|of)(?=\s+(?:[a-z]+ly\s+)?[a-z]+ing\s"
    r"|\s+" + EN_ACTION_NOUN + r")|(?=\s+to\s+[a-z])))|"
    # "noted the importance of tourism" is an opinion (the team's annotation); "noted the importance to do X",
    # "noted the need for X" and "noted the importance of timely preparation for X" (an action noun) are tasks
    # (a gerund is an action too: "noted the importance of increasing X")
    r"noted\s+(?:the\s+)?(?:(?:special|particular|great|critical|crucial|utmost|paramount|vital|key|urgent|exceptional|"
    r"primary|high|strategic|fundamental)\s+)?"
    r"(?:need|necessity|importance)(?=\s+(?:to|for)\s|\s+of\s+(?:" + EN_ACTION_NOUN + r"|(?:[a-z]+ly\s+)?[a-z]+ing\b|"
    r"(?:the\s+)?measures\s+to\s))|"
    r"(?:drew|paid|turned|called)\s+(?:[\w’'-]+\s+){0,3}?(?:special\s+|particular\s+|close\s+)?attention\s+to\s+(?:the\s+)?"
    r"(?:need|necessity|importance)|"
    r"(?:priority\s+)?attention\s+should\s+be\s+(?:given|paid)\s+to|"
    # "Utmost attention was paid to the importance of developing X", "called it an important task to X"
    r"(?:utmost|special|particular|priority|close|great)\s+attention\s+(?:was|is|will\s+be)\s+(?:paid|given)\s+to\s+"
    r"(?:the\s+)?(?:need|necessity|importance)|"
    r"called\s+it\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:task|priority)(?=\s+to\s)|"
    # "raised the issue of A", "raised issues related to A, B and C", "called for A": topics
    r"(?P<topic>raised\s+(?:the\s+)?(?:issues?|questions?|matters?)\s+(?:of|related\s+to|regarding|concerning)|called\s+for|"
    # "laid emphasis on the creation of X", "placed greater focus on SME development", "focused on the
    # development of Y", "prioritized generation of jobs", "an emphasis was laid on preservation of Z":
    # a task where an action (a noun of action or a gerund) follows and he is named as the subject
    # ("put emphasis on the issues of X", "the meeting focused on Y" set none; checked in _emphasis)
    r"(?P<heed>(?:(?:laid|placed|put)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:emphasis|focus|stress)|"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:emphasis|focus)\s+(?:was|is)\s+(?:also\s+)?(?:laid|placed|put)|focused)\s+on|"
    r"prioriti[sz]ed)(?=\s+(?:" + EN_ACTION_NOUN + r"|(?:[a-z]+ly\s+)?[a-z]+ing\s+(?!of\b)[a-z]))|"
    # "outlined the priorities of work in the social sector, including A, B and C": the priorities are tasks
    # "named the tasks: creating jobs, building housing" ("set the tasks: ..." is a trigger, en.py)
    r"(?P<priorities>(?:(?:outlined|named|identified|listed|set)\s+(?:the\s+|his\s+)?(?:[\w-]+\s+){0,2}?priorities|"
    r"(?:outlined|named|identified|listed)\s+(?:the\s+|his\s+)?(?:[\w-]+\s+){0,2}?tasks)\b"
    r"[^.;:]{0,80}?(?:,\s+including|,?\s+such\s+as|:))|"
    # "drew attention to (timely) preparations for X": the action noun names the task
    r"(?:drew|paid|turned|called)\s+(?:[\w’'-]+\s+){0,3}?(?:special\s+|particular\s+|close\s+)?attention\s+to"
    r"(?=\s+" + EN_ACTION_NOUN + r")|"
    # "pointed to the introduction of new rules": likewise ("pointed to an increase in exports" reports one)
    r"pointed\s+to(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:increase|decrease|rise|growth|decline)\b)(?=\s+" + EN_ACTION_NOUN + r")))"
    r"(?:\s+(?P<prep>to|of|for))?\s+",
    re.I,
))


# the subject of an emphasis verb, when it is an official and not the Head of State
EN_OFFICIAL_SUBJECT = re.compile(r"(?:^|[,;]\s+|\b(?:Besides|Also|Moreover|In\s+addition),?\s+)(?:[Tt]he\s+)?"
                                 r"(?:(?:(?i:" + EN_OFFICIAL_TITLE + r")|Secretary)\b[^,;]*?)\s+(?:also\s+)?$")

def _emphasis(text: str, start: int, end: int, emphases: list[re.Match[str]], starts: list[int]) -> list[InstructionSpan]:
    """Items after an emphasis: a "to" infinitive list, a gerund list or a list of nouns."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in emphases:
        if _official_pronoun(text, start, sentence, m.start()):
            continue  # the official goes on speaking
        if EN_OFFICIAL_SUBJECT.search(sentence, 0, m.start()) or EN_JOINT_SUBJECT.search(sentence, 0, m.start()) or (
                (m.group("weak") or m.group("measures")) and not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, m.start())):
            continue  # "the Secretary of State stressed the need to ...": the official's view, not a task
        if (m.group("heed") or m.group("priorities")) and not PASSIVE_HEED.match(m.group()) and \
                not EN_NAMED_SUBJECT.search(sentence, 0, m.start()):
            continue  # "He focused on employment centres digitalization": he may be the official reporting
        limit = next((x for x in starts if x > m.start()), len(sentence))
        if limit < len(sentence):
            tail = EN_JOINER_END.search(sentence, m.end(), limit)
            if tail:
                limit = tail.start()
        limit = _attribution_start(sentence, m.end(), limit)
        said = EN_SAYING_PARTICIPLE.search(sentence, m.end(), limit)
        limit = said.start() if said else limit
        # "the need for the akimats to X", "called for the akimats to X": whom the task is for
        agent = EN_FOR_AGENT_TO.match(sentence, m.end(), limit) if "for" in (m.group("prep"), m.group().split()[-1]) else None
        who = agent.group(1) if agent and _is_agent(agent.group(1)) else None
        if who and agent:
            # "stressed the need for the Government to simplify X": the task, and whom it is for
            pieces = _split_en(sentence, agent.end(), limit, gerund=False)
        elif m.group("prep") == "to" and (members := EN_SET_SUCH_AS.match(sentence, m.end())):
            # "the need to address a number of issues such as A, B and C": the members are the tasks
            pieces = _split_en_topics(sentence, members.end(), limit)
        elif m.group("prep") == "to" and not re.match(r"(?:the|a|an)\b", sentence[m.end():], re.I):
            pieces = _split_en(sentence, m.end(), limit, gerund=False)
        elif (aimed := EN_WORK_AIMED_AT.match(sentence, m.end())) and _gerund_at(sentence, aimed.end()):
            # "the importance of the work aimed at restoring A and using B": the aims are the tasks
            pieces = _split_en(sentence, aimed.end(), limit, gerund=True)
        elif EN_TAKING_MEASURES_TO.match(sentence, m.end()):
            # "the need of taking measures to enhance A, create B and open C": the measures' aims are
            # the tasks, an infinitive list after the first
            pieces = _split_en(sentence, m.end(), limit, gerund=False)
        elif _gerund_at(sentence, m.end()):
            pieces = _split_en(sentence, m.end(), limit, gerund=True)
        elif m.group("prep") == "of" and (measures := EN_MEASURES_TO.match(sentence, m.end())):
            # "the importance of the measures to promote A, to support B": the measures are the
            # first task, each further "to" infinitive one more
            pieces = _split_en(sentence, measures.end("measures"), limit, gerund=False)
        elif m.group("prep") == "for" or m.group("topic") or "should" in m.group().lower() or \
                (m.group("prep") == "of" and re.match(EN_NOUN_ACTION, sentence[m.end():], re.I)):
            # "the need for A, B and C", "the importance of (further) improvement of X": nouns of
            # action; "the importance of tourism" states no task
            pieces = _split_en_topics(sentence, m.end(), limit)
        else:
            continue
        out.extend(InstructionSpan(sentence[a:b], start + a, start + b, who) for a, b in _second_emphasis(sentence, pieces)
                   if not EN_ANAPHOR.fullmatch(sentence, a, b))
    return sorted(out, key=lambda i: i.start)


# the Head of State named before the verb (not "He", who may be the official who reported)
EN_NAMED_SUBJECT = re.compile(r"\b" + EN_HEAD_OF_STATE + r"\b")
PASSIVE_HEED = re.compile(r".*\s(?:was|is)\s", re.I | re.S)


# "the importance of fulfilling the programmes and the need of quality control over them": a second
# emphasis noun in the list opens a task of its own, the noun itself no part of it
EN_AND_NEED = re.compile(r",?\s+and\s+(?:also\s+)?(?:the\s+)?(?:need|necessity|importance)\s+(?:of|for)\s+(?=[a-z])", re.I)


def _second_emphasis(sentence: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces, each cut where "and the need of" opens a second emphasis inside it."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        for cut in EN_AND_NEED.finditer(sentence, a, b):
            out.append((a, cut.start()))
            a = cut.end()
        out.append((a, b))
    return [(a, b) for a, b in out if b > a]


# "..., stressing the role of X": the participle of his next act of speech ends the list
EN_SAYING_PARTICIPLE = re.compile(r",\s+(?:stressing|noting|underlining|emphasi[sz]ing|highlighting|saying|adding)\s+"
                                  r"(?!the\s+(?:need|necessity|importance)\b)", re.I)
EN_SET_SUCH_AS = re.compile(r"[a-z]+\s+(?:a\s+number\s+of|several|a\s+range\s+of|a\s+series\s+of)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:issues|tasks|problems|matters|questions)\s+(?:such\s+as|like|including)\s+", re.I)
# "the importance of disease prevention": a noun before the action noun names its object
EN_NOUN_ACTION = r"(?:(?!(?:this|that|these|those|its|their|his|her|our|such|an?|the|all|any|new)\b)[a-z-]+\s+)?" + EN_ACTION_NOUN
EN_WORK_AIMED_AT = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:work|measures|efforts|steps|activities)\s+aimed\s+at\s+", re.I)
EN_TAKING_MEASURES_TO = re.compile(r"taking\s+(?:[a-z]+\s+){0,2}?(?:measures|steps|actions)\s+to\s+[a-z]", re.I)
EN_MEASURES_TO = re.compile(r"(?:the\s+)?(?P<measures>)measures\s+to\s+(?=[a-z])", re.I)


# "attention should be paid to its solution": a task that only points back at one already named
# (a pronoun and one noun) names nothing new
EN_ANAPHOR = re.compile(r"(?:its|their|this|these|that|those|his|her)\s+[a-z-]+", re.I)


EN_FOR_AGENT_TO = re.compile(r"((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?)\s+to\s+(?=[a-z])")
