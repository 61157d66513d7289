"""Imports of the project sit at the top of the application's modules (CONTRIBUTING.md, issue 12).

import-linter sees an import inside a function like any other, but a cycle closed that way only
shows when the graph is read as a whole, and the layers contract can be met by moving the import
into a function and adding an ``ignore_imports`` line. This test keeps the rule itself: no
``akorda`` module is imported inside a function of the apps (tests, migrations and the engine's
own package aside), and the registry tricks that would do the same without the ``import``
keyword (``importlib.import_module("akorda...")``, Django's global ``apps.get_model``) are
refused too. The one exception for the project's own modules is ``AppConfig.ready()``, where
Django wants signal receivers connected; lazily loaded heavy libraries are third-party imports
and are not checked here.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

AKORDA = Path(__file__).resolve().parents[2]
# The engine has its own rules (PEP 562 ``__getattr__``, models loaded on first use) and is
# kept below everything by import-linter; tests and migrations may build data across apps.
SKIPPED_PARTS = {"extract", "tests", "migrations", "locale", "__pycache__"}


def app_modules() -> list[Path]:
    return sorted(
        path for path in AKORDA.rglob("*.py")
        if not SKIPPED_PARTS & set(path.relative_to(AKORDA).parts) and path.name != "conftest.py"
    )


def _is_project_module(name: str | None, level: int = 0) -> bool:
    return level > 0 or (name is not None and (name == "akorda" or name.startswith("akorda.")))


def _imports_project(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(_is_project_module(alias.name) for alias in node.names)
    if isinstance(node, ast.ImportFrom):
        return _is_project_module(node.module, node.level)
    return False


def _loads_project_by_name(node: ast.AST, global_apps: bool) -> bool:
    """``import_module("akorda.…")`` / ``__import__("akorda.…")``, or ``apps.get_model`` on Django's
    global registry (a data migration's helper is handed its own ``apps`` and is not flagged)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name in {"import_module", "__import__"}:
        first = node.args[0] if node.args else None
        return isinstance(first, ast.Constant) and isinstance(first.value, str) and _is_project_module(first.value)
    return (name == "get_model" and global_apps and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name) and func.value.id == "apps")


def _is_app_config(cls: ast.ClassDef) -> bool:
    return any((b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")) == "AppConfig" for b in cls.bases)


def _uses_global_apps(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom) and node.module == "django.apps" and any(a.name == "apps" for a in node.names)
        for node in tree.body
    )


def hidden_imports(source: str, filename: str = "<module>") -> list[str]:
    """``file:line`` of every project import made inside a function (``AppConfig.ready`` aside)."""
    tree = ast.parse(source, filename)
    global_apps = _uses_global_apps(tree)
    found: list[str] = []

    def visit(node: ast.AST, in_function: bool, in_ready: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                ready = in_ready or (isinstance(node, ast.ClassDef) and isinstance(child, ast.FunctionDef)
                                     and child.name == "ready" and _is_app_config(node))
                visit(child, True, ready)
                continue
            if in_function and not in_ready and (_imports_project(child) or _loads_project_by_name(child, global_apps)):
                found.append(f"{filename}:{getattr(child, 'lineno', 0)}")
            visit(child, in_function, in_ready)

    visit(tree, False, False)
    return found


def test_the_application_modules_import_the_project_at_the_top():
    modules = app_modules()
    assert len(modules) > 50, "the walk should see every module of the apps"
    hidden = [hit for path in modules for hit in hidden_imports(path.read_text(encoding="utf-8"), str(path.relative_to(AKORDA)))]
    assert hidden == [], "imports of akorda inside functions (move them to the top, see CONTRIBUTING.md):\n" + "\n".join(hidden)


@pytest.mark.parametrize(("source", "expected"), [
    ("def f():\n    from akorda.press.models import EventPage\n", ["m.py:2"]),
    ("def f():\n    import akorda.records.pipeline as p\n", ["m.py:2"]),
    ("class A:\n    def f(self):\n        from .models import Meeting\n", ["m.py:3"]),
    ("def f():\n    def g():\n        from akorda.core import cache\n", ["m.py:3"]),
    ("import importlib\ndef f():\n    return importlib.import_module('akorda.press.models')\n", ["m.py:3"]),
    ("from django.apps import apps\ndef f():\n    return apps.get_model('press', 'EventPage')\n", ["m.py:3"]),
    # Not hidden: at the top, a third-party library loaded lazily, AppConfig.ready, a migration helper's own apps.
    ("from akorda.press.models import EventPage\n", []),
    ("def f():\n    import weasyprint\n", []),
    ("from django.apps import AppConfig\nclass C(AppConfig):\n    def ready(self):\n        from akorda.press import caching\n", []),
    ("def load(apps, schema_editor):\n    Region = apps.get_model('regions', 'Region')\n", []),
    # ``ready`` of a class that is not an AppConfig is no exception.
    ("class C:\n    def ready(self):\n        from akorda.press import caching\n", ["m.py:3"]),
])
def test_the_check_finds_hidden_imports_and_only_those(source, expected):
    assert hidden_imports(source, "m.py") == expected
