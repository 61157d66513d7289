"""Nobody sees proposed, rejected or draft data unless their role allows it."""
from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from akorda.oversight.models import OfficerProfile
from akorda.records.models import Instruction, ReviewStatus
from akorda.records.visibility import visible_facts, visible_instructions, visible_meetings
from akorda.regions.models import Region

pytestmark = pytest.mark.django_db


def test_public_sees_only_confirmed_of_live_releases(reviewed):
    page, confirmed, _rejected, _proposed = reviewed
    for user in (None, AnonymousUser()):
        assert list(visible_facts(user)) == [confirmed]
        assert not visible_instructions(user).exists()  # proposed only
        assert list(visible_meetings(user)) == [confirmed.meeting]
    page.unpublish()
    assert not visible_facts(AnonymousUser()).exists()
    assert not visible_meetings(AnonymousUser()).exists()


def test_private_release_is_hidden(reviewed):
    from wagtail.models import PageViewRestriction

    page, confirmed = reviewed[0], reviewed[1]
    assert list(visible_facts(AnonymousUser())) == [confirmed]  # public until the restriction
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert not visible_facts(AnonymousUser()).exists()


def test_analyst_and_superuser_see_everything(reviewed, analyst, superuser):
    page = reviewed[0]
    page.unpublish()
    for user in (analyst, superuser):
        assert visible_facts(user).count() == 3
        assert visible_instructions(user).count() == 1
        assert visible_meetings(user).count() == 1


def test_officer_sees_own_region_instructions_only(reviewed, django_user_model):
    almaty = Region.objects.get(canonical="Almaty Region")
    own = django_user_model.objects.create_user("almaty-officer")
    OfficerProfile.objects.create(user=own, region=almaty)
    other = django_user_model.objects.create_user("abai-officer")
    OfficerProfile.objects.create(user=other, region=Region.objects.get(canonical="Abai Region"))
    assert visible_instructions(own).count() == 1  # proposed, but of their region
    assert not visible_instructions(other).exists()
    assert list(visible_facts(own)) == [reviewed[1]]  # never proposed or rejected figures
    page, confirmed = reviewed[0], reviewed[1]
    page.unpublish()
    assert list(visible_facts(own)) == [confirmed]  # their region's confirmed figures stay theirs
    assert not visible_facts(other).exists()  # another region's unpublished figures do not
    page.get_latest_revision().publish()
    Instruction.objects.update(status=ReviewStatus.CONFIRMED)
    assert visible_instructions(AnonymousUser()).count() == 1  # now public,
    assert not visible_instructions(other).exists()  # but an officer sees their own region only


def test_scheduled_release_is_neither_extracted_nor_public(engine, make_release, django_capture_on_commit_callbacks):
    import datetime

    from django.utils import timezone

    from akorda.records.models import ExtractionRun

    page = make_release("ru", publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert not ExtractionRun.objects.filter(status="done").exists()
    assert not visible_facts(AnonymousUser()).exists()
