"""The names of the cache tags of press pages, shared by the pages that carry them
(``models``, ``views``) and the receivers that invalidate them (``caching``)."""
from __future__ import annotations


def event_tags(page) -> tuple[str, ...]:
    return (f"page:{page.pk}", f"tk:{page.translation_key}")


def list_tags(language: str) -> tuple[str, ...]:
    """Pages listing the events of one language (the API and sitemap use ``events``)."""
    return (f"events:{language}",)
