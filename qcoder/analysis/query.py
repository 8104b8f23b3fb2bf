"""Coding queries: which passages are coded with these codes, combined how, said by whom.

A query (:mod:`qcoder.analysis.query_parse`) names codes by path (or by name alone when no
other code has that name); a parent code stands for its whole subtree, as in the analysis
matrix. Evaluation works per coder and document (two
coders' codings never combine, as in the matrix) on sets of *regions*:

* **a code** -- its excerpts: the codings of the code or a code below it, merged where they
  share a character (:mod:`qcoder.analysis.excerpts`). A one-code query therefore returns
  exactly the excerpts the matrix counts.
* **A OR B** -- the union (regions merged where they share a character).
* **A AND B**, scope *overlap* (the default) -- the characters coded with both (NVivo's
  "coded at all of these codes"): one excerpt per overlapping pair of regions.
* **A AND B**, any other scope, and **A NEAR B** -- the passages where a region of A and a
  region of B are near each other (NVivo's "near content", returning the content of both):
  the regions of A that have a region of B near them and those of B that have one of A, chained
  with whatever else they are near, each chain returned as one excerpt from its first to its
  last character. Near means: sharing a character (*overlap*), touching the same sentence,
  speaker turn or paragraph (a region spanning two turns touches both; text between turns is
  a unit of its own), in the same *document*, or at most N characters apart (*N*).
* **A FOLLOWED BY B** -- as NEAR, counting only pairs where B starts after A starts.
* **NOT A** -- for each coder, in each document that coder coded: the text not coded with A
  (scope *overlap* or N), or the sentences / turns / paragraphs / documents without A (other
  scopes; a unit is whitespace-trimmed, and in a document with turns only text inside turns
  counts, not the speaker labels); **A AND NOT B** -- the
  characters of A not coded with B (*overlap*), or the regions of A with no region of B near
  them (other scopes: "turnover, in turns that do not mention training").

The query's scope (``--within``) applies to every AND, NEAR and FOLLOWED BY; ``NEAR/turn``,
``AND/200`` set one operator's own scope.

The excerpts found are then attributed and filtered as the matrix does
(:meth:`ProjectIndex.attribute_span`: the respondent turn with the largest overlap, else the
document): excerpts attributed to an interviewer are dropped unless asked for, ``--where``
keeps excerpts whose profile (the speaker's participant, else the document) has one of the
listed values of every named attribute, a speaker restriction keeps the excerpts attributed to
those speaker labels, and a text search keeps excerpts whose text contains it (ignoring case).
Counts: ``count`` excerpts, ``documents`` distinct documents, ``respondents`` distinct
respondent units (the matrix's participants: the linked participant, else the document).
Each excerpt lists the query's codes (those not under a NOT) coded on it by its coder, and
their *matching spans*: the characters of the excerpt coded with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from qcoder.analysis import query_regions as rg
from qcoder.analysis.excerpts import attribute_spans
from qcoder.analysis.index import NONE_VALUE, IntArray, ProjectIndex
from qcoder.analysis.query_parse import (
    CodeRef,
    Node,
    Not,
    Op,
    Scope,
    ScopeKind,
    code_refs,
    parse_query,
)
from qcoder.analysis.query_result import AttributeCount, Found, QueryExcerpt, QueryResult
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.turns import paragraphs

__all__ = ["AttributeCount", "QueryEngine", "QueryExcerpt", "QueryOptions", "QueryResult", "parse_where", "run_query"]

_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n\s*")


@dataclass(frozen=True)
class QueryOptions:
    """Scope and restrictions (see the module docstring). ``where``: attribute -> accepted
    values; ``speakers``: speaker labels; ``coders``: coder ids (None: every coder)."""

    scope: Scope = field(default_factory=Scope)
    where: Mapping[str, frozenset[str]] = field(default_factory=dict)
    speakers: frozenset[str] | None = None
    coders: frozenset[str] | None = None
    text: str = ""
    include_interviewers: bool = False


def parse_where(items: Iterable[str]) -> dict[str, frozenset[str]]:
    """``ATTR=VALUE`` items as attribute -> values (several values of one attribute: any of them)."""
    out: dict[str, set[str]] = {}
    for item in items:
        name, eq, value = item.partition("=")
        if not eq or not name.strip() or not value.strip():
            raise InvalidValue(f"--where takes ATTR=VALUE, not {item!r}")
        out.setdefault(name.strip(), set()).add(value.strip())
    return {k: frozenset(v) for k, v in out.items()}


class QueryEngine:
    """Runs queries over one project index (read with the document texts for sentence and
    paragraph scopes and text search); keeps the codes' regions and the unit boundaries
    between runs."""

    def __init__(self, index: ProjectIndex) -> None:
        self.index = index
        self.n_docs = len(index.document_order)
        self.n_coders = max(len(index.coder_order), 1)
        self.stride = index.turn_arrays().stride
        self.lengths = np.array(
            [max(d.info.chars, len(d.text)) for d in (index.documents[i] for i in index.document_order)],
            dtype=np.int64,
        )
        self._leaves: dict[tuple[str, frozenset[str] | None], rg.Regions] = {}
        self._breaks: dict[ScopeKind, IntArray] = {}
        self._units: dict[ScopeKind, tuple[IntArray, IntArray]] = {}
        self._code_pos = {c: i for i, c in enumerate(index.code_order)}

    # -- running -----------------------------------------------------------------------

    def run(self, query: str, options: QueryOptions | None = None) -> QueryResult:
        """The excerpts of ``query`` (raises QuerySyntaxError, NotFound for an unknown code,
        attribute or coder)."""
        options = options or QueryOptions()
        tree = parse_query(query)
        for name in options.where:
            self.index.check_attribute(name)
        codes = {ref.path: self._resolve(ref.path) for ref in code_refs(tree, positive=False)}
        regions = self.evaluate(tree, options, codes)
        return QueryResult(query, options, self.index, self._found(regions, tree, options, codes))

    def _resolve(self, path: str) -> str:
        """A code by path, or by its name alone when no other code has that name."""
        try:
            return next(iter(self.index.resolve_codes([path])))
        except NotFound:
            named = [c.id for c in self.index.codes.values() if c.name.casefold() == path.strip().casefold()]
            if len(named) == 1:
                return named[0]
            raise NotFound("code", path) from None

    def evaluate(self, node: Node, options: QueryOptions, codes: Mapping[str, str]) -> rg.Regions:
        """The regions of a parsed query (before attribution and restrictions)."""
        if isinstance(node, CodeRef):
            return self.leaf(codes[node.path], options.coders)
        if isinstance(node, Not):
            return self.complement(self.evaluate(node.operand, options, codes), options)
        scope = node.scope or options.scope
        if node.op == Op.OR:
            return rg.union(self.evaluate(node.left, options, codes), self.evaluate(node.right, options, codes))
        if node.op == Op.AND:
            left, right = node.left, node.right
            if isinstance(left, Not) and not isinstance(right, Not):
                left, right = right, left
            if isinstance(right, Not) and not isinstance(left, Not):
                a = self.evaluate(left, options, codes)
                return self.without(a, self.evaluate(right.operand, options, codes), scope)
            a, b = self.evaluate(left, options, codes), self.evaluate(right, options, codes)
            return rg.intersect(a, b) if scope.kind == ScopeKind.OVERLAP else self.near(a, b, scope, False)
        a, b = self.evaluate(node.left, options, codes), self.evaluate(node.right, options, codes)
        return self.near(a, b, scope, node.op == Op.FOLLOWED_BY)

    # -- the sets ----------------------------------------------------------------------

    def leaf(self, code_id: str, coders: frozenset[str] | None) -> rg.Regions:
        """A code's excerpts (its subtree's codings merged per coder and document)."""
        key = (code_id, coders)
        found = self._leaves.get(key)
        if found is not None:
            return found
        index = self.index
        ca = index.coding_arrays()
        wanted = [self._code_pos[c] for c in _subtree(index, code_id)]
        keep = ca.valid & np.isin(ca.code, np.array(wanted, dtype=np.int64))
        if coders is not None:
            allowed = [index.coder_pos[c] for c in coders if c in index.coder_pos]
            keep &= np.isin(ca.coder, np.array(allowed, dtype=np.int64))
        base = (ca.coder[keep] * self.n_docs + ca.doc[keep]) * self.stride
        found = rg.merge(base + ca.start[keep], base + ca.end[keep])
        self._leaves[key] = found
        return found

    def _coder_positions(self, coders: frozenset[str] | None) -> IntArray:
        index = self.index
        chosen = index.coder_order if coders is None else [c for c in index.coder_order if c in coders]
        return np.array([index.coder_pos[c] for c in chosen], dtype=np.int64)

    def _worked(self, coders: frozenset[str] | None) -> IntArray:
        """The (coder, document) groups in which a chosen coder coded something, sorted."""
        ca = self.index.coding_arrays()
        keep = ca.valid & np.isin(ca.coder, self._coder_positions(coders))
        return np.unique(ca.coder[keep] * self.n_docs + ca.doc[keep])

    def _per_coder(self, doc_start: IntArray, doc_end: IntArray, coders: frozenset[str] | None) -> rg.Regions:
        """Spans given in document coordinates (``doc * stride + offset``), for each coder who
        coded in their document."""
        groups = self._worked(coders)
        doc = doc_start // self.stride
        lo = np.searchsorted(doc, groups % self.n_docs, side="left")
        hi = np.searchsorted(doc, groups % self.n_docs, side="right")
        which, k = rg.ranges(lo.astype(np.int64), hi.astype(np.int64))
        shift = (groups[which] // self.n_docs) * self.n_docs * self.stride
        return rg.Regions(doc_start[k] + shift, doc_end[k] + shift)

    def complement(self, x: rg.Regions, options: QueryOptions) -> rg.Regions:
        """What a coder did not code with ``x`` in the documents they coded (the text, or the
        units of the scope)."""
        if options.scope.kind in (ScopeKind.OVERLAP, ScopeKind.CHARS):
            docs = np.arange(self.n_docs, dtype=np.int64) * self.stride
            universe = self._per_coder(docs, docs + self.lengths, options.coders)
            return rg.difference(universe, x)
        starts, ends = self.units(options.scope.kind)
        return self.without(self._per_coder(starts, ends, options.coders), x, options.scope)

    def without(self, a: rg.Regions, b: rg.Regions, scope: Scope) -> rg.Regions:
        if scope.kind == ScopeKind.OVERLAP:
            return rg.difference(a, b)
        i, _ = rg.near_pairs(self.keys(a, scope), self.keys(b, scope))
        keep = np.ones(len(a), dtype=np.bool_)
        keep[i] = False
        return a.subset(keep)

    def near(self, a: rg.Regions, b: rg.Regions, scope: Scope, ordered: bool) -> rg.Regions:
        ka, kb = self.keys(a, scope), self.keys(b, scope)
        i, j = rg.near_pairs(ka, kb)
        if ordered:
            later = b.start[j] > a.start[i]
            i, j = i[later], j[later]
        i, j = np.unique(i), np.unique(j)
        regions = rg.Regions(np.concatenate((a.start[i], b.start[j])), np.concatenate((a.end[i], b.end[j])))
        keys = rg.Keys(np.concatenate((ka.lo[i], kb.lo[j])), np.concatenate((ka.hi[i], kb.hi[j])))
        return rg.clusters(regions, keys)

    # -- scopes ------------------------------------------------------------------------

    def keys(self, r: rg.Regions, scope: Scope) -> rg.Keys:
        """Closed intervals that intersect exactly when two regions are near (module
        docstring of :mod:`qcoder.analysis.query_regions`)."""
        if scope.kind == ScopeKind.OVERLAP:
            return rg.Keys(r.start, r.end - 1)
        group = r.start // self.stride
        if scope.kind == ScopeKind.DOCUMENT:
            return rg.Keys(group, group)
        if scope.kind == ScopeKind.CHARS:
            width = self.stride + scope.chars + 1
            base = group * width - group * self.stride
            return rg.Keys(r.start + base, r.end + base + scope.chars)
        breaks = self.breaks(scope.kind)
        coder, doc = group // self.n_docs, group % self.n_docs
        shift = (doc - group) * self.stride  # to document coordinates
        lo = np.searchsorted(breaks, r.start + shift, side="right") - 1
        hi = np.searchsorted(breaks, r.end - 1 + shift, side="right") - 1
        offset = coder * (len(breaks) + 1)
        return rg.Keys(lo + offset, hi + offset)

    def breaks(self, kind: ScopeKind) -> IntArray:
        """Where units start, in document coordinates, sorted; every document's start included."""
        found = self._breaks.get(kind)
        if found is None:
            ta = self.index.turn_arrays()
            parts = [np.arange(self.n_docs, dtype=np.int64) * self.stride, ta.start, ta.end]
            if kind in (ScopeKind.SENTENCE, ScopeKind.PARAGRAPH):
                parts.append(self._text_breaks(kind))
            found = np.unique(np.concatenate(parts))
            self._breaks[kind] = found
        return found

    def _text_breaks(self, kind: ScopeKind) -> IntArray:
        out: list[int] = []
        for d, doc_id in enumerate(self.index.document_order):
            text = self.index.documents[doc_id].text
            if not text and self.lengths[d]:
                raise InvalidValue(f"a {kind.value} scope needs the documents' texts")
            base = d * self.stride
            if kind == ScopeKind.SENTENCE:
                out.extend(base + m.end() for m in _SENTENCE_BREAK.finditer(text))
            else:
                for s, e in paragraphs(text):
                    out.extend((base + s, base + e))
        return np.array(out, dtype=np.int64)

    def units(self, kind: ScopeKind) -> tuple[IntArray, IntArray]:
        """Every unit of a scope as spans in document coordinates, whitespace trimmed; in a
        document with turns, only the units inside turns (not the speaker labels)."""
        found = self._units.get(kind)
        if found is None:
            found = self._units[kind] = self._make_units(kind)
        return found

    def _make_units(self, kind: ScopeKind) -> tuple[IntArray, IntArray]:
        if kind == ScopeKind.DOCUMENT:
            starts = np.arange(self.n_docs, dtype=np.int64) * self.stride
            return starts, starts + self.lengths
        starts = self.breaks(kind)
        doc = starts // self.stride
        nxt = np.append(starts[1:], -1)
        same = np.append(doc[1:] == doc[:-1], False)
        ends = np.where(same, nxt, doc * self.stride + self.lengths[doc])
        ta = self.index.turn_arrays()
        k = np.searchsorted(ta.start, starts, side="right") - 1
        inside = (k >= 0) & (ta.end[np.maximum(k, 0)] > starts) if len(ta.start) else np.zeros(len(starts), bool)
        keep = (ends > starts) & (inside | (ta.first[doc + 1] == ta.first[doc]))
        return self._trimmed(starts[keep], ends[keep], doc[keep])

    def _trimmed(self, starts: IntArray, ends: IntArray, doc: IntArray) -> tuple[IntArray, IntArray]:
        """Units with their whitespace trimmed, whitespace-only ones dropped (where the text is known)."""
        out_s: list[int] = []
        out_e: list[int] = []
        documents, order = self.index.documents, self.index.document_order
        bounds = np.searchsorted(doc, np.arange(self.n_docs + 1))
        for d in np.flatnonzero(bounds[1:] > bounds[:-1]).tolist():
            lo, hi = int(bounds[d]), int(bounds[d + 1])
            text, base = documents[order[d]].text, d * self.stride
            if not text:
                out_s.extend(starts[lo:hi].tolist())
                out_e.extend(ends[lo:hi].tolist())
                continue
            for s, e in zip((starts[lo:hi] - base).tolist(), (ends[lo:hi] - base).tolist(), strict=True):
                piece = text[s:e]
                kept = piece.strip()
                if kept:
                    first = s + piece.index(kept[0])
                    out_s.append(base + first)
                    out_e.append(base + first + len(kept))
        return np.array(out_s, dtype=np.int64), np.array(out_e, dtype=np.int64)

    # -- results -----------------------------------------------------------------------

    def _found(self, r: rg.Regions, tree: Node, options: QueryOptions, codes: Mapping[str, str]) -> Found:
        """The regions attributed, restricted and put in document order, with their matching spans."""
        group = r.start // self.stride
        doc, coder = group % self.n_docs, group // self.n_docs
        start, end = r.start - group * self.stride, r.end - group * self.stride
        profile, turn = attribute_spans(self.index, doc, start, end)
        keep = np.flatnonzero(self._restrict(doc, start, end, profile, options))
        order = keep[np.lexsort((coder[keep], start[keep], doc[keep]))]
        mi, mk, ms, me, paths = self._matching(r.subset(order), tree, options, codes)
        d, c, s, e, p, t = (a[order] for a in (doc, coder, start, end, profile, turn))
        return Found(d, c, s, e, p, t, mi, mk, ms, me, paths)

    def _restrict(
        self, doc: IntArray, start: IntArray, end: IntArray, profile: IntArray, options: QueryOptions
    ) -> np.ndarray:
        index = self.index
        ok = np.ones(len(index.profiles), dtype=np.bool_)
        speakers = {s.casefold() for s in options.speakers} if options.speakers is not None else None
        for p in index.profiles:
            if p.is_interviewer and not options.include_interviewers:
                ok[p.index] = False
            elif any(p.value(a) not in {v if v else NONE_VALUE for v in vs} for a, vs in options.where.items()):
                ok[p.index] = False
            elif speakers is not None:
                spk = index.speakers.get(p.speaker_id) if p.speaker_id else None
                ok[p.index] = spk is not None and spk.label.casefold() in speakers
        keep = ok[profile] if len(profile) else np.zeros(0, dtype=np.bool_)
        needle = options.text.strip().casefold()
        if needle:
            for k in np.flatnonzero(keep).tolist():
                text = index.documents[index.document_order[int(doc[k])]].text
                keep[k] = needle in text[int(start[k]) : int(end[k])].casefold()
        return keep

    def _matching(
        self, r: rg.Regions, tree: Node, options: QueryOptions, codes: Mapping[str, str]
    ) -> tuple[IntArray, IntArray, IntArray, IntArray, tuple[str, ...]]:
        """The characters of each excerpt coded with the query's codes (those not under a NOT),
        as (excerpt, code, start, end) sorted by excerpt, offsets in the document, and the codes' paths."""
        base = (r.start // self.stride) * self.stride
        parts: list[tuple[IntArray, IntArray, IntArray, IntArray]] = []
        ids = list(dict.fromkeys(codes[ref.path] for ref in code_refs(tree)))
        for k, cid in enumerate(ids):
            leaf = self.leaf(cid, options.coders)
            i, j = rg.overlap_pairs(r, leaf)
            s = np.maximum(r.start[i], leaf.start[j]) - base[i]
            e = np.minimum(r.end[i], leaf.end[j]) - base[i]
            parts.append((i, np.full(len(i), k, dtype=np.int64), s, e))
        if not parts:
            z = np.zeros(0, dtype=np.int64)
            return z, z, z, z, ()
        mi, mk, ms, me = (np.concatenate([p[n] for p in parts]) for n in range(4))
        order = np.lexsort((ms, mk, mi))
        return mi[order], mk[order], ms[order], me[order], tuple(self.index.paths[c] for c in ids)


def _subtree(index: ProjectIndex, code_id: str) -> list[str]:
    out: list[str] = []
    stack = [code_id]
    seen: set[str] = set()
    while stack:
        cid = stack.pop()
        if cid not in seen:
            seen.add(cid)
            out.append(cid)
            stack.extend(index.children.get(cid, []))
    return out


def run_query(index: ProjectIndex, query: str, options: QueryOptions | None = None) -> QueryResult:
    """One query over an index (build a :class:`QueryEngine` to run several)."""
    return QueryEngine(index).run(query, options)
