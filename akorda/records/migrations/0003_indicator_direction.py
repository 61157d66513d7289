"""Which way is better for each catalog indicator (lower for unemployment,
inflation and ranks), so the oversight dashboards rank and colour changes from
the database rather than from a list of codes of their own."""
from django.db import migrations

from akorda.records.reference import update_indicator_direction


def forwards(apps, schema_editor):
    update_indicator_direction(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0002_reference_data"),
    ]

    # Backwards: 0002 set the field from the same catalog; there is nothing to undo.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
