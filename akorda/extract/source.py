"""The release as published: title, dateline, body, without the site chrome.

Pages come either as plain text copied from akorda.kz (chrome lines around
the release, see ``data/chrome.json``) or as HTML. Both end up as a
``Source``; for plain text the offsets of every part in the input are kept,
so that facts can point back into the very string they came from.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from akorda.extract.dates import parse_dateline
from akorda.extract.knowledge import load_json
from akorda.extract.union import quick

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
LINE = re.compile(r"[^\r\n]+")
CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]{2,}")
LATIN_WORD = quick(re.compile(r"(?<![^\W\d_])[a-zA-Z]{2,}(?![^\W\d_])"))
HTML_SNIFF = re.compile(r"<\s*(?:!doctype|html|body|div|p|article|head)\b", re.I)


class SourceError(ValueError):
    """The input is not a release: it lacks a title, a dateline or any body."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Source:
    title: str | None
    date: dt.date | None
    dateline: str | None
    lang: str
    paragraphs: tuple[str, ...]
    rubric: str | None
    text: str
    # Offsets into the string given to read_source(); None for HTML input,
    # where the clean text is a rendering and has no offsets in the markup.
    title_span: tuple[int, int] | None = None
    dateline_span: tuple[int, int] | None = None
    paragraph_spans: tuple[tuple[int, int], ...] | None = field(default=None)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


@lru_cache(maxsize=1)
def _chrome() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], dict[str, str]]:
    data = load_json("chrome.json")
    head = frozenset(_key(x) for x in data["head_lines"])
    footer = frozenset(_key(x) for x in data["footer_lines"])
    tokens = tuple(sorted((_key(x) for x in data["tail_tokens"]), key=len, reverse=True))
    rubrics = {_key(name): code for code, names in data["rubrics"].items() for name in names}
    return head, footer, tokens, rubrics


def is_tail_chrome(line: str) -> bool:
    """A line made only of back/share/print links ("Вернуться назад … Печать").

    >>> is_tail_chrome("Вернуться назад Вернуться назад Twitter Facebook Печать")
    True
    >>> is_tail_chrome("Назад в будущее")
    False
    """
    rest = _key(line)
    if not rest:
        return False
    tokens = _chrome()[2]
    while rest:
        for token in tokens:
            if rest.startswith(token) and (len(rest) == len(token) or rest[len(token)] == " "):
                rest = rest[len(token):].lstrip()
                break
        else:
            return False
    return True


def is_chrome_line(line: str) -> bool:
    """Any site chrome line: head, rubric, back/print links or footer."""
    head, footer, _, rubrics = _chrome()
    key = _key(line)
    return key in head or key in footer or key in rubrics or is_tail_chrome(line)


def detect_lang(text: str) -> str:
    """Tell ru/kk/en apart by script, and Kazakh by its own letters.

    Russian releases quote Kazakh names («Таза Қазақстан», Қонаев), so a
    Kazakh letter alone does not make a text Kazakh; a share of them does.

    >>> detect_lang("Мемлекет басшысы облыс әкімін қабылдады")
    'kk'
    >>> detect_lang("Глава государства принял акима области «Таза Қазақстан»")
    'ru'
    >>> detect_lang("The Head of State received the akim")
    'en'
    """
    words = CYRILLIC_WORD.findall(text)
    cyrillic = len(words)
    kazakh = cyrillic - sum(map(KAZAKH_LETTERS.isdisjoint, words))
    latin = len(LATIN_WORD.findall(text))
    if latin > cyrillic:
        return "en"
    if cyrillic and kazakh / cyrillic >= 0.2:
        return "kk"
    return "ru"


def _html_to_text(markup: str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(markup, include_comments=False, include_tables=False, favor_recall=True)
    if doc is None:
        return "", None
    body = getattr(doc, "text", None) if not isinstance(doc, dict) else doc.get("text")
    title = getattr(doc, "title", None) if not isinstance(doc, dict) else doc.get("title")
    date = getattr(doc, "date", None) if not isinstance(doc, dict) else doc.get("date")
    lines = [line for line in (body or "").splitlines() if line.strip()]
    head: list[str] = []
    if title and not any(_key(line) == _key(title) for line in lines[:3]):
        head.append(title)
    if date and not any(parse_dateline(line) for line in lines[:6]):
        try:
            iso = dt.date.fromisoformat(date[:10])
            head.append(iso.strftime("%d.%m.%Y"))
        except ValueError:
            pass
    return "\n\n".join(head + lines), title


def read_source(text: str, *, html: bool | None = None) -> Source:
    """Split a release page into its parts; ``html=None`` sniffs the markup."""
    if html is None:
        html = bool(HTML_SNIFF.search(text[:2000]))
    if html:
        rendered, _ = _html_to_text(text)
        src = _read_plain(rendered)
        return Source(src.title, src.date, src.dateline, src.lang, src.paragraphs, src.rubric, src.text)
    return _read_plain(text)


def _read_plain(text: str) -> Source:
    if not text.strip():
        raise SourceError("empty text")
    head, footer, _, rubrics = _chrome()
    lines = [(m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
             for m in LINE.finditer(text) if m.group().strip()]
    date_index = next((i for i, (line, _) in enumerate(lines) if parse_dateline(line)), None)
    if date_index is None:
        raise SourceError("no date: no dateline such as '14 июня 2024 года' was found")
    rubric = None
    title_index = None
    # the title is the line right above the dateline; other non-chrome lines
    # above it are rubrics (known ones are mapped to codes)
    for i in range(date_index - 1, -1, -1):
        key = _key(lines[i][0])
        if key in head:
            continue
        if title_index is None and key not in rubrics:
            title_index = i
        elif key in rubrics and rubric is None:
            rubric = rubrics[key]
    if title_index is None:
        raise SourceError("no title: no line before the dateline other than site chrome")
    body: list[tuple[str, int]] = []
    for line, start in lines[date_index + 1:]:
        if is_tail_chrome(line):
            break
        body.append((line, start))
    while body and _key(body[-1][0]) in footer:
        body.pop()
    if not body:
        raise SourceError("empty text: no body paragraphs after the dateline")
    title, title_start = lines[title_index]
    dateline, date_start = lines[date_index]
    paragraphs = tuple(line for line, _ in body)
    clean = "\n\n".join((title, dateline, *paragraphs))
    return Source(
        title=title,
        date=parse_dateline(dateline),
        dateline=dateline,
        # (the headline too: a one-line body of names and loanwords reads as Russian alone)
        lang=detect_lang(" ".join((title, *paragraphs))),
        paragraphs=paragraphs,
        rubric=rubric,
        text=clean,
        title_span=(title_start, title_start + len(title)),
        dateline_span=(date_start, date_start + len(dateline)),
        paragraph_spans=tuple((start, start + len(line)) for line, start in body),
    )
