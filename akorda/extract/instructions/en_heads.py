"""English list items that share one head: "promoting tourism, agriculture, small business and
providing X" is three tasks of promoting and one of providing; "development of transport,
healthcare and education" (the list's last items) three of development.

The blind annotators split a gerund or an action noun with "of" over the bare nouns that follow
it where those nouns stand in the middle of the list of tasks (the next task comes after them)
or close it with the list's only "and"; they keep the phrase whole where its nouns form a list of
their own, closed by its own "and" after the list's last task has opened ("..., and developing
the manufacturing industry, agro-industrial complex, and agro-processing sector"), and where
the nouns are the object of another preposition ("attracting investments into energy sector,
mining industry"). A noun phrase with its own determiner ("the region's potential") is a task
of its own, not one more object of the head.

This runs over the items found in one sentence, whichever trigger found them (a list's pieces
are items side by side, or one item where a gerund list kept its bare nouns together).
"""
from __future__ import annotations

import re

from akorda.extract.instructions.common import InstructionSpan
from akorda.extract.instructions.en_lists import EN_MEANS, EN_MODIFIER, EN_NOMINAL_ITEM, _is_gerund, _is_verb

# the head: an (adverb and) gerund before a bare object ("promoting tourism"), or the words up to
# the last "of" of an action noun or a gerund's object ("development of", "accomplishing the objectives of")
HEAD_GERUND = re.compile(r"(?:[a-z]+ly\s+)?(?P<word>[a-z]+(?:-[a-z]+)*ing)\s+(?=\S)")
HEAD_OF = re.compile(r"(?P<head>(?:the\s+)?(?:further\s+)?(?:[a-z-]+\s+){0,6}?[a-z-]+\s+of)\s+(?=\S)(?!.*\sof\s)", re.I)
HEAD_ACTION = re.compile(r"(?:the\s+)?(?:further\s+)?(?:[a-z-]+(?:tion|sion|ment|ance|ence)s?|[a-z]+ing)\s", re.I)
# a preposition inside an object keeps the list with it ("investments into energy sector, mining industry")
PREPOSITION = re.compile(r"\b(?:in|into|on|for|to|at|with|from|by|across|among|within|through|under|over|between|of|as)\b", re.I)
DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her|our|this|these|those|all|each|every)\b|[\w-]+['’]s\b", re.I)
# how two items of one list stand apart in the sentence
JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)\s*")
COMMA = re.compile(r",\s*")
MAX_BARE_WORDS = 4


def _head(text: str) -> str | None:
    """The shared head of an item, where its object is one bare noun phrase (no preposition)."""
    gerund = HEAD_GERUND.match(text)
    if gerund and _is_gerund(gerund.group("word").lower()):
        rest = text[gerund.end():]
        if not PREPOSITION.search(rest) and not DETERMINER.match(rest) and len(rest.split()) <= MAX_BARE_WORDS:
            return text[:gerund.end()].rstrip()
    of = HEAD_OF.match(text)
    if of and EN_MEANS.search(f" {of.group('head')} "):
        return None  # "modernization of X by means of loans, grants and tax relief": the means of one task
    if of and HEAD_ACTION.match(text) and not PREPOSITION.search(text[of.end():]) and len(text[of.end():].split()) <= MAX_BARE_WORDS:
        return of.group("head")
    return None


def _bare(piece: str) -> bool:
    """A bare noun phrase: no gerund, no action noun with "of", no determiner, no verb, short."""
    words = piece.split()
    if not words or len(words) > MAX_BARE_WORDS or not words[0][0].islower() or DETERMINER.match(piece):
        return False
    first = words[0].lower()
    # a word in -ing may be a gerund where it is a noun too ("creating jobs, building housing")
    return not first.endswith("ing") and not (EN_NOMINAL_ITEM.match(piece) or _is_verb(first) or PREPOSITION.search(piece))


def _and_pieces(piece: str) -> list[str]:
    """ "healthcare and education": two nouns; "agricultural and cattle-breeding sectors" one (a modifier)."""
    left, sep, right = piece.partition(" and ")
    if sep and left and right and len(left.split()) == 1 and not EN_MODIFIER.search(left) and len(right.split()) <= 2:
        return [left, right]
    return [piece]


