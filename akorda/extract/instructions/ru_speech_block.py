"""The Head of State's speech set out over several paragraphs, in Russian.

A release may quote him at length: a lead ("Глава государства отметил:") or an opening dash or
quote mark, then paragraphs of his words, and the attribution only after the last of them
("..., – сказал Президент."). By Russian punctuation every paragraph between the opening and that
attribution is his speech, so a modal word in any of them ("Нужно ...", "Акимату следует ...")
is his. Where a colon lead opens unmarked paragraphs with no attribution below, the paragraphs
that follow it are his until the outlet narrates again.
"""
from __future__ import annotations

import bisect
import re

from akorda.extract.instructions.common import RU_HEAD_OF_STATE, text_lines

PRESIDENT = RU_HEAD_OF_STATE
SPEECH = r"(?:отметил|подчеркнул|заявил|сказал|сообщил|указал|считает|сч[её]л|напомнил|добавил|констатировал|написал" \
         r"|резюмировал|заключил|обратился)\w*"
FIRST_NAME = r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?"
# the attribution after direct speech: "..., – сказал Глава государства.", "...», – отметил аким."
ATTRIBUTION = re.compile(r"[,.!?…»”\"]\s*[–—-]\s*(?P<verb>" + SPEECH + r")\s+(?P<who>[^\n]{0,60})")
HIM = re.compile(FIRST_NAME + PRESIDENT)
# a paragraph that opens speech: a dash or a quote mark first
OPENS = re.compile(r"\s*(?:[«“\"]|[–—-]\s)")
# a lead that introduces his words: his name and a verb of saying, a colon at its end
LEAD = re.compile(PRESIDENT + r"[^\n]{0,80}?" + SPEECH + r"[^\n]{0,60}:\s*$|" + SPEECH + r"\s+" + FIRST_NAME + PRESIDENT
                  + r"[^\n]{0,40}:\s*$")
# the outlet narrating or naming him in the third person: his unmarked speech has ended
NARRATION = re.compile(SPEECH + r"|(?<![^\W\d_])(?:доложил|доложено|сообщил|рассказал|проинформировал)\w*|" + PRESIDENT)
# how many paragraphs a speech may run between its opening and its attribution
BLOCK_REACH = 5
# how many unmarked paragraphs after a colon lead are his where nothing below attributes them
LEAD_REACH = 3


def _open_quote(para: str) -> bool:
    return sum(para.count(q) for q in "«“") > sum(para.count(q) for q in "»”")


def _closes_quote(para: str) -> bool:
    return sum(para.count(q) for q in "»”") > sum(para.count(q) for q in "«“")


def in_speech_block(text: str, at: int) -> bool:
    """Whether the words at `at` stand in his speech set out over paragraphs: between an opening
    (a dash, a quote mark or a colon lead naming him) above and an attribution to him below, or
    in the unmarked paragraphs right after a colon lead of his."""
    lines = text_lines(text)
    line = bisect.bisect_right(lines.starts, at) - 1
    k = bisect.bisect_left(lines.filled, line)
    if k >= len(lines.filled) or lines.filled[k] != line:
        return False
    paras = lines.paras
    own = paras[k][:at - lines.starts[line]]
    if ATTRIBUTION.search(own):
        return False  # his words were attributed before `at` in this paragraph: the rest is narration
    closing = _attributed_below(paras, k, at - lines.starts[line])
    if closing is False:
        return False
    if closing:
        return _opened_above(paras, k)
    return _after_lead(paras, k)


def _attributed_below(paras: tuple[str, ...], k: int, offset: int) -> bool | None:
    """True where the speech at paragraph k closes with an attribution to him within reach,
    False where it closes otherwise (another speaker, a quote closed bare), None where nothing
    below closes it."""
    for j in range(k, min(len(paras), k + BLOCK_REACH)):
        para = paras[j]
        if j > k and OPENS.match(para) and not OPENS.match(paras[j - 1]) and not paras[j - 1].rstrip().endswith(":"):
            return None  # a new quote after unmarked words: the attribution below is its own
        m = ATTRIBUTION.search(para, offset if j == k else 0)
        if m:
            return bool(HIM.match(m.group("who")))
        if _closes_quote(para) and j > k:
            return False
    return None


def _opened_above(paras: tuple[str, ...], k: int) -> bool:
    """Whether the speech at paragraph k opened at or above it: k or a paragraph above opens
    with a dash or a quote, or a lead of his with a colon stands above, with only his unmarked
    words between."""
    for j in range(k, max(-1, k - BLOCK_REACH), -1):
        para = paras[j]
        if j < k and (ATTRIBUTION.search(para) or _closes_quote(para)):
            return False  # a speech closed above: paragraph k is none of it
        if OPENS.match(para) or _open_quote(para):
            return True
        if j < k and LEAD.search(para):
            return True
        if j < k and NARRATION.search(para):
            return False  # the outlet's narration above: no speech of his runs through it
    return False


def _after_lead(paras: tuple[str, ...], k: int) -> bool:
    """Whether paragraph k is one of the unmarked paragraphs after a colon lead of his, before
    the outlet narrates again."""
    for j in range(k, max(-1, k - LEAD_REACH - 1), -1):
        para = paras[j]
        if j < k and LEAD.search(para):
            return True
        if _closes_quote(para) or ATTRIBUTION.search(para) or NARRATION.search(para):
            return False
    return False
