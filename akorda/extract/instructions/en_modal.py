"""English instructions in the President's modal words: "Tokayev stressed that regional
authorities should take responsibility for ...", "«Akims must meet people more often,» the
President said".

As in Russian (ru_modal), a modal sentence is a task only where the Head of State says it:
reported speech with him as the subject, or a quote he is named beside. Whose words a sentence
is (and what the sentences before it say) is en_speech's, asked once per sentence and paragraph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from akorda.extract.instructions.common import CLOSING_QUOTES, EN_HEAD_OF_STATE, EN_OFFICIAL_TITLE, InstructionSpan, _trim, quoted_beside
from akorda.extract.instructions.en_bounds import _attribution_start
from akorda.extract.instructions.en_lists import _en_lexicon, _split_en, _split_en_topics, _verb_after_modal
from akorda.extract.instructions.en_speech import (
    HIS_VIEW,
    NAMED,
    REPORTED,
    SPEECH,
    _continued_quote,
    _dash_speech,
    _he_closes_quote,
    _he_goes_on,
    _said_after,
    his_view_follows,
    his_words_go_on,
    his_words_went_on,
)
from akorda.extract.knowledge import load_json
from akorda.extract.union import quick

EN_MODAL = quick(re.compile(r"\b(?:(?:should|must|need(?:s|ed)?\s+to|has\s+to|have\s+to|ought\s+to|"
                            # an impersonal modal: "it is necessary to continue", "it is of paramount importance to focus on",
                            # reported in the past ("said it was necessary to") or as his view ("considers it necessary to")
                            # ("it’s necessary to", and whom it is for: "it is necessary for the Government to examine X")
                            r"(?:it\s+(?:is|was)|it[’']s|(?:considers?|considered|deems?|deemed|called)\s+it)\s+"
                            r"(?:(?:also|very|extremely|highly)\s+)?(?:necessary|important|essential|imperative|crucial|vital|"
                            r"of\s+(?:[a-z]+\s+)?(?:importance|significance))\s+"
                            r"(?:for\s+(?:the\s+)?[\w-]+(?:\s+(?:of\s+)?[\w-]+){0,3}?\s+)?to|"
                            # the exclamative of the same judgement: "stressed how important it is to implement X"
                            r"how\s+(?:(?:very|extremely|highly)\s+)?(?:necessary|important|essential|imperative|crucial|vital)\s+"
                            r"it\s+(?:is|was)\s+to)\s+(?:(?:also|further|[a-z]+ly)\s+)?|"
                            # "the main task now is to complete X": the task he names
                            # "the task of the Government is to cut X", "our main task is to"
                            r"(?:(?:the|our)\s+)?(?:(?:main|key|primary|priority|most\s+important|important|urgent|immediate)\s+)?"
                            # "the key is to observe X", "the main thing is to", "the priority is to" ("our main goal is to improve
                            # the quality of life" is an aim, no task: the team's annotation)
                            r"(?:task|objective|key|main\s+thing|priority)\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+)?"
                            r"(?:now\s+|today\s+|here\s+)?is\s+to\s+)"
                            r"(?=([a-z]+)\b)", re.I))
NOT_VERB = re.compile(r"not\s+([a-z]+)\b")
# "I will tell what should be done": no task; "That is why the akims should X" opens no relative clause
RELATIVE = re.compile(r"\b(?:which|that(?!\s+is\s+why|['’]s\s+why)|who|whom|what)\b[^,;:]*$", re.I)
# "I must give a good appraisal to each member": the speaker's own undertaking, no task he gives
FIRST_SINGULAR = re.compile(r"\bI\s+(?:also\s+|really\s+|personally\s+)?$")
# "we should ask each other questions": a mutual act of the speaker and his hearers tasks no one
RECIPROCAL = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.I)
# a passive whose subject points back or names nothing ("This work should be continued", "All works
# should be done at once"): the task is in the sentences before, no item of its own (the team's annotation)
VAGUE_SUBJECT = re.compile(r"\s*(?:(?:this|that|these|those|all|such)\s+(?:work|works|issue|issues|task|tasks|measures)|it|this|that)\s*$",
                           re.I)
# "We need to start this work now": the object points back, and says nothing of what is to be done
ANAPHORIC = re.compile(r"(?:[a-z]+\s+){1,2}?(?:this|that|these|it|them)(?:\s+(?:work|issue|task|matter))?"
                       r"(?:\s+(?:now|immediately|further|too|as\s+well|again|today))?\s*$", re.I)
CLAUSE_STOP = re.compile(r"[.!?;]")
# "we should", "you all must", "we also need to": the speaker's hearers as the subject
PERSONAL_SUBJECT = re.compile(r"\b(?:[Ww]e|[Yy]ou)\s+(?:all\s+)?(?:also\s+|[a-z]+ly\s+)?$")


@lru_cache(maxsize=1)
def _attitude() -> frozenset[str]:
    """Verbs of an attitude asked of all ("we must justify their hopes"): data/instructions.json."""
    return frozenset(load_json("instructions.json")["en_attitude_verbs"])


def _quoted_his(text: str, start: int, end: int, at: int) -> bool:
    """Whether `at` stands in his words set off by quotes or a dash (not in reported speech)."""
    return quoted_beside(text, start, end, at, NAMED) or _dash_speech(text, at) or _he_closes_quote(text, start, end, at) \
        or _continued_quote(text, at)


def _modal(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The verb clauses after a modal the President says in text[start:end]."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in EN_MODAL.finditer(sentence):
        ready = READY.match(sentence, m.end()) is not None
        passive = PASSIVE_TASK.match(sentence, m.end()) if m.group(1).lower() == "be" and not ready else None
        # "akims should not allow X": a negative task, the verb after "not"
        negated = NOT_VERB.match(sentence, m.end()) if m.group(1).lower() == "not" else None
        verb = negated.group(1).lower() if negated else m.group(1).lower()
        # "we must communicate the results to the people", "you should monitor X": in his own quoted words
        # the hearers (and he with them) are told what to do; any verb with its object names the task
        # ("we must justify their hopes", "we must live up to X": an attitude asked of all, no task)
        personal = not negated and verb not in _attitude() and PERSONAL_SUBJECT.search(sentence, 0, m.start()) is not None and \
            _verb_after_modal(verb) and _quoted_his(text, start, end, start + m.start())
        if (not _is_verb(verb, sentence[:m.start()], m.group()) and not passive and not ready and not personal) or \
                RELATIVE.search(sentence, _said_at(sentence, m.start()), m.start()):
            continue  # "be", "become" name no action; "the plan that should ..." qualifies a noun
        if COGNITIVE.match(sentence, m.end()) or FIRST_SINGULAR.search(sentence, 0, m.start()):
            continue  # "we should keep in mind the main goals": a reminder, no task
        lead = LEAD_PARTICIPLE.match(sentence, 0, m.start())
        main = MAIN_CLAUSE.search(sentence, m.end()) if lead else None
        he_quoted = _he_closes_quote(text, start, end, start + m.start())
        if not (REPORTED.search(text, start, start + m.end()) or quoted_beside(text, start, end, start + m.start(), NAMED)
                or _dash_speech(text, start + m.start()) or _said_after(sentence, m.end()) or main
                or _speech_goes_on(text, start, sentence[:m.start()], m.group()) or _he_goes_on(text, start, sentence)
                or _continued_quote(text, start + m.start()) or he_quoted or his_view_follows(text, start, sentence)):
            continue
        limit = _attribution_start(sentence, m.end(), min(_clause_end(sentence, m.end()), main.start() if main else len(sentence)))
        if passive:
            # «All of its activities should be implemented in full,» the President said: in his own words
            # the task is the whole clause; reported ("stressed that the lessons must be learned") it is
            # his view (the team's annotation)
            a = _clause_start(sentence, m.start())
            b = _trim(sentence, a, limit)
            if b > a and len(sentence[a:m.start()].split()) >= 2 and not VAGUE_SUBJECT.match(sentence, a, m.start()) and (
                    quoted_beside(text, start, end, start + m.start(), NAMED) or _dash_speech(text, start + m.start()) or he_quoted
                    or (HIS_VIEW.match(sentence[:a]) and his_view_follows(text, start, sentence))):
                out.append(InstructionSpan(sentence[a:b], start + a, start + b, None))
            continue
        focus = FOCUS.match(sentence, m.end(), limit)
        pieces = _split_en_topics(sentence, focus.end(), limit) if focus else _split_en(sentence, m.end(), limit, gerund=False)
        # ("it is necessary to work": a verb with no object names no task; "focus on education" does)
        out.extend(InstructionSpan(sentence[a:b], start + a, start + b, None) for a, b in pieces
                   if not ANAPHORIC.fullmatch(sentence, a, b) and not RECIPROCAL.search(sentence, a, b)
                   and (focus is not None or " " in sentence[a:b].strip()))
    return out


# "Stressing that each contractor should focus on quality, the President called for ...": a leading
# participle of speech whose subject, the main clause's, is the Head of State
LEAD_PARTICIPLE = re.compile(r"\s*(?:Stressing|Noting|Emphasi[sz]ing|Underlining|Underscoring|Highlighting|Pointing\s+out|"
                             r"Adding|Reminding)\s+that\s")
MAIN_CLAUSE = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + EN_HEAD_OF_STATE + r"\b")


# the subject of a modal that names who is to act: "akims should meet ...", "the ministry must ..."
AGENT_SUBJECT = re.compile(r"\b(?:" + EN_OFFICIAL_TITLE + r"s?|akimats?|ministry|ministries|Government|agencies|"
                           r"authorities|bodies|companies|heads?|regions?|cities|city|districts?|oblasts?),?\s+(?:also\s+)?$", re.I)
# ("the commission, together with akims, should normalize X": the comma that closes an apposition)


def _is_verb(word: str, before: str, modal: str = "") -> bool:
    """An instruction verb of the team's list; after a modal whose subject is a body or an
    office any verb names its task ("akims should meet with residents"), and so does any verb
    after an impersonal "it is necessary to", whose "to" can only open an infinitive ("it is
    necessary to elaborate new approaches")."""
    return word in _en_lexicon()[0] or ((AGENT_SUBJECT.search(before) is not None or IMPERSONAL.match(modal) is not None)
                                        and _verb_after_modal(word))


IMPERSONAL = re.compile(r"(?:.*\bit(?:\s+(?:is|was)|[’']s)|\w+\s+it)\b|.*\b(?:task|objective|key|thing|priority)\s", re.I)


# a reminder or a remark, no task: "we should keep in mind ...", "it is important to note that ..."
COGNITIVE = re.compile(r"(?:keep|bear)\s+in\s+mind\b|(?:remember|understand|realize|realise|know|recognize|recognise|note|mention|"
                       r"say|stress|emphasi[sz]e|underline|highlight|recall|add|admit|acknowledge|point\s+out|clarify|"
                       r"explain|specify)\b", re.I)
# "it is crucial to be prepared for floods": readiness is an action asked of the addressee, not a passive
READY = re.compile(r"be\s+(?:[a-z]+ly\s+|well\s+)?(?:ready|prepared)\s+(?:for|to)\s", re.I)
# a modal passive of a task: "should be implemented", "need to be accelerated", "must be completed"
PASSIVE_TASK = re.compile(r"be\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|built|done|met|paid|kept|made|given|taken|set|spent)\b"
                          # "attention should be given to X" is an emphasis (en.py); "be adjusted to each region" a task
                          r"(?!(?:(?<=given)|(?<=paid)|(?<=devoted)|(?<=attached))\s+to\b)")
CLAUSE_OPENS = re.compile(r"[«“\"]\s*|^\s*[-–—]\s+|[,;:.!?]\s+(?:and\s+)?|\bthat\s+")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding `at` opens: the sentence start, a quote, a comma or "that"."""
    opens = [m.end() for m in CLAUSE_OPENS.finditer(sentence, 0, at)]
    return opens[-1] if opens else len(sentence) - len(sentence.lstrip())


# "focus on A, B and C", "pay special attention to A and B": the tasks are the nouns that follow
FOCUS = re.compile(r"(?:focus|concentrate)\s+on\s+|pay\s+(?:[a-z]+\s+)?attention\s+to\s+", re.I)
def _speech_goes_on(text: str, start: int, subject: str, modal: str = "") -> bool:
    """ "According to the Head of State, X is vital. The Government should reach out to Y.": the
    sentence right after his reported words goes on with them where a body or an office is told
    what to do, or where it opens with an impersonal modal ("The President pointed out the
    importance of X. It is crucial to draft Y.")."""
    drawn = CONSEQUENCE.fullmatch(subject) is not None
    impersonal = (drawn or not subject.strip()) and IMPERSONAL.match(modal) is not None
    if not impersonal and (AGENT_SUBJECT.search(subject) is None or not re.fullmatch(r"\s*(?:the\s+)?[\w\s,-]*", subject, re.I)):
        return False
    return his_words_go_on(text, start) or (drawn and his_words_went_on(text, start))


# "In this regard, it is necessary to X": a connective that draws the task from the words before
CONSEQUENCE = re.compile(r"\s*(?:In\s+this\s+(?:regard|connection|respect)|In\s+(?:this|that)\s+case|Therefore|Hence|Thus|"
                         r"That\s+is\s+why|To\s+this\s+end|For\s+this\s+reason),?\s*")


# "..., stressing that the region should X": his speech goes on in a participle
SPEECH_PARTICIPLE = r"(?:stressing|noting|emphasi[sz]ing|underlining|underscoring|highlighting|pointing\s+out|adding|saying)"


def _said_at(sentence: str, at: int) -> int:
    """Where the reported clause opens: after "said that", or the sentence start."""
    lead = LEAD_PARTICIPLE.match(sentence, 0, at)
    found = [lead.end()] if lead else []
    found += [m.end() for m in re.finditer(r"\b(?:" + SPEECH + r"|" + SPEECH_PARTICIPLE + r")\s+that\b", sentence[:at])]
    return found[-1] if found else 0


# "... it is essential to X and pointed to Y": the speaker's next verb ends the reported clause
NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:also\s+)?(?:pointed|noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|"
                            r"called|urged|added|said|drew|instructed|charged|tasked|proposed|suggested|expressed)\b")


def _clause_end(sentence: str, at: int) -> int:
    ends = [i for i in (sentence.find(q, at) for q in (*CLOSING_QUOTES, '"')) if i >= 0]
    for stop in (CLAUSE_STOP.search(sentence, at), NEXT_PREDICATE.search(sentence, at)):
        if stop:
            ends.append(stop.start())
    return min(ends) if ends else len(sentence)


# "The need to pay particular focus to A, B and C was stressed", "The need to continue X was also noted":
# the emphasis put in the passive, with the task before the verb
PASSIVE_NEED = re.compile(r"\b(?:[Tt]he\s+)?(?:need|necessity)\s+(?:to|for)\s+(?=[a-z])(?P<body>[^.;]+?)\s+(?:was|were)\s+"
                          r"(?:also\s+)?(?:stressed|noted|underlined|underscored|emphasi[sz]ed|highlighted|pointed\s+out)\b|"
                          # "According to the President, support for X is of special significance": an action he
                          # calls important, as "stressed the importance of support for X" (checked in passive_need)
                          r"(?:^|,\s+|\bthat\s+)(?P<subject>(?:(?!\bthat\b)[^,;.])+?)\s+(?:is|are|was|were)\s+(?:of\s+)?"
                          r"(?:(?:special|great|particular|paramount|key|vital|utmost|critical|high|crucial)\s+)?"
                          r"(?:importance|significance)\b")


# an action named by a noun and its object: "(financial and moral) support for X", "the modernization of Y"
SUBJECT_ACTION = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+(?:and\s+)?){0,3}?(?:[a-z-]+(?:tion|sion|ment|ance|ence)|support|work|launch|"
                            r"repair|care|help)\s+(?:of|for|to|in|on)\s.+", re.I)


def passive_need(text: str, start: int, end: int) -> list[InstructionSpan]:
    """The tasks of a passive emphasis in text[start:end], and an action the Head of State calls
    important ("the modernization of X is of particular importance"; "tourism is", no action)."""
    sentence = text[start:end]
    out: list[InstructionSpan] = []
    for m in PASSIVE_NEED.finditer(sentence):
        if m.group("subject") is None:
            out.extend(InstructionSpan(sentence[a:b], start + a, start + b, None)
                       for a, b in _split_en(sentence, m.start("body"), m.end("body"), gerund=False))
        elif SUBJECT_ACTION.fullmatch(m.group("subject")) and \
                REPORTED.search(text, start, start + m.start("subject")):
            a, b = m.span("subject")
            out.append(InstructionSpan(sentence[a:b], start + a, start + b, None))
    return out
