"""The release-record fixtures (engine test double, releases, users)."""
from akorda.records.tests.conftest import analyst, engine, make_release, reviewed, superuser  # noqa: F401
