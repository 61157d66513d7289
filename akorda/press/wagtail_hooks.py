"""Admin messages that say what happened (issue 11, part 5).

After "Approve and publish" (or "Approve with comment") in the page editor,
Wagtail's only message is "Page '…' has been updated.", which does not say
that the page went live, or that it is still waiting. This replaces it.
"""
from __future__ import annotations

import html

from django.contrib import messages
from django.http import HttpRequest
from django.utils.encoding import uri_to_iri
from django.utils.translation import gettext as _
from wagtail import hooks

from akorda.core.sitecache import SNAPSHOT_HOOK
from akorda.press import sitepages


def _replace_updated_message(request: HttpRequest, title: str, text: str) -> None:
    # Wagtail's own wording, in the admin's language (its catalogue), HTML-escaped with buttons after it.
    updated = _("Page '%(page_title)s' has been updated.") % {"page_title": title}
    storage = messages.get_messages(request)
    kept = [m for m in storage if not (m.level == messages.SUCCESS and updated in html.unescape(str(m.message)))]
    # Iterating marked the old ones as read; put back the others, then ours.
    for message in kept:
        messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
    messages.success(request, text)


@hooks.register("after_edit_page")
def explain_workflow_action(request: HttpRequest, page) -> None:
    if request.method != "POST" or "action-workflow-action" not in request.POST:
        return
    if request.POST.get("workflow-action-name") != "approve":
        return
    page = type(page).objects.get(pk=page.pk)  # fresh: workflow state is cached on the instance
    title = page.get_admin_display_title()
    if page.live and page.workflow_in_progress is False:
        url = uri_to_iri(page.get_full_url(request) or "")
        messages_text = _("«%(title)s» was approved and published: it is live now at %(url)s.") % {"title": title, "url": url}
    elif page.workflow_in_progress:
        messages_text = _("«%(title)s» was approved at this step and moves to the next moderation step; "
                          "it is not published yet.") % {"title": title}
    else:
        messages_text = _("«%(title)s» was approved; it will be published at its scheduled time.") % {"title": title}
    _replace_updated_message(request, title, messages_text)


# The structure pages (home, Events, rubrics) in the per-request site snapshot (akorda.core.sitecache).
hooks.register(SNAPSHOT_HOOK, sitepages.snapshot_part)
