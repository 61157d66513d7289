"""English instructions: trigger verbs, then a "to" infinitive or a gerund list (see the package docstring)."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import (
    EN_HEAD_OF_STATE,
    EN_HEAD_OF_STATE_OR_HE,
    EN_OFFICIAL_TITLE,
    InstructionSpan,
    _speech_end,
    _trim,
)
from akorda.extract.instructions.en_addressee import EN_NOT_BEFORE_TO, _addressed, _en_assignee, _en_passive_subject, _is_agent, agent_list
from akorda.extract.instructions.en_bounds import _attribution_start
from akorda.extract.instructions.en_lists import EN_ACTION_OF, EN_NEXT_WORDS, _gerund_at, _is_verb, _split_en, _split_en_topics
from akorda.extract.instructions.en_speaker import EN_JOINT_SUBJECT, _official_pronoun, others_quote
from akorda.extract.union import quick

EN_CUE = quick(re.compile(r"\b(?:instruct|insisted|task|charg|order|direct|entrust|commission|assign|attention|need|importance|necessity|"
                          r"urg(?:ed|ing)|"
                          r"requested|required|demanded|asked|giv(?:e|ing)\s+instructions|"
                          r"raised|pointed\s+to|told|oblig|called\s+(?:for|(?:up)?on)|"
                          r"\bI\s+(?:(?:am|hereby|also)\s+)?(?:ask|urg|request|call))", re.I))
# an action named by a noun: "(timely) preparation", "further improvement", "high-quality preparation",
# "the timely launch", "repair" (an action noun without a suffix)
# (a hyphenated compound adjective is a modifier: "high-quality", "large-scale", "long-term")
# "work" is one when a modifier says how it is to be done ("coordinated and effective work of X")
EN_ACTION_NOUN = r"(?:(?:further|timely|continued|effective|efficient|comprehensive|proper|steady|sustainable|the|[a-z]+-[a-z]+)\s+)*" \
                 r"(?:[a-z-]+(?:tion|sion|ment|ance|ence)s?|launch|repairs?|upgrades?|overhaul|increase|" \
                 r"(?:(?:coordinated|effective|efficient|joint|systematic|consistent|active|targeted)\s+(?:and\s+)?)+work)\b"
EN_TRIGGER = quick(re.compile(
    r"\b(?:instructed|instructs|urged|tasked|obliged|obligated|(?<!the\s)(?<!these\s)(?<!those\s)(?<!its\s)(?<!all\s)tasks(?!\s+(?:is|are|was|were|of|for|include|set|given)\b)"
    r"(?=\s+(?:[\w’'-]+\s+){1,6}?(?:to\s+[a-z]|with\s+(?:[a-z]+ing|" + EN_ACTION_NOUN + r")))|(?:en)?charged|ordered|directed|entrusted|"
    # the first person of quoted speech: "I instruct the Government to ...", and its progressive
    # "I am instructing the Government to ...", "I am entrusting the holding with launching ..."
    r"(?<=\bI\s)(?:(?:am|hereby)\s+)?(?:charg(?:e|ing)|(?:instruct|task|order|direct|entrust|commission)(?:ing)?)|"
    # "I ask the Government to ...", "I urge the ministries to ...": a plea in his quoted words (checked in _no_task)
    r"(?<=\bI\s)(?P<plea>(?:(?:am|hereby|also)\s+)?(?:ask(?:ing)?|urg(?:e|ing)|request(?:ing)?|call(?:ing)?\s+(?:up)?on)(?=\s+[\w’'-]+))|"
    # a participle clause: "..., charging the regions to step up this work"
    r"(?<=,\s)(?:charging|instructing|tasking|urging|ordering|directing)|"
    # "Instructing the Agency to protect X, the Head of State noted ...": a leading participle (its
    # main clause's subject the President, checked in _no_task)
    r"(?:^|(?<=\n))\s*(?P<lead>Charging|Instructing|Tasking|Urging|Ordering|Directing)(?=\s)|"
    # "The Head of State commissioned to speed up the repairs", "assigned to continue X": no addressee
    # named, as after "instructed to" (said of the Head of State only, checked in _no_task; first, or
    # "commissioned to speed up work to ensure ..." would read "to speed up work" as the addressee)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?P<bare>commissioned|assigned)(?=\s+to\s+[a-z])|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:commissioned|assigned)(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+to\s+[a-z])|"
    # "assigned the Government and akimat of X region to pay ...": a longer addressee, a verb after "to" (_no_task)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?P<far>commissioned|assigned)(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){4,6}?\s+to\s+[a-z])|"
    # "gave a number of specific instructions on A, B and C", "set certain tasks on ...", "gave tasks to X on ..."
    r"(?P<nominal>(?:gave|issued|assigned|set)\s+(?:(?P<who>[\w-]+(?:\s+[\w-]+){0,5}?)\s+)??"
    r"(?:a\s+number\s+of\s+|several\s+|a\s+series\s+of\s+|a\s+range\s+of\s+|the\s+following\s+|certain\s+|some\s+)?"
    r"(?:specific\s+|concrete\s+|particular\s+|important\s+|relevant\s+)?"
    r"(?:instructions|tasks)(?=\s+(?:to\s+[^.;]{0,60}?\s)?(?:on|of|for|regarding|concerning|aimed\s+at|related\s+to)\s|"
    r",?\s+(?:particularly\s+|especially\s+)?(?:including\s+(?:those\s+)?|focusing\s+)(?:on|regarding|concerning|related\s+to)\s)|"
    # "I am giving instructions to the Government to ...": the first person of quoted speech
    r"(?:gave|(?<=\bI\s)(?:am\s+)?giv(?:e|ing))\s+(?:(?P<who2>[\w-]+(?:\s+[\w-]+){0,3}?)\s+)??"
    r"(?:a\s+number\s+of\s+|several\s+|specific\s+|a\s+series\s+of\s+|a\s+range\s+of\s+|the\s+following\s+|an?\s+)?"
    # "gave an order to the Ministry to reinforce X"
    r"(?:instructions?|orders?(?=\s+(?:[\w’'-]+\s+){0,6}?to\s+[a-z]))|"
    r"(?:[\w-]+\s+)?(?:instructions?|tasks?)\s+(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:given|set|assigned)"
    r"(?=\s+(?:[\w’'-]+\s+){0,5}?to\s+[a-z])|"
    # "Specific instructions were given on A and B": the topics
    r"(?:[\w-]+\s+)?(?:instructions|tasks)\s+(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:given|set|issued)"
    r"(?=\s+(?:on|regarding|concerning|related\s+to)\s)|"
    # "the akim was given a number of instructions regarding A and B": the addressee is the subject
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?given\s+(?:a\s+number\s+of\s+|several\s+|a\s+series\s+of\s+|a\s+range\s+of\s+)?"
    r"(?:specific\s+|concrete\s+|particular\s+|important\s+)?(?:instructions|tasks)"
    r"(?=\s+(?:on|regarding|concerning|related\s+to|aimed\s+at)\s))|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:instructed|tasked|charged|ordered|directed|"
    r"(?:assigned|entrusted)(?=\s+(?:to\s+[a-z]|with\s))|commissioned(?=\s+to\s+[a-z])|"
    # "the akim was given instructions to ensure ...", "were given the task of ..."
    r"given\s+(?:(?:the\s+following|specific|concrete|several|a\s+number\s+of)\s+)?(?:instructions|tasks)"
    r"(?=\s+to\s+[a-z]))|"
    # "called on the Government to speed up ...": a call to an addressee with an infinitive
    r"called\s+(?:up)?on(?=\s+(?:[\w’'-]+\s+){1,6}?to\s+[a-z])|"
    # "requested the Government to submit ...", said of the Head of State only (checked in _english)
    # "asked the Government to submit proposals": a request of the Head of State is a task too
    r"(?P<request>requested|required|demanded|asked(?!\s+(?:about|how|what|whether|if|why|when|where|for|questions?)\b))"
    r"(?=\s+(?:[\w’'-]+\s+){0,6}?to\s+[a-z])|"
    # "told the Government to finish X" ("told reporters that ..." is speech)
    r"(?P<told>told(?!\s+(?:about|of|reporters|journalists|the\s+(?:press|media|audience))\b))(?=\s+(?:(?!that\b)[\w’'-]+\s+){1,6}?to\s+[a-z])|"
    # "set the task of", "set the akim the task to", "was set the task of", "set a number of tasks"
    r"(?:set|put\s+forward)\s+(?:(?P<whom>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+)??"
    # "set three tasks: to cut X, to create Y"
    r"(?:the|a|an|several|specific|a\s+number\s+of|two|three|four|five|six)\s+(?:\w+\s+)?(?:tasks?|instructions(?=\s+to\s+[a-z]))|"
    # "The Government and governors are facing a task to take measures ...": the task its subject faces
    r"(?:is|are)\s+(?:now\s+)?fac(?:ing|ed\s+with)\s+(?:a|the)\s+(?:[\w-]+\s+)?tasks?(?=\s+(?:to|of)\s))\b",
    re.I,
))
# "instructed the Government to: speed up A; cut B": a colon after "to" opens its list (its items may be numbered)
EN_TO = re.compile(r"\bto(?::\s+(?:\d{1,2}[.)]\s+)?|\s+(?!(?:the|a|an|all|its|their|his|her|this|these|those|local|regional)\b))(?=[a-z])")
EN_TOPICS_AFTER_ADDRESSEE = re.compile(r"(?:[^.;:]{0,60}?\s)?(?P<on>on|for|regarding|concerning|aimed\s+at|related\s+to)\s+(?=\S)",
                                       re.I)
EN_WITH_ACTION = re.compile(r"\bwith\s+(?=" + EN_ACTION_NOUN + r")")
EN_GERUND_INTRO = re.compile(r"\b(?:with|of)\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b)")
EN_TOPICS = re.compile(r"(?:[^.;:]{0,60}?\s)?(?P<on>on|of|for|regarding|concerning|aimed\s+at|related\s+to)\s+(?=\S)", re.I)
# "stressed the need to", "underlined the importance of", "drew (X's) attention to the need to",
# "priority attention should be given to": the Head of State's emphasis states a task too
# ("pointed out on the importance of": a stray preposition the releases write after "pointed out")
EN_EMPHASIS = quick(re.compile(
    r"\b(?:(?:stressed|underlined|underscored|emphasi[sz]ed|highlighted|pointed\s+(?:out(?:\s+on)?|to)|spoke\s+(?:of|about)|"
    # verbs others use as often ("residents expressed the need for a bridge"): said of the Head of State only
    r"(?P<weak>reiterated|voiced|expressed|indicated|focused\s+on)|"
    # the participle of a second emphasis: "..., emphasizing the need to support X"
    r"stressing|underlining|emphasi[sz]ing|highlighting)\s+(?:the\s+)?"
    # an intensifier before the noun: "the critical importance of", "the urgent need to"
    r"(?:(?:critical|crucial|utmost|great|special|particular|paramount|vital|key|urgent|pressing|exceptional|"
    r"primary|high|strategic|fundamental)\s+)?"
    r"(?:need|necessity|importance|significance)|"
    # "noted the importance of tourism" is an opinion (the team's annotation); "noted the importance to do X",
    # "noted the need for X" and "noted the importance of timely preparation for X" (an action noun) are tasks
    # (a gerund is an action too: "noted the importance of increasing X")
    r"noted\s+(?:the\s+)?(?:(?:special|particular|great|critical|crucial|utmost|paramount|vital|key|urgent|exceptional|"
    r"primary|high|strategic|fundamental)\s+)?"
    r"(?:need|necessity|importance)(?=\s+(?:to|for)\s|\s+of\s+(?:" + EN_ACTION_NOUN + r"|(?:[a-z]+ly\s+)?[a-z]+ing\b|"
    r"(?:the\s+)?measures\s+to\s))|"
    r"(?:drew|paid)\s+(?:[\w’'-]+\s+){0,3}?(?:special\s+|particular\s+|close\s+)?attention\s+to\s+(?:the\s+)?"
    r"(?:need|necessity|importance)|"
    r"(?:priority\s+)?attention\s+should\s+be\s+(?:given|paid)\s+to|"
    # "Utmost attention was paid to the importance of developing X", "called it an important task to X"
    r"(?:utmost|special|particular|priority|close|great)\s+attention\s+(?:was|is|will\s+be)\s+(?:paid|given)\s+to\s+"
    r"(?:the\s+)?(?:need|necessity|importance)|"
    r"called\s+it\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:task|priority)(?=\s+to\s)|"
    # "raised the issue of A", "raised issues related to A, B and C", "called for A": topics
    r"(?P<topic>raised\s+(?:the\s+)?(?:issues?|questions?|matters?)\s+(?:of|related\s+to|regarding|concerning)|called\s+for|"
    # "drew attention to (timely) preparations for X": the action noun names the task
    r"(?:drew|paid)\s+(?:[\w’'-]+\s+){0,3}?(?:special\s+|particular\s+|close\s+)?attention\s+to(?=\s+" + EN_ACTION_NOUN + r")|"
    # "pointed to the introduction of new rules": likewise ("pointed to an increase in exports" reports one)
    r"pointed\s+to(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:increase|decrease|rise|growth|decline)\b)(?=\s+" + EN_ACTION_NOUN + r")))"
    r"(?:\s+(?P<prep>to|of|for))?\s+",
    re.I,
))
# "...; he also urged X to ...", "..., and the President also charged ...": the next trigger's joiner and subject
EN_JOINER_END = re.compile(r"(?:[\s,;]+(?:and(?:\s+also)?|as\s+well\s+as|also|he|she|(?:the\s+)?"
                           + EN_HEAD_OF_STATE + r"))+[\s,;]*$", re.I)

# "Among the important tasks, the Head of State named A and B": the tasks are the nouns named
EN_AMONG = quick(re.compile(r"\bAmong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tasks|priorities)\s*,\s*[^,.;]{0,60}?\b"
                            r"(?:called|named|listed|singled\s+out|identified|mentioned)\s+", re.I))


# "a number of tasks ..., including (the main objectives such as) A, B and C"
EN_SET_OF = re.compile(r"\b(?:a\s+number\s+of|several|a\s+series\s+of|a\s+range\s+of)\s", re.I)
EN_MEMBERS = re.compile(r",\s+including\s+(?!those\b)(?:(?:the\s+)?(?:[\w-]+\s+)?(?:objectives|tasks|issues|priorities|areas)\s+"
                        r"(?:such\s+as|like)\s+)?", re.I)


def _set_members(sentence: str, start: int, m: re.Match[str], limit: int, assignee: str | None) -> list[InstructionSpan]:
    """ "set a number of tasks (to raise living standards), including A, B and C": the aim is the
    set's heading, its members are the tasks ("including those on A" is the trigger's topic list)."""
    members = EN_MEMBERS.search(sentence, m.end(), limit) if EN_SET_OF.search(m.group()) else None
    if members is None:
        return []
    # "gave a number of instructions, including to ensure A and to develop B": infinitive members
    to = EN_TO.match(sentence, members.end(), limit)
    pieces = _split_en(sentence, to.end(), limit, gerund=False) if to and _infinitive_at(sentence, to.end()) else \
        _split_en_topics(sentence, members.end(), limit)
    return [InstructionSpan(sentence[a:b], start + a, start + b, assignee) for a, b in pieces]


def _clause_limit(sentence: str, m: re.Match[str], starts: list[int]) -> int:
    """Where the trigger's clause ends: at the next trigger (and the joiner before it), the end
    of the speech it stands in, or a closing attribution or comment."""
    limit = next((x for x in starts if x > m.start()), len(sentence))
    if limit < len(sentence):
        tail = EN_JOINER_END.search(sentence, m.end(), limit)
        if tail:
            limit = tail.start()
    main = EN_MAIN_PRESIDENT.search(sentence, m.end(), limit) if m.group("lead") else None
    limit = main.start() if main else limit  # "Instructing X to A, the President noted B": A alone
    return _attribution_start(sentence, m.end(), _speech_end(sentence, m.end(), limit))


def _english(text: str, start: int, end: int) -> list[InstructionSpan]:
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    among = EN_AMONG.search(sentence)
    if among:
        return [InstructionSpan(sentence[a:b], start + a, start + b, None)
                for a, b in _split_en_topics(sentence, among.end(), len(sentence))]
    triggers = list(EN_TRIGGER.finditer(sentence))
    emphases = list(EN_EMPHASIS.finditer(sentence))
    starts = sorted(x.start() for x in triggers + emphases)
    out.extend(_emphasis(text, start, end, emphases, starts))
    out.extend(item for that in EN_THAT.finditer(sentence) for item in _that_clause(sentence, start, that))
    for m in triggers:
        limit = _clause_limit(sentence, m, starts)
        inner = _en_assignee(m.group("who") or m.group("who2") or m.group("whom") or "") or \
            _en_passive_subject(sentence, m)
        if _no_task(sentence, m, inner) or others_quote(text, start, end, start + m.start()):
            continue
        members = _set_members(sentence, start, m, limit, inner)
        if members:
            out.extend(members)
            continue
        to = EN_TO.search(sentence, m.end(), limit)
        ger = EN_GERUND_INTRO.search(sentence, m.end(), limit)
        topics, no_task = _nominal_topics(sentence, m, limit)
        if no_task:
            continue
        if topics and (not to or topics.end() <= to.start() or not (_infinitive_at(sentence, to.end()) or _addressed(sentence, m, to))):
            # "gave instructions on the development of tourism, support for farmers and ...",
            # "gave instructions to governor X on ...": "to" before a noun names the addressee
            between = sentence[m.end():topics.start("on")]
            assignee = (None if between.lstrip().startswith(",") else _en_assignee(between)) or inner
            for a, b in _split_en_topics(sentence, topics.end(), limit):
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        if ger and ger.start() - m.end() <= 60 and (not to or ger.start() < to.start()):
            # "tasked the akim with attracting investors", "set the task of reducing ..."
            assignee = _en_assignee(sentence[m.end():ger.start()]) or inner
            for a, b in _split_en(sentence, ger.end(), limit, gerund=True):
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        noun = EN_WITH_ACTION.search(sentence, m.end(), limit)
        if noun and noun.start() - m.end() <= 60 and (not to or noun.start() < to.start()):
            # "entrusted the minister with further improvement of A, expansion of B and C": the
            # tasks are action nouns after "with"
            assignee = _en_assignee(sentence[m.end():noun.start()]) or inner
            for a, b in _split_en_topics(sentence, noun.end(), limit):
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, assignee))
            continue
        if not to or (to.start() - m.end() > 80 and not agent_list(sentence[m.end():to.start()])):
            continue
        # "urged the akims not to allow X": the negation opens the task, it is no part of the addressee
        negated = EN_NOT_BEFORE_TO.search(sentence, m.end(), to.start())
        at, who_end = (negated.start("not"), negated.start()) if negated else (to.end(), to.start())
        out.extend(_infinitives(sentence, start, at, limit, _en_assignee(sentence[m.end():who_end]) or inner))
    return out


# "instructed the akim to repair the schools, and the ministry to supply them with computers": a
# second addressee with its own infinitive (the trigger verb left out)
EN_GAPPED = re.compile(r",\s+and\s+((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,6}?)\s+to\s+(?=[a-z])")


def _infinitives(sentence: str, start: int, at: int, limit: int, assignee: str | None) -> list[InstructionSpan]:
    """The infinitive list from `at`, and a gapped second addressee's list after it."""
    gap = next((g for g in EN_GAPPED.finditer(sentence, at, limit) if _is_agent(g.group(1)) and _infinitive_at(sentence, g.end())
                and not _is_verb(g.group(1).split()[0].lower())), None)
    pieces = [(a, b, assignee) for a, b in _split_en(sentence, at, gap.start() if gap else limit, gerund=False)]
    if gap:
        pieces += [(a, b, gap.group(1)) for a, b in _split_en(sentence, gap.end(), limit, gerund=False)]
    return [InstructionSpan(sentence[a:b], start + a, start + b, who) for a, b, who in pieces]


