"""Where an English task ends before the words around it: a closing attribution of speech
("..., the President said"), a comment on the task ("..., noting that X", "..., so that Y"), or
the joiner of the next trigger ("...; he also urged X to ...")."""
from __future__ import annotations

import re

from akorda.extract.instructions.common import EN_HEAD_OF_STATE, InstructionSpan

# "..., the Akorda Twitter account reads", "...,the statement said": who reports, not the task
EN_ATTRIBUTION = re.compile(r",\s*[\"“”«»]?\s*(?:[-–—]\s*)?(?:(?:the|a|an|his|its)\s+)?(?:[\w’'-]+\s+){0,5}?"
                            r"(?:said|says|reads|reported|reports|informs|wrote|writes|added|stated|tweeted|noted|stressed|"
                            r"emphasi[sz]ed|underlined|remarked|pointed\s+out)"
                            # "..., the agency reports citing the Government": its source named after the verb
                            # ('...,” reported the press service citing X': the verb before its subject)
                            r"(?:\s+the\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
                            r"(?:\s+(?:citing|quoting)(?:\s+[\w’'-]+){1,5})?\s*[.!]?\s*$|"
                            # "..., according to Akorda", "..., according to the presidential press service": the source;
                            # "..., according to the plan" stays part of the task
                            r",\s*according\s+to\s+(?:(?:(?:the|a|an|his|its)\s+)?(?:[\w’'-]+\s+){0,4}?"
                            r"(?:press\s+(?:service|office|secretary)|website|statement|report|agency|spokes(?:man|woman|person))|"
                            r"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\s*[.!]?\s*$", re.I)


# "..., noting that X", "..., so that villagers need not travel": a clause of comment or purpose
# that follows the task is not part of it
EN_COMMENT = re.compile(r",\s*(?:noting|adding|saying|stating|explaining|recalling|(?:stressing|emphasi[sz]ing|"
                        r"underlining|underscoring|highlighting|reiterating|pointing\s+out)\s+that|so\s+that|since|because|whereas|although|which|who|"
                        # "..., slamming the quality of the works": the speaker's judgement, no task
                        r"slamming|critici[sz]ing|praising|commending|describing|expressing|citing|warning|acknowledging|"
                        # "..., while the Government ...", "..., as the region has ...": a clause of its own
                        r"while|otherwise|given\s+that|as\s+(?:the|it|this|these|they|there|we|he|she)\b|"
                        # "..., and this is the law": a clause with its own subject
                        r"and\s+(?:this|that|it|these|those)\s+(?:is|are|was|were|will|has|have)\b)\b|"
                        # "... to speed up vaccination and stressing that X": the speaker's comment, joined by "and"
                        r"\s+and\s+(?:noting|adding|saying|stating|stressing|emphasi[sz]ing|underlining|pointing\s+out)\s+that\b",
                        re.I)


def _attribution_start(sentence: str, a: int, limit: int) -> int:
    """Where a closing attribution clause, or a comment on the task, begins inside sentence[a:limit], or limit."""
    found = EN_ATTRIBUTION.search(sentence, a, limit)
    comment = EN_COMMENT.search(sentence, a, limit)
    return min(found.start() if found else limit, comment.start() if comment else limit)


# "...; he also urged X to ...", "..., and the President also charged ...": the next trigger's joiner and subject
EN_JOINER_END = re.compile(r"(?:[\s,;]+(?:and(?:\s+also)?|as\s+well\s+as|also|he|she|(?:the\s+)?"
                           + EN_HEAD_OF_STATE + r"))+[\s,;]*$", re.I)


# "solve a number of urgent problems", "address certain issues": a quantified noun that names no
# problem says nothing of what is to be done; beside the sentence's specific tasks it adds
# nothing, as a content-free "a number of instructions" does (contract README)
CONTENT_FREE = re.compile(r"(?:[a-z]+\s+){1,2}?(?:a\s+number\s+of|a\s+range\s+of|a\s+series\s+of|several|certain|some|many|a\s+lot\s+of)\s+"
                          r"(?:[a-z-]+\s+)?(?:problems|issues|tasks|questions|matters)\s*", re.I)


def content_free(items: list[InstructionSpan]) -> list[InstructionSpan]:
    """The items of one sentence without a content-free one, where specific ones stand beside it."""
    kept = [f for f in items if not CONTENT_FREE.fullmatch(f.text)]
    return kept if kept else items
