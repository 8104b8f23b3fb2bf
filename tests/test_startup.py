"""Commands start fast: what a command does not need is not imported. ``qcoder --help`` and
``qcoder documents P --json`` never import Alembic (schema upgrades), openpyxl (spreadsheets),
spaCy (language analysis), PySide6 (the window) or the PostgreSQL dialect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from qcoder.app import Project
from tests.helpers import imported

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("alembic", "openpyxl", "spacy", "PySide6", "sqlalchemy.dialects.postgresql", "docx", "psycopg")

PROBE = """
import io, json, sys, contextlib
from qcoder.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
heavy = [m for m in json.loads(os_heavy) if m in sys.modules]
print(json.dumps({"code": code, "heavy": heavy, "out": out.getvalue()}))
"""


def _run(*args: str, heavy: tuple[str, ...] = HEAVY) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = f"os_heavy = {json.dumps(json.dumps(heavy))}\n" + PROBE
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_help_imports_nothing_heavy():
    result = _run("--help")
    assert result["code"] == 0
    assert result["heavy"] == []


def test_listing_documents_imports_nothing_heavy(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    with Project.create(path) as p:
        p.add_document(imported())
    Project.open(path).close()
    # a project as a checked session closed it is listed without SQLAlchemy at all
    result = _run("documents", str(path), "--json", heavy=(*HEAVY, "sqlalchemy"))
    assert result["code"] in (0, None)
    assert [d["name"] for d in json.loads(str(result["out"]))] == ["interview"]
    assert result["heavy"] == []


def test_new_project_file_imports_nothing_heavy(tmp_path: Path):
    result = _run("new", str(tmp_path / "p.qcoder"), heavy=(*HEAVY, "sqlalchemy"))
    assert result["code"] in (0, None)
    assert result["heavy"] == []
    with Project.open(tmp_path / "p.qcoder") as p:
        assert p.documents() == []
