"""Signals of the press app.

``release_imported(sender=EventPage, page, created)`` is sent after the
transaction that imported a release commits (``transaction.on_commit``), so
receivers (the records pipeline, issue 3) only ever see pages that exist.
"""
from __future__ import annotations

from django.dispatch import Signal

release_imported = Signal()
