"""Extra panels on the review screen, added by other code without editing its template.

A function registered with Wagtail's ``records_review_panels`` hook is called
as ``fn(request, meeting, page)`` and returns a ``ReviewPanel`` or None; the
screen shows the panels above the text and the items, in ``order``. (A
check that compares the three language versions, say, adds itself here.)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from wagtail import hooks

HOOK = "records_review_panels"


@dataclass(frozen=True)
class ReviewPanel:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def review_panels(request, meeting, page) -> list[ReviewPanel]:
    panels = [fn(request, meeting, page) for fn in hooks.get_hooks(HOOK)]
    return sorted((p for p in panels if p is not None), key=lambda p: p.order)
