"""Content-Security-Policy with a wider policy for the admin interfaces only.

The public site and oversight pages get the strict policy of
``CONTENT_SECURITY_POLICY`` (our own origin only, no inline script). The
Wagtail and Django admins still rely on inline scripts and styles (and
Wagtail's rich text editor on inline styles), so under the prefixes in
``CSP_ADMIN_PREFIXES`` the policy is widened by ``CSP_ADMIN_UPDATE``, the
same mechanism django-csp's ``@csp_update`` decorator uses per view; we apply
it per path because the admin's views are not ours to decorate.
"""
from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class AdminAwareCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        prefixes = tuple(getattr(settings, "CSP_ADMIN_PREFIXES", ()))
        if not report_only and prefixes and request.path_info.startswith(prefixes) and parts.update is None:
            parts.update = getattr(settings, "CSP_ADMIN_UPDATE", None)
        return parts
