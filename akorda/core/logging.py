"""Console logging filters (issue 11, part 6).

The task worker (django_tasks_db's db_worker) sets its loggers' level from
``--verbosity`` itself, overriding LOGGING; at verbosity 0 it would hide a
failed task too. A filter on the console handler instead drops only the
routine lines (a start and an end per task, hundreds under ``make run``) and
keeps warnings and failures.
"""
from __future__ import annotations

import logging

ROUTINE_LOGGERS = ("django_tasks", "django_tasks_db")


class QuietRoutine(logging.Filter):
    """Drop records below ``level`` from the named loggers (and their children)."""

    def __init__(self, level: str = "WARNING", loggers: tuple[str, ...] = ROUTINE_LOGGERS) -> None:
        super().__init__()
        self.level = logging.getLevelName(level.upper()) if isinstance(level, str) else level
        self.loggers = loggers

    def filter(self, record: logging.LogRecord) -> bool:
        routine = any(record.name == name or record.name.startswith(name + ".") for name in self.loggers)
        return not routine or record.levelno >= self.level