# a past instruction the release recalls: "Earlier, ...", "Last year ...", "... had instructed"
RECALLED = re.compile(r"^\s*(?:Earlier|Previously|Formerly|Last\s+(?:year|month|week|spring|summer|autumn|winter)|"
                      r"At\s+(?:the|a|his)\s+(?:previous|last)\s+\w+|Recall\s+that|As\s+a\s+reminder)\b|"
                      # "Kazinform recalls that the President instructed ...", "the akimat had been instructed to ..."
                      r"\b(?:recalls?|recalled|reminds?|reminded)\s+that\b|\bhad\s+been\s+$|"
                      # "The hospital, which the Head of State instructed to build, opened": a relative clause
                      r"\b(?:which|whom)\s+(?:the\s+)?" + EN_HEAD_OF_STATE + r"\s+(?:had\s+)?$|"
                      r"\b(?:had|previously|earlier)\s+$|\b(?:years?|months?|weeks?)\s+ago\b", re.I)


def _nominal_topics(sentence: str, m: re.Match[str], limit: int) -> tuple[re.Match[str] | None, bool]:
    """The topics after "gave instructions on|for ...", and whether the trigger gives no task at all.
    "set tasks for the Minister to further improve X": "for" names the addressee (no topics);
    "assigned tasks for the ministry," names no task; "gave instructions for the development of X" does."""
    topics = EN_TOPICS.match(sentence, m.end(), limit) if m.group("nominal") else None
    if topics and topics.group("on").lower() == "of" and sentence[m.end():topics.start("on")].strip():
        # "tasks were given to the officials of the region (on X)": an "of" after the addressee is
        # part of its name; only "tasks of X" right after the trigger names the topic so
        topics = EN_TOPICS_AFTER_ADDRESSEE.match(sentence, m.end(), limit)
    if not topics or topics.group("on").lower() != "for":
        return topics, False
    whom = re.match(r"[^,;]{1,60}?(?=\s+to\s+[a-z]|[,;]|$)", sentence[topics.end():limit])
    if whom and sentence.startswith(" to ", topics.end() + whom.end()) and len(whom.group().split()) <= 6:
        return None, False
    return topics, bool(whom and _is_agent(whom.group()) and not EN_ACTION_OF.match(whom.group()))


