"""The indicator catalog and programmes of akorda.extract, and the Analysts group (issue 4)."""
from django.db import migrations

from akorda.records.reference import create_analysts_group, load_indicators, load_programmes


def forwards(apps, schema_editor):
    load_indicators(apps)
    load_programmes(apps)
    create_analysts_group(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0001_initial"),
        ("regions", "0002_reference_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
