"""What an import would take away from a live release, so that it never does so silently.

A re-import replaces the live text of a release. A truncated or partial copy
(the first lines of a page saved before it finished loading, a file cut by a
transfer) must not become the public text: ``text_loss`` tells how much of the
live text the new one lacks, and the importer refuses such an update unless
the operator allows it explicitly (issue 10, item 1).
"""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

# The new text may be shorter than the live one by this share at most: editors
# tighten a release by a sentence or two, a cut file loses most of it.
MAX_SHRINK = 0.2
# A live paragraph counts as kept when a new paragraph is at least this similar
# (an edited sentence, a corrected figure) or it occurs in the new text as is.
KEPT_SIMILARITY = 0.6


@dataclass(frozen=True)
class TextLoss:
    old_chars: int
    new_chars: int
    old_paragraphs: int
    missing: tuple[str, ...]

    @property
    def lost_share(self) -> float:
        return max(0.0, 1 - self.new_chars / self.old_chars) if self.old_chars else 0.0

    def describe(self) -> str:
        parts = []
        if self.lost_share > MAX_SHRINK:
            parts.append(f"{self.lost_share:.0%} of its text ({self.old_chars:,} → {self.new_chars:,} characters)")
        if self.missing:
            first = self.missing[0]
            first = first if len(first) <= 60 else first[:57] + "…"
            parts.append(f"{len(self.missing)} of its {self.old_paragraphs} paragraphs (the first: «{first}»)")
        return " and ".join(parts)


def _norm(value: str) -> str:
    return " ".join(value.split()).casefold()


def _kept(paragraph: str, new: list[str], joined: str) -> bool:
    if paragraph in joined:
        return True
    for candidate in new:
        matcher = SequenceMatcher(None, paragraph, candidate, autojunk=False)
        if matcher.real_quick_ratio() >= KEPT_SIMILARITY and matcher.quick_ratio() >= KEPT_SIMILARITY \
                and matcher.ratio() >= KEPT_SIMILARITY:
            return True
    return False


def text_loss(old: list[str], new: list[str]) -> TextLoss | None:
    """The loss if replacing paragraphs ``old`` by ``new`` loses text, else None.

    >>> old = ["Построено 14 школ.", "Отремонтировано 300 км дорог.", "Аким доложил о больницах."]
    >>> text_loss(old, old[:1] + ["Отремонтировано 320 км дорог."] + old[2:]) is None
    True
    >>> text_loss(old, old[:2]).describe()
    '35% of its text (72 → 47 characters) and 1 of its 3 paragraphs (the first: «Аким доложил о больницах.»)'
    >>> text_loss(old, [" ".join(old)]) is None
    True
    """
    old_n = [p for p in (_norm(p) for p in old) if p]
    new_n = [p for p in (_norm(p) for p in new) if p]
    old_chars = sum(len(p) for p in old_n)
    new_chars = sum(len(p) for p in new_n)
    joined = "\n".join(new_n)
    missing = tuple(orig for orig, p in zip([p for p in old if _norm(p)], old_n, strict=False) if not _kept(p, new_n, joined))
    loss = TextLoss(old_chars, new_chars, len(old_n), missing)
    if missing or loss.lost_share > MAX_SHRINK:
        return loss
    return None
