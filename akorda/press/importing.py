"""Import of saved release pages into the site (issue 2, item 6).

The release itself (chrome, dateline, language, HTML) is parsed by
``akorda.extract.source.read_source``, the project's only release parser.
This module does what is about *files* and *pages*: size, encoding and binary
checks, the idempotency key, the locale and rubric, translations, revisions,
one transaction per file, and the ``release_imported`` signal.

Translations: a file named ``<group>.<lang>.<ext>`` (``03.ru.txt``,
``budget-2025.kk.html``) belongs to translation group ``<group>``. Pages of
the same group and the same date share one Wagtail ``translation_key``, so the
site links them as translations of each other whatever order they arrive in.
"""
from __future__ import annotations

import html
import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from akorda.extract.source import Source, SourceError, read_source
from akorda.press.models import RUBRICS, EventPage, RubricPage
from akorda.press.signals import release_imported

MAX_BYTES = 5 * 1024 * 1024
EXTENSIONS = frozenset({".txt", ".html", ".htm"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
LANGS = ("kk", "ru", "en")
GROUP_NAME = re.compile(r"^(?P<group>.+)\.(?P<lang>kk|ru|en)$", re.I)
# A fixed namespace so that the same (group, date) always gives the same
# translation_key on every machine (RFC 4122 name-based UUID).
TRANSLATION_NAMESPACE = uuid.UUID("6f3c1d0e-2b7a-5c41-9e3d-a0c4b7e1d2f5")

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

# Rubric from the content when the page carries no rubric line: the site's
# four rubrics (akorda.kz "События"). Checked on the title and the lead, in
# this order, since a phone call never is a trip and a domestic trip names a
# region where a foreign visit names a country.
RUBRIC_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(
        r"телефонн\w* разговор|по телефону|телефон арқылы|telephone|phone (?:call|conversation|talk)", re.I)),
    ("trips", re.compile(
        r"рабоч\w* поездк|поездк\w* в \w+ (?:област|район)|"
        r"облыс\w* (?:жұмыс )?сапар|облыс\w* барды|жұмыс сапары барысында|"
        r"working trip|(?:visit|arriv)\w* (?:in|to) \w+ region|trip to \w+ region", re.I)),
    ("international", re.compile(
        r"государственн\w* визит|официальн\w* визит|рабоч\w* визит|визит\w* в |саммит|"
        r"мемлекеттік сапар|ресми сапар|сапармен|"
        r"state visit|official visit|working visit|summit", re.I)),
)


