"""Every change to figures and instructions is logged: who, when, which field."""
from __future__ import annotations

from decimal import Decimal

import pytest

from akorda.records.audit import changes
from akorda.records.models import Fact

pytestmark = pytest.mark.django_db


def test_field_changes_are_queryable(engine, make_release, analyst):
    make_release("ru")
    fact = Fact.objects.order_by("span_start").first()
    fact._history_user = analyst
    fact.value = Decimal("1")
    fact.edited_by_analyst = True
    fact.save()
    log = changes(Fact.objects.filter(pk=fact.pk))
    fields = {c.field: c for c in log if c.action == "changed"}
    assert fields["value"].old == Decimal("120500000000")
    assert fields["value"].new == Decimal("1") and fields["value"].user == "analyst"
    assert "edited_by_analyst" in fields
    assert [c.action for c in log][-1] == "created"
    assert changes(Fact, user=analyst, fields=["value"])[0].object_id == fact.pk
