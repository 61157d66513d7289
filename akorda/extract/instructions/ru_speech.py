"""Whether Russian words are the Head of State's: a modal sentence ("надо", "нужно", ...) is a
task only where he says it: in reported speech whose subject is the President ("Глава
государства отметил, что ... надо ...", "По словам Президента, ..."), in a quote that he is
named beside, in his speech set out as paragraphs, or in a headline signed with his name
("... - Токаев").
"""
from __future__ import annotations

import bisect
import re

from akorda.extract.instructions.common import (
    HEAD_OF_STATE_NAME,
    RU_HEAD_OF_STATE,
    quoted_beside,
    ru_head_of_state,
    text_lines,
)
from akorda.extract.instructions.ru_speech_block import in_speech_block

PRESIDENT = RU_HEAD_OF_STATE
SPEECH = r"(?:отметил|подчеркнул|заявил|сказал|сообщил|указал|считает|сч[её]л|напомнил|добавил|констатировал|написал)\w*"
# the President as the subject after the verb ("..., отметил Глава государства"), in the nominative:
# "сообщил, что для исполнения поручения Президента необходимо ..." is an official's words
PRESIDENT_SUBJECT = ru_head_of_state("nomn") + r"(?![^\W\d_])"
REPORTED = re.compile(PRESIDENT + r"[^.!?«»\"]{0,80}?" + SPEECH + r"|" + SPEECH + r"[^.!?«»\"]{0,40}?" + PRESIDENT_SUBJECT
                      # "По словам Главы государства, необходимо ...": his words reported ("По мнению
                      # Президента" gives his view, the team's devset/gold/ru23 keeps it no task)
                      + r"|(?<![^\W\d_])[Пп]о\s+словам\s+(?:Касым-Жомарт\w*\s+)?" + PRESIDENT)
