"""Blocks of other stories inside a saved page ("Читайте также:", "Сондай-ақ оқыңыз", "Read also"):
where such a block ends and the release goes on below it.

A site may set a link to another story in the middle of the release: a short header, one headline
or two, then the release's next paragraph. The block is the header and its headlines, never the
rest of the release; a block at the page's end (headlines, perhaps teasers in prose) is cut whole.
``page._body`` asks these questions line by line.
"""
from __future__ import annotations

import re

from akorda.extract.furniture import is_furniture

Spans = list[tuple[int, int]]

# the release goes on under a block of other stories set in its middle: after a blank line, a
# sentence of prose (a related headline has no full stop and rarely this many words)
RESUME_WORDS = 8
RESUME_END = re.compile(r"(?<!\.\.)[.!?][»\"”)]?$")  # never a teaser cut with "…"
# a page set line by line (no blank lines between its paragraphs) shows an inline link as the
# header and at most this many headlines, each a line with no full stop at its end
INLINE_HEADLINES = 3
INLINE_HEADLINE_WORDS = 25
# a paragraph cut off by the stored page's end has no full stop: this many words tell it from a
# cut headline (a headline rarely runs past fifteen)
CUT_PARAGRAPH_WORDS = 16


def compact_block(text: str, lines: Spans, n: int) -> bool:
    """Whether the headlines under a related header follow it line by line: such a block ends at
    the first blank line; one spaced by blank lines holds teasers in prose that must not pass for the story."""
    return n + 1 < len(lines) and not _blank_gap(text, lines, n + 1)


def story_resumes(text: str, lines: Spans, n: int, header: int | None = None) -> bool:
    """Whether lines[n], under the related block whose header is lines[header], is the release
    again: a sentence of prose after a blank line, or, on a page set line by line, a paragraph
    right under the one or few headlines of an inline link."""
    line = _line(text, lines, n)
    if is_furniture(line) or len(line.split()) < RESUME_WORDS:
        return False
    if _blank_gap(text, lines, n):
        return RESUME_END.search(line) is not None
    return header is not None and _inline_link(text, lines, header, n) and _paragraph(text, lines, n)


def _inline_link(text: str, lines: Spans, header: int, n: int) -> bool:
    """Whether lines[header:n] is a link set inside the release: the release's prose runs right up
    to the header (a sentence ends on the line above it, no blank line between) and the header
    holds a few headlines, no teaser."""
    links = [_line(text, lines, i) for i in range(header + 1, n)]
    if header == 0 or _blank_gap(text, lines, header) or not 1 <= len(links) <= INLINE_HEADLINES:
        return False
    above = _line(text, lines, header - 1)
    return RESUME_END.search(above) is not None and len(above.split()) >= RESUME_WORDS and \
        all(len(h.split()) <= INLINE_HEADLINE_WORDS and RESUME_END.search(h) is None for h in links)


def _paragraph(text: str, lines: Spans, n: int) -> bool:
    """A paragraph of the release: a sentence that ends, or a long one the page's end cut off; and
    the page ends there or goes on in prose (a block's teaser is followed by the next headline, or
    by the page's buttons and tags)."""
    line = _line(text, lines, n)
    if n == len(lines) - 1:
        return RESUME_END.search(line) is not None or len(line.split()) >= CUT_PARAGRAPH_WORDS
    below = _line(text, lines, n + 1)
    return RESUME_END.search(line) is not None and RESUME_END.search(below) is not None and len(below.split()) >= RESUME_WORDS


def _line(text: str, lines: Spans, n: int) -> str:
    a, b = lines[n]
    return text[a:b].strip()


def _blank_gap(text: str, lines: Spans, n: int) -> bool:
    """Whether a blank line stands above lines[n]."""
    return n > 0 and "\n\n" in text[lines[n - 1][1]:lines[n][0]].replace("\r", "")
