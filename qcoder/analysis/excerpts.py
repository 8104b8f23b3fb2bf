"""Excerpts: merged coded regions per code, their attribution, coding listings and quotes.

Definition of an **excerpt** (used by every count in ``qcoder.analysis``):

    For a code C, a document D and a coder K, take every coding by K in D whose code is C
    *or any code below C* in the codebook. The excerpts of C in (D, K) are the maximal
    regions of the union of those spans, where two spans join when they share at least one
    character; spans that merely touch (one ends exactly where the next starts) stay
    separate excerpts.

So for a leaf code an excerpt is one coding, except that a coder's own overlapping codings
of the same code count once; for a parent code an excerpt coded with two overlapping
children counts once, while children coded on separate passages count separately.
Different coders' excerpts are never merged: with several coders selected, each coder's
excerpts are counted (pick one coder, or a consensus coder, for a single count).

Each excerpt is attributed to a profile and a turn by
:meth:`qcoder.analysis.index.ProjectIndex.attribute_span`. Excerpts attributed to an
interviewer turn are left out unless the selection includes interviewers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from qcoder.analysis.index import Attribution, IntArray, Profile, ProjectIndex, Selection
from qcoder.core.model import Coding
from qcoder.core.text import Span

RegionKey = tuple[str, str]  # (document id, coder id)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Union of half-open spans; spans join only when they share a character."""
    ordered = sorted(spans)
    if not ordered:
        return []
    out: list[Span] = []
    cur_s, cur_e = ordered[0]
    for s, e in ordered[1:]:
        if s < cur_e:
            if e > cur_e:
                cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append((cur_s, cur_e))
    return out


def selected_codings(index: ProjectIndex, selection: Selection) -> list[Coding]:
    """Codings of the selected coders in the selected documents, on known codes."""
    coders = selection.coder_ids
    docs = selection.document_ids
    codes = index.codes
    known_docs = index.documents
    return [
        c
        for c in index.snapshot.codings
        if c.end > c.start
        and c.code_id in codes
        and c.document_id in known_docs
        and (coders is None or c.coder_id in coders)
        and (docs is None or c.document_id in docs)
    ]


def code_regions(index: ProjectIndex, selection: Selection) -> dict[str, dict[RegionKey, list[Span]]]:
    """Excerpts (merged regions) of every code, rolled up, per (document, coder).

    Plain-Python reference of what :func:`excerpt_arrays` computes (used in tests)."""
    own: dict[str, dict[RegionKey, list[Span]]] = {}
    for c in selected_codings(index, selection):
        own.setdefault(c.code_id, {}).setdefault((c.document_id, c.coder_id), []).append((c.start, c.end))
    regions: dict[str, dict[RegionKey, list[Span]]] = {}
    for cid in reversed(index.code_order):  # children before parents
        parts: dict[RegionKey, list[Span]] = {k: list(v) for k, v in own.get(cid, {}).items()}
        for kid in index.children.get(cid, []):
            for key, spans in regions.get(kid, {}).items():
                parts.setdefault(key, []).extend(spans)
        regions[cid] = {k: merge_spans(v) for k, v in parts.items()}
    return regions


@dataclass(frozen=True)
class ExcerptArrays:
    """The counted excerpts of a selection as parallel arrays (one entry per excerpt),
    sorted by (code, document, coder, start).

    ``code`` indexes ``index.code_order``, ``doc`` ``index.document_order``, ``coder``
    ``index.coder_order``, ``profile`` ``index.profiles``; ``turn`` is the index of the
    attributed turn among the document's sorted turns, -1 outside every turn.
    """

    code: IntArray
    doc: IntArray
    coder: IntArray
    start: IntArray
    end: IntArray
    profile: IntArray
    turn: IntArray

    def __len__(self) -> int:
        return len(self.code)

    def subset(self, mask: npt.NDArray[np.bool_]) -> ExcerptArrays:
        return ExcerptArrays(
            *(a[mask] for a in (self.code, self.doc, self.coder, self.start, self.end, self.profile, self.turn))
        )


def _empty() -> IntArray:
    return np.zeros(0, dtype=np.int64)


