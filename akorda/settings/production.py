"""Production: everything from the environment, nothing insecure by default.

Only operational defaults are pre-seeded here (as dev.py does for development):
tasks on RQ (Redis), logs as JSON lines.
"""
import os

os.environ.setdefault("TASKS_BACKEND", "akorda.core.tasks.RQBackend")
os.environ.setdefault("LOG_FORMAT", "json")

from .base import *  # noqa: F403
from .base import env

SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 0)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", False)
