"""An index on a figure's indicator and period end (issue 10, item 3).

The region dashboard and the compare view rank the figures of a few
indicators over their last three years (``akorda.oversight.stats.within``);
without it PostgreSQL read every figure (a sequential scan) or every figure of
those indicators (a bitmap scan on ``indicator_id``) and dropped the other
years afterwards. EXPLAIN before and after, on a million figures, is in
docs/benchmarks.md.
"""
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("records", "0005_translation_check"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="fact",
            index=models.Index(fields=["indicator", "period_end"], name="records_fact_indicator_period"),
        ),
    ]
