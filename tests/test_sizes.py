"""Small modules and short functions (house style): a module of at most 600 lines, a function of
at most 60. Declarative tables are exempt: Alembic migrations (schema as a list of columns).
On failure the assertion lists every offender with its length, longest first.
"""

from __future__ import annotations

import ast
from pathlib import Path

import qcoder

ROOT = Path(qcoder.__file__).parent
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60
DECLARATIVE = ("store/migrations/",)  # table definitions, read by Alembic


def _sources() -> list[tuple[str, str]]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if not rel.startswith(DECLARATIVE):
            out.append((rel, path.read_text(encoding="utf-8")))
    return out


def test_no_module_over_600_lines():
    offenders = [(text.count("\n"), rel) for rel, text in _sources() if text.count("\n") > MAX_MODULE_LINES]
    assert sorted(offenders, reverse=True) == []


def test_no_function_over_60_lines():
    offenders = []
    for rel, text in _sources():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    offenders.append((length, f"{rel}:{node.lineno} {node.name}"))
    assert sorted(offenders, reverse=True) == []
