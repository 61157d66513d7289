"""Release files before they are parsed: which files, their size, bytes and markup.

Every check here ends in a ReleaseFileError whose ``reason`` names what is
wrong with the file in one line, since the import command prints exactly one
line per bad file.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
# The longest release body accepted, in characters. The dev set's longest text
# is 3,682 bytes and the seed 4,935 bytes (about 2,700 characters of body);
# akorda.kz's longest press releases (state visits, the annual Address) stay
# under 60,000 characters. Anything longer is not a release of this genre and
# would only flood the record (issue 10, item 3). The extraction pipeline
# (akorda.records.pipeline) holds text typed in the admin to the same limit.
MAX_BODY_CHARS = 100_000
EXTENSIONS = frozenset({".txt", ".html", ".htm"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
# libxml2 (under lxml, under trafilatura) stops building a tree deeper than 256
# elements and trafilatura then finds no text; a release page nests about 20
# deep, so deeper markup is refused by name before it reaches the parser.
MAX_HTML_DEPTH = 200
# Elements that never hold content, so they do not nest (HTML Living Standard, "void elements").
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
})

# Magic numbers of the binaries people save by mistake next to releases.
MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "MS Office 97 document"),
    (b"{\\rtf", "RTF document"),
)


class ReleaseFileError(Exception):
    """A file that cannot become a release; ``reason`` is shown to the user as is."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode_release(data: bytes) -> str:
    """Text of a saved page, or ReleaseFileError saying what the bytes look like.

    Only UTF-8 is accepted (what browsers save today); other encodings are
    named rather than guessed, so nothing is imported as mojibake.

    >>> decode_release("Акорда".encode())
    'Акорда'
    >>> decode_release("\\ufeffАкорда".encode("utf-16"))
    Traceback (most recent call last):
    ...
    akorda.press.release_files.ReleaseFileError: looks like UTF-16 (BOM); save the file as UTF-8
    >>> decode_release("Глава государства принял акима".encode("cp1251"))
    Traceback (most recent call last):
    ...
    akorda.press.release_files.ReleaseFileError: not UTF-8 (looks like cp1251); save the file as UTF-8
    >>> decode_release("Глава государства".encode()[:-1])
    Traceback (most recent call last):
    ...
    akorda.press.release_files.ReleaseFileError: truncated UTF-8: the file ends inside a character at byte 31 (was the file cut short?)
    """
    if not data.strip():
        raise ReleaseFileError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReleaseFileError("looks like UTF-16 (BOM); save the file as UTF-8")
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise ReleaseFileError(f"binary file (looks like {kind}), not a text or HTML page")
    if _looks_like_utf16(data[:4096]):
        raise ReleaseFileError("looks like UTF-16 (no BOM); save the file as UTF-8")
    if b"\x00" in data:
        raise ReleaseFileError("binary file (contains NUL bytes), not a text or HTML page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReleaseFileError(_utf8_problem(data, exc)) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > max(3, len(text) // 100):
        raise ReleaseFileError("binary file (control characters), not a text or HTML page")
    if not text.strip():
        raise ReleaseFileError("empty file")
    return text


def _utf8_problem(data: bytes, exc: UnicodeDecodeError) -> str:
    """What the first undecodable byte says: a cut file, a damaged UTF-8 file, or cp1251.

    A file cut in the middle of a character fails only at its very end; a
    UTF-8 file with a damaged character has valid multi-byte characters before
    the damage, which a cp1251 file (failing at its first letter) never has.
    """
    if exc.end == len(data) and "end of data" in exc.reason:
        return (f"truncated UTF-8: the file ends inside a character at byte {exc.start} "
                f"(was the file cut short?)")
    if any(b >= 0x80 for b in data[:exc.start]):
        return (f"damaged UTF-8: invalid byte 0x{data[exc.start]:02x} at byte {exc.start} "
                f"after valid UTF-8 text; save the file as UTF-8 again")
    if _looks_like_cp1251(data):
        return "not UTF-8 (looks like cp1251); save the file as UTF-8"
    return f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"


def _looks_like_utf16(sample: bytes) -> bool:
    """UTF-16 without a BOM: every other byte is a high byte, 0x00 (Latin) or 0x04 (Cyrillic)."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return False
    for offset in (0, 1):
        highs = sample[offset::2]
        if sum(1 for b in highs if b in (0x00, 0x04)) >= 0.8 * len(highs):
            return True
    return False


def _looks_like_cp1251(data: bytes) -> bool:
    """Cyrillic text in cp1251: the bytes 0xC0–0xFF (А–я) make most of its letters."""
    text = data.decode("cp1251", errors="replace")
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return bool(letters) and cyrillic >= 0.3 * len(letters)


class _DepthMeter(HTMLParser):
    """The deepest element nesting of a page, as a browser would count open elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in VOID_ELEMENTS:
            return
        self.stack.append(tag)
        self.deepest = max(self.deepest, len(self.stack))

    def handle_startendtag(self, tag: str, attrs) -> None:
        return

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching element; a stray end tag closes nothing.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] == tag:
                del self.stack[i:]
                return


def html_depth(markup: str) -> int:
    """
    >>> html_depth("<html><body><div><p>a<br>b</p></div></body></html>")
    4
    """
    meter = _DepthMeter()
    meter.feed(markup)
    meter.close()
    return meter.deepest


def check_html_nesting(markup: str) -> None:
    depth = html_depth(markup)
    if depth > MAX_HTML_DEPTH:
        raise ReleaseFileError(
            f"HTML nesting too deep: elements nest {depth} levels (at most {MAX_HTML_DEPTH}); "
            f"the HTML parser cannot read the text of such a page"
        )


def iter_release_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to import, or (path, reason) for a path that yields nothing.

    Folders are walked recursively for .txt/.html/.htm; a file named
    explicitly is taken whatever its extension.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS)
            if not found:
                yield path, "no .txt, .html or .htm files in this folder"
            for p in found:
                yield p, None
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or folder"


def read_release_file(path: Path) -> str:
    """The decoded text of one file, after the size, binary and encoding checks."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReleaseFileError(
                f"file is {size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReleaseFileError(f"cannot read: {exc.strerror or exc}") from None
    return decode_release(data)
