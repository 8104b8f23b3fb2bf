"""The coding-query language: quoted code paths combined with AND, OR, NOT, NEAR, FOLLOWED BY
and parentheses (pure; the meaning of each operator is in :mod:`qcoder.analysis.query`).

Grammar (keywords in any case; ``NOT`` binds tightest, then ``NEAR``/``FOLLOWED BY``, then
``AND``, then ``OR``)::

    expr    := and ("OR" and)*
    and     := near ("AND" near)*
    near    := unary (("NEAR" | "FOLLOWED" "BY") ["/" scope] unary)*
    unary   := "NOT" unary | "(" expr ")" | CODE
    CODE    := "Parent > Child" | 'Parent > Child' | a word without spaces
    scope   := overlap | sentence | turn | paragraph | document | N   (N characters)

``AND/turn`` is allowed too (a scope for that one operator instead of the query's). Errors are
:class:`QuerySyntaxError` with the 0-based position of the offending character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from qcoder.core.errors import InvalidValue


class QuerySyntaxError(InvalidValue):
    """A query that does not parse; ``position`` is the 0-based character where it fails."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at position {position + 1}")
        self.position = position


class ScopeKind(StrEnum):
    OVERLAP = "overlap"
    SENTENCE = "sentence"
    TURN = "turn"
    PARAGRAPH = "paragraph"
    DOCUMENT = "document"
    CHARS = "chars"


@dataclass(frozen=True)
class Scope:
    """How near two codings must be: overlapping, in the same unit, or within ``chars`` characters."""

    kind: ScopeKind = ScopeKind.OVERLAP
    chars: int = 0

    def label(self) -> str:
        return str(self.chars) if self.kind == ScopeKind.CHARS else self.kind.value


def parse_scope(text: str) -> Scope:
    """``overlap``, ``sentence``, ``turn``, ``paragraph``, ``document`` or a number of characters."""
    word = text.strip().casefold()
    if word.isdigit():
        return Scope(ScopeKind.CHARS, int(word))
    for kind in ScopeKind:
        if kind != ScopeKind.CHARS and word == kind.value:
            return Scope(kind)
    raise InvalidValue(
        f"a scope is overlap, sentence, turn, paragraph, document or a number of characters, not {text!r}"
    )


class Op(StrEnum):
    AND = "AND"
    OR = "OR"
    NEAR = "NEAR"
    FOLLOWED_BY = "FOLLOWED BY"


@dataclass(frozen=True)
class CodeRef:
    path: str
    position: int


@dataclass(frozen=True)
class Not:
    operand: Node
    position: int


@dataclass(frozen=True)
class Binary:
    op: Op
    left: Node
    right: Node
    scope: Scope | None  # None: the query's scope
    position: int


Node = CodeRef | Not | Binary

KEYWORDS = ("AND", "OR", "NOT", "NEAR", "FOLLOWED", "BY")
_TOKEN = re.compile(
    r"""\s*(?:(?P<open>\()|(?P<close>\))|(?P<slash>/)"""
    r"""|"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|“(?P<cq>[^”]*)”|(?P<word>[^\s()/"'“”]+))"""
)


@dataclass(frozen=True)
class _Token:
    kind: str  # open, close, slash, code, word, keyword, end
    text: str
    position: int


