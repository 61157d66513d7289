"""Releases whose event is the Head of State's own words: an address, a statement, a post.

An address to the nation, a speech at the National Kurultai, a statement, a post on his
Telegram channel or X page, condolences: the contract's kind is ``other`` (no host, no guest,
no trip). Such releases often go on to mention a sitting he held before or one to come ("Бұған
дейін Үкімет отырысында ...", "комиссия отырысында қаралады"), which the search for an event
verb deep in the body would take for the event. A post that itself reports a sitting ("кеңесте
... тапсырдым", "әкім ... баяндады") keeps that sitting's kind: its quoted words say so.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from akorda.extract.knowledge import alternation, cue_pattern

# how many paragraphs below the headline may name the post ("Бұл туралы Президент X-парақшасында
# жазды" often stands as the second or third paragraph, under the news agency's lead)
POST_PARAGRAPHS = 3
# the post's own words come in the paragraphs right after the one that names it
QUOTE_PARAGRAPHS = 4
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
# the words of a post or speech: between quotation marks, or a paragraph opened by a dash
QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?|^\s*[-–—][^\n]*", re.M)


def _sentences(text: str) -> list[str]:
    return [m.group(0) for m in SENTENCE.finditer(text)]


def _his_post(sentence: str) -> bool:
    """The sentence says the Head of State himself posted or stated (not his press secretary,
    the Akorda's channel, a minister or an akim relaying it)."""
    return bool(cue_pattern("event_post").search(sentence)) and bool(_head_of_state().search(sentence)) \
        and not cue_pattern("event_post_relay").search(sentence)


@cache
def _head_of_state() -> re.Pattern[str]:
    return re.compile("|".join([alternation("event_head_of_state"), alternation("head_of_state")]))


def address_lead(title: str, lead: str) -> bool:
    """The headline or the lead's first paragraph tells of an address or a speech at the National
    Kurultai ("Жолдау жолдады", "Ұлттық құрылтайдың V отырысында айтты", "выступил с Посланием")."""
    return bool(cue_pattern("event_address").search(title) or cue_pattern("event_address").search(lead))


class Post(NamedTuple):
    paragraph: int  # -1 for the headline
    sentence: str
    up_front: bool  # the headline or the first sentence of the lead: the release's own event


def posted(title: str, paragraphs: list[str]) -> Post | None:
    """Where the release says the Head of State posted or made a statement, or None."""
    headline = next((s for s in _sentences(title) if _his_post(s)), None)
    if headline is not None:
        return Post(-1, headline, True)
    for i, para in enumerate(paragraphs[:POST_PARAGRAPHS]):
        for k, sentence in enumerate(_sentences(para)):
            if _his_post(sentence):
                return Post(i, sentence, k == 0 and i <= 1)
    return None


def quoted_words(paragraphs: list[str], at: int) -> str:
    """The quoted words in the paragraph that names the post and those right after it."""
    chunk = paragraphs[max(at, 0):max(at, 0) + QUOTE_PARAGRAPHS]
    return " ".join(m.group(0) for para in chunk for m in QUOTED.finditer(para))


def says_headline(title: str) -> bool:
    """A headline that is his words after his name ("Тоқаев: Әкімдер халықпен жиі кездесуі керек",
    "Токаев: ..."): the words say what should be done, not what event took place."""
    return _says().match(title) is not None


@cache
def _says() -> re.Pattern[str]:
    """Up to two words (a title, a first name), his name in any form, a colon (built once)."""
    return re.compile(r"\s*(?:[^\W\d_]+[-\s]+){0,2}?(?:" + _head_of_state().pattern + r")[^\W\d_]*\s*:")