# "Акимату необходимо, по словам Президента, ускорить ...", "..., как подчеркнул Глава государства, ...":
# his name in an aside between commas attributes the whole sentence to him
# ("..., как особо отметил Нурсултан Назарбаев, ...": an adverb before the verb, his first name before his surname)
ASIDE = re.compile(r",\s*(?:по\s+словам|как\s+(?:особо\s+|уже\s+|также\s+|не\s+раз\s+)?(?:отметил|подчеркнул|заявил|сказал|указал))\s+"
                   r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?" + PRESIDENT + r"[^,.!?]{0,40},")
# "По его словам, ...", "Он также отметил, что ...": his words where the sentence before has the
# President say or order something
# ("По его мнению, требуется ...": his view, reported as his speech goes on)
HIS_WORDS = re.compile(r"(?<![^\W\d_])[Пп]о\s+его\s+(?:словам|мнению)(?![^\W\d_])|(?<![^\W\d_])Он\s+(?:также\s+|еще\s+|ещё\s+)?"
                       + SPEECH)
PRESIDENT_SAID = re.compile(PRESIDENT_SUBJECT + r"[^.!?]{0,80}?"
                            r"(?<![^\W\d_])(?:поручил|подчеркнул|отметил|указал|заявил|сказал|считает|призвал|потребовал"
                            r"|обратил|поставил|дал)\w*")
SIGNED = re.compile(r"\s[-–—]\s*(?:Касым-Жомарт\s+)?" + PRESIDENT + r"\W*$")
NAMED = re.compile(PRESIDENT)
# "Необходимо ускорить A, считает Президент.": his name after a comma and a verb of saying at the
# sentence's end makes the sentence his, as a signed headline is
# (", – сказал Глава государства.": a dash after the comma closes speech opened by a dash)
SAID_AT_END = re.compile(r",\s*(?:[–—-]\s*)?" + SPEECH + r"\s+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?" + PRESIDENT_SUBJECT
                         + r"[^,;:.!?]{0,30}[.!]?\s*$")
# a headline that opens with his name and a colon: "Токаев: нужно ускорить ..."
HEADED = re.compile(r"\s*(?:" + HEAD_OF_STATE_NAME + r"\s+|К\.\s*)?" + ru_head_of_state("nomn") + r"(?:\s+Казахстана|\s+РК)?\s*:")


def his_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the President's as a whole: a headline signed with his name,
    or his name in an aside between commas. It holds for every word of the sentence, so a
    caller that asks ``_said_by_president`` of several words works it out once."""
    return SIGNED.search(text[start:end]) is not None or ASIDE.search(text, start, end) is not None or \
        SAID_AT_END.search(text, start, end) is not None


def _said_by_president(text: str, start: int, end: int, at: int, whole: bool | None = None) -> bool:
    """Whether the words at `at` are the President's: reported speech before them in the
    sentence, the whole sentence his (``his_sentence``, passed as `whole` where known), or an
    open quote with his name beside it."""
    if whole is None:
        whole = his_sentence(text, start, end)
    if whole or REPORTED.search(text, start, at) or HEADED.match(text, start, at):
        return True
    if HIS_WORDS.search(text, start, at):
        return _his_before(text, start)
    return (quoted_beside(text, start, end, at, NAMED) or _speech_paragraph(text, start, at)
            or _attributed_inside(text, at) or _dash_attributed(text, at) or _continues_his(text, start, at)
            or in_speech_block(text, at))


# "Особое значение, по мнению Главы государства, имеет A": his view in an aside, which makes the
# sentence after it his as "по словам" does
VIEW_ASIDE = re.compile(r"(?<![^\W\d_])по\s+мнению\s+(?:Касым-Жомарт\w*\s+)?" + PRESIDENT, re.I)
# a sentence with a view or a speaker of its own ("По мнению Президента, ...", the team's
# devset/gold/ru23 keeps that no task; "Аким сообщил, что ...")
OWN_ATTRIBUTION = re.compile(r"(?<![^\W\d_])по\s+(?:мнению|словам|данным|информации)(?![^\W\d_])", re.I)


def _continues_his(text: str, start: int, at: int) -> bool:
    """Whether the sentence at `start` goes on with the President's words of the sentence before
    it in the same paragraph ("Глава государства подчеркнул, что A. Правительство и акимы должны
    B."): nobody else is said to speak in it before `at`."""
    para_start = text.rfind("\n", 0, start) + 1
    before = text[para_start:start].rstrip()
    added = ADDED.match(text, start) is not None
    if not before and added:
        # "Кроме того, ..." opens a paragraph of its own: it adds to the paragraph above
        before = text[max(0, para_start - 400):para_start].rstrip().rsplit("\n", 1)[-1]
    if not before or NARRATED.search(text, start, at) or OWN_ATTRIBUTION.search(text, start, at) or \
            not before.endswith((".", "!")):
        return False
    previous = re.split(r"(?<=[.!?])\s+", before[:-1])[-1]
    if not text[para_start:start].strip():
        return bool(ORDERED.search(previous))
    return bool(PRESIDENT_SAID.search(previous) or REPORTED.search(previous) or VIEW_ASIDE.search(previous)
                or SAID_AFTER.search(previous + before[-1:]) or (added and ORDERED.search(previous)))


# "Правительству поручено A. Кроме того, предстоит B.": a sentence that adds to his order (the passive
# names nobody else) goes on with it
ADDED = re.compile(r"\s*(?:Кроме\s+того|Помимо\s+этого|Также|Вместе\s+с\s+тем)\s*,?\s", re.I)
# (an active order only where he is named before it: "Аким поручил A. Кроме того, ..." is the akim's)
ORDERED = re.compile(r"(?<![^\W\d_])(?:поручено|поручены|возложена|поставлены\s+задачи)(?![^\W\d_])"
                     r"|" + PRESIDENT + r"[^.!?]{0,60}?(?<![^\W\d_])(?:поручил|возложил|поставил\s+задач)\w*", re.I)


# the sentences of his speech back from a "По его словам" or "Он отметил" to the one that names him
HIS_CHAIN = 3
# "..., – написал Глава государства.", "..., – добавил Токаев.": the attribution after his words
SAID_AFTER = re.compile(r"[–—-]\s*" + SPEECH + r"\s+" + r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?" + PRESIDENT)


def _his_before(text: str, start: int) -> bool:
    """Whether the sentence before text[start] is the President's: he says or orders something
    in it, or it goes on with his words itself ("По его мнению, ... . Он подчеркнул, что ...")."""
    for _ in range(HIS_CHAIN):
        before = text[max(0, start - 400):start].rstrip()
        pieces = list(re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", before[:-1] if before.endswith((".", "!", "?")) else before))
        if not pieces:
            return False
        previous = pieces[-1].group()
        if PRESIDENT_SAID.search(previous) or SAID_AFTER.search(before[pieces[-1].start():]):
            return True
        if not HIS_WORDS.search(previous):
            return False
        start = max(0, start - 400) + pieces[-1].start()
    return False


# his first name before the surname in an attribution ("Нурсултан Назарбаев", "Касым-Жомарт Токаев")
FIRST_NAME = r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?"
# direct speech set off by a dash, attributed after it in the same paragraph (Russian punctuation of
# direct speech: "– A. B, – подчеркнул Президент."): the dash that opens it starts the paragraph
# or a sentence
DASH_OPENS = re.compile(r"(?:^|(?<=[.!?:])\s*)[–—-]\s", re.M)
DASH_ATTRIBUTION = re.compile(r"[,.!?]\s*[–—-]\s*" + SPEECH + r"\s+" + FIRST_NAME + PRESIDENT)
RESUMED = re.compile(r"[,.!?]\s*[–—-]\s*" + SPEECH + r"\s+" + FIRST_NAME + PRESIDENT + r"\w*\s*[.:]\s*$")


def _dash_attributed(text: str, at: int) -> bool:
    """Whether the words at `at` are direct speech opened by a dash and attributed to him after
    them, before the paragraph ends ("– Нужно A, – сказал Глава государства.")."""
    para_start = text.rfind("\n", 0, at) + 1
    para_end = text.find("\n", at)
    para_end = len(text) if para_end < 0 else para_end
    opened = list(DASH_OPENS.finditer(text, para_start, at))
    if not opened:
        # the last paragraph of dash speech that opened above ("– A. / B, – заявил Президент."):
        # by Russian punctuation the words before ", – заявил" are the speech, if nobody narrates them
        return not NARRATED.search(text, para_start, at) and DASH_ATTRIBUTION.search(text, at, para_end) is not None
    if DASH_ATTRIBUTION.search(text, opened[-1].end(), at):
        return False  # the speech that opened above was attributed before the words at `at`
    if RESUMED.search(text[para_start:opened[-1].start() + 1]):
        return True  # "– A, – сказал Президент. – B": the speech resumes after his attribution
    return DASH_ATTRIBUTION.search(text, at, para_end) is not None


# "«Нужно A, – отметил Президент. – Кроме того, ...»": the attribution inside the quote, after the words
INSIDE = re.compile(r"[,.!?]\s*[–—]\s*" + SPEECH + r"\s+(?:Касым-Жомарт\s+)?" + PRESIDENT)


def _attributed_inside(text: str, at: int) -> bool:
    """Whether the words at `at` stand in an open quote whose attribution follows them in the
    paragraph, inside the quote."""
    para_start = text.rfind("\n", 0, at) + 1
    para_end = text.find("\n", at)
    before = text[para_start:at]
    if sum(before.count(q) for q in "«“") <= sum(before.count(q) for q in "»”") and before.count('"') % 2 == 0:
        return False
    # "«A, – отметил Президент. – B»": the attribution inside the quote speaks for B too
    return INSIDE.search(text, para_start, len(text) if para_end < 0 else para_end) is not None


# a paragraph that only attributes the speech above it: "заявил Касым-Жомарт Токаев."
ATTRIBUTED_BELOW = re.compile(r"\s*" + SPEECH + r"\s+(?:Касым-Жомарт\s+)?" + PRESIDENT)
# a paragraph that opens a quote, or a line of speech opened by a dash ("Токаев заявил: / – Поручаю
# ..."): the speaker is named at the end of the paragraph before
OPENS_QUOTE = re.compile(r"\s*(?:[«\"“]|[–—-]\s)")
# the close of a quote that opened in an earlier paragraph, and who said it: "... на селе», – сказал
# Глава государства"
CLOSES_QUOTE = re.compile(r"^[^«“\"]*?[»”\"]\s*[,.]?\s*[–—-]\s*(?P<said>[^\n]{0,80})")
SPEECH_PARAGRAPHS = 2


def _speech_paragraph(text: str, at: int, word_at: int | None = None) -> bool:
    """Whether the paragraph at `at` is the President's speech set out as paragraphs of its
    own: attributed by a short paragraph below it ("..., / заявил Касым-Жомарт Токаев."), the
    last paragraph of his quote, which closes with his name, or a quote that opens the
    paragraph after one that names him as the speaker."""
    para_start = text.rfind("\n", 0, at) + 1
    lines = text_lines(text)
    line = bisect.bisect_right(lines.starts, at) - 1
    filled = bisect.bisect_right(lines.filled, line)  # the first non-blank line below `at`'s
    below = [lines.text[k] for k in lines.filled[filled:filled + SPEECH_PARAGRAPHS]]
    if any(ATTRIBUTED_BELOW.match(p) for p in below):
        return True
    para_end = text.find("\n", at)
    closes = CLOSES_QUOTE.match(text[para_start:len(text) if para_end < 0 else para_end])
    if closes and NAMED.search(closes.group("said")):
        return True  # the last paragraph of a quote of several paragraphs
    above = bisect.bisect_left(lines.filled, line)  # the non-blank lines above `at`'s
    before = [lines.text[k] for k in lines.filled[max(0, above - SPEECH_REACH):above]]
    if OPENS_QUOTE.match(text, para_start) and before and REPORTED.search(before[-1]):
        return True
    if DASH_LINE.match(text, para_start):
        return _dash_speech(before)
    if before and LEAD_WORDS.match(before[-1]) and below and DASH_LINE.match(below[0]) \
            and DASH_ATTRIBUTION.search(below[0]) and not NARRATED.search(text, para_start, max(at, word_at or at)):
        return True  # between "По словам Президента, ..." and his dash speech: his words run on
    # the paragraph's own narration before the words ("Аким доложил, что необходимо ...") is no quote
    return not NARRATED.search(text, para_start, max(at, word_at or at)) and _inside_quote(before)


DASH_LINE = re.compile(r"\s*[–—-]\s")
# a paragraph that opens by reporting his words: "По словам главы государства, ..."
LEAD_WORDS = re.compile(r"\s*По\s+словам\s+(?:Касым-Жомарт\w*\s+)?" + PRESIDENT)
# how many paragraphs back a quote or a run of speech lines may have opened
SPEECH_REACH = 6


# the outlet narrating (someone reported, said or was told): no paragraph of an open quote
NARRATED = re.compile(SPEECH + r"|(?<![^\W\d_])(?:доложил|доложено|сообщил|рассказал|проинформировал)\w*", re.I)


# a paragraph that opens a quote and does not close it
OPENS_UNCLOSED = re.compile(r"\s*[«“][^»”]*$")


def _inside_quote(before: list[str]) -> bool:
    """Whether a quote of several paragraphs is still open: the nearest paragraph above with
    quote marks opens one it does not close, in his words ("Глава государства отметил: /
    «Нужно ... / Необходимо ... / Акимату следует ...»")."""
    for n in range(len(before) - 1, -1, -1):
        para = before[n]
        opens = sum(para.count(q) for q in "«“")
        closes = sum(para.count(q) for q in "»”")
        if closes > opens or (opens == closes and NARRATED.search(para)):
            return False  # a quote closed above, or the outlet's narration between: no open quote
        if opens > closes:
            lead_in = para[:min(i for i in (para.find("«"), para.find("“")) if i >= 0)]
            if not lead_in.strip() and n > 0 and OPENS_UNCLOSED.match(before[n - 1]):
                continue  # "«A. / «B. / «C»": each paragraph of a long quote opens anew, the first names him
            return bool(REPORTED.search(lead_in) or (n > 0 and REPORTED.search(before[n - 1])))
    return False


def _dash_speech(before: list[str]) -> bool:
    """Whether a line opened by a dash continues his speech: the lines above it are dash lines
    back to one that introduces him ("Касым-Жомарт Токаев подчеркнул: / – ... / – ...")."""
    for para in reversed(before):
        if DASH_LINE.match(para):
            continue
        return para.rstrip().endswith(":") and REPORTED.search(para) is not None
    return False