class ReleaseFileError(Exception):
    """A file that cannot become a release; ``reason`` is shown to the user as is."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ImportResult:
    page: EventPage
    created: bool


@dataclass
class ImportReport:
    created: list[tuple[Path, EventPage]] = field(default_factory=list)
    updated: list[tuple[Path, EventPage]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return f"created {len(self.created)}, updated {len(self.updated)}, failed {len(self.failed)}"


def decode_release(data: bytes) -> str:
    """Text of a saved page, or ReleaseFileError saying what the bytes look like.

    Only UTF-8 is accepted (what browsers save today); other encodings are
    named rather than guessed, so nothing is imported as mojibake.

    >>> decode_release("Акорда".encode())
    'Акорда'
    >>> decode_release("\\ufeffАкорда".encode("utf-16"))
    Traceback (most recent call last):
    ...
    akorda.press.importing.ReleaseFileError: looks like UTF-16 (BOM); save the file as UTF-8
    >>> decode_release("Глава государства принял акима".encode("cp1251"))
    Traceback (most recent call last):
    ...
    akorda.press.importing.ReleaseFileError: not UTF-8 (looks like cp1251); save the file as UTF-8
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
        if _looks_like_cp1251(data):
            raise ReleaseFileError("not UTF-8 (looks like cp1251); save the file as UTF-8") from None
        raise ReleaseFileError(
            f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"
        ) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > max(3, len(text) // 100):
        raise ReleaseFileError("binary file (control characters), not a text or HTML page")
    if not text.strip():
        raise ReleaseFileError("empty file")
    return text


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


def normalise_title(title: str) -> str:
    """The title as compared across saves: case, ё, quotes, dashes and spacing do not matter.

    >>> normalise_title("  Глава государства  принял «акима» — Ёлки ")
    'глава государства принял акима елки'
    """
    value = unicodedata.normalize("NFKC", title).casefold().replace("ё", "е")
    value = re.sub(r"[^\w\s]", " ", value)
    return " ".join(value.split())


def make_source_key(lang: str, src: Source) -> str:
    """A stable 64-character key of one release in one language: locale, date, title.

    A re-saved copy of the same page (other chrome, other file name, HTML
    instead of text) gets the same key, so importing it updates the page.
    """
    import hashlib

    assert src.date is not None and src.title is not None
    basis = f"{lang}|{src.date.isoformat()}|{normalise_title(src.title)}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def translation_key_for(group: str, date) -> uuid.UUID:
    """The translation_key shared by all language versions of one event."""
    return uuid.uuid5(TRANSLATION_NAMESPACE, f"{group.strip().casefold()}|{date.isoformat()}")


def name_parts(path: Path) -> tuple[str | None, str | None]:
    """Translation group and declared language from a file name.

    >>> name_parts(Path("demo/03.kk.txt"))
    ('03', 'kk')
    >>> name_parts(Path("000_692bf9b055db218c.txt"))
    (None, None)
    """
    m = GROUP_NAME.match(path.stem)
    if not m:
        return None, None
    return m.group("group"), m.group("lang").lower()


def guess_rubric(src: Source) -> str:
    """The rubric of a release without a rubric line, from its title and lead."""
    probe = " ".join([src.title or "", *src.paragraphs[:1]])
    for code, pattern in RUBRIC_CUES:
        if pattern.search(probe):
            return code
    return "akorda"


def tags_for(src: Source, lang: str) -> tuple[list[str], list[str]]:
    """Region and person tags named in the title, in the page's language.

    Both come from the extraction engine (region spellings in every case form;
    the official's name in the nominative), so the site and the records agree.
    """
    from akorda.extract.persons import find_official
    from akorda.extract.regions import find_regions

    title = src.title or ""
    regions: list[str] = []
    for _, _, region in find_regions(title):
        name = region.names.get(lang) or region.name
        if name not in regions:
            regions.append(name)
    person = find_official(title, [], lang)
    return regions, [person] if person and _looks_like_name(person) else []


# Titles of phone calls name an office ("с Президентом Узбекистана"), which the
# engine may return as a person; a tag must be a personal name.
OFFICE_WORDS = re.compile(
    r"^(?:президент|премьер|министр|канцлер|король|корол|эмир|республик|федеральн|государств|"
    r"мемлекет|республика|үкімет|president|prime|minister|chancellor|king|emir|republic|federal|state)",
    re.I,
)


def _looks_like_name(value: str) -> bool:
    """Two to four capitalised words, none of them an office or a state.

    >>> _looks_like_name("Марат Султангазиев"), _looks_like_name("Президентом Узбекистан")
    (True, False)
    """
    words = value.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not OFFICE_WORDS.match(w) for w in words)


