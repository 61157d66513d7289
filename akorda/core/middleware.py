"""Requests carrying control characters are refused before any view reads them (issue 10, item 4).

PostgreSQL cannot store or compare a NUL byte in text: a NUL in any filter
that reaches a query (``/ru/events/?region=%00``, a page path, a login name)
raised a server error. No page, filter or form of the site needs a control
character other than tab and line breaks, so such a request is a 400 that
names the parameter, on every path at once rather than view by view.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORM = "application/x-www-form-urlencoded"


def control_character_problem(request: HttpRequest) -> str | None:
    """What in the request holds a control character, or None.

    >>> from django.test import RequestFactory
    >>> control_character_problem(RequestFactory().get("/ru/events/", {"region": "a\\x00"}))
    'the query parameter "region" contains a control character (U+0000)'
    >>> control_character_problem(RequestFactory().get("/ru/events/", {"q": "a\\tb"})) is None
    True
    """
    found = CONTROL.search(request.path)
    if found:
        return f"the path contains a control character (U+{ord(found.group()):04X})"
    sources = [("query parameter", request.GET)]
    if request.method == "POST" and request.content_type == FORM:
        sources.append(("form field", request.POST))
    for what, data in sources:
        for key, values in data.lists():
            for value in [key, *values]:
                found = CONTROL.search(value)
                if found:
                    name = CONTROL.sub("?", key)[:40]
                    return f'the {what} "{name}" contains a control character (U+{ord(found.group()):04X})'
    return None


class RejectControlCharactersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = control_character_problem(request)
        if problem is None:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            # The API's documented error shape.
            return JsonResponse({"detail": problem}, status=400, content_type="application/json; charset=utf-8")
        return HttpResponseBadRequest(f"Bad request: {problem}.\n", content_type="text/plain; charset=utf-8")
