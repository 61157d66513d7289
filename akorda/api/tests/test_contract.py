"""The OpenAPI schema is the contract: schemathesis calls every operation with values
generated from the schema (valid ones and invalid ones) through the WSGI app and
checks status codes, content types and bodies against it (issue 10, item 5).

The number of examples is bounded so that the suite stays quick; the data is a
reviewed release plus a draft whose figure must never be served.
"""
from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings

APP = get_wsgi_application()
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", APP)


@pytest.fixture
def keep_connection():
    """Django closes the database connection after each WSGI request; the test's
    transaction lives on it, so (as Django's own test client does) not here."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def published_record(reviewed, make_release, keep_connection):
    make_release("ru", publish=False, slug="draft-release", paragraphs=["Собрано 500 тонн мусора."])
    return reviewed


@pytest.mark.django_db
@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=True)  # a view's exception fails the test with its traceback
@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_api_keeps_its_schema(case, published_record):
    case.call_and_validate(app=APP)
