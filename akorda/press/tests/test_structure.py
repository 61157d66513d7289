import pytest

from akorda.press.models import EventIndexPage, HomePage, RubricPage
from akorda.press.structure import RUBRIC_TITLES, ensure_site_structure


@pytest.mark.django_db
def test_structure_has_three_locales_and_four_rubrics_and_is_idempotent():
    first = ensure_site_structure()
    second = ensure_site_structure()
    assert set(first) == {"kk", "ru", "en"}
    assert HomePage.objects.count() == 3
    assert EventIndexPage.objects.count() == 3
    assert RubricPage.objects.count() == 3 * len(RUBRIC_TITLES)
    assert second["ru"].rubrics["akorda"].url == "/ru/events/akorda/"
    assert second["en"].events.title == "Events"