def import_text(
    text: str,
    *,
    name: str = "<text>",
    html_input: bool | None = None,
    publish: bool = True,
    demo: bool = False,
    rubric: str | None = None,
    group: str | None = None,
    lang: str | None = None,
    source_url: str = "",
    user=None,
    trees=None,
) -> ImportResult:
    """Create or update the event page of one release, in one transaction.

    ``lang`` is the language the caller declares and ``group`` the translation
    group; both default to what ``name`` says (``03.ru.txt``). The detected
    language of the text must agree with a declared one.
    Raises ReleaseFileError (a SourceError becomes one) and leaves the database as it was.
    """
    from akorda.press.structure import ensure_site_structure

    if group is None and lang is None:
        group, lang = name_parts(Path(name))
    if rubric is not None and rubric not in RUBRICS:
        raise ReleaseFileError(f"unknown rubric {rubric!r} (choose from {', '.join(RUBRICS)})")
    try:
        src = read_source(text, html=html_input)
    except SourceError as exc:
        raise ReleaseFileError(exc.reason) from None
    if not src.title or src.date is None or not src.paragraphs:
        raise ReleaseFileError("no title, date or body found")
    if lang and lang != src.lang:
        raise ReleaseFileError(f"the file name says {lang!r} but the text reads as {src.lang!r}")
    lang = src.lang
    if len(src.title) > 255:
        raise ReleaseFileError(
            f"the title is {len(src.title)} characters long (at most 255): is the first line really a title?"
        )
    key = make_source_key(lang, src)
    tkey = translation_key_for(group, src.date) if group else None

    with transaction.atomic():
        trees = trees or ensure_site_structure()
        tree = trees[lang]
        page = EventPage.objects.filter(locale=tree.home.locale, source_key=key).first()
        if page is None and tkey is not None:
            # Same event, same language, but a retitled copy: the group names the event.
            page = EventPage.objects.filter(locale=tree.home.locale, translation_key=tkey).first()
        elif page is not None and tkey is not None and page.translation_key != tkey:
            holder = EventPage.objects.filter(locale=tree.home.locale, translation_key=tkey).exclude(pk=page.pk).first()
            if holder is not None:
                raise ReleaseFileError(
                    f"translation group {group!r} on {src.date.isoformat()} already has a {lang} page "
                    f"(«{holder.title}», id {holder.pk})"
                )
        code = rubric or src.rubric or _translation_rubric(tkey) or guess_rubric(src)
        target = tree.rubrics[code]
        created = page is None
        if created:
            page = EventPage(locale=tree.home.locale, live=False)
        else:
            page = page.specific
            if rubric is not None and page.get_parent().pk != target.pk:
                # Only an explicit rubric moves an existing page: editors may have moved it by hand.
                page.move(target, pos="last-child", user=user)
                page = EventPage.objects.get(pk=page.pk)
        if tkey is not None:
            page.translation_key = tkey
        page.title = src.title
        page.date = src.date
        page.body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in src.paragraphs)
        page.source_key = key
        page.is_demo = demo
        if source_url:
            page.source_url = source_url
        if created:
            target.add_child(instance=page)
        regions, persons = tags_for(src, lang)
        # Added, never replaced: tags editors set by hand survive a re-import.
        page.regions.add(*regions)
        page.persons.add(*persons)
        revision = page.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
            page.refresh_from_db()
        result = ImportResult(page=page, created=created)
        transaction.on_commit(lambda: release_imported.send(sender=EventPage, page=page, created=created))
    return result


def _translation_rubric(tkey: uuid.UUID | None) -> str | None:
    """The rubric an already imported translation sits in, so all versions agree."""
    if tkey is None:
        return None
    for other in EventPage.objects.filter(translation_key=tkey):
        parent = other.get_parent().specific
        if isinstance(parent, RubricPage):
            return parent.code
    return None


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


def import_file(path: Path, *, publish: bool = True, demo: bool = False, rubric: str | None = None,
                user=None, trees=None) -> ImportResult:
    text = read_release_file(path)
    html_input = True if path.suffix.lower() in HTML_EXTENSIONS else None
    return import_text(text, name=path.name, html_input=html_input, publish=publish, demo=demo,
                       rubric=rubric, user=user, trees=trees)


def import_paths(paths: Iterable[str | Path], *, publish: bool = True, demo: bool = False,
                 rubric: str | None = None, user=None, on_result=None) -> ImportReport:
    """Import every release under ``paths``; one file's failure never stops the others.

    ``on_result(path, result_or_None, reason_or_None)`` is called per file, so
    the command can print as it goes.
    """
    from akorda.press.structure import ensure_site_structure

    report = ImportReport()
    trees = ensure_site_structure()
    for path, problem in iter_release_files(paths):
        result = None
        if problem is None:
            try:
                result = import_file(path, publish=publish, demo=demo, rubric=rubric, user=user, trees=trees)
            except ReleaseFileError as exc:
                problem = exc.reason
            except (ValidationError, DatabaseError) as exc:
                # The file's transaction has rolled back; report it and go on with the next.
                problem = f"could not save the page: {exc}"
        if result is None:
            report.failed.append((path, problem or "failed"))
        elif result.created:
            report.created.append((path, result.page))
        else:
            report.updated.append((path, result.page))
        if on_result is not None:
            on_result(path, result, problem)
    return report
