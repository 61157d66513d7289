"""An instruction stated twice is one item: the headline that sums up a task the body states,
a quote that restates the lead in fewer words, a Russian task that opens its own quote, two
tasks that name the same figure. The pipeline gathers items sentence by sentence and calls these
at the end, as ``_once`` does for figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from akorda.extract.facts import topic_of
from akorda.extract.instructions import extract_instructions
from akorda.extract.instructions.common import RU_HEAD_OF_STATE, InstructionSpan
from akorda.extract.record import Instruction
from akorda.extract.source import Source


def distinct(items: list[Instruction], lang: str = "", text: str = "") -> list[Instruction]:
    """An instruction stated twice (a headline or lead line repeated in the body) is one
    item; the statement that names the addressee is kept. `text` (the release) tells which
    items stand in a quote."""
    out: list[Instruction] = []
    kept: list[_Said] = []
    for item in items:
        said = _Said.of(item.text, bool(text) and in_quote(text, item.span[0]))
        same = next((n for n, x in enumerate(kept) if said.key == x.key or _restates(said, x, lang == "kk")
                     or (lang == "ru" and _opens(said, x))
                     or (lang == "kk" and _one_addressee(item, out[n]) and _restates(said, x, min_words=2))), None)
        if same is None:
            out.append(item)
            kept.append(said)
        elif out[same].assignee is None and item.assignee is not None:
            out[same] = item
            kept[same] = said
    return out


def in_quote(text: str, at: int) -> bool:
    """Whether `at` stands inside a quote its paragraph opened before it."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") or before.count("“") > before.count("”")


# what a task is done to: its words after the verb that opens it, by their first four letters
# (Russian case endings: "школ", "школы"), short words aside
OBJECT_WORD = 4


@dataclass(frozen=True)
class _Said:
    """What the comparisons read of a task's text, worked out once per item: distinct compares
    every item with every one kept before it."""

    key: str
    stems: frozenset[str]
    figures: frozenset[str]
    words: tuple[str, ...]
    objects: frozenset[str]
    quoted: bool

    @classmethod
    def of(cls, text: str, quoted: bool = False) -> _Said:
        found = WORD_STEM.findall(text.lower())
        objects = frozenset(w[:OBJECT_WORD] for w in found[1:] if len(w) >= OBJECT_WORD and not w.isdigit())
        return cls(" ".join(text.lower().split()), frozenset(w[:6] for w in found), frozenset(_figures(text)),
                   tuple(w[:6] for w in found), objects, quoted)


RESTATED_MIN_WORDS = 3
# loose (Kazakh, whose endings vary a stem more than a 6-letter prefix absorbs): a quote that
# restates the lead in its own words keeps two thirds of them; English tasks that share two
# thirds of their words are often two tasks
RESTATED_SHARE = 0.65


def _one_addressee(a: Instruction, b: Instruction) -> bool:
    """Whether two tasks are given to the same addressee, by the stems of its words ("Үкімет пен
    әкімдіктерге" in the lead, "Үкімет пен әкімдікке" in the quote)."""
    if a.assignee is None or b.assignee is None:
        return False
    return {w[:ADDRESSEE_STEM] for w in WORD_STEM.findall(a.assignee.lower())} \
        == {w[:ADDRESSEE_STEM] for w in WORD_STEM.findall(b.assignee.lower())}


# the stem of an addressee's word: "әкімдіктер", "әкімдік" (Kazakh), "акиматам", "акиматы" (Russian)
ADDRESSEE_STEM = 6


def _restates(a: _Said, b: _Said, loose: bool = False, min_words: int = 0) -> bool:
    """Whether one task repeats the other in fewer words (a quote that restates the lead:
    "қажетті қаражатты бөлу" after "Торғай өңіріне қажетті қаражат бөлу"): every word stem
    of the shorter, at least three, stands in the longer. Two will do (`min_words`) where both
    tasks go to one addressee: "шаралар қабылдау" in the quote after "Аралды сақтау үшін Үкіметке
    шаралар қабылдауды тапсырды" is the lead's task in the President's own words."""
    small, large = sorted((a.stems, b.stems), key=len)
    # two tasks that name the same figure ("allocate KZT 29 billion for 20 schools", then in the
    # quote "allot KZT 29 billion") are one task said twice, as a figure stated twice is one fact;
    # but "allocate KZT 5 billion for schools" and "... KZT 5 billion for hospitals" are two, each
    # done to what the other does not name, unless one is a quote that restates the other
    loose = loose or (bool(a.figures & b.figures) and (a.objects <= b.objects or b.objects <= a.objects or a.quoted != b.quoted))
    return len(small) >= (min_words or RESTATED_MIN_WORDS) \
        and (small <= large or (loose and len(small & large) >= RESTATED_SHARE * len(small)))


FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
YEAR = re.compile(r"(?:19|20)\d\d")


def _figures(text: str) -> set[str]:
    """The numbers a task states, years aside (a year is the task's horizon, not its figure)."""
    return {n for n in FIGURE.findall(text) if not YEAR.fullmatch(n)}


def _opens(a: _Said, b: _Said) -> bool:
    """Whether one Russian task of two words or more opens the other: "призвал Нацбанк «смело
    работать»" and the quote after it, "Надо смело работать, Нацбанк на правильном пути"."""
    small, large = sorted((a.words, b.words), key=len)
    return len(small) >= 2 and large[:len(small)] == small


# a line of at most this many words may be a headline (or a caption) rather than a paragraph
HEADLINE_WORDS = 25
LINE_END = re.compile(r"[.!?:;»\"”…]\s*$")
SHARED_STEMS = 2
HEADLINE_ACTOR = re.compile(r"(?<![^\W\d_])(?:" + RU_HEAD_OF_STATE + r"|[Оо]н)(?![^\W\d_])")


def headline_lines(text: str, items: list[Instruction]) -> list[Instruction]:
    """A headline the page did not mark as the title ("Президент указал акиму на важность развития
    приграничных районов", a short line without a full stop) sums up a task the body states in
    its own words: its item goes where it shares two content stems, half of its own, with an
    item of the body."""
    def line(i: Instruction) -> str:
        a = text.rfind("\n", 0, i.span[0]) + 1
        b = text.find("\n", i.span[1])
        return text[a:len(text) if b < 0 else b]

    def headline(i: Instruction) -> bool:
        # a headline names who gave the task; a list item below "поручил:" does not
        words = line(i).split()
        return 0 < len(words) <= HEADLINE_WORDS and not LINE_END.search(line(i)) and HEADLINE_ACTOR.search(line(i)) is not None

    def content(i: Instruction) -> set[str]:
        return {w[:5] for w in WORD_STEM.findall(i.text.lower()) if len(w) >= 4}

    def restated(i: Instruction, b: Instruction) -> bool:
        shared = len(content(i) & content(b))
        return shared >= SHARED_STEMS and shared >= len(content(i)) / 2

    body = [i for i in items if not headline(i)]
    return [i for i in items if not headline(i) or not any(restated(i, b) for b in body)]


WORD_STEM = re.compile(r"[^\W_]{3,}")


def stems(text: str) -> set[str]:
    return {w[:6] for w in WORD_STEM.findall(text.lower())}


def headline_tasks(text: str, src: Source | None, lang: str) -> list[InstructionSpan]:
    """The instructions the headline states, read once for ``named_in_headline`` and
    ``headline_instructions`` both; none where the page marks no headline in the text."""
    if src is None or src.title_span is None or not src.title:
        return []
    a, b = src.title_span
    if text[a:b] != src.title:
        return []
    return extract_instructions(text, a, b, lang)


def headline_instructions(text: str, headline: list[InstructionSpan], items: list[Instruction],
                          lang: str) -> list[Instruction]:
    """An instruction the headline states ("Токаев поручил акиму усилить ...", ``headline_tasks``)
    that the body does not restate in other words: headlines often carry the one task the body
    leaves out."""
    out = []
    item_stems = [stems(i.text) for i in items] if headline else []
    for ins in headline:
        said = stems(ins.text)
        if said and not any(_headline_restated(said, i) for i in item_stems):
            out.append(Instruction(text=ins.text, action=ins.action, quote=text[ins.start:ins.end], span=(ins.start, ins.end),
                                   assignee=ins.assignee, topic=topic_of(ins.action or ins.text, lang)))
    return out


def _headline_restated(said: set[str], item: set[str]) -> bool:
    """Whether half the stems of the shorter of a headline task and a body task (``stems``,
    worked out once per item) stand in the other."""
    return len(said & item) / min(len(said), len(item) or 1) >= 0.5


