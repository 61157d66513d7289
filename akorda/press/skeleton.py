"""The structure pages held in the site snapshot, and how to find them (see ``akorda.press.sitepages``).

Below the page models, which route through it; ``sitepages`` fills it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail.models import Page

from akorda.core.sitecache import current_snapshot, site_snapshot

PART = "press"


@dataclass
class StructurePages:
    """The structure pages by id (specific, locale joined), in tree order, and who translates the homes."""

    pages: dict[int, Page] = field(default_factory=dict)
    root_translations: dict[tuple[str, int], int] = field(default_factory=dict)  # (translation key, locale) -> id

    def ordered(self, model: type[Page]) -> list[Page]:
        return sorted((p for p in self.pages.values() if isinstance(p, model)), key=lambda p: p.path)

    def first_live(self, model: type[Page], language: str) -> Page | None:
        """What ``model.objects.live().filter(locale__language_code=language).first()`` gives."""
        return next((p for p in self.ordered(model) if p.live and p.locale.language_code == language), None)

    def child(self, parent: Page, model: type[Page], slug: str) -> Page | None:
        return next((p for p in self.ordered(model) if p.slug == slug and _is_child(p, parent)), None)

    def children(self, parent: Page, model: type[Page]) -> list[Page]:
        return [p for p in self.ordered(model) if _is_child(p, parent)]

    def parent(self, page: Page) -> Page | None:
        """The structure page right above ``page`` (an event's rubric); None when it is not one of them."""
        path = page.path[: -Page.steplen]
        return next((p for p in self.pages.values() if p.path == path), None)


def _is_child(page: Page, parent: Page) -> bool:
    return page.depth == parent.depth + 1 and page.path.startswith(parent.path)


def structure(request: HttpRequest | None) -> StructurePages | None:
    """The request's structure pages; None outside a request (callers then query as before)."""
    snapshot = site_snapshot(request) if request is not None else current_snapshot()
    part = snapshot.parts.get(PART) if snapshot is not None else None
    return part if isinstance(part, StructurePages) else None