def tokenize(text: str) -> list[_Token]:
    out: list[_Token] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if m is None:
            at = len(text) - len(text[pos:].lstrip())
            quote = text[at]
            raise QuerySyntaxError(f"unclosed quote {quote}", at)
        kind = m.lastgroup or ""
        start = m.start(kind)
        value = m.group(kind)
        if kind in ("dq", "sq", "cq"):
            start -= 1
            if not value.strip():
                raise QuerySyntaxError("empty code path", start)
            out.append(_Token("code", value.strip(), start))
        elif kind == "word":
            out.append(_Token("keyword" if value.upper() in KEYWORDS else "word", value, start))
        else:
            out.append(_Token(kind, value, start))
        pos = m.end()
    out.append(_Token("end", "", len(text)))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0

    @property
    def tok(self) -> _Token:
        return self.tokens[self.i]

    def keyword(self, *words: str) -> bool:
        return self.tok.kind == "keyword" and self.tok.text.upper() in words

    def take(self) -> _Token:
        tok = self.tok
        self.i += 1
        return tok

    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise QuerySyntaxError("empty query: name a code", 0)
        node = self.expr()
        if self.tok.kind != "end":
            raise QuerySyntaxError(f"expected AND, OR, NEAR or FOLLOWED BY, found {self.tok.text!r}", self.tok.position)
        return node

    def expr(self) -> Node:
        node = self.and_()
        while self.keyword("OR"):
            tok = self.take()
            node = Binary(Op.OR, node, self.and_(), None, tok.position)
        return node

    def and_(self) -> Node:
        node = self.near()
        while self.keyword("AND"):
            tok = self.take()
            scope = self.scope()
            node = Binary(Op.AND, node, self.near(), scope, tok.position)
        return node

    def near(self) -> Node:
        node = self.unary()
        while self.keyword("NEAR", "FOLLOWED"):
            tok = self.take()
            op = Op.NEAR
            if tok.text.upper() == "FOLLOWED":
                if not self.keyword("BY"):
                    raise QuerySyntaxError("FOLLOWED must be followed by BY", self.tok.position)
                self.take()
                op = Op.FOLLOWED_BY
            scope = self.scope()
            node = Binary(op, node, self.unary(), scope, tok.position)
        return node

    def scope(self) -> Scope | None:
        if self.tok.kind != "slash":
            return None
        self.take()
        tok = self.take()
        try:
            return parse_scope(tok.text if tok.kind in ("word", "keyword") else "")
        except InvalidValue:
            raise QuerySyntaxError(
                "after / give a scope: overlap, sentence, turn, paragraph, document or a number", tok.position
            ) from None

    def unary(self) -> Node:
        tok = self.tok
        if self.keyword("NOT"):
            self.take()
            return Not(self.unary(), tok.position)
        if tok.kind == "open":
            self.take()
            node = self.expr()
            if self.tok.kind != "close":
                raise QuerySyntaxError("missing closing parenthesis", self.tok.position)
            self.take()
            return node
        if tok.kind in ("code", "word"):
            self.take()
            return CodeRef(tok.text, tok.position)
        if tok.kind == "end":
            raise QuerySyntaxError("expected a code path, found the end of the query", tok.position)
        what = "a parenthesis" if tok.kind == "close" else repr(tok.text)
        raise QuerySyntaxError(f"expected a quoted code path, found {what}", tok.position)


def parse_query(text: str) -> Node:
    """The syntax tree of a query (raises :class:`QuerySyntaxError`)."""
    return _Parser(text).parse()


def code_refs(node: Node, positive: bool = True) -> list[CodeRef]:
    """The codes a query names (``positive``: only those not under a NOT), in order."""
    if isinstance(node, CodeRef):
        return [node]
    if isinstance(node, Not):
        return [] if positive else code_refs(node.operand, positive)
    return code_refs(node.left, positive) + code_refs(node.right, positive)


def quote_path(path: str) -> str:
    """A code path as the query language writes it."""
    return f"'{path}'" if '"' in path else f'"{path}"'


def unparse(node: Node) -> str:
    """The query as text (fully parenthesised where it matters)."""
    if isinstance(node, CodeRef):
        return quote_path(node.path)
    if isinstance(node, Not):
        return f"NOT {_wrapped(node.operand)}"
    scope = f"/{node.scope.label()}" if node.scope is not None else ""
    return f"{_wrapped(node.left)} {node.op.value}{scope} {_wrapped(node.right)}"


def _wrapped(node: Node) -> str:
    return unparse(node) if not isinstance(node, Binary) else f"({unparse(node)})"
