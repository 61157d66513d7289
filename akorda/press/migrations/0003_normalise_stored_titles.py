"""Titles and de-duplication keys stored before the importer normalised them (issue 10, item 2).

A release imported with a soft hyphen, a zero-width space or a bidirectional
mark in its title kept the mark in its title and in its ``source_key``, so a
clean copy of the same release became a second page. This migration cleans
the stored titles and recomputes the keys the way the importer now does.

Where the new key of one page equals another page's in the same language (two
pages of one release, the very duplicates the marks made), nothing is merged:
both keep their keys, and the pair is reported, for an editor to keep one.

What is derived from the title follows it: the page's draft title, the title
(and key) held in the page's latest revision, which is what an editor sees and
what would be published next, and, on PostgreSQL, the search document of the
page's row in the events' read model (``press_eventlisting``), whose weight-A
part is the title.

The normalisation is a frozen copy of ``akorda.press.text.clean_title`` and
``akorda.press.importing.normalise_title``, and the document SQL a frozen copy of
``akorda.press.index.document_sql``, as of this migration: a migration
must mean the same thing when the app's code changes later.
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections import defaultdict

from django.db import migrations

INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def clean_title(value: str) -> str:
    value = INVISIBLE.sub("", unicodedata.normalize("NFC", value))
    return " ".join(value.split())


def normalise_title(title: str) -> str:
    value = unicodedata.normalize("NFKC", INVISIBLE.sub("", title)).casefold().replace("ё", "е")
    value = re.sub(r"[^\w\s]", " ", value)
    return " ".join(value.split())


def source_key(language: str, date, title: str) -> str:
    basis = f"{language}|{date.isoformat()}|{normalise_title(title)}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


# The search document as akorda.press.index built it when this migration was written.
DOCUMENT_SQL = """
UPDATE press_eventlisting AS l SET document =
    setweight(to_tsvector(c.cfg, p.title), 'A') ||
    setweight(to_tsvector(c.cfg, regexp_replace(e.body, '<[^>]+>', ' ', 'g')), 'B')
FROM wagtailcore_page p
JOIN press_eventpage e ON e.page_ptr_id = p.id
JOIN wagtailcore_locale loc ON loc.id = p.locale_id
CROSS JOIN LATERAL (SELECT (CASE loc.language_code WHEN 'ru' THEN 'russian' WHEN 'en' THEN 'english'
                            WHEN 'kk' THEN 'kazakh' ELSE 'simple' END)::regconfig AS cfg) c
WHERE p.id = l.page_id AND l.page_id = ANY(%s)
"""


def clean_revision(apps, page, old_key: str, new_key: str) -> None:
    """The page's latest revision holds its own title, draft title and key: publishing it
    must not bring the marks (or the old key) back."""
    Revision = apps.get_model("wagtailcore", "Revision")
    revision = Revision.objects.filter(pk=page.latest_revision_id).first() if page.latest_revision_id else None
    if revision is None or not isinstance(revision.content, dict):
        return
    content = dict(revision.content)
    for field in ("title", "draft_title"):
        if isinstance(content.get(field), str):
            content[field] = clean_title(content[field])
    if old_key != new_key and content.get("source_key") == old_key:
        content["source_key"] = new_key
    object_str = clean_title(revision.object_str)
    if content != revision.content or object_str != revision.object_str:
        Revision.objects.filter(pk=revision.pk).update(content=content, object_str=object_str)


def rekey(page, title: str, keys: dict, out, collisions: list[tuple[int, int]]) -> str:
    """The page's new key, or its old one when another page of its language holds the new one."""
    new = source_key(page.locale.language_code, page.date, title)
    holders = keys[(page.locale_id, new)] - {page.pk}
    if holders:
        for other in sorted(holders):
            collisions.append((other, page.pk))
            out.write(f"press.0003: pages {other} and {page.pk} ({page.locale.language_code}, "
                      f"{page.date}) are one release once marks are removed from the title; "
                      f"nothing merged, keys kept: keep one of them by hand\n")
        return page.source_key
    keys[(page.locale_id, page.source_key)].discard(page.pk)
    keys[(page.locale_id, new)].add(page.pk)
    return new


def normalise_stored(apps, schema_editor, out=None) -> list[tuple[int, int]]:
    """Clean every stored title and what is derived from it; rekey the imported
    pages whose title had marks. Returns the colliding pairs (page ids) it
    reported and left alone."""
    out = out or sys.stdout
    EventPage = apps.get_model("press", "EventPage")
    pages = list(EventPage.objects.select_related("locale").order_by("pk"))
    keys = defaultdict(set)  # (locale, key) -> page ids holding it now
    for page in pages:
        if page.source_key:
            keys[(page.locale_id, page.source_key)].add(page.pk)
    collisions: list[tuple[int, int]] = []
    retitled: list[int] = []
    for page in pages:
        title, draft = clean_title(page.title), clean_title(page.draft_title or page.title)
        key = rekey(page, title, keys, out, collisions) if page.source_key and title != page.title else page.source_key
        changed = {}
        if (title, draft) != (page.title, page.draft_title):
            changed.update(title=title, draft_title=draft)
        if key != page.source_key:
            changed["source_key"] = key
        if changed:
            EventPage.objects.filter(pk=page.pk).update(**changed)
        clean_revision(apps, page, page.source_key, key)
        if title != page.title:
            retitled.append(page.pk)
    connection = schema_editor.connection
    if retitled and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(DOCUMENT_SQL, [retitled])
    return collisions


class Migration(migrations.Migration):
    dependencies = [("press", "0002_event_listing")]

    operations = [migrations.RunPython(normalise_stored, migrations.RunPython.noop, elidable=True)]
