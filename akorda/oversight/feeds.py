"""The Atom feed of overdue instructions for analysts.

Authentication is a per-user token in the URL, not the session: feed readers
fetch feeds in the background without a browser's cookies. The token is an
HMAC of the user's id and password hash (Django's ``salted_hmac``, as its
password-reset tokens do), so it needs no storage and changing the password
revokes every feed URL handed out before.
"""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy

from akorda.oversight.access import is_analyst, register_instructions
from akorda.oversight.control import overdue_q

SALT = "akorda.oversight.feeds.overdue"


def feed_token(user) -> str:
    return salted_hmac(SALT, f"{user.pk}:{user.password}").hexdigest()[:32]


def feed_url(user) -> str:
    return reverse("oversight:overdue_feed", kwargs={"user_id": user.pk, "token": feed_token(user)})


class OverdueFeed(Feed):
    feed_type = Atom1Feed
    title = gettext_lazy("Overdue instructions")
    subtitle = gettext_lazy("Instructions of the Head of State whose deadline has passed")

    def get_object(self, request, user_id: int, token: str):
        user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
        # One answer for a wrong user and a wrong token: the URL reveals nothing.
        if user is None or not constant_time_compare(feed_token(user), token) or not is_analyst(user):
            raise Http404("No such feed")
        return user

    def link(self, user) -> str:
        return reverse("oversight:overdue")

    def items(self, user):
        return (register_instructions(user).filter(overdue_q()).select_related("meeting", "meeting__region", "region")
                .order_by("deadline", "id")[:200])

    def item_title(self, item) -> str:
        region = item.region or item.meeting.region
        return f"{region.name_en if region else '—'}: {item.text[:100]} (due {item.deadline:%Y-%m-%d})"

    def item_description(self, item) -> str:
        return item.text

    def item_link(self, item) -> str:
        return reverse("oversight:instruction", kwargs={"pk": item.pk})

    def item_updateddate(self, item):
        return item.updated_at
