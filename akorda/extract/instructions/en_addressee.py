"""English addressees: who a task is given to ("instructed the akim of the region to ...", "The
Government was instructed to ..."), and whether a phrase names a body or an office at all."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_OFFICIAL_TITLE

# who can be given a task: a body or an office ("the ministry", "akims of districts"), or a name
EN_AGENT = re.compile(r"\b(?:" + EN_OFFICIAL_TITLE + r"|government|ministr|agenc|authorit|bod(?:y|ies)|committee|council|"
                      r"office|department|company|companies|holding|corporation|fund|bank|service|head|chair|"
                      r"deputies|secretary|operator|administration)", re.I)


def _is_agent(subject: str | None) -> bool:
    words = (subject or "").split()
    return bool(words) and (EN_AGENT.search(subject or "") is not None or (len(words) > 1 and words[-1][:1].isupper()))


EN_PARENTHETICAL = re.compile(r"(?:^|,)\s*(?:in\s+particular|in\s+addition|among\s+other\s+things|above\s+all|first\s+of\s+all|"
                              r"in\s+turn|also|first(?:ly)?|secondly)\s*(?:,|$)", re.I)


EN_PRONOUNS = frozenset({"you", "all of you", "each of you", "them", "him", "her", "us", "everyone", "everybody"})


def _en_assignee(between: str) -> str | None:
    """ "the Government", "for the akim" -> "the akim"; a long or relative phrase is no addressee."""
    # "gave instructions, in particular, to ...": a parenthetical names nobody
    between = EN_PARENTHETICAL.sub("", between.strip(" :"))
    between = re.sub(r"^(?:to|for|before|on)\s+", "", between.strip(" ,:"), flags=re.I)
    if between.lower().startswith("by "):
        return None  # "was instructed by the Head of State to ...": the agent, not the addressee
    # "was charged with the task of ...": the task's noun, no addressee
    between = re.sub(r"(?:^|\s+)(?:with\s+)?(?:the|a|an)\s+(?:\w+\s+)?tasks?$", "", between, flags=re.I).strip(" ,:")
    if between.lower() in EN_PRONOUNS:
        return None  # "I ask you not to ...": a pronoun names nobody the record can show (as "Поручаю вам")
    if not between or (len(between.split()) > 8 and not agent_list(between)) \
            or between.lower().startswith(("that", "which", "a number", "the task")) \
            or re.match(r"[a-z]+ly\b", between):
        return None
    return between


EN_TOGETHER_PASSIVE = re.compile(r"(?:^|[;:]\s*)((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?,\s*together\s+with\s+[^,;:]{1,60}?),\s*"
                                 r"(?:was|were|is|are|has\s+been|have\s+been)\s+$", re.I)
EN_PASSIVE_LIST = re.compile(r"(?:^|[,;:]\s*)((?:the\s+)?[\w-]+(?:\s+[\w-]+){5,11}?)\s+(?:were|are|have\s+been)\s+$", re.I)
EN_PASSIVE = re.compile(r"(?:^|[,;:]\s*)((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+$", re.I)


def _en_passive_subject(sentence: str, m: re.Match[str]) -> str | None:
    """ "The akim was set the task of ...", "Akims of regions were instructed to ...", "The akims
    are facing a task to ...": the subject."""
    aux = re.match(r"(?:was|were|is|are|has\s+been|have\s+been)\s+", m.group(), re.I) \
        if re.match(r"(?:was|were|is|are|has|have)\b", m.group(), re.I) else None
    before = sentence[:m.start()] + (aux.group() if aux else "")
    # "The Government, together with the akimats, was instructed to ...": the subject and its partner
    found = EN_PASSIVE.search(before) or EN_TOGETHER_PASSIVE.search(before)
    if not found:
        # "The Ministry of Energy and the akims of regions were instructed to ...": a longer subject, a list of bodies
        found = EN_PASSIVE_LIST.search(before)
        if not found or not agent_list(found.group(1)):
            return None
    subject = found.group(1)
    if subject.lower().startswith(("instructions", "the task", "tasks", "it ")) or subject.lower() == "it":
        return None
    return subject[:1].lower() + subject[1:] if subject.split()[0].lower() in {"the", "akims", "akim"} else subject


