"""Views outside the page tree: the permanent short address and search (sitemaps: akorda.press.sitemaps)."""
from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation

from akorda.core.cache import mark_cacheable
from akorda.press.cache_tags import list_tags
from akorda.press.listing import paginate
from akorda.press.models import public_events
from akorda.press.search import search_events


def short_url(request: HttpRequest, page_id: int) -> HttpResponse:
    """``/e/<id>/``: an event's lasting address, whatever its slug or rubric becomes.

    302, not 301: the target moves when the page is renamed or moved, and a
    cached permanent redirect would pin readers to the old place. Drafts,
    scheduled and restricted pages are 404 like any unknown number.
    """
    page = public_events().filter(id=page_id).first()
    if page is None:
        raise Http404("No such event")
    return HttpResponseRedirect(page.get_url(request))


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    language = (translation.get_language() or "kk")[:2]
    mark_cacheable(*list_tags(language))
    hits = search_events(query, language) if query else []
    return render(
        request,
        "press/search.html",
        {"query": query, "results": paginate(request, hits) if query else None, "result_count": len(hits),
         "pager_query": f"q={query}" if query else ""},
    )