def excerpt_arrays(index: ProjectIndex, selection: Selection) -> ExcerptArrays:
    """Every code's excerpts (rolled up over its subtree, merged per document and coder),
    attributed, interviewer excerpts dropped unless ``selection.include_interviewers``.

    Vectorized: a coding is repeated for the code and each ancestor, sorted by (code,
    document, coder, start), and cut into regions where a start reaches the running maximum
    end; each region's overlapping turns are found by binary search in the global turn
    arrays and the respondent turn with the largest overlap wins (earliest on ties).
    """
    ca = index.coding_arrays()
    keep = ca.valid.copy()
    if selection.coder_ids is not None:
        allowed = [index.coder_pos[c] for c in selection.coder_ids if c in index.coder_pos]
        keep &= np.isin(ca.coder, np.array(allowed, dtype=np.int64))
    if selection.document_ids is not None:
        allowed = [index.doc_pos[d] for d in selection.document_ids if d in index.doc_pos]
        keep &= np.isin(ca.doc, np.array(allowed, dtype=np.int64))
    if not keep.any():
        e = _empty()
        return ExcerptArrays(e, e, e, e, e, e, e)
    n_docs, n_coders = len(index.document_order), len(index.coder_order)
    code, doc, coder, start, end = _rolled_up(
        index, ca.code[keep], ca.doc[keep], ca.coder[keep], ca.start[keep], ca.end[keep]
    )
    # merge per (code, doc, coder)
    group = (code * n_docs + doc) * n_coders + coder
    r_group, r_start, r_end = _merge_runs(group, start, end)
    r_coder = r_group % n_coders
    r_doc = (r_group // n_coders) % n_docs
    r_code = r_group // (n_coders * n_docs)
    profile, turn = _attribute(index, r_doc, r_start, r_end)
    if not selection.include_interviewers:
        iv = np.array([p.is_interviewer for p in index.profiles], dtype=np.bool_)
        m = ~iv[profile]
        r_code, r_doc, r_coder, r_start, r_end, profile, turn = (
            a[m] for a in (r_code, r_doc, r_coder, r_start, r_end, profile, turn)
        )
    return ExcerptArrays(r_code, r_doc, r_coder, r_start, r_end, profile, turn)


def _rolled_up(
    index: ProjectIndex, code: IntArray, doc: IntArray, coder: IntArray, start: IntArray, end: IntArray
) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray]:
    """The codings repeated for their code and each of its ancestors."""
    code_pos = {c: i for i, c in enumerate(index.code_order)}
    parent_pos = np.array(
        [code_pos[p] if (p := index.parent[c]) is not None and p in code_pos else -1 for c in index.code_order] + [-1],
        dtype=np.int64,
    )
    parts = [(code, doc, coder, start, end)]
    cur = code
    for _ in range(len(index.code_order)):
        cur = parent_pos[cur]
        m = cur >= 0
        if not m.any():
            break
        cur, doc, coder, start, end = cur[m], doc[m], coder[m], start[m], end[m]
        parts.append((cur, doc, coder, start, end))
    code, doc, coder, start, end = (np.concatenate([p[i] for p in parts]) for i in range(5))
    return code, doc, coder, start, end