# "assigned to the project", "commissioned to serve": "to" after a bare trigger, and a trigger
# in the passive that puts a building into service
EN_BARE_TO = re.compile(r"\s+to\s+")
EN_FAR_TO = re.compile(r"(?:\s+[\w-]+){5,8}?\s+to\s+")
EN_PUT_IN_SERVICE = re.compile(r"(?:was|were|ha[sv]e?)\s.*commissioned$", re.I | re.S)


EN_MAIN_PRESIDENT = re.compile(r",\s+(?:the\s+)?" + EN_HEAD_OF_STATE + r"\b")


def _no_task(sentence: str, m: re.Match[str], subject: str | None) -> bool:
    """A trigger that gives no task: "the akim requested the ministry to ..." (only the Head of
    State's request is one), "Earlier, the President instructed ...", "had instructed" (a past
    instruction recalled), "Forty schools were commissioned to serve ..." (put into service)."""
    if sentence.startswith(" that ", m.end()):
        return True  # "instructed that X be done": the that-clause (_that_clause)
    if (m.group("request") or m.group("bare") or m.group("told")) and not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, m.start()):
        return True
    if m.group("lead") and not EN_MAIN_PRESIDENT.search(sentence, m.end()):
        return True  # "Instructing his deputies to ..., the akim said": his own order
    if m.group("plea") and not EN_HEAD_OF_STATE_OR_HE.search(sentence):
        return True  # «I ask the ministry to help us,» the akim said: his plea, no task of the Head of State
    far = EN_FAR_TO.match(sentence, m.end()) if m.group("far") else None
    if far is not None and not _infinitive_at(sentence, far.end()):
        return True  # "assigned the new plots of land in the suburbs to young families": no task
    to = EN_BARE_TO.match(sentence, m.end()) if m.group("bare") else None
    if to is not None and not _infinitive_at(sentence, to.end()):
        return True  # "assigned to the project": a noun after "to"
    if RECALLED.search(sentence, 0, m.start()):
        return True
    return EN_PUT_IN_SERVICE.match(m.group()) is not None and not _is_agent(subject)


