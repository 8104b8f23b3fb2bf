"""A character-by-character evaluator of coding queries (the module docstring of
:mod:`qcoder.analysis.query` read literally), and hypothesis strategies for small projects and
queries to compare the numpy evaluator with."""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from hypothesis import strategies as st

from qcoder.analysis.excerpts import merge_spans
from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.query import _SENTENCE_BREAK
from qcoder.analysis.query_parse import CodeRef, Node, Not, Op, Scope, ScopeKind, quote_path
from qcoder.analysis.synthetic import INTERVIEWER, SnapshotBuilder
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import Span
from qcoder.core.turns import paragraphs

PATHS = ["P", "P > C1", "P > C2", "Q"]
WORDS = ["yes.", "no", "maybe!", "we", "share", "files.", "Trust?", "ok\n", "and"]
Group = tuple[str, str]  # (document, coder)
Sets = dict[Group, list[Span]]


@st.composite
def projects(draw: st.DrawFn) -> ProjectSnapshot:
    b = SnapshotBuilder()
    for p in PATHS:
        b.code(p)
    b.coder("A")
    b.coder("B")
    someone = b.participant("Sam", group="x")
    for d in range(draw(st.integers(1, 3))):
        speech = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
        if draw(st.booleans()):
            turns = [
                (label, draw(speech), link)
                for label, link in draw(
                    st.lists(
                        st.sampled_from([("I", INTERVIEWER), ("Sam", someone), ("Kim", None)]), min_size=1, max_size=4
                    )
                )
            ]
            doc = b.document(f"d{d}", turns)
        else:
            doc = b.document(f"d{d}", text=draw(speech))
        n = len(b.text(doc))
        for _ in range(draw(st.integers(0, 6))):
            s = draw(st.integers(0, n - 1))
            e = draw(st.integers(s + 1, min(n, s + 25)))
            b.coding(doc, draw(st.sampled_from(PATHS)), s, e, draw(st.sampled_from(["A", "B"])))
    return b.build()


def _nodes(depth: int) -> st.SearchStrategy[str]:
    leaf = st.sampled_from(PATHS).map(quote_path)
    if depth == 0:
        return leaf
    sub = _nodes(depth - 1)
    ops = st.sampled_from(["AND", "OR", "NEAR", "FOLLOWED BY", "AND NOT", "NEAR/turn", "AND/3"])
    binary = st.tuples(sub, ops, sub).map(lambda t: f"({t[0]} {t[1]} {t[2]})")
    return leaf | binary | sub.map(lambda x: f"NOT {x}")


def queries() -> st.SearchStrategy[str]:
    return _nodes(2)


# -- the evaluator ------------------------------------------------------------------------------


