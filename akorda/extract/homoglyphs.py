"""Latin letters typed inside Cyrillic words ("тaпсырды" with a Latin "a", "Қaсым").

Some outlets' pages carry Latin look-alikes in Kazakh and Russian words (a keyboard layout
or an anti-copy trick): the word reads the same, but no Cyrillic rule or ending matches it.
Each such letter is replaced by its Cyrillic twin, one character for one, so every offset
stays valid and the record's quotes and texts can be taken back from the input as given.
Only words with a Cyrillic letter other than "і" and no Latin letter without a twin change:
Kazakh in the Latin alphabet with a stray Cyrillic "і" ("eldі") is Latin and left to ``translit``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from akorda.extract.record import Record

# Latin letter -> its Cyrillic look-alike (Kazakh "і" is the Latin "i"'s twin)
TWINS = str.maketrans("aeopcxyiAEOPCXYIBHKMT", "аеорсхуіАЕОРСХУІВНКМТ")
BORDER = re.compile(r"[a-zA-Z][\u0400-\u04FF]|[\u0400-\u04FF][a-zA-Z]")
MIXED_WORD = re.compile(r"[^\W\d_]*[a-zA-Z][^\W\d_]*")
# a Cyrillic letter that no Latin word carries (Latin Kazakh borrows "і" now and then)
CYRILLIC = re.compile(r"[\u0400-\u0405\u0407-\u0455\u0457-\u04FF]")
LATIN = re.compile(r"[a-zA-Z]")
TWIN_LETTERS = frozenset("aeopcxyiAEOPCXYIBHKMT")


def _fixed(word: str) -> str:
    if not CYRILLIC.search(word) or not set(LATIN.findall(word)) <= TWIN_LETTERS:
        return word
    return word.translate(TWINS)


def cyrillic_twins(text: str) -> str:
    """text with the Latin look-alikes inside mostly-Cyrillic words made Cyrillic; same length.

    >>> cyrillic_twins("Қaсым-Жомaрт тaпсырды, COVID-19 және eldі")
    'Қасым-Жомарт тапсырды, COVID-19 және eldі'
    """
    if not BORDER.search(text):
        return text  # no word mixes the alphabets: the common case, at the cost of one scan
    return MIXED_WORD.sub(lambda m: _fixed(m.group()), text)


def back(original: str, fixed: str, span: tuple[int, int], said: str) -> str:
    """`said`, a text the engine built from fixed[span] (a task in its dictionary form, say), in
    the input's own letters: the part it shares with the quote is taken from the input."""
    a, b = span
    shared = shared_prefix(said, fixed[a:b])
    return original[a:a + shared] + said[shared:]


def shared_prefix(one: str, other: str) -> int:
    """How many first characters the two strings share."""
    n = 0
    for x, y in zip(one, other, strict=False):
        if x != y:
            break
        n += 1
    return n


def _named_back(original: str, fixed: str, said: str | None) -> str | None:
    """A name or title the engine built from the fixed text, in the input's letters where the
    text states it (all of it, or all but an ending the engine changed)."""
    if not said:
        return said
    for n in range(len(said), max(0, len(said) - 4), -1):
        at = fixed.find(said[:n])
        if at >= 0:
            return original[at:at + n] + said[n:]
    return said


def record_back(record: Record, fixed: str, original: str) -> Record:
    """The record of `fixed` (cyrillic_twins of `original`) in the input's own letters: quotes
    by their spans, instruction texts, assignees, the title and the official's name."""
    facts = tuple(replace(f, quote=original[f.span[0]:f.span[1]]) for f in record.facts)
    items = tuple(replace(i, text=back(original, fixed, i.span, i.text), quote=original[i.span[0]:i.span[1]],
                          assignee=_named_back(original, fixed, i.assignee)) for i in record.instructions)
    event = replace(record.event, official_name=_named_back(original, fixed, record.event.official_name))
    return replace(record, facts=facts, instructions=items, event=event,
                   title=_named_back(original, fixed, record.title))