# "instructed that the hospital be completed", "demanded that the Government take measures": a
# mandative that-clause, its verb in the bare form
EN_THAT = re.compile(r"\b(?:instructed|ordered|directed|demanded|insisted|required)\s+that\s+", re.I)


def _that_clause(sentence: str, start: int, m: re.Match[str]) -> list[InstructionSpan]:
    """The task of a mandative that-clause: from its bare verb, its subject the addressee, or the
    whole clause where the verb is a passive "be done"."""
    if RECALLED.search(sentence, 0, m.start()) or not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, m.start()):
        return []
    limit = _attribution_start(sentence, m.end(), len(sentence))
    words = list(re.finditer(r"[\w’'-]+", sentence[:limit]))
    words = [w for w in words if w.start() >= m.end()][:10]
    for n, w in enumerate(words[1:], 1):
        word = w.group()
        if word == "be" and re.match(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b", sentence[w.end():]):
            pieces = [(m.end(), _trim(sentence, m.end(), limit))]
            return [InstructionSpan(sentence[a:b], start + a, start + b, None) for a, b in pieces if b > a]
        if word.islower() and _is_verb(word) and not word.endswith("s"):
            subject = sentence[m.end():words[n - 1].end()]
            assignee = subject if _is_agent(subject) else None
            return [InstructionSpan(sentence[a:b], start + a, start + b, assignee)
                    for a, b in _split_en(sentence, w.start(), limit, gerund=False)]
    return []


def _infinitive_at(sentence: str, at: int) -> bool:
    """Whether a verb opens at `at` (after "to"): an instruction verb, an adverb before one."""
    m = EN_NEXT_WORDS.match(sentence, at)
    return m is not None and (_is_verb(m.group(1)) or m.group().split()[0].endswith("ly"))


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
                m.group("weak") and not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, m.start())):
            continue  # "the Secretary of State stressed the need to ...": the official's view, not a task
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
        out.extend(InstructionSpan(sentence[a:b], start + a, start + b, who) for a, b in pieces
                   if not EN_ANAPHOR.fullmatch(sentence, a, b))
    return sorted(out, key=lambda i: i.start)


