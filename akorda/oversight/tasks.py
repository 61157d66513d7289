"""Periodic work of oversight, run by the task scheduler (settings.PERIODIC_TASKS)."""
from __future__ import annotations

from django_tasks import task

from akorda.oversight.control import refresh_overdue


@task()
def mark_overdue() -> dict[str, int]:
    """Keep the stored "overdue" in line with deadlines; hourly, so a deadline
    passing at midnight Asia/Almaty shows within the hour (the command stays for re-runs)."""
    marked, reopened = refresh_overdue()
    return {"marked": marked, "reopened": reopened}
