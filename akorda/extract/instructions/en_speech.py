"""Whether English words are the Head of State's: reported speech whose subject is the President
("Tokayev stressed that ..."), his words set off by a dash or a quote whose close names him, and
the sentences that go on with them ("He also reminded ...", "According to him, ...").

What a look-back asks of the text before a sentence (whose the sentence before it is, whether
the paragraph goes on with a quote left open above) is worked out once per sentence start and
paragraph of a text and looked up (``_Speech``), as ru_speech splits a text's lines once:
asked afresh for each modal word, each look-back re-read the text before it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from akorda.extract.instructions.common import (
    CLOSING_QUOTES,
    EN_HEAD_OF_STATE,
    OPENING_QUOTES,
    Lines,
    quoted_beside,
    text_lines,
)
from akorda.extract.instructions.en_bounds import EN_ATTRIBUTION

# ("the Presidents noted that ..." is a joint view of a talk, not his words: EN_HEAD_OF_STATE)
SPEECH = r"(?:stressed|said|noted|emphasi[sz]ed|underlined|underscored|highlighted|pointed\s+out|believes|added|reminded|" \
         r"stated|urged|remarked|reiterated|considers|considered|deems|deemed|called(?=\s+it\b)|insisted|made\s+it\s+clear|warned)"
REPORTED = re.compile(EN_HEAD_OF_STATE + r"[^.!?«»\"“”]{0,80}?" + SPEECH + r"|" + SPEECH + r"\s+(?:the\s+)?" + EN_HEAD_OF_STATE +
                      # "According to the President, it is necessary to ...", "In the words of the Head of State, ..."
                      r"|\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+(?:words|opinion|view)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" +
                      # ("according to the president," in lower case, as some agencies write it)
                      r"(?:" + EN_HEAD_OF_STATE + r"|president(?!\s+of\b))" + r"|\b[Ii]n\s+the\s+" +
                      EN_HEAD_OF_STATE + r"['’]s\s+(?:words|opinion|view)")
NAMED = re.compile(EN_HEAD_OF_STATE)
# the speaker after his verb: "..., - said the president." (in lower case after the verb, as some
# agencies write it; "the president of the company" is someone else)
SAID_BY = r"(?:" + EN_HEAD_OF_STATE + r"|president\b(?!\s+of\b))"


# a paragraph of direct speech opened by a dash and closed by "..., the President said."
DASH_OPENS = re.compile(r"\s*[-–—]\s")
# "..., the President said." or "..., – the President said." (the dash of the speech closing it)
DASH_SAID = re.compile(r",\s*(?:[-–—]\s*)?(?:the\s+)?" + EN_HEAD_OF_STATE + r"[^.!?]{0,40}?\s" + SPEECH + r"\b|"
                       r",\s*(?:[-–—]\s*)?" + SPEECH + r"\s+(?:the\s+)?" + SAID_BY)


# any speaker's closing of a paragraph of speech: "..., – the akim said."
DASH_ANY_SAID = re.compile(r",\s*[-–—]\s*(?:[\w’'-]+\s+){0,5}?" + SPEECH + r"\b")


def _dash_speech(text: str, at: int) -> bool:
    """Whether `at` stands in a dash-opened paragraph of speech the President is named as saying:
    at its close, or at the close of the next dash-opened paragraphs his speech goes on in."""
    para_start = text.rfind("\n", 0, at) + 1
    if DASH_OPENS.match(text, para_start) is None:
        return False
    for _ in range(4):
        para_end = text.find("\n", at)
        para_end = len(text) if para_end < 0 else para_end
        if DASH_SAID.search(text, at, para_end):
            return True
        if DASH_ANY_SAID.search(text, at, para_end):
            return False  # another speaker's words
        following = len(text) - len(text[para_end:].lstrip())
        if following >= len(text) or DASH_OPENS.match(text, following) is None:
            return False
        at = following
    return False


def _said_after(sentence: str, at: int) -> bool:
    """ "It is necessary to complete X, the President said.": the closing attribution names him."""
    found = EN_ATTRIBUTION.search(sentence, at)
    return (found is not None and NAMED.search(found.group()) is not None) or INVERTED_SAID.search(sentence, at) is not None


# '..., added the Head of State.', '..." said President Tokayev.': the verb before its speaker
INVERTED_SAID = re.compile(r",\s*[\"”»’]?\s*(?:[-–—]\s*)?" + SPEECH + r"\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?" + SAID_BY +
                           r"[^.!?\n]{0,60}[.!]?\s*$")


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
# "According to him, ...", "In his words, ...": reported words whose speaker a sentence before names
HIS_VIEW = re.compile(r"\s*(?:According\s+to\s+(?:him|her)|In\s+(?:his|her)\s+(?:words|opinion|view)),")
# "He also reminded the akims ...": the pronoun opening a sentence of speech, and a sentence the
# President opens or is said to speak
# a sentence "He" opens: its subject is the subject of the sentence before
HE_OPENS = re.compile(r"\W*He\s")
HE_SAYS = re.compile(r"\s*He\s+(?:also\s+)?" + SPEECH + r"\b")
PARAGRAPH_BREAK = re.compile(r"\n\s*")
PRESIDENT_OPENS = re.compile(r"\W*(?:[\w.-]+\s+){0,3}?" + EN_HEAD_OF_STATE + r"\b")
# '“...,” he stressed.': a quote whose close names its speaker by the pronoun
HE_CLOSES = re.compile(r"\A[”»\"’]\s*,?\s*(?:[-–—]\s*)?(?:he\s+(?:also\s+)?" + SPEECH + r"|" + SPEECH + r"\s+he)\b")  # ", added he."
# the close of a quote: a closing mark, or a straight one after the last word's punctuation
QUOTE_CLOSE = re.compile(r"[" + CLOSING_QUOTES + r"]|(?<=[,.!?])\"")
ANY_QUOTE = re.compile(r"[\"" + OPENING_QUOTES + CLOSING_QUOTES + r"]")


class _Speech:
    """One text's sentence breaks and lines, and what the look-backs found at each sentence
    start and paragraph, kept: a sentence's modal words all ask the same of the text before it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: Lines = text_lines(text)
        breaks = [m.span() for m in SENTENCE_BREAK.finditer(text)]
        self.break_starts = [a for a, _ in breaks]
        self.break_ends = [b for _, b in breaks]
        self.his_before: dict[int, bool] = {}  # sentence or paragraph start -> the sentence before is his
        self.goes_on: dict[int, bool] = {}  # sentence start -> his reported words go on in it
        self.quote_close: dict[int, int | None] = {}  # paragraph start -> its first quote mark, a close naming him

    def last_sentences(self, end: int, count: int) -> list[str]:
        """The last `count` pieces of ``SENTENCE_BREAK.split(text[:end].rstrip())``, from the
        text's breaks: those that open before the stripped end are the stretch's own (a run of
        white space after a full stop ends before the non-space character that ends it)."""
        text = self.text
        stop = self._stripped_end(end)
        k = bisect.bisect_left(self.break_starts, stop)  # the pieces are 0..k
        return [text[self.break_ends[i - 1] if i > 0 else 0:self.break_starts[i] if i < k else stop]
                for i in range(max(0, k + 1 - count), k + 1)]

    def _stripped_end(self, end: int) -> int:
        """`end` less the white space before it (where ``last_sentences`` stops)."""
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return end

    def sentence_before_his(self, end: int) -> bool:
        """Whether the sentence before `end` (its last line: a title line has no full stop) is
        the President's: he opens it or is said to speak it."""
        found = self.his_before.get(end)
        if found is None:
            last = self.last_sentences(end, 1)[-1]
            previous = PARAGRAPH_BREAK.split(last)[-1]
            found = REPORTED.search(previous) is not None or PRESIDENT_OPENS.match(previous) is not None
            if not found and HE_OPENS.match(previous):
                # "The President assigned X. ¶ He criticized Y. «Z,» he stressed.": "He" goes on with him
                opens = self._stripped_end(end) - len(previous)
                found = opens > 0 and self.sentence_before_his(opens)
            self.his_before[end] = found
        return found

    def his_words_go_on(self, start: int) -> bool:
        """Whether the sentence at `start` goes on with his reported words: the sentence before
        it in its paragraph reports them, or gives them as "According to him, ..." after a
        sentence that reports them (in this paragraph or at the end of the last one)."""
        found = self.goes_on.get(start)
        if found is None:
            found = self.goes_on[start] = self._his_words_go_on(start)
        return found

    def _his_words_go_on(self, start: int) -> bool:
        para_start = self.lines.paragraph(start)[0]
        para = self.text[para_start:start].rstrip()
        before = SENTENCE_BREAK.split(para)
        if REPORTED.search(before[-1]) is not None:
            return True
        if not HIS_VIEW.match(before[-1]):
            return False
        # "The President stressed X. According to him, Y. Akims should Z.": "him" is the speaker of the
        # sentence before, in this paragraph or at the end of the last one
        earlier = self.last_sentences(para_start if len(before) == 1 else start, 2)
        previous = earlier[-2] if len(before) > 1 and len(earlier) > 1 else earlier[-1]
        return REPORTED.search(previous) is not None

    def continued_quote(self, at: int) -> bool:
        """Whether the paragraph's first quote mark stands after `at` and closes a quote that
        names him (``_continued_quote``)."""
        para_start, para_end = self.lines.paragraph(at)
        if para_start not in self.quote_close:
            text = self.text
            first = ANY_QUOTE.search(text, para_start, para_end)
            self.quote_close[para_start] = first.start() if first is not None and \
                QUOTE_CLOSE.match(text, first.start(), para_end) and \
                _said_after(text[first.start() - 1:para_end], 0) else None
        close = self.quote_close[para_start]
        return close is not None and close >= at


