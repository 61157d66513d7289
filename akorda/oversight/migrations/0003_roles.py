"""The role groups and their permissions (issue 5); see akorda.oversight.roles."""
from django.db import migrations

from akorda.oversight.roles import create_role_groups


class Migration(migrations.Migration):
    dependencies = [
        ("oversight", "0002_execution_reports"),
        ("records", "0002_reference_data"),
        ("wagtailcore", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
    ]

    operations = [migrations.RunPython(create_role_groups, migrations.RunPython.noop)]
