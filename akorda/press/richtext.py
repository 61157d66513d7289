"""Stored rich text walked as a tree (lxml), not with regular expressions.

A body's paragraphs are its outermost blocks (``<p>``, ``<li>``, headings,
``<blockquote>``) with text; the n-th of them is paragraph n everywhere: in
``EventPage.paragraphs()``, in the spans of extracted figures, and in the
``id="p<n>"`` anchors the page gives them for links to a figure's source.
"""
from __future__ import annotations

from collections.abc import Iterator

from lxml import html as lxml_html
from lxml.etree import ParserError

BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _tree(value: str) -> lxml_html.HtmlElement | None:
    """The fragment under one wrapper element, or None when there is nothing to parse."""
    if not (value or "").strip():
        return None
    try:
        return lxml_html.fragment_fromstring(value, create_parent="div")
    except ParserError:  # nothing but whitespace or comments
        return None


def _plain(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _blocks(root: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """Outermost block elements in document order (a <p> inside a <blockquote> is part of it)."""
    for element in root.iterdescendants(*BLOCK_TAGS):
        if not any(a.tag in BLOCK_TAGS for a in element.iterancestors()):
            yield element


def paragraphs(value: str) -> list[str]:
    """Plain paragraphs of rich text; text with no block markup is one paragraph.

    >>> paragraphs("<p>One &amp; <b>two</b></p><p> </p><ul><li>Three</li></ul>")
    ['One & two', 'Three']
    >>> paragraphs("Just text"), paragraphs(""), paragraphs("<blockquote><p>A</p><p>B</p></blockquote>")
    (['Just text'], [], ['AB'])
    """
    root = _tree(value)
    if root is None:
        return []
    blocks = list(_blocks(root))
    texts = [_plain(b) for b in blocks] if blocks else [_plain(root)]
    return [t for t in texts if t]


def with_paragraph_ids(value: str) -> str:
    """The markup with ``id="p<n>"`` on the n-th paragraph (blocks that already have an id keep it).

    >>> with_paragraph_ids('<p>One</p><p> </p><p class="x">Two</p>')
    '<p id="p0">One</p><p> </p><p class="x" id="p1">Two</p>'
    """
    root = _tree(value)
    if root is None:
        return value or ""
    n = 0
    for block in _blocks(root):
        if not _plain(block) or block.get("id") is not None:
            continue
        block.set("id", f"p{n}")
        n += 1
    inner = [root.text or ""] + [lxml_html.tostring(child, encoding="unicode") for child in root]
    return "".join(inner)