@lru_cache(maxsize=4)
def _speech(text: str) -> _Speech:
    return _Speech(text)


def last_sentences(text: str, end: int, count: int) -> list[str]:
    """The last `count` pieces of ``SENTENCE_BREAK.split(text[:end].rstrip())``, looked up in the
    text's breaks: splitting all of it for each modal word made a long release quadratic."""
    return _speech(text).last_sentences(end, count)


def his_words_go_on(text: str, start: int) -> bool:
    """ "According to the Head of State, X is vital. The Government should reach out to Y.": the
    sentence at `start` follows his reported words (``_Speech.his_words_go_on``)."""
    return _speech(text).his_words_go_on(start)


SPEECH_VERB = re.compile(r"\b" + SPEECH + r"\b")


def his_words_went_on(text: str, start: int) -> bool:
    """ "Tokayev noted that X. At the same time, there is a shortage of Y. In this regard, it is
    necessary to Z.": the sentence two back in the paragraph reports his words, and the one between
    goes on with them (no quote, no speaker of its own). Asked only of a sentence whose connective
    draws its task from what was said before."""
    para_start = _speech(text).lines.paragraph(start)[0]
    before = SENTENCE_BREAK.split(text[para_start:start].rstrip())
    return len(before) >= 2 and REPORTED.search(before[-2]) is not None and ANY_QUOTE.search(before[-1]) is None \
        and SPEECH_VERB.search(before[-1]) is None


