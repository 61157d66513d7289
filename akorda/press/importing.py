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

import hashlib
import html
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from akorda.extract.persons import find_official
from akorda.extract.regions import find_regions
from akorda.extract.source import HTML_SNIFF, Source, SourceError, read_source
from akorda.press.models import RUBRICS, EventPage, RubricPage
from akorda.press.release_files import (  # noqa: F401 - the names callers import from here
    HTML_EXTENSIONS,
    MAX_BODY_CHARS,
    MAX_BYTES,
    ReleaseFileError,
    check_html_nesting,
    decode_release,
    iter_release_files,
    read_release_file,
)
from akorda.press.signals import release_imported
from akorda.press.structure import ensure_site_structure
from akorda.press.text import INVISIBLE, clean_title, html_paragraphs
from akorda.press.update_guard import text_loss

LANGS = ("kk", "ru", "en")
GROUP_NAME = re.compile(r"^(?P<group>.+)\.(?P<lang>kk|ru|en)$", re.I)
# A fixed namespace so that the same (group, date) always gives the same
# translation_key on every machine (RFC 4122 name-based UUID).
TRANSLATION_NAMESPACE = uuid.UUID("6f3c1d0e-2b7a-5c41-9e3d-a0c4b7e1d2f5")
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


def normalise_title(title: str) -> str:
    """The title as compared across saves: case, ё, quotes, dashes, spacing and
    invisible characters (soft hyphens, zero-width and bidi marks) do not matter.

    >>> normalise_title("  Глава государства  принял «акима» — Ёлки ")
    'глава государства принял акима елки'
    >>> normalise_title("\u200fГлава госу\u00adдарства\u200b принял") == normalise_title("Глава государства принял")
    True
    """
    value = unicodedata.normalize("NFKC", INVISIBLE.sub("", title)).casefold().replace("ё", "е")
    value = re.sub(r"[^\w\s]", " ", value)
    return " ".join(value.split())


def make_source_key(lang: str, src: Source) -> str:
    """A stable 64-character key of one release in one language: locale, date, title.

    A re-saved copy of the same page (other chrome, other file name, HTML
    instead of text) gets the same key, so importing it updates the page.
    """
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
    allow_shrink: bool = False,
) -> ImportResult:
    """Create or update the event page of one release, in one transaction.

    ``lang`` is the language the caller declares and ``group`` the translation
    group; both default to what ``name`` says (``03.ru.txt``). The detected
    language of the text must agree with a declared one.
    Raises ReleaseFileError (a SourceError becomes one) and leaves the database as it was.
    """
    if group is None and lang is None:
        group, lang = name_parts(Path(name))
    if rubric is not None and rubric not in RUBRICS:
        raise ReleaseFileError(f"unknown rubric {rubric!r} (choose from {', '.join(RUBRICS)})")
    src = read_release(text, html_input, declared_lang=lang)
    key = make_source_key(src.lang, src)
    tkey = translation_key_for(group, src.date) if group else None

    with transaction.atomic():
        tree = (trees or ensure_site_structure())[src.lang]
        locale = tree.home.locale
        page = page_to_update(locale, key, tkey, group, src)
        if page is not None and publish and not allow_shrink:
            _refuse_loss(page.specific, src)
        target = tree.rubrics[rubric or src.rubric or _translation_rubric(tkey) or guess_rubric(src)]
        created = page is None
        if page is None:
            page = EventPage(locale=locale, live=False)
        else:
            page = _moved_if_asked(page.specific, target, rubric, user)
        _copy_release(page, src, key=key, tkey=tkey, demo=demo, source_url=source_url)
        if created:
            target.add_child(instance=page)
        _add_tags(page, src)
        _save_revision(page, publish=publish, user=user)
        result = ImportResult(page=page, created=created)
        transaction.on_commit(lambda: release_imported.send(sender=EventPage, page=page, created=created))
    return result


def read_release(text: str, html_input: bool | None, *, declared_lang: str | None = None) -> Source:
    """The release in ``text``, with its title cleaned, or ReleaseFileError naming what is wrong with it:
    broken markup, no title, date or body, a body or title longer than a release's, or a language
    other than the declared one."""
    if html_input or (html_input is None and HTML_SNIFF.search(text[:2000])):
        check_html_nesting(text)
    try:
        src = read_source(text, html=html_input)
    except SourceError as exc:
        raise ReleaseFileError(exc.reason) from None
    if not src.title or src.date is None or not src.paragraphs:
        raise ReleaseFileError("no title, date or body found")
    src = replace(src, title=clean_title(src.title))
    _check_size_and_language(src, declared_lang)
    return src