class _Brute:
    def __init__(self, index: ProjectIndex, scope: Scope) -> None:
        self.index = index
        self.scope = scope
        self.worked = {(c.document_id, c.coder_id) for c in index.snapshot.codings}

    def text(self, doc: str) -> str:
        return self.index.documents[doc].text

    def turns(self, doc: str) -> list[Span]:
        return sorted((t.start, t.end) for t in self.index.snapshot.turns if t.document_id == doc)

    def breaks(self, doc: str, kind: ScopeKind) -> list[int]:
        found = {0} | {x for t in self.turns(doc) for x in t}
        if kind == ScopeKind.SENTENCE:
            found |= {m.end() for m in _SENTENCE_BREAK.finditer(self.text(doc))}
        if kind == ScopeKind.PARAGRAPH:
            found |= {x for p in paragraphs(self.text(doc)) for x in p}
        return sorted(found)

    def touched(self, doc: str, span: Span, scope: Scope) -> set[int]:
        breaks = self.breaks(doc, scope.kind)
        return {bisect_right(breaks, p) - 1 for p in range(*span)}

    def near(self, doc: str, a: Span, b: Span, scope: Scope) -> bool:
        if scope.kind == ScopeKind.OVERLAP:
            return a[0] < b[1] and b[0] < a[1]
        if scope.kind == ScopeKind.CHARS:
            return b[0] <= a[1] + scope.chars and a[0] <= b[1] + scope.chars
        if scope.kind == ScopeKind.DOCUMENT:
            return True
        return bool(self.touched(doc, a, scope) & self.touched(doc, b, scope))

    def leaf(self, path: str) -> Sets:
        cid = next(iter(self.index.resolve_codes([path])))
        wanted = {cid} | {c for c in self.index.codes if path_of(self.index, c).startswith(path + " > ")}
        out: Sets = {}
        for c in self.index.snapshot.codings:
            if c.code_id in wanted:
                out.setdefault((c.document_id, c.coder_id), []).append((c.start, c.end))
        return {k: merge_spans(v) for k, v in out.items()}

    def evaluate(self, node: Node) -> Sets:
        if isinstance(node, CodeRef):
            return self.leaf(node.path)
        if isinstance(node, Not):
            return self.complement(self.evaluate(node.operand))
        scope = node.scope or self.scope
        left, right = node.left, node.right
        if node.op == Op.OR:
            a, b = self.evaluate(left), self.evaluate(right)
            return {k: merge_spans(a.get(k, []) + b.get(k, [])) for k in a.keys() | b.keys()}
        if node.op == Op.AND:
            if isinstance(left, Not) and not isinstance(right, Not):
                left, right = right, left
            if isinstance(right, Not) and not isinstance(left, Not):
                return self.without(self.evaluate(left), self.evaluate(right.operand), scope)
            if scope.kind == ScopeKind.OVERLAP:
                return self.intersect(self.evaluate(left), self.evaluate(right))
        return self.near_sets(self.evaluate(left), self.evaluate(right), scope, node.op == Op.FOLLOWED_BY)

    def intersect(self, a: Sets, b: Sets) -> Sets:
        out: Sets = {}
        for k in a.keys() & b.keys():
            out[k] = sorted(
                (max(x[0], y[0]), min(x[1], y[1])) for x in a[k] for y in b[k] if x[0] < y[1] and y[0] < x[1]
            )
        return out

    def without(self, a: Sets, b: Sets, scope: Scope) -> Sets:
        out: Sets = {}
        for (doc, coder), spans in a.items():
            cut = b.get((doc, coder), [])
            if scope.kind != ScopeKind.OVERLAP:
                out[(doc, coder)] = [x for x in spans if not any(self.near(doc, x, y, scope) for y in cut)]
                continue
            pieces: list[Span] = []
            for x in spans:
                free = [p for p in range(*x) if not any(y[0] <= p < y[1] for y in cut)]
                pieces += runs(free)
            out[(doc, coder)] = pieces
        return out

    def near_sets(self, a: Sets, b: Sets, scope: Scope, ordered: bool) -> Sets:
        out: Sets = {}
        for doc, coder in a.keys() & b.keys():
            xs, ys = a[(doc, coder)], b[(doc, coder)]

            def ok(x: Span, y: Span, doc: str = doc) -> bool:
                return self.near(doc, x, y, scope) and (not ordered or y[0] > x[0])

            matched = [x for x in xs if any(ok(x, y) for y in ys)] + [y for y in ys if any(ok(x, y) for x in xs)]
            out[(doc, coder)] = merge_spans(self.components(doc, matched, scope))
        return out

    def components(self, doc: str, spans: list[Span], scope: Scope) -> list[Span]:
        parent = list(range(len(spans)))

        def find(i: int) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        for i, x in enumerate(spans):
            for j, y in enumerate(spans[:i]):
                if self.near(doc, x, y, scope):
                    parent[find(i)] = find(j)
        groups: dict[int, list[Span]] = {}
        for i, x in enumerate(spans):
            groups.setdefault(find(i), []).append(x)
        return [(min(s for s, _ in g), max(e for _, e in g)) for g in groups.values()]

    def complement(self, x: Sets) -> Sets:
        out: Sets = {}
        for doc, coder in self.worked:
            n = len(self.text(doc))
            if self.scope.kind in (ScopeKind.OVERLAP, ScopeKind.CHARS):
                covered = x.get((doc, coder), [])
                out[(doc, coder)] = runs([p for p in range(n) if not any(s <= p < e for s, e in covered)])
                continue
            units = self.units(doc)
            out[(doc, coder)] = [
                u for u in units if not any(self.near(doc, u, y, self.scope) for y in x.get((doc, coder), []))
            ]
        return out

    def units(self, doc: str) -> list[Span]:
        text, turns = self.text(doc), self.turns(doc)
        if self.scope.kind == ScopeKind.DOCUMENT:
            return [(0, len(text))] if text else []
        out = []
        for s, e in pairwise([*self.breaks(doc, self.scope.kind), len(text)]):
            if turns and not any(ts <= s < te for ts, te in turns):
                continue
            piece = text[s:e]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((s + lead, s + len(piece.rstrip())))
        return out


def path_of(index: ProjectIndex, code_id: str) -> str:
    return index.paths[code_id]


def runs(positions: list[int]) -> list[Span]:
    out: list[Span] = []
    for p in positions:
        if out and out[-1][1] == p:
            out[-1] = (out[-1][0], p + 1)
        else:
            out.append((p, p + 1))
    return out


def brute_force(index: ProjectIndex, tree: Node, scope: Scope) -> list[tuple[str, str, int, int]]:
    """The excerpts of ``tree`` as (document id, coder id, start, end), sorted."""
    found = _Brute(index, scope).evaluate(tree)
    return sorted((d, c, s, e) for (d, c), spans in found.items() for s, e in spans)
