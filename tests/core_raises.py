"""The messages the Qt-free layers raise, read from their source (tests/gui/test_core_error_texts.py).

Every ``raise SomeError("literal")`` or ``raise SomeError(f"… {field} …")`` under qcoder/
(the window, qcoder/gui, and the command line, qcoder/cli*, excepted) is one :class:`Raise`.
An f-string's fields cannot be known; :meth:`Raise.sample_groups` fills them with a word or a number
(one value per field expression, quoted when the field is ``!r``), so that a pattern of
:mod:`qcoder.gui.core_texts` that expects digits or letters there can still be checked.
The errors that build their message in their class (``NotFound(kind, key)``,
``DuplicateName(kind, name)``, ``InvalidRows(what, errors)``, ``QuerySyntaxError(message,
position)``) are built for real, with the literal arguments the raise passes.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qcoder.analysis.query_parse import QuerySyntaxError
from qcoder.core import errors as e

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = ("qcoder/gui/", "qcoder/cli")
FILLERS = ("Site 3.txt", "7", "C")  # a (file) name, a number, a column letter

# classes whose message is not their first argument as written
BUILT: dict[str, Callable[[str, tuple[str, ...]], BaseException]] = {
    "NotFound": lambda first, rest: e.NotFound(first, rest[0] if rest else "Site 3"),
    "DuplicateName": lambda first, rest: e.DuplicateName(first, rest[0] if rest else "Site 3"),
    "InvalidRows": lambda first, _rest: e.InvalidRows(first, ["row 2: no code"]),
    "QuerySyntaxError": lambda first, _rest: QuerySyntaxError(first, 6),
}


@dataclass(frozen=True)
class Raise:
    path: str  # below the repository, e.g. qcoder/core/names.py
    line: int
    error: str  # the class raised, as written
    node: ast.expr  # the message argument
    rest: tuple[ast.expr, ...]  # further arguments

    @property
    def start(self) -> str:
        """The message with its fields shown as {…}: what the allow-list names."""
        return "".join(_parts(self.node, lambda _f: "{…}"))

    def sample_groups(self, words: dict[str, tuple[str, ...]]) -> Iterator[list[str]]:
        """The message as it could be raised: one group per combination of the ``words`` a
        field takes (keyed by the field's expression), each group holding the message with its
        other fields filled in every way :data:`FILLERS` allow. A listed message matches at
        least one text of each group."""
        fields = sorted({_key(f) for f in _fields(self.node)})
        worded = [f for f in fields if f in words]
        free = [f for f in fields if f not in words][:5]
        for chosen_words in itertools.product(*(words[f] for f in worded)):
            group = []
            for values in itertools.product(FILLERS, repeat=len(free)):
                chosen = dict(zip(worded, chosen_words, strict=True)) | dict(zip(free, values, strict=True))
                group.append(self._built(self._filled_in(chosen)))
            yield group

    def _filled_in(self, chosen: dict[str, str]) -> str:
        def fill(field: ast.FormattedValue) -> str:
            return _filled(field, chosen.get(_key(field), "Site 3.txt"))

        return "".join(_parts(self.node, fill))

    def _built(self, text: str) -> str:
        builder = BUILT.get(self.error)
        if builder is None:
            return text
        rest = tuple(str(a.value) for a in self.rest if isinstance(a, ast.Constant))
        return str(builder(text, rest))


def _fields(node: ast.expr) -> list[ast.FormattedValue]:
    if isinstance(node, ast.JoinedStr):
        return [v for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, ast.BinOp):
        return _fields(node.left) + _fields(node.right)
    return []


def _key(field: ast.FormattedValue) -> str:
    return ast.unparse(field.value)


def _filled(field: ast.FormattedValue, value: str) -> str:
    return repr(value) if field.conversion == ord("r") else value


def _parts(node: ast.expr, fill: Callable[[ast.FormattedValue], str]) -> list[str]:
    if isinstance(node, ast.Constant):
        return [str(node.value)]
    if isinstance(node, ast.JoinedStr):
        return [
            str(v.value) if isinstance(v, ast.Constant) else fill(v)
            for v in node.values
            if isinstance(v, (ast.Constant, ast.FormattedValue))
        ]
    if isinstance(node, ast.BinOp):
        return _parts(node.left, fill) + _parts(node.right, fill)
    raise TypeError(node)


def _message(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and _message(node.left) and _message(node.right)


def raises() -> list[Raise]:
    """Every raise with a literal or f-string message in the Qt-free layers."""
    found = []
    for path in sorted((ROOT / "qcoder").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(SKIPPED):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            first, *rest = node.exc.args
            if not _message(first):
                continue
            func = node.exc.func
            error = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else "?"
            found.append(Raise(name, node.lineno, error, first, tuple(rest)))
    return found