def _item(head: str, span: InstructionSpan, a: int, piece: str) -> InstructionSpan:
    return InstructionSpan(f"{head} {piece}", span.start + a, span.start + a + len(piece), span.assignee)


def _inner(span: InstructionSpan, followed: bool) -> list[InstructionSpan] | None:
    """A head item that holds its bare nouns ("promoting tourism, agriculture, small business"):
    one item per noun where the list goes on after it, or its nouns are joined by commas only."""
    text = span.text
    cuts = list(COMMA.finditer(text))
    if not cuts:
        return None
    first = text[:cuts[0].start()]
    head = _head(first)
    bounds = [(c.end(), cuts[k + 1].start() if k + 1 < len(cuts) else len(text)) for k, c in enumerate(cuts)]
    tail: list[InstructionSpan] = []
    if bounds and text[bounds[-1][0]:].startswith("and ") and DETERMINER.match(text, bounds[-1][0] + 4):
        # "..., and the region's capital-raising potential": a task of its own closes the list
        a = bounds.pop()[0] + 4
        tail = [InstructionSpan(text[a:], span.start + a, span.end, span.assignee)]
        followed = True
    if head is None or not bounds or not all(_bare(text[a:b]) for a, b in bounds):
        return None
    if not followed and re.match(r"\s*and\s", text[cuts[-1].start() + 1:]):
        return None  # "developing A, B, and C" at the list's end: a list of its own
    out = [InstructionSpan(first, span.start, span.start + len(first), span.assignee)]
    out += [_item(head, span, a, text[a:b]) for a, b in bounds]
    return out + tail


def _between(text: str, spans: list[InstructionSpan], k: int) -> str:
    """The joiner after item k, its spaces squeezed: ",", ", and", "and"."""
    return " ".join(text[spans[k].end:spans[k + 1].start].split()) if k + 1 < len(spans) else ""


def shared_heads(text: str, found: list[InstructionSpan]) -> list[InstructionSpan]:
    """The items of one English sentence with a shared head said over each of its nouns."""
    if not any("," in f.text or " and " in f.text for f in found) and len(found) < 2:
        return found
    order = sorted(range(len(found)), key=lambda k: found[k].start)
    spans = [found[k] for k in order]
    joined = [k + 1 < len(spans) and JOINER.fullmatch(text[spans[k].end:spans[k + 1].start]) is not None
              for k in range(len(spans))]
    # whether an item opens after "and": the list's last task has opened
    after_and = [k > 0 and joined[k - 1] and " and " in f" {text[spans[k - 1].end:spans[k].start]} " for k in range(len(spans))]
    out: dict[int, list[InstructionSpan]] = {}
    k = 0
    while k < len(spans):
        span = spans[k]
        inner = None if after_and[k] else _inner(span, joined[k])
        if inner:
            out[k] = inner
            k += 1
            continue
        head = _head(span.text) if joined[k] and not after_and[k] and _between(text, spans, k) == "," else None
        j = k + 1
        while head and j < len(spans) and _bare(spans[j].text) and spans[j].assignee == span.assignee:
            j += 1
            if not joined[j - 1]:
                break
        group = range(k + 1, j) if head else range(0)
        closes = j == len(spans) or not joined[j - 1] or _bare(spans[j].text)
        if group and not (closes and any(_between(text, spans, n) == ", and" for n in range(k, j - 1))):
            # the list's last nouns ("A, B, and C" closed by a serial comma) stay bare (the team's annotation)
            for n in group:
                pieces = _and_pieces(spans[n].text) if closes and n == j - 1 else [spans[n].text]
                items, a = [], 0
                for piece in pieces:
                    a = spans[n].text.index(piece, a)
                    items.append(_item(head or "", spans[n], a, piece))
                out[n] = items
        k = j if j > k + 1 else k + 1
    if not out:
        return found
    result: list[InstructionSpan] = []
    position = {k: n for n, k in enumerate(order)}
    for k in range(len(found)):
        result.extend(out.get(position[k], [found[k]]))
    return result
