"""The OpenAPI schema is the contract: schemathesis calls every operation with values
generated from the schema (valid ones and invalid ones) through the WSGI app and
checks status codes, content types and bodies against it (issue 10, item 5).

The number of examples is bounded so that the suite stays quick; the data is a
reviewed release plus a draft whose figure must never be served.
"""
from __future__ import annotations

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

APP = get_wsgi_application()
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", APP)


@pytest.fixture
def published_record(reviewed, make_release):
    make_release("ru", publish=False, slug="draft-release", paragraphs=["Собрано 500 тонн мусора."])
    return reviewed


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_api_keeps_its_schema(case, published_record):
    case.call_and_validate(app=APP)