# "urged the akims not to allow X": the negation before "to" opens the task
EN_NOT_BEFORE_TO = re.compile(r"\s*\b(?P<not>not)\s+$")


def _addressed(sentence: str, m: re.Match[str], to: re.Match[str]) -> bool:
    """ "gave an instruction to the Ministry of Health to hire nurses for X": a "to" after an
    addressee named by "to" opens the task, whatever its verb."""
    between = sentence[m.end():to.start()]
    return re.match(r"\s+to\s+(?:the\s+)?[\w’'-]", between) is not None and _is_agent(between)


# "members of the Government, led by the Prime Minister, who oversees the headquarters, to visit X":
# a comma-bounded clause that describes the addressee is no part of the distance to its "to"
EN_APPOSITIVE_CLAUSE = r",\s+(?:(?:led|headed|chaired|represented|accompanied)\s+by|who|which)\s+[^,;:.]{1,80}?"
EN_APPOSITIVE = re.compile(EN_APPOSITIVE_CLAUSE + r"(?=,\s*$|,\s+(?:led|headed|chaired|represented|accompanied|who|which)\b)", re.I)
# the addressee with its describing clauses, up to its "to" (their ", who" is no comment on the task)
EN_DESCRIBED_ADDRESSEE = re.compile(r"[^,;:.]{1,60}?(?:" + EN_APPOSITIVE_CLAUSE + r"(?=,)){1,3},\s*(?=(?:not\s+)?to\s+[a-z])", re.I)


def addressee_core(between: str) -> str:
    """The words between a trigger and its "to" less the clauses that describe the addressee."""
    return EN_APPOSITIVE.sub("", between)


def described_addressee_end(sentence: str, at: int) -> int:
    """Where the task's "to" stands after an addressee described by commas ("X, led by Y, who Z, to"), or `at`."""
    found = EN_DESCRIBED_ADDRESSEE.match(sentence, at)
    return found.end() if found else at


EN_LIST_JOINER = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def agent_list(phrase: str) -> bool:
    """ "the Samruk-Kazyna Fund, KazMunayGas and the Ministry of Energy": several addressees, each a
    body, an office or a name, however long the list."""
    parts = [p for p in EN_LIST_JOINER.split(phrase.strip(" ,")) if p]
    return len(parts) > 1 and len(parts) <= 6 and all(
        len(p.split()) <= 6 and (EN_AGENT.search(p) is not None or p.split()[-1][:1].isupper()) for p in parts)


# "gave a number of specific instructions to the governors and mayors.": the addressee after the umbrella
EN_UMBRELLA_TO = re.compile(r"\s+(?:to|for)\s+((?:the\s+)?[^.;:,]{1,60}?)\s*(?:[.;:]|$)")


def umbrella_addressee(text: str, start: int, verb: re.Match[str], umbrella: re.Match[str], end: int) -> str | None:
    """Whom a content-free "gave (X) a number of instructions (to X)" in text[start:end] is given
    to: the words between its verb and the umbrella phrase, "to"/"for" and a body or office after
    it, or the subject of "X was given a number of instructions"."""
    between = text[verb.end():umbrella.start()].strip()
    if between:
        return _en_assignee(between) if _is_agent(between) else None
    after = EN_UMBRELLA_TO.match(text, umbrella.end(), end)
    if after:
        return after.group(1) if _is_agent(after.group(1)) else None
    subject = EN_PASSIVE.search(text[start:verb.start()])
    if subject is None or not _is_agent(subject.group(1)) or subject.group(1).lower().startswith(("instructions", "tasks")):
        return None
    return subject.group(1)[:1].lower() + subject.group(1)[1:] if subject.group(1).startswith("The ") else subject.group(1)
