"""Site-wide service views: robots.txt and the visually impaired mode switch."""
from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

A11Y_COOKIE = "a11y"
A11Y_MAX_AGE = 365 * 24 * 3600


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/print/$",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def toggle_a11y(request: HttpRequest) -> HttpResponse:
    """Switch the visually impaired mode without JavaScript; the header's
    script does the same in place and sets the same cookie.

    The mode lives in a cookie, not localStorage, so the server renders the
    class on <html> and the page never flashes in the other mode.
    """
    target = request.GET.get("next") or request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.COOKIES.get(A11Y_COOKIE) == "1":
        response.delete_cookie(A11Y_COOKIE, samesite="Lax")
    else:
        response.set_cookie(A11Y_COOKIE, "1", max_age=A11Y_MAX_AGE, samesite="Lax")
    return response