def _merge_runs(group: IntArray, start: IntArray, end: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Overlapping or touching spans of the same group merged: (group, start, end) per run."""
    order = np.lexsort((start, group))
    group, start, end = group[order], start[order], end[order]
    stride = int(end.max()) + 1
    ordinal = np.concatenate(([0], np.cumsum(group[1:] != group[:-1])))
    gs = ordinal * stride + start
    ge = ordinal * stride + end
    reach = np.maximum.accumulate(ge)
    new = np.empty(len(gs), dtype=np.bool_)
    new[0] = True
    new[1:] = gs[1:] >= reach[:-1]
    heads = np.flatnonzero(new)
    return group[heads], start[heads], np.maximum.reduceat(end, heads)


def _attribute(index: ProjectIndex, doc: IntArray, start: IntArray, end: IntArray) -> tuple[IntArray, IntArray]:
    """Vectorized :meth:`ProjectIndex.attribute_span` for many spans."""
    ta = index.turn_arrays()
    n = len(doc)
    profile = ta.doc_profile[doc].copy()
    turn = np.full(n, -1, dtype=np.int64)
    if len(ta.start) and n:
        gs = doc * ta.stride + start
        ge = doc * ta.stride + end
        lo = np.searchsorted(ta.end, gs, side="right")  # first turn ending after the start
        hi = np.searchsorted(ta.start, ge, side="left")  # turns starting before the end
        cnt = np.maximum(hi - lo, 0)
        cnt[ta.overlapping[doc]] = 0  # handled below, one by one
        total = int(cnt.sum())
        if total:
            region = np.repeat(np.arange(n), cnt)
            offs = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            tix = lo[region] + offs
            ov = np.minimum(ge[region], ta.end[tix]) - np.maximum(gs[region], ta.start[tix])
            score = ov + np.where(ta.interviewer[tix], 0, ta.stride)  # respondent turns first
            # pairs are grouped by region, turns ascending: the first maximum is the earliest
            heads = np.flatnonzero(cnt)
            starts_at = np.cumsum(cnt)[heads] - cnt[heads]
            best = np.maximum.reduceat(score, starts_at)
            top = np.flatnonzero(score == np.repeat(best, cnt[heads]))
            first = np.ones(len(top), dtype=np.bool_)
            first[1:] = region[top[1:]] != region[top[:-1]]
            best_region, best_turn = region[top[first]], tix[top[first]]
            profile[best_region] = ta.profile[best_turn]
            turn[best_region] = best_turn - ta.first[doc[best_region]]
    for i in np.flatnonzero(ta.overlapping[doc]) if n else ():
        a = index.attribute_span(index.document_order[int(doc[i])], int(start[i]), int(end[i]))
        profile[i] = a.profile.index
        turn[i] = a.turn
    return profile, turn


class Excerpt(NamedTuple):
    """One excerpt of a code, attributed (see the module docstring)."""

    code_id: str
    document_id: str
    coder_id: str
    start: int
    end: int
    profile: Profile
    turn: int


def attributed_excerpts(
    index: ProjectIndex, selection: Selection, code_ids: Iterable[str] | None = None
) -> dict[str, list[Excerpt]]:
    """The counted excerpts of each code (all codes, or ``code_ids``), as records.

    Excerpts attributed to an interviewer turn are dropped unless
    ``selection.include_interviewers``.
    """
    arrays = excerpt_arrays(index, selection)
    wanted = index.code_order if code_ids is None else [c for c in index.code_order if c in set(code_ids)]
    out: dict[str, list[Excerpt]] = {cid: [] for cid in wanted}
    codes, docs, coders, profiles = index.code_order, index.document_order, index.coder_order, index.profiles
    for ci, di, ki, s, e, pi, t in zip(
        *(
            a.tolist()
            for a in (arrays.code, arrays.doc, arrays.coder, arrays.start, arrays.end, arrays.profile, arrays.turn)
        ),
        strict=True,
    ):
        bucket = out.get(codes[ci])
        if bucket is not None:
            bucket.append(Excerpt(codes[ci], docs[di], coders[ki], s, e, profiles[pi], t))
    return out


# -- one row per coding (exports) ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodingRow:
    """A coding with everything an export lists about it."""

    coding: Coding
    code_path: str
    document_name: str
    coder_name: str
    speaker_label: str
    participant_name: str
    is_interviewer: bool
    attributes: Mapping[str, str]  # shared with the profile: do not modify
    text: str


def attribution_indices(index: ProjectIndex, codings: list[Coding]) -> tuple[list[int], list[int]]:
    """Profile index and turn of each coding's span (vectorized attribution)."""
    if not codings:
        return [], []
    doc = np.array([index.doc_pos[c.document_id] for c in codings], dtype=np.int64)
    start = np.array([c.start for c in codings], dtype=np.int64)
    end = np.array([c.end for c in codings], dtype=np.int64)
    profile, turn = _attribute(index, doc, start, end)
    return profile.tolist(), turn.tolist()


def attribute_codings(index: ProjectIndex, codings: list[Coding]) -> list[Attribution]:
    """The attribution of each coding's span."""
    profiles = index.profiles
    return [Attribution(profiles[p], t) for p, t in zip(*attribution_indices(index, codings), strict=True)]


def ordered_codings(index: ProjectIndex, selection: Selection) -> list[Coding]:
    """Selected codings on the selected codes, in codebook, document, then text order."""
    codes = selection.code_ids
    doc_pos = index.doc_pos
    code_pos = {c: i for i, c in enumerate(index.code_order)}
    chosen = [c for c in selected_codings(index, selection) if codes is None or c.code_id in codes]
    chosen.sort(key=lambda c: (code_pos.get(c.code_id, 0), doc_pos[c.document_id], c.start, c.end))
    return chosen


def coding_rows(index: ProjectIndex, selection: Selection) -> list[CodingRow]:
    """Every selected coding (on the selected codes, if any), in codebook then document order.

    Interviewer codings are listed too (flagged): this is the raw data, not a count.
    """
    chosen = ordered_codings(index, selection)
    rows: list[CodingRow] = []
    speakers, participants, coders, docs, paths = (
        index.speakers,
        index.participants,
        index.coders,
        index.documents,
        index.paths,
    )
    for c, a in zip(chosen, attribute_codings(index, chosen), strict=True):
        prof = a.profile
        speaker = speakers.get(prof.speaker_id) if prof.speaker_id else None
        participant = participants.get(prof.participant_id) if prof.participant_id else None
        coder = coders.get(c.coder_id)
        doc = docs[c.document_id]
        rows.append(
            CodingRow(
                c,
                paths[c.code_id],
                doc.name,
                coder.name if coder else c.coder_id,
                speaker.label if speaker else "",
                participant.name if participant else "",
                prof.is_interviewer,
                prof.attributes,
                doc.text[c.start : c.end],
            )
        )
    return rows


# -- quotes --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """A respondent's words, ready to print: ``text`` is the coded span cut to the
    respondent turn it is attributed to, whitespace collapsed, shortened if long."""

    coding_id: str
    code_id: str
    document_id: str
    coder_id: str
    start: int
    end: int
    text: str
    exemplar: bool
    profile: Profile


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")


def _is_complete(text: str) -> bool:
    if not text:
        return False
    first = text[0]
    starts_well = first.isupper() or first.isdigit() or first in "\"'“‘[("
    return starts_well and bool(_SENTENCE_END.search(text[-3:] if len(text) >= 3 else text))


def shorten(text: str, max_chars: int) -> str:
    """Cut a long quote at the last sentence end before ``max_chars`` (else a word end), with
    an ellipsis."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= max_chars // 3:
        return head[: ends[-1]].rstrip() + " …"
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:-") + " …"


def quote_candidates_by_code(index: ProjectIndex, selection: Selection, max_chars: int = 900) -> dict[str, list[Quote]]:
    """Quotable codings of every code (each code's own codings, not its children's).

    Never the interviewer's words: a coding attributed to an interviewer turn is skipped
    (whatever ``include_interviewers`` says), one that spans several turns is cut to the
    respondent turn it belongs to, and one outside every turn of a document that has turns
    is skipped (its speaker is unknown). Codes outside ``selection.code_ids`` are skipped.
    """
    codes = selection.code_ids
    chosen = [c for c in selected_codings(index, selection) if codes is None or c.code_id in codes]
    out: dict[str, list[Quote]] = {}
    for c, a in zip(chosen, attribute_codings(index, chosen), strict=True):
        if a.profile.is_interviewer:
            continue
        s, e = c.start, c.end
        if a.turn >= 0:
            ts, te = index.turn_span(c.document_id, a.turn)
            s, e = max(s, ts), min(e, te)
        elif index.has_turns(c.document_id):
            continue
        raw = index.documents[c.document_id].text[s:e]
        text = " ".join(raw.split())
        if not text:
            continue
        out.setdefault(c.code_id, []).append(
            Quote(c.id, c.code_id, c.document_id, c.coder_id, s, e, shorten(text, max_chars), c.exemplar, a.profile)
        )
    return out


def quote_candidates(index: ProjectIndex, selection: Selection, code_id: str, max_chars: int = 900) -> list[Quote]:
    """Quotable codings of one code (rules of :func:`quote_candidates_by_code`)."""
    return quote_candidates_by_code(index, replace(selection, code_ids=frozenset([code_id])), max_chars).get(
        code_id, []
    )


def _quality(q: Quote, ideal: int) -> tuple[int, int]:
    n = len(q.text)
    size = n if n <= ideal else max(ideal - (n - ideal) // 2, 0)
    return (1 if _is_complete(q.text) else 0, size)


def select_quotes(
    candidates: Iterable[Quote],
    max_quotes: int = 3,
    ideal_chars: int = 600,
    document_order: Iterable[str] = (),
) -> list[Quote]:
    """Pick the quotes to print for a theme.

    Order: codings starred as exemplars first (in document order), then the others ranked
    by (complete sentence -- starts with a capital and ends with . ! ? --, then length up to
    ``ideal_chars``, longer ones losing half a point per extra character). Quotes
    overlapping an already chosen one in the same document (the same passage coded by two
    coders) are skipped; among the non-exemplars, respondents not yet quoted go first.
    """
    pos = {d: i for i, d in enumerate(document_order)}
    cands = list(candidates)
    starred = sorted((q for q in cands if q.exemplar), key=lambda q: (pos.get(q.document_id, 0), q.start))
    others = sorted(
        (q for q in cands if not q.exemplar),
        key=lambda q: (tuple(-x for x in _quality(q, ideal_chars)), pos.get(q.document_id, 0), q.start),
    )
    chosen: list[Quote] = []

    def overlaps(q: Quote) -> bool:
        return any(c.document_id == q.document_id and c.start < q.end and q.start < c.end for c in chosen)

    for q in starred:
        if len(chosen) >= max_quotes:
            return chosen
        if not overlaps(q):
            chosen.append(q)
    for distinct_only in (True, False):
        for q in others:
            if len(chosen) >= max_quotes:
                return chosen
            if q in chosen or overlaps(q):
                continue
            if distinct_only and any(c.profile.unit == q.profile.unit for c in chosen):
                continue
            chosen.append(q)
    return chosen


def attribute_spans(index: ProjectIndex, doc: IntArray, start: IntArray, end: IntArray) -> tuple[IntArray, IntArray]:
    """(profile, turn) of many spans (document positions and offsets as arrays): the rule of
    :meth:`ProjectIndex.attribute_span`, vectorized."""
    return _attribute(index, doc, start, end)
