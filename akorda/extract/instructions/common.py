"""What the instruction grammars of every language share: tokens, the item span, trimming."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from akorda.extract.knowledge import alternation

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
FIELDS_END = re.compile(r"[\s.;:,]+$")
# a President's name (first name or surname) in every spelling of every language the lexicon
# knows ("Токаев", "Тоқаев", "Tokayev", "Toqayev", "Назарбаев"...), a stem: each rule adds the endings it admits
HEAD_OF_STATE_NAME = alternation("head_of_state")

# the Head of State by title or name, once per language; a rule wraps it in its own bounds
# (a word bound, a lookahead) and, where it takes a case form, asks for that form
# Russian: each form's ending of the title and of the name; "any" admits every case ("Главе
# государства", "Президентом", "Токаевым"); "Елбасы" does not decline; "глава Казахстана" is the
# outlets' variation on "Глава государства" (an akim is "глава региона")
RU_HEAD_OF_STATE_ENDINGS = {"nomn": ("а", "", ""), "gent": ("ы", "а", "а"), "ablt": ("ой", "ом", "ым"),
                            "any": (r"\w*", r"\w*", r"\w*")}


def ru_head_of_state(case: str = "nomn") -> str:
    """The Russian Head of State in one case: "Глава государства", "Президента", "Токаевым"."""
    head, title, name = RU_HEAD_OF_STATE_ENDINGS[case]
    elbasy = r"Елбас\w*" if case == "any" else "Елбасы"
    return rf"(?:[Гг]лав{head}\s+(?:государства|Казахстана|РК)(?![^\W\d_])|[Пп]резидент{title}|{HEAD_OF_STATE_NAME}{name}|{elbasy})"


RU_HEAD_OF_STATE = ru_head_of_state("any")
# English: "Head of (the) State", "President" (not "the Presidents", a joint view of a talk), his names
# ("..., the head of state said": some agencies write the title in lower case; "heads of state" is
# no title of his)
EN_HEAD_OF_STATE = r"(?:[Hh]ead\s+of\s+(?:the\s+)?[Ss]tate|President(?!s\b)|" + HEAD_OF_STATE_NAME + r"|Elbasy)"
# him named, or "He" (a capital: the pronoun that opens a sentence about him) before a verb of his
EN_HEAD_OF_STATE_OR_HE = re.compile(r"\b(?:" + EN_HEAD_OF_STATE + r"|He)\b")
# Kazakh: each title or name with its genitive ending ("Мемлекет басшысының", "Тоқаевтың")
KK_HEAD_OF_STATE_FORMS = ((r"Мемлекет\s+басшысы", "ның"), ("Президент", "тің"), (HEAD_OF_STATE_NAME, "т[ыі]ң"),
                          ("Елбасы", "ның"))
KK_HEAD_OF_STATE = "(?:" + "|".join(word for word, _ in KK_HEAD_OF_STATE_FORMS) + ")"
KK_HEAD_OF_STATE_GEN = "(?:" + "|".join(word + ending for word, ending in KK_HEAD_OF_STATE_FORMS) + ")"
# an official's title in English ("the akim", "the chairman of the board", "officials")
EN_OFFICIAL_TITLE = r"(?:akim|governor|mayor|minister|chair(?:man|woman|person)|director|CEO|deputy|official|rector)"

# a Russian ordinal that numbers a task ("Первое", "Вторая", "Третье"), and its adverb ("во-первых")
RU_ORDINAL = r"(?i:(?:перв|втор|трет|четв[её]рт|пят|шест|седьм)(?:ое|ая|ье|ья))"
RU_ORDINAL_ADVERB = r"(?i:(?:во|в)-(?:первых|вторых|третьих|четв[её]ртых|пятых|шестых))"


@dataclass(frozen=True)
class InstructionSpan:
    """One task: `text` is the release's own wording (text[start:end] trimmed of trigger and
    addressee), so an analyst finds it in the release; `action` the same task said as an
    action ("развитию туризма" -> "развивать туризм") where that differs, for prose that must
    follow "поручил" (oversight/drafting.py)."""

    text: str
    start: int
    end: int
    assignee: str | None
    action: str | None = None


Token = tuple[str, int, int]


def _tokens(sentence: str, a: int, b: int) -> list[Token]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence, a, b)]


def _trim(sentence: str, a: int, b: int) -> int:
    """The end of an item without trailing punctuation, and without the closing quote of the
    speech it was said in ("оказать помощь семьям\", - сообщил ..."): a quote that closes
    without opening inside the item and is followed by no word ends it (one followed by a
    word closes a name whose opening quote stands before the item)."""
    b = _speech_end(sentence, a, b)
    signed = SIGNATURE.search(sentence, a, b)
    if signed and signed.end() == b and signed.start() > a:
        b = signed.start()  # "..., – Касым-Жомарт Токаев.": whose words they are, no part of the task
    m = FIELDS_END.search(sentence, a, b)
    return m.start() if m and m.end() == b else b


# a quotation signed with the Head of State's name after a dash, closing the sentence
SIGNATURE = re.compile(r",?\s+[-–—]\s*(?:[^\W\d_]+[-\s]+){0,2}(?:" + HEAD_OF_STATE_NAME + r")[^\W\d_]{0,2}[\s.!]*$")
SPEECH_CLOSES = re.compile(r"[»”\"](?=\s*(?:[,.;:!?)\-–—]|$))")


def _speech_end(sentence: str, a: int, b: int) -> int:
    depth = 0
    for m in re.finditer(r"[«“»”]|\"", sentence[a:b]):
        at = a + m.start()
        # a quote after the speech's last punctuation closes it: '..., other areas," the press secretary said'
        closes = SPEECH_CLOSES.match(sentence, at) is not None or (at > a and sentence[at - 1] in ",.!?")
        if m.group() in "«“" or (m.group() == '"' and depth == 0 and not closes):
            depth += 1
        elif depth > 0:
            depth -= 1
        elif closes:
            return at
    return b


OPENING_QUOTES = "«“"
CLOSING_QUOTES = "»”"
ATTRIBUTION_REACH = 250


def quoted_beside(text: str, start: int, end: int, at: int, named: re.Pattern[str]) -> bool:
    """Whether the words at `at` stand in an open quote of their paragraph with a name that
    `named` finds beside it: in the lead-in before the quote opens or just after it closes
    ("«...», – said the President")."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[para_start:at]
    opened = max(before.rfind(q) for q in OPENING_QUOTES)
    closed = max(before.rfind(q) for q in CLOSING_QUOTES)
    straight = before.count('"') % 2 == 1
    if opened <= closed and not straight:
        return False
    quote_start = para_start + (opened if opened > closed else before.rfind('"'))
    close = min([i for i in (text.find(q, at, para_end + ATTRIBUTION_REACH) for q in (*CLOSING_QUOTES, '"')) if i >= 0],
                default=para_end)
    lead_in = text[max(para_start, quote_start - ATTRIBUTION_REACH):quote_start]
    after = text[close:close + ATTRIBUTION_REACH]
    return bool(named.search(lead_in) or named.search(after.split("\n\n")[0]))


@dataclass(frozen=True)
class Lines:
    """A text's lines (what every paragraph look-up reads), split once: see ``text_lines``."""

    text: tuple[str, ...]
    starts: tuple[int, ...]
    filled: tuple[int, ...]  # the indexes of the non-blank lines
    paras: tuple[str, ...]  # the non-blank lines themselves (``text[k] for k in filled``)

    def paragraph(self, at: int) -> tuple[int, int]:
        """Where the line holding `at` starts and ends: ``text.rfind("\\n", 0, at) + 1`` and
        ``text.find("\\n", at)`` (the text's end where no line break follows), looked up."""
        line = bisect.bisect_right(self.starts, at) - 1
        if line + 1 < len(self.starts):
            return self.starts[line], self.starts[line + 1] - 1
        return self.starts[line], self.starts[line] + len(self.text[line])


@lru_cache(maxsize=4)
def text_lines(text: str) -> Lines:
    """The text's lines, where each starts and which are not blank: split once per text, as
    every modal word of a release asks which paragraphs stand around it (ru_speech, en_speech)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    filled = tuple(k for k, line in enumerate(lines) if line.strip())
    return Lines(tuple(lines), tuple(starts), filled, tuple(lines[k] for k in filled))
