"""English instructions: trigger verbs, then a "to" infinitive or a gerund list (see the package docstring)."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_HEAD_OF_STATE, EN_HEAD_OF_STATE_OR_HE, InstructionSpan, _speech_end
from akorda.extract.instructions.en_addressee import (
    EN_NOT_BEFORE_TO,
    _addressed,
    _en_assignee,
    _en_passive_subject,
    _is_agent,
    addressee_core,
    agent_list,
    described_addressee_end,
)
from akorda.extract.instructions.en_bounds import EN_JOINER_END, _attribution_start
from akorda.extract.instructions.en_emphasis import EN_EMPHASIS, _emphasis
from akorda.extract.instructions.en_lists import (
    EN_ACTION_NOUN,
    EN_ACTION_OF,
    _gerund_at,
    _infinitive_at,
    _is_verb,
    _split_en,
    _split_en_topics,
)
from akorda.extract.instructions.en_speaker import others_quote
from akorda.extract.instructions.en_that import EN_THAT, RECALLED, _that_clause
from akorda.extract.union import quick

EN_CUE = quick(re.compile(r"\b(?:instruct|insisted|task|charg|order|direct|entrust|commission|assign|attention|need|importance|necessity|"
                          r"emphasis|focus|prioriti[sz]ed|relevance|priorities|"
                          r"urg(?:ed|ing)|"
                          r"requested|required|demanded|asked|giv(?:e|ing)\s+instructions|"
                          r"raised|pointed\s+(?:to|up|out)|told|oblig|called\s+(?:for|(?:up)?on)|(?:years?|months?|weeks?|days?)\s+to\s|"
                          r"\bI\s+(?:(?:am|hereby|also)\s+)?(?:ask|urg|request|call))", re.I))
EN_TRIGGER = quick(re.compile(
    r"\b(?:instructed|instructs|urged|tasked|obliged|obligated|(?<!the\s)(?<!these\s)(?<!those\s)(?<!its\s)(?<!all\s)tasks(?!\s+(?:is|are|was|were|of|for|include|set|given)\b)"
    r"(?=\s+(?:[\w’'-]+\s+){1,6}?(?:to\s+[a-z]|with\s+(?:[a-z]+ing|" + EN_ACTION_NOUN + r")))|(?:en)?charged|ordered|directed|entrusted|"
    # the first person of quoted speech: "I instruct the Government to ...", and its progressive
    # "I am instructing the Government to ...", "I am entrusting the holding with launching ..."
    r"(?<=\bI\s)(?:(?:am|hereby|also)\s+)?(?:charg(?:e|ing)|(?:instruct|task|order|direct|entrust|commission)(?:ing)?)|"
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
    # ("commissioned the Ministry of Energy and the akims of regions to ...": a list of bodies, longer still)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?P<far>commissioned|assigned)(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){4,10}?\s+to\s+[a-z])|"
    # "gave a number of specific instructions on A, B and C", "set certain tasks on ...", "gave tasks to X on ..."
    # "has given ...", "the President giving ..." ("was given" is the passive below)
    r"(?P<nominal>(?:gave|issued|assigned|set|(?<!was\s)(?<!were\s)(?<!been\s)given|giving|issuing)\s+(?:(?P<who>[\w-]+(?:\s+[\w-]+){0,10}?)\s+)??"
    r"(?:a\s+number\s+of\s+|several\s+|a\s+series\s+of\s+|a\s+range\s+of\s+|the\s+following\s+|certain\s+|some\s+)?"
    r"(?:specific\s+|concrete\s+|particular\s+|important\s+|relevant\s+)?"
    r"(?:instructions|tasks)(?=\s+(?:to\s+[^.;]{0,60}?\s)?(?:on|of|for|regarding|concerning|aimed\s+at|related\s+to|focused\s+on)\s|"
    # "issued several instructions, including ensuring A and enhancing B": gerund members
    # ("including to developing X": a stray "to" before the gerund)
    r",\s+including\s+(?:to\s+)?(?=[a-z]+ing\s)|"
    r",?\s+(?:particularly\s+|especially\s+)?(?:including\s+(?:those\s+)?|focusing\s+)(?:on|regarding|concerning|related\s+to)\s)|"
    # "I am giving instructions to the Government to ...": the first person of quoted speech
    # "I have given a clear order to meet X"
    r"(?:gave|(?<=\bI\s)(?:am\s+)?giv(?:e|ing)|(?<=\bI\s)have\s+given)\s+(?:(?P<who2>[\w-]+(?:\s+[\w-]+){0,3}?)\s+)??"
    r"(?:a\s+number\s+of\s+|several\s+|specific\s+|a\s+series\s+of\s+|a\s+range\s+of\s+|the\s+following\s+|an?\s+)?"
    r"(?:clear\s+|strict\s+|direct\s+|firm\s+)?"
    # "gave an order to the Ministry to reinforce X"
    r"(?:instructions?|orders?(?=\s+(?:[\w’'-]+\s+){0,6}?to\s+[a-z]))|"
    r"(?:[\w-]+\s+)?(?:instructions?|tasks?)\s+(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:given|set|assigned)"
    r"(?=\s+(?:[\w’'-]+\s+){0,5}?to\s+[a-z])|"
    # "Specific instructions were given on A and B": the topics ("Tasks were set for the akim on A": its addressee first)
    r"(?:[\w-]+\s+)?(?:instructions|tasks)\s+(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:given|set|issued)"
    r"(?=\s+(?:(?:to|for)\s+[^.;:,]{1,60}?\s+)?(?:on|regarding|concerning|related\s+to)\s)|"
    # "the akim was given a number of instructions regarding A and B": the addressee is the subject
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?given\s+(?:a\s+number\s+of\s+|several\s+|a\s+series\s+of\s+|a\s+range\s+of\s+)?"
    r"(?:specific\s+|concrete\s+|particular\s+|important\s+)?(?:instructions|tasks)"
    r"(?=\s+(?:on|regarding|concerning|related\s+to|aimed\s+at)\s))|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:instructed|tasked|charged|ordered|directed|"
    r"(?:assigned|entrusted)(?=\s+(?:to\s+[a-z]|with\s))|commissioned(?=\s+to\s+[a-z])|"
    # "the akim was given instructions to ensure ...", "were given the task of ..."
    r"given\s+(?:(?:the\s+following|specific|concrete|several|a\s+number\s+of)\s+)?(?:instructions|tasks)"
    r"(?=\s+to\s+[a-z]))|"
    # "gave the akim a year to improve X", "gave the ministry two months to finish Y": a deadline is a
    # task (the Head of State's only, checked in _no_task)
    r"gave\s+(?P<deadline>(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)\s+(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:more\s+)?"
    r"(?:years?|months?|weeks?|days?)(?=\s+to\s+[a-z])|"
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
    r"(?:the|a|an|several|certain|specific|a\s+number\s+of|two|three|four|five|six)\s+(?:\w+\s+)?(?:tasks?|instructions(?=\s+to\s+[a-z]))|"
    # "The Government and governors are facing a task to take measures ...": the task its subject faces
    r"(?:is|are)\s+(?:now\s+)?fac(?:ing|ed\s+with)\s+(?:a|the)\s+(?:[\w-]+\s+)?tasks?(?=\s+(?:to|of)\s))\b",
    re.I,
))
# "instructed the Government to: speed up A; cut B": a colon after "to" opens its list (its items may be numbered)
EN_TO = re.compile(r"\bto(?::\s+(?:\d{1,2}[.)]\s+)?|\s+(?!(?:the|a|an|all|its|their|his|her|this|these|those|local|regional)\b))(?=[a-z])")
EN_TOPICS_AFTER_ADDRESSEE = re.compile(r"(?:[^.;:]{0,60}?\s)?(?P<on>on|for|regarding|concerning|aimed\s+at|related\s+to)\s+(?=\S)",
                                       re.I)
# "entrusted the minister with tasks on further improvement of X": the tasks' topics are the action nouns
EN_WITH_ACTION = re.compile(r"\bwith\s+(?:(?:a\s+number\s+of\s+|several\s+|specific\s+|certain\s+)?(?:tasks|instructions)\s+"
                            r"(?:on|regarding|concerning|related\s+to)\s+)?(?=" + EN_ACTION_NOUN + r")")
EN_GERUND_INTRO = re.compile(r"\b(?:with|of)\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b)")
EN_FOCUSED = re.compile(r"\s*focused\s*$")
EN_TOPICS = re.compile(r"(?:[^.;:]{0,60}?\s)?(?P<on>on|of|for|regarding|concerning|aimed\s+at|related\s+to)\s+(?=\S)", re.I)

# "Among the important tasks, the Head of State named A and B": the tasks are the nouns named
EN_AMONG = quick(re.compile(r"\bAmong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tasks|priorities)\s*,\s*[^,.;]{0,60}?\b"
                            r"(?:called|named|listed|singled\s+out|identified|mentioned)\s+", re.I))


# "a number of tasks ..., including (the main objectives such as) A, B and C"
EN_SET_OF = re.compile(r"\b(?:a\s+number\s+of|several|a\s+series\s+of|a\s+range\s+of)\s", re.I)
EN_MEMBERS = re.compile(r",\s+including\s+(?!those\b)(?:(?:the\s+)?(?:[\w-]+\s+)?(?:objectives|tasks|issues|priorities|areas)\s+"
                        r"(?:such\s+as|like)\s+)?", re.I)


EN_GERUND_MEMBER = re.compile(r"(?:[a-z]+ly\s+)?[a-z]+ing\s")


def _set_members(sentence: str, start: int, m: re.Match[str], limit: int, assignee: str | None) -> list[InstructionSpan]:
    """ "set a number of tasks (to raise living standards), including A, B and C": the aim is the
    set's heading, its members are the tasks ("including those on A" is the trigger's topic list)."""
    members = EN_MEMBERS.search(sentence, m.end(), limit) if EN_SET_OF.search(m.group()) else None
    if members is None:
        return []
    # "gave a number of instructions, including to ensure A and to develop B": infinitive members
    to = EN_TO.match(sentence, members.end(), limit)
    if to and _gerund_at(sentence, to.end()):
        # "including to developing eco-tourism": a stray "to" before a gerund member
        pieces = _split_en(sentence, to.end(), limit, gerund=True)
    elif to and _infinitive_at(sentence, to.end()):
        pieces = _split_en(sentence, to.end(), limit, gerund=False)
    elif EN_GERUND_MEMBER.match(sentence, members.end()):
        # "including ensuring A and further enhancing B": each gerund a task
        pieces = _split_en(sentence, members.end(), limit, gerund=True)
    else:
        pieces = _split_en_topics(sentence, members.end(), limit)
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
    return _attribution_start(sentence, described_addressee_end(sentence, m.end()), _speech_end(sentence, m.end(), limit))


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
        inner = _en_assignee(m.group("who") or m.group("who2") or m.group("whom") or m.group("deadline") or "") or \
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
            between = EN_FOCUSED.sub("", sentence[m.end():topics.start("on")])  # "instructions focused on A"
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
        core = addressee_core(sentence[m.end():to.start()]) if to else ""
        if not to or (len(core) > 80 and not agent_list(core)):
            continue
        # "urged the akims not to allow X": the negation opens the task, it is no part of the addressee
        negated = EN_NOT_BEFORE_TO.search(sentence, m.end(), to.start())
        at, who_end = (negated.start("not"), negated.start()) if negated else (to.end(), to.start())
        out.extend(_infinitives(sentence, start, at, limit, _en_assignee(addressee_core(sentence[m.end():who_end])) or inner))
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


# the addressee after "for" and the topics after it ("tasks for the Government on A")
EN_FOR_WHOM_ON = re.compile(r"(?P<whom>[^.;:,]{1,60}?)\s+(?P<on>on|regarding|concerning|related\s+to|aimed\s+at)\s+(?=\S)", re.I)


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
    # "set tasks for the akimat on A and B": "for" names the addressee, the topics follow
    whom_on = EN_FOR_WHOM_ON.match(sentence, topics.end(), limit)
    if whom_on and _is_agent(whom_on.group("whom")) and not EN_ACTION_OF.match(whom_on.group("whom")):
        return whom_on, False
    whom = re.match(r"[^,;]{1,60}?(?=\s+to\s+[a-z]|[,;]|$)", sentence[topics.end():limit])
    if whom and sentence.startswith(" to ", topics.end() + whom.end()) and len(whom.group().split()) <= 6:
        return None, False
    return topics, bool(whom and _is_agent(whom.group()) and not EN_ACTION_OF.match(whom.group()))


# "assigned to the project", "commissioned to serve": "to" after a bare trigger, and a trigger
# in the passive that puts a building into service
EN_BARE_TO = re.compile(r"\s+to\s+")
EN_FAR_TO = re.compile(r"(?:\s+[\w-]+){5,12}?\s+to\s+")
# past this many words the words before the task are an addressee only as a list of bodies ("the
# Ministry of Energy and the akims of regions"), not "the new plots of land in the suburbs"
EN_LONG_ADDRESSEE = 6
EN_PUT_IN_SERVICE = re.compile(r"(?:was|were|ha[sv]e?)\s.*commissioned$", re.I | re.S)


EN_MAIN_PRESIDENT = re.compile(r",\s+(?:the\s+)?" + EN_HEAD_OF_STATE + r"\b")


def _no_task(sentence: str, m: re.Match[str], subject: str | None) -> bool:
    """A trigger that gives no task: "the akim requested the ministry to ..." (only the Head of
    State's request is one), "Earlier, the President instructed ...", "had instructed" (a past
    instruction recalled), "Forty schools were commissioned to serve ..." (put into service)."""
    if sentence.startswith(" that ", m.end()):
        return True  # "instructed that X be done": the that-clause (_that_clause)
    his_only = m.group("request") or m.group("bare") or m.group("told") or m.group("deadline")
    if his_only and not EN_HEAD_OF_STATE_OR_HE.search(sentence, 0, m.start()):
        return True
    if m.group("lead") and not EN_MAIN_PRESIDENT.search(sentence, m.end()):
        return True  # "Instructing his deputies to ..., the akim said": his own order
    if m.group("plea") and not EN_HEAD_OF_STATE_OR_HE.search(sentence):
        return True  # «I ask the ministry to help us,» the akim said: his plea, no task of the Head of State
    far = EN_FAR_TO.match(sentence, m.end()) if m.group("far") else None
    if far is not None and not _infinitive_at(sentence, far.end()):
        return True  # "assigned the new plots of land in the suburbs to young families": no task
    whom = sentence[m.end():far.end()].strip()[:-2] if far is not None else m.group("who")
    if whom and len(whom.split()) > EN_LONG_ADDRESSEE and not agent_list(whom):
        return True
    to = EN_BARE_TO.match(sentence, m.end()) if m.group("bare") else None
    if to is not None and not _infinitive_at(sentence, to.end()):
        return True  # "assigned to the project": a noun after "to"
    if RECALLED.search(sentence, 0, m.start()):
        return True
    return EN_PUT_IN_SERVICE.match(m.group()) is not None and not _is_agent(subject)
