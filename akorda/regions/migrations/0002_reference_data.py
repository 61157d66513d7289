"""The 17 regions, 3 cities of republican significance, historical regions,
their administrative centres, and the officials the releases name (issue 4)."""
from django.db import migrations

from akorda.regions.reference import load_officials, load_regions


def forwards(apps, schema_editor):
    load_regions(apps)
    load_officials(apps)


class Migration(migrations.Migration):
    dependencies = [("regions", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
