"""The warnings the Qt-free layers attach to an imported document, read from their source
(tests/gui/test_import_warnings.py).

A warning is written as ``warnings.append(…)``, ``doc.warnings.insert(0, …)`` or
``finish(…, warnings=[…])`` / ``ImportedDocument(…, warnings=[…])``, with a literal, an
f-string, a concatenation of them, or a module constant (``NO_SPEAKERS_HINT``). Each becomes a
:class:`Warning`; :meth:`Warning.samples` writes it out every way its fields allow: a field
listed in ``words`` takes each of its words, a call to the importer's own ``_plural(n, word)``
is called for one and for several, ``'s' if n != 1 else ''`` takes both branches, and any other
field a number ("7"). Objects appended (the store's ``CloudFolderWarning``) are not texts and
are left out.
"""

from __future__ import annotations

import ast
import importlib
import itertools
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = ("qcoder/gui/", "qcoder/cli")
FILLER = "7"


@dataclass(frozen=True)
class Warning:  # noqa: A001 - a warning as the importers write it
    path: str  # below the repository, e.g. qcoder/importers/word.py
    line: int
    node: ast.expr
    constants: dict[str, str]  # the module's string constants, for a warning given by name

    def samples(self, words: dict[str, tuple[str, ...]]) -> list[str]:
        """Every text this warning can be, its fields filled as the module docstring says."""
        options = [self._values(part, words) for part in self._parts(self.node)]
        return ["".join(chosen) for chosen in itertools.product(*options)]

    def _parts(self, node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.JoinedStr):
            return [v.value if isinstance(v, ast.FormattedValue) else v for v in node.values]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self._parts(node.left) + self._parts(node.right)
        return [node]

    def _values(self, node: ast.expr, words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
        if isinstance(node, ast.Constant):
            return (str(node.value),)
        if isinstance(node, ast.Name) and node.id in self.constants:
            return (self.constants[node.id],)
        key = ast.unparse(node)
        if key in words:
            return words[key]
        if isinstance(node, ast.IfExp) and all(isinstance(b, ast.Constant) for b in (node.body, node.orelse)):
            return (str(node.body.value), str(node.orelse.value))  # type: ignore[attr-defined]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_plural":
            plural = importlib.import_module(self.path[:-3].replace("/", "."))._plural
            word = node.args[1]
            assert isinstance(word, ast.Constant), ast.unparse(node)
            return (plural(1, word.value), plural(7, word.value))
        return (FILLER,)


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return found


def _text(node: ast.expr, constants: dict[str, str]) -> bool:
    """Whether ``node`` is a warning's text (not an object such as ``CloudFolderWarning(…)``)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _text(node.left, constants) or _text(node.right, constants)
    return False


def _onto_warnings(node: ast.Call) -> list[ast.expr]:
    """The texts ``node`` adds to a list of warnings."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("append", "insert") and node.args:
        target = func.value
        named = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
        return [node.args[-1]] if named == "warnings" else []
    given = [k.value for k in node.keywords if k.arg == "warnings"]
    return [e for value in given if isinstance(value, ast.List) for e in value.elts]


def warnings_written() -> list[Warning]:
    """Every warning with a literal, f-string or constant text in the Qt-free layers."""
    found = []
    for path in sorted((ROOT / "qcoder").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(SKIPPED):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                found += [Warning(name, node.lineno, text, constants) for text in _onto_warnings(node)]
    return [w for w in found if _text(w.node, w.constants)]
