"""The extraction engine as the records app runs it: which engine, which version, which text.

Below the pipeline and the three-language check (akorda.records.translations),
which both run it: neither imports the other for it. The engine package itself
stays cheap to import; its models load on the first extraction (its PEP 562
``__getattr__``), which :func:`warm_up` moves before a worker forks.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import akorda.extract

Engine = Callable[[str, str], dict[str, Any]]


def run_engine(text: str, lang: str) -> dict[str, Any]:
    """The real engine; tests replace this with a test double (``akorda.records.engine.run_engine``)."""
    return akorda.extract.extract(text, lang=lang).to_dict()


def chosen_engine(engine: Engine | None) -> Engine:
    """``engine`` when the caller gives one, else :func:`run_engine`, looked up at call time so a test double applies."""
    return engine or run_engine


# Team-written, one sentence each that reaches the person and instruction grammars.
WARM_UP_TEXTS = {
    "ru": "Глава государства принял акима области Марата Иванова. Президент поручил акиму до конца года "
          "построить 5 школ. Объем инвестиций составил 120,5 млрд тенге.",
    "kk": "Мемлекет басшысы облыс әкімі Марат Ивановты қабылдады. Инвестиция көлемі 120,5 млрд теңге болды.",
    "en": "The Head of State received Marat Ivanov, akim of the region, and instructed him to build 5 schools.",
}


def warm_up() -> None:
    """Load the engine's dictionaries and grammars once, before a worker forks.

    The first extraction in a process takes about 1.5 s of loading, later ones
    tens of milliseconds; an RQ worker runs each job in a forked work-horse,
    which inherits what the parent loaded (settings.TASKS_WORKER_WARMUP).
    """
    for lang, text in WARM_UP_TEXTS.items():
        run_engine(text, lang)


@lru_cache(maxsize=1)
def engine_version() -> str:
    """The engine's declared version, else a digest of its code and data files.

    A release whose text was already extracted is skipped only when the engine
    is the same, so an improved engine re-proposes on the next import.
    """
    declared = getattr(akorda.extract, "__version__", None)
    if declared:
        return str(declared)[:32]
    digest = hashlib.sha256()
    root = resources.files("akorda.extract")
    for path in sorted(_engine_files(root), key=str):
        digest.update(str(path).removeprefix(str(root)).encode())  # relative: same on every machine
        digest.update(path.read_bytes())
    return "src-" + digest.hexdigest()[:16]


def _engine_files(folder: Traversable) -> list[Traversable]:
    out = []
    for entry in folder.iterdir():
        if entry.is_dir() and entry.name not in ("tests", "__pycache__"):
            out.extend(_engine_files(entry))
        elif entry.name.endswith((".py", ".json")):
            out.append(entry)
    return out


def live_object(page: Any) -> Any:
    """The page as its live revision has it: a draft saved after publishing is never read."""
    if page.live_revision_id:
        return page.live_revision.as_object()
    return page
