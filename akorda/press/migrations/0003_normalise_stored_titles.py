"""Titles and de-duplication keys stored before the importer normalised them (issue 10, item 2).

A release imported with a soft hyphen, a zero-width space or a bidirectional
mark in its title kept the mark in its title and in its ``source_key``, so a
clean copy of the same release became a second page. This migration cleans
the stored titles and recomputes the keys the way the importer now does.

Where the new key of one page equals another page's in the same language (two
pages of one release, the very duplicates the marks made), nothing is merged:
both keep their keys, and the pair is reported, for an editor to keep one.

The normalisation is a frozen copy of ``akorda.press.text.clean_title`` and
``akorda.press.importing.normalise_title`` as of this migration: a migration
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


def normalise_stored(apps, schema_editor, out=None) -> list[tuple[int, int]]:
    """Clean every stored title; rekey the imported pages whose title had marks.
    Returns the colliding pairs (page ids) it reported and left alone."""
    out = out or sys.stdout
    EventPage = apps.get_model("press", "EventPage")
    pages = list(EventPage.objects.select_related("locale").order_by("pk"))
    keys = defaultdict(set)  # (locale, key) -> page ids holding it now
    for page in pages:
        if page.source_key:
            keys[(page.locale_id, page.source_key)].add(page.pk)
    collisions: list[tuple[int, int]] = []
    for page in pages:
        title, draft = clean_title(page.title), clean_title(page.draft_title or page.title)
        changed = {}
        if (title, draft) != (page.title, page.draft_title):
            changed.update(title=title, draft_title=draft)
        if page.source_key and title != page.title:
            new = source_key(page.locale.language_code, page.date, title)
            holders = keys[(page.locale_id, new)] - {page.pk}
            if holders:
                for other in sorted(holders):
                    collisions.append((other, page.pk))
                    out.write(f"press.0003: pages {other} and {page.pk} ({page.locale.language_code}, "
                              f"{page.date}) are one release once marks are removed from the title; "
                              f"nothing merged, keys kept: keep one of them by hand\n")
            elif new != page.source_key:
                keys[(page.locale_id, page.source_key)].discard(page.pk)
                keys[(page.locale_id, new)].add(page.pk)
                changed["source_key"] = new
        if changed:
            EventPage.objects.filter(pk=page.pk).update(**changed)
    return collisions


class Migration(migrations.Migration):
    dependencies = [("press", "0002_event_listing")]

    operations = [migrations.RunPython(normalise_stored, migrations.RunPython.noop, elidable=True)]
