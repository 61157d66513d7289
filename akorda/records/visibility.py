"""Who sees which part of the release record: the one place these rules live.

Pages, admin views, the API and its exports all query through these
functions (issue 4), and oversight reuses them (issue 5), so a rule changed
here changes everywhere at once.

- The public (anonymous or any user without a role): confirmed figures and
  instructions whose source release is live and public: drafts, unpublished,
  scheduled and privacy-restricted pages are excluded, and so is anything
  proposed or rejected.
- Analysts (permission ``records.review_release``) and superusers: everything.
- A regional officer (``user.officer_profile``): the public figures, and the
  instructions of their own region only, in any review status (not other
  regions' instructions, even published ones: issue 5 scopes officers to
  their region). An instruction without its own region belongs to the
  region of its meeting.

Who is a regional officer is oversight's knowledge, a layer above: oversight
answers through the ``records_region_of_user`` Wagtail hook
(:data:`REGION_OF_USER_HOOK`), so this module never imports it.
"""
from __future__ import annotations

from django.db.models import Q, QuerySet
from wagtail import hooks

from akorda.press.models import EventPage
from akorda.records.models import Fact, Instruction, Meeting, ReviewStatus

REVIEW_PERMISSION = "records.review_release"
# A hook function takes an active, authenticated user and returns the id of the
# region they are bound to, or None; the first non-None answer wins.
REGION_OF_USER_HOOK = "records_region_of_user"


def public_pages() -> QuerySet:
    """Releases anyone may read: live, and not behind a Wagtail view restriction."""
    return EventPage.objects.live().public()


def visible_pages(user=None) -> QuerySet:
    """Releases whose existence (title, URL) the user may learn from the record."""
    return EventPage.objects.all() if is_analyst(user) else public_pages()


def is_analyst(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active
                and (user.is_superuser or user.has_perm(REVIEW_PERMISSION)))


def officer_region_id(user) -> int | None:
    """The region a regional officer is bound to, or None for anyone else."""
    if not (user and user.is_authenticated and user.is_active):
        return None
    for region_of in hooks.get_hooks(REGION_OF_USER_HOOK):
        region_id = region_of(user)
        if region_id is not None:
            return int(region_id)
    return None


def public_facts() -> QuerySet[Fact]:
    return Fact.objects.filter(status=ReviewStatus.CONFIRMED, source_page__in=public_pages())


def public_instructions() -> QuerySet[Instruction]:
    return Instruction.objects.filter(status=ReviewStatus.CONFIRMED, source_page__in=public_pages())


def public_meetings() -> QuerySet[Meeting]:
    """Meetings reported by at least one public release."""
    return Meeting.objects.filter(sources__page__in=public_pages()).distinct()


def visible_facts(user=None) -> QuerySet[Fact]:
    if is_analyst(user):
        return Fact.objects.all()
    region_id = officer_region_id(user)
    if region_id is not None:
        # An officer reports on their own region, so its confirmed figures are
        # theirs to see even where no published release carries them (issue 5).
        own_confirmed = Q(meeting__region_id=region_id, status=ReviewStatus.CONFIRMED)
        return Fact.objects.filter(own_confirmed | Q(pk__in=public_facts().values("pk")))
    return public_facts()


def visible_instructions(user=None) -> QuerySet[Instruction]:
    if is_analyst(user):
        return Instruction.objects.all()
    region_id = officer_region_id(user)
    if region_id is not None:
        own_region = Q(region_id=region_id) | Q(region__isnull=True, meeting__region_id=region_id)
        return Instruction.objects.filter(own_region)
    return public_instructions()


def visible_meetings(user=None) -> QuerySet[Meeting]:
    if is_analyst(user):
        return Meeting.objects.all()
    region_id = officer_region_id(user)
    if region_id is not None:
        return Meeting.objects.filter(
            Q(pk__in=public_meetings().values("pk")) | Q(region_id=region_id)
        ).distinct()
    return public_meetings()


def can_see_page(user, page) -> bool:
    """Whether ``user`` may see the record of this release at all."""
    return is_analyst(user) or public_pages().filter(pk=page.pk).exists()