# "..., stressing the role of X": the participle of his next act of speech ends the list
EN_SAYING_PARTICIPLE = re.compile(r",\s+(?:stressing|noting|underlining|emphasi[sz]ing|highlighting|saying|adding)\s+"
                                  r"(?!the\s+(?:need|necessity|importance)\b)", re.I)
EN_SET_SUCH_AS = re.compile(r"[a-z]+\s+(?:a\s+number\s+of|several|a\s+range\s+of|a\s+series\s+of)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:issues|tasks|problems|matters|questions)\s+(?:such\s+as|like|including)\s+", re.I)
# "the importance of disease prevention": a noun before the action noun names its object
EN_NOUN_ACTION = r"(?:(?!(?:this|that|these|those|its|their|his|her|our|such|an?|the|all|any|new)\b)[a-z-]+\s+)?" + EN_ACTION_NOUN
EN_MEASURES_TO = re.compile(r"(?:the\s+)?(?P<measures>)measures\s+to\s+(?=[a-z])", re.I)


# "attention should be paid to its solution": a task that only points back at one already named
# (a pronoun and one noun) names nothing new
EN_ANAPHOR = re.compile(r"(?:its|their|this|these|that|those|his|her)\s+[a-z-]+", re.I)


EN_FOR_AGENT_TO = re.compile(r"((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?)\s+to\s+(?=[a-z])")
