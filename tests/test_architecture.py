"""Layering: Qt stops at qcoder/gui, SQLAlchemy at qcoder/store, spaCy at qcoder/nlp.

Every non-GUI module is imported in a fresh interpreter in which importing PySide6 fails.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import qcoder

ROOT = Path(qcoder.__file__).parent


def _modules(exclude: tuple[str, ...]) -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="qcoder."):
        if any(info.name == e or info.name.startswith(e + ".") for e in exclude):
            continue
        if ".migrations" in info.name:
            continue  # alembic scripts are loaded by alembic, not imported
        names.append(info.name)
    return names


BLOCKER = """
import importlib, importlib.abc, sys
BLOCKED, MODULES = sys.argv[1].split(","), sys.argv[2].split(",")
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} imported by a module that must not need it")
sys.meta_path.insert(0, Block())
for m in MODULES:
    importlib.import_module(m)
loaded = sorted(n for n in sys.modules if n.split(".")[0] in BLOCKED)
assert not loaded, loaded
"""


def _run(modules: list[str], blocked: set[str]) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-c", BLOCKER, ",".join(sorted(blocked)), ",".join(modules)]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def test_non_gui_packages_import_without_qt():
    modules = _modules(exclude=("qcoder.gui",))
    assert "qcoder.cli" in modules and "qcoder.app.project" in modules
    result = _run(modules, {"PySide6", "shiboken6"})
    assert result.returncode == 0, result.stderr[-2000:]


def test_core_is_stdlib_only():
    result = _run(
        [m for m in _modules(()) if m.startswith("qcoder.core")],
        {"PySide6", "sqlalchemy", "spacy", "alembic", "docx", "openpyxl"},
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_spacy_is_not_imported_at_import_time():
    modules = _modules(exclude=("qcoder.gui",))
    result = _run(modules, {"spacy", "thinc"})
    assert result.returncode == 0, result.stderr[-2000:]


def test_no_qt_or_sql_imports_in_source_outside_their_packages():
    offenders = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if not rel.startswith("gui/") and ("import PySide6" in text or "from PySide6" in text):
            offenders.append(f"{rel}: PySide6")
        if not rel.startswith("store/") and ("import sqlalchemy" in text or "from sqlalchemy" in text):
            offenders.append(f"{rel}: sqlalchemy")
    assert offenders == []
