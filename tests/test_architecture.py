"""Layering: Qt stops at qcoder/gui, SQLAlchemy at qcoder/store, spaCy at qcoder/nlp.

Every non-GUI module is imported in a fresh interpreter in which importing PySide6 fails.
"""

from __future__ import annotations

import ast
import os
import pkgutil
import shutil
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
        if info.name.endswith(".__main__"):
            continue  # `python -m` entry points run the program when imported
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


# --- the layer map, executable (import-linter contracts in pyproject.toml) -----------------------

REPO = ROOT.parent


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on the package under ``root`` with the contracts of ``root/pyproject.toml``."""
    code = "import sys; from importlinter.cli import lint_imports_command; lint_imports_command(['--no-cache'])"
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_import_contracts_hold():
    result = _lint_imports(REPO)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert " 0 broken" in result.stdout


PLANTED = {
    # module to create -> (source line, the contract that must name it)
    "qcoder/core/planted_qt.py": ("import PySide6.QtCore\n", "Qt only in qcoder.gui"),
    "qcoder/analysis/planted_up.py": ("import qcoder.app\n", "Layers"),
    "qcoder/importers/planted_sql.py": ("import sqlite3\n", "SQL drivers only in qcoder.store"),
    "qcoder/gui/planted_store.py": ("import qcoder.store.urls\n", "reach storage only through the service"),
    "qcoder/nlp/planted_sibling.py": ("import qcoder.importers.base\n", "Layers"),
}


def test_import_contracts_catch_planted_violations(tmp_path):
    """The contracts are not vacuous: each planted import is reported by the contract that forbids it."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy / "qcoder", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    for rel, (line, _contract) in PLANTED.items():
        (copy / rel).write_text(line, encoding="utf-8")
    result = _lint_imports(copy)
    assert result.returncode != 0
    report = result.stdout
    for rel, (_line, contract) in PLANTED.items():
        module = rel.removesuffix(".py").replace("/", ".")
        assert module in report, f"{module} not reported"
        assert contract in report


def test_core_imports_only_the_standard_library():
    """core is stdlib only: every import in qcoder/core names the standard library or qcoder.core."""
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and not name.startswith("qcoder.core"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []
