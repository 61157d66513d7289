"""The events' read model: one narrow row per event for lists, archive and search.

Why a table of its own: an event's list keys live in two tables (``date`` and
``body`` in press_eventpage; ``locale``, ``live`` and ``path`` in
wagtailcore_page), so no index can serve "live events of one language, newest
first" and every list sorted the whole archive. Here they sit side by side
with partial indexes (live rows only) on (locale, date, first publication, id)
and (rubric, ...), and on PostgreSQL with the search document, a tsvector
built with the page language's text-search configuration, under a GIN index.

The rows are kept by akorda.press.reindex, from the stored pages; this module
holds only the table and its search document, below the page models (which
register the table) and the lists (which read it).
"""
from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models

# Text-search configuration per language. PostgreSQL 15 ships no Kazakh
# dictionary; 'kazakh' is our own configuration (migration 0002, a copy of
# 'simple': lower-cased whole words), named so that a real Kazakh dictionary can
# replace it without touching code. Kazakh queries add prefix matching instead
# (see akorda.press.search).
SEARCH_CONFIGS = {"ru": "russian", "en": "english", "kk": "kazakh"}
DEFAULT_CONFIG = "simple"


class EventListing(models.Model):
    page = models.OneToOneField("press.EventPage", primary_key=True, on_delete=models.CASCADE, related_name="listing")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    rubric = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    date = models.DateField()
    first_published_at = models.DateTimeField(null=True)
    live = models.BooleanField(default=False)
    document = SearchVectorField(null=True)  # PostgreSQL only; NULL elsewhere

    class Meta:
        app_label = "press"
        indexes = [
            models.Index(fields=["locale", "-date", "-first_published_at", "-page"], condition=models.Q(live=True),
                         name="press_listing_locale_date"),
            models.Index(fields=["rubric", "-date", "-first_published_at", "-page"], condition=models.Q(live=True),
                         name="press_listing_rubric_date"),
        ]

    def __str__(self) -> str:
        return f"listing of page {self.page_id}"


# Title (weight A) and the tag-stripped body (weight B), with the row's language's configuration.
DOCUMENT_SQL = """
UPDATE press_eventlisting AS l SET document =
    setweight(to_tsvector(c.cfg, p.title), 'A') ||
    setweight(to_tsvector(c.cfg, regexp_replace(e.body, '<[^>]+>', ' ', 'g')), 'B')
FROM wagtailcore_page p
JOIN press_eventpage e ON e.page_ptr_id = p.id
JOIN wagtailcore_locale loc ON loc.id = p.locale_id
CROSS JOIN LATERAL (SELECT (CASE loc.language_code {cases} ELSE '{default}' END)::regconfig AS cfg) c
WHERE p.id = l.page_id {where}
"""


def document_sql(where: str = "") -> str:
    cases = " ".join(f"WHEN '{code}' THEN '{cfg}'" for code, cfg in SEARCH_CONFIGS.items())
    return DOCUMENT_SQL.format(cases=cases, default=DEFAULT_CONFIG, where=where)


def update_documents(ids: list[int] | None = None) -> None:
    with connection.cursor() as cursor:
        if ids is None:
            cursor.execute(document_sql())
        else:
            cursor.execute(document_sql("AND l.page_id = ANY(%s)"), [ids])