def _check_size_and_language(src: Source, declared_lang: str | None) -> None:
    body_chars = sum(len(p) for p in src.paragraphs)
    if body_chars > MAX_BODY_CHARS:
        raise ReleaseFileError(
            f"the body is {body_chars:,} characters long (at most {MAX_BODY_CHARS:,}): "
            f"longer than any press release; is it several pages in one file?"
        )
    if declared_lang and declared_lang != src.lang:
        raise ReleaseFileError(f"the file name says {declared_lang!r} but the text reads as {src.lang!r}")
    title = src.title or ""
    if len(title) > 255:
        raise ReleaseFileError(
            f"the title is {len(title)} characters long (at most 255): is the first line really a title?"
        )


def page_to_update(locale, key: str, tkey: uuid.UUID | None, group: str | None, src: Source) -> EventPage | None:
    """The page of this locale that the release updates, or None for a new one.

    The page with the same source key; else, for a retitled copy, the page its
    translation group holds in this language. A group whose page in this
    language is another one than the source key's is refused, not merged.
    """
    page = EventPage.objects.filter(locale=locale, source_key=key).first()
    if tkey is None:
        return page
    if page is None:
        return EventPage.objects.filter(locale=locale, translation_key=tkey).first()
    if page.translation_key != tkey:
        holder = EventPage.objects.filter(locale=locale, translation_key=tkey).exclude(pk=page.pk).first()
        if holder is not None:
            assert src.date is not None
            raise ReleaseFileError(
                f"translation group {group!r} on {src.date.isoformat()} already has a {src.lang} page "
                f"(«{holder.title}», id {holder.pk})"
            )
    return page


def _moved_if_asked(page: EventPage, target: RubricPage, rubric: str | None, user) -> EventPage:
    """Only an explicit rubric moves an existing page: editors may have moved it by hand."""
    if rubric is not None and page.get_parent().pk != target.pk:
        page.move(target, pos="last-child", user=user)
        return EventPage.objects.get(pk=page.pk)
    return page


def _copy_release(page: EventPage, src: Source, *, key: str, tkey: uuid.UUID | None, demo: bool, source_url: str) -> None:
    """The release's title, date and body onto the page; a source URL only when given."""
    assert src.date is not None  # read_release refuses a release without one
    if tkey is not None:
        page.translation_key = tkey
    page.title = src.title
    page.date = src.date
    page.body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in src.paragraphs)
    page.source_key = key
    page.is_demo = demo
    if source_url:
        page.source_url = source_url


def _add_tags(page: EventPage, src: Source) -> None:
    """Added, never replaced: tags editors set by hand survive a re-import."""
    regions, persons = tags_for(src, src.lang)
    page.regions.add(*regions)
    page.persons.add(*persons)


def _save_revision(page: EventPage, *, publish: bool, user) -> None:
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
        page.refresh_from_db()


def _refuse_loss(page: EventPage, src: Source) -> None:
    """ReleaseFileError when publishing ``src`` would lose much of the page's live text."""
    if not page.live or page.live_revision_id is None:
        return
    live = page.live_revision.as_object()
    loss = text_loss(html_paragraphs(live.body), list(src.paragraphs))
    if loss is not None:
        raise ReleaseFileError(
            f"refused: this update would remove {loss.describe()} from the live release "
            f"«{live.title}» (page {page.pk}); nothing was changed. Import it with --draft to save "
            f"a draft revision for an editor to compare, or with --allow-shrink to publish it anyway"
        )


def _translation_rubric(tkey: uuid.UUID | None) -> str | None:
    """The rubric an already imported translation sits in, so all versions agree."""
    if tkey is None:
        return None
    for other in EventPage.objects.filter(translation_key=tkey):
        parent = other.get_parent().specific
        if isinstance(parent, RubricPage):
            return parent.code
    return None


def import_file(path: Path, *, publish: bool = True, demo: bool = False, rubric: str | None = None,
                user=None, trees=None, allow_shrink: bool = False) -> ImportResult:
    text = read_release_file(path)
    html_input = True if path.suffix.lower() in HTML_EXTENSIONS else None
    return import_text(text, name=path.name, html_input=html_input, publish=publish, demo=demo,
                       rubric=rubric, user=user, trees=trees, allow_shrink=allow_shrink)


def import_paths(paths: Iterable[str | Path], *, publish: bool = True, demo: bool = False,
                 rubric: str | None = None, user=None, on_result=None,
                 allow_shrink: bool = False) -> ImportReport:
    """Import every release under ``paths``; one file's failure never stops the others.

    ``on_result(path, result_or_None, reason_or_None)`` is called per file, so
    the command can print as it goes.
    """

    report = ImportReport()
    trees = ensure_site_structure()
    for path, problem in iter_release_files(paths):
        result = None
        if problem is None:
            try:
                result = import_file(path, publish=publish, demo=demo, rubric=rubric, user=user, trees=trees,
                                     allow_shrink=allow_shrink)
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