def named_in_headline(text: str, headline: list[InstructionSpan], items: list[Instruction],
                      lang: str) -> list[Instruction]:
    """The items with a body task that the headline (``headline_tasks``) states with its addressee
    ("Премьер-министр әкімдіктерге ... жол бермеуді тапсырды", and the quote below, "... шаралар
    қабылдаңыздар") put in the headline's words: of two statements of one task the one that names
    the addressee is kept, as `distinct` keeps it. Kazakh only, where a quote restates the lead in
    its own words (the Russian and English headlines sum up the body in fewer)."""
    if lang != "kk" or not headline:
        return items
    out = list(items)
    out_stems = [stems(i.text) for i in out]
    for ins in headline:
        said = stems(ins.text)
        same = [n for n, i in enumerate(out_stems) if said and _headline_restated(said, i)]
        if ins.assignee is not None and len(same) == 1 and out[same[0]].assignee is None:
            out[same[0]] = Instruction(text=ins.text, action=ins.action, quote=text[ins.start:ins.end], span=(ins.start, ins.end),
                                       assignee=ins.assignee, topic=topic_of(ins.action or ins.text, lang))
            out_stems[same[0]] = stems(ins.text)
    return out


# a topic that names no task of its own: "the region's further development", "the main directions
# of the Ministry's work" (contract README: a content-free umbrella adds nothing beside specific tasks)
EN_GENERIC_TOPIC = re.compile(
    r"(?:the\s+)?(?:(?:region|city|country|ministry|agency|sector|industry|oblast|district)['’]s\s+)?(?:further\s+)?"
    r"(?:(?:socio-economic|social\s+and\s+economic|economic|comprehensive|sustainable)\s+)?development"
    r"(?:\s+of\s+the\s+(?:region|city|country|sector|industry|oblast|district))?|"
    r"(?:the\s+)?(?:main|key|priority)\s+(?:directions|areas|tasks)\s+of\s+(?:the\s+)?[\w’']+(?:['’]s)?\s+(?:work|activities|activity)",
    re.I)
# the same in Russian: "ряд задач по развитию региона" names no task of its own
RU_GENERIC_TOPIC = re.compile(r"(?:дальнейшему\s+|дальнейшего\s+)?(?:(?:социально-экономическому|социально-экономического|"
                              r"комплексному|комплексного|устойчивому|устойчивого)\s+)?(?:развитию|развития)\s+"
                              r"(?:региона|области|города|страны|отрасли)", re.I)
# an undertaking named only by its size or fitness, with nothing it is about: "провести значительную
# работу", "принять все необходимые меры", "выполнять все предписания"
RU_CONTENT_FREE = re.compile(r"(?:[^\W\d_]+\s+)?[^\W\d_]+(?:ть|ться|ти)\s+(?:все\s+)?(?:(?:значительн|больш|серь[её]зн|"
                             r"соответствующ|необходим|надлежащ|должн|конкретн|нужн|эффективн|дополнительн|активн)\w*\s+)?"
                             r"(?:работу|меры|предписания|требования|усилия|шаги|решения)", re.I)
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


SENTENCE_REACH = 3000


def _sentence(text: str, at: int) -> int:
    """Where the sentence holding `at` opens (looked for within SENTENCE_REACH characters back)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, at - SENTENCE_REACH), at)]
    return ends[-1] if ends else max(0, at - SENTENCE_REACH)


def generic_beside_specific(items: list[Instruction], text: str, lang: str) -> list[Instruction]:
    """An umbrella whose only topic is generic ("gave a number of instructions aimed at the
    region's further development"), alone in its sentence, adds nothing beside the specific tasks
    other sentences state; in a list with specific topics ("on further development of the region
    and tackling X") or as the release's only instruction it stays."""
    if lang not in ("en", "ru") or len(items) < 2:
        return items
    opens = [_sentence(text, i.span[0]) for i in items]
    generic = EN_GENERIC_TOPIC if lang == "en" else RU_GENERIC_TOPIC
    drop = {n for n, i in enumerate(items) if generic.fullmatch(i.text.strip()) and opens.count(opens[n]) == 1}
    if lang == "ru":
        # "провести значительную работу", "принять соответствующие меры": an undertaking with no
        # object of its own says nothing beside the specific tasks, wherever it stands
        drop |= {n for n, i in enumerate(items) if RU_CONTENT_FREE.fullmatch(i.text.strip())}
    if len(drop) == len(items):
        return items
    return [i for n, i in enumerate(items) if n not in drop]
