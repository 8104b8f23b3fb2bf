"""Coding queries: which passages are coded with these codes, combined how, said by whom.

A query (:mod:`qcoder.analysis.query_parse`) names codes by path; a parent code stands for
its whole subtree, as in the analysis matrix. Evaluation works per coder and document (two
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
* **NOT A** -- the text not coded with A (scope *overlap* or N), or the sentences / turns /
  paragraphs / documents without A (other scopes), for each coder; **A AND NOT B** -- the
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
from typing import Any

import numpy as np

from qcoder.analysis import query_regions as rg
from qcoder.analysis.excerpts import attribute_spans, merge_spans
from qcoder.analysis.index import NONE_VALUE, IntArray, Profile, ProjectIndex
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
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.text import Span
from qcoder.core.turns import paragraphs

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


@dataclass(frozen=True)
class QueryExcerpt:
    """One passage a query found, attributed (``turn``: index among the document's turns, -1
    outside them)."""

    document_id: str
    document: str
    coder_id: str
    coder: str
    start: int
    end: int
    speaker: str
    participant: str
    profile: Profile
    turn: int
    codes: tuple[str, ...]  # paths of the query's codes coded on it
    spans: tuple[Span, ...]  # the characters coded with them

    def json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "codes": list(self.codes),
        }


@dataclass(frozen=True)
class AttributeCount:
    value: str
    excerpts: int
    documents: int
    respondents: int


@dataclass(frozen=True)
class QueryResult:
    query: str
    options: QueryOptions
    excerpts: list[QueryExcerpt]

    @property
    def count(self) -> int:
        return len(self.excerpts)

    @property
    def documents(self) -> int:
        return len({e.document_id for e in self.excerpts})

    @property
    def respondents(self) -> int:
        return len({e.profile.unit for e in self.excerpts})

    def by_attribute(self, index: ProjectIndex, name: str) -> list[AttributeCount]:
        """Excerpts, documents and respondents per value of an attribute (of each excerpt's
        profile, as the matrix groups them); every value of the project, zero rows included."""
        groups: dict[str, list[QueryExcerpt]] = {}
        for e in self.excerpts:
            groups.setdefault(e.profile.value(name), []).append(e)
        values = index.attribute_values(name, groups)
        return [
            AttributeCount(
                v,
                len(groups.get(v, [])),
                len({e.document_id for e in groups.get(v, [])}),
                len({e.profile.unit for e in groups.get(v, [])}),
            )
            for v in values
        ]

    def json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "count": self.count,
            "documents": self.documents,
            "respondents": self.respondents,
            "excerpts": [e.json() for e in self.excerpts],
        }


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
        return QueryResult(query, options, self._excerpts(regions, tree, options, codes))

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
        out_s: list[int] = []
        out_e: list[int] = []
        docs = self.index.document_order
        for s, e, d in zip(starts[keep].tolist(), ends[keep].tolist(), doc[keep].tolist(), strict=True):
            text = self.index.documents[docs[d]].text
            base = d * self.stride
            piece = text[s - base : e - base]
            if not text:
                out_s.append(s)
                out_e.append(e)
            elif piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out_s.append(s + lead)
                out_e.append(s + len(piece.rstrip()))
        return np.array(out_s, dtype=np.int64), np.array(out_e, dtype=np.int64)

    # -- results -----------------------------------------------------------------------

    def _excerpts(
        self, r: rg.Regions, tree: Node, options: QueryOptions, codes: Mapping[str, str]
    ) -> list[QueryExcerpt]:
        index = self.index
        group = r.start // self.stride
        doc, coder = group % self.n_docs, group // self.n_docs
        start, end = r.start - group * self.stride, r.end - group * self.stride
        profile, turn = attribute_spans(index, doc, start, end)
        keep = self._restrict(doc, start, end, profile, options)
        order = np.flatnonzero(keep)
        order = order[np.lexsort((coder[order], start[order], doc[order]))]
        found = self._matching(r.subset(order), tree, options, codes)
        out: list[QueryExcerpt] = []
        names = {c.id: c.name for c in index.coders.values()}
        for k, (d, c, s, e, p, t) in enumerate(
            zip(*(a[order].tolist() for a in (doc, coder, start, end, profile, turn)), strict=True)
        ):
            prof = index.profiles[p]
            doc_id, coder_id = index.document_order[d], index.coder_order[c]
            speaker = index.speakers.get(prof.speaker_id) if prof.speaker_id else None
            participant = index.participants.get(prof.participant_id) if prof.participant_id else None
            paths, spans = found[k]
            out.append(
                QueryExcerpt(
                    doc_id,
                    index.documents[doc_id].name,
                    coder_id,
                    names.get(coder_id, coder_id),
                    s,
                    e,
                    speaker.label if speaker is not None else "",
                    participant.name if participant is not None else "",
                    prof,
                    t,
                    paths,
                    spans,
                )
            )
        return out

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
    ) -> list[tuple[tuple[str, ...], tuple[Span, ...]]]:
        """Per excerpt: the paths of the query's (positive) codes coded on it and the
        characters coded with them, in excerpt coordinates of its document."""
        paths: list[list[str]] = [[] for _ in range(len(r))]
        pieces: list[list[Span]] = [[] for _ in range(len(r))]
        base = (r.start // self.stride) * self.stride
        for cid in dict.fromkeys(codes[ref.path] for ref in code_refs(tree)):
            leaf = self.leaf(cid, options.coders)
            i, j = rg.overlap_pairs(r, leaf)
            s = np.maximum(r.start[i], leaf.start[j]) - base[i]
            e = np.minimum(r.end[i], leaf.end[j]) - base[i]
            path = self.index.paths[cid]
            for k, a, b in zip(i.tolist(), s.tolist(), e.tolist(), strict=True):
                if not paths[k] or paths[k][-1] != path:
                    paths[k].append(path)
                pieces[k].append((a, b))
        return [(tuple(p), tuple(merge_spans(sp))) for p, sp in zip(paths, pieces, strict=True)]


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