def _he_goes_on(text: str, start: int, sentence: str) -> bool:
    """ "Tokayev highlighted X.  He also reminded the akims it is crucial to Y.": "He" after a
    sentence the President opens or is said to speak is him; after the akim's sentence it is the akim."""
    return HE_SAYS.match(sentence) is not None and _speech(text).sentence_before_his(start)


def _he_closes_quote(text: str, start: int, end: int, at: int) -> bool:
    """ "The President criticized the akims. ¶ “... it is necessary to use all forces,” he stressed.":
    "he" who closes the quote is the President where the sentence before the quote opens (before
    its paragraph, where the quote opens it) names him as its subject or as the speaker (as
    _he_goes_on reads "He also reminded ..."): "Tokayev urged X. “In my opinion, Y should Z,” he said."."""
    if not quoted_beside(text, start, end, at, HE_CLOSES):
        return False
    speech = _speech(text)
    para_start = speech.lines.paragraph(start)[0]
    opened = max(text.rfind(q, para_start, at) for q in (*OPENING_QUOTES, '"'))
    if opened > para_start and text[para_start:opened].strip():
        return speech.sentence_before_his(opened)  # the quote opens after a sentence of the paragraph
    return para_start != 0 and speech.sentence_before_his(para_start)


def his_view_follows(text: str, start: int, sentence: str) -> bool:
    """ "The President drew attention to X. According to him, Y should be Z.": "him" is the
    President where the sentence before opens with him or reports his words."""
    return HIS_VIEW.match(sentence) is not None and _speech(text).sentence_before_his(start)


def _continued_quote(text: str, at: int) -> bool:
    """ "«It is clear that X.\n\nIt is necessary to clean Y,» the President said.": a paragraph
    with no opening mark goes on with the quote the paragraph before left open (English opens
    each paragraph of a long quote and closes only the last), and the close names him. The
    paragraph before is not asked: a stored page often lost the quote's opening mark, and a
    close that names him ('..., added the Head of State.') says whose words they are. No quote
    mark may stand before `at` in its paragraph, and the first after it must be that close."""
    return _speech(text).continued_quote(at)
