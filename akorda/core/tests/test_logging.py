"""The console keeps the task worker's routine lines out (issue 11, part 6)."""
from __future__ import annotations

import logging

from akorda.core.logging import QuietRoutine


def record(name: str, level: int) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, "Task id=%s state=%s", ("x", "SUCCESSFUL"), None)


def test_routine_task_lines_dropped_failures_kept():
    quiet = QuietRoutine("WARNING")
    assert not quiet.filter(record("django_tasks", logging.INFO))
    assert not quiet.filter(record("django_tasks_db.worker", logging.INFO))
    assert quiet.filter(record("django_tasks", logging.ERROR))  # a failed task is always shown
    assert quiet.filter(record("django.request", logging.INFO))  # other loggers untouched
    assert QuietRoutine("INFO").filter(record("django_tasks", logging.INFO))


def test_the_console_handler_carries_the_filter(settings):
    assert "quiet_tasks" in settings.LOGGING["handlers"]["console"]["filters"]
