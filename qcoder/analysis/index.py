"""Lookups over a :class:`ProjectSnapshot` shared by the analysis functions.

Build one :class:`ProjectIndex` per snapshot and pass it to several analyses (the GUI does
this); the public functions also accept a bare snapshot and build the index themselves.

Vocabulary used across ``qcoder.analysis`` (frequencies, co-occurrence, excerpts):

* **Attribute values** are stripped strings; a document or participant without the
  attribute (or with an empty value) has the value :data:`NONE_VALUE` ``"(none)"``.
* **Profile**: who speaks a stretch of a document, i.e. a (document, speaker) pair, or
  (document, no speaker) for text outside every turn and for documents without turns. Its
  attributes are the document's attributes overridden, name by name, by the attributes of
  the participant the speaker is linked to.
* **Respondent unit**: the participant a non-interviewer speaker is linked to; speech that
  is not linked to any participant (unlinked speakers, documents without turns) belongs to
  the *document*, which then counts as one respondent (unit key ``"document:<id>"``).
* **Attribution** of a span ``[start, end)`` of a document: among the turns the span
  overlaps, the respondent (non-interviewer) turn with the largest overlap, ties going to
  the earlier turn -- for a span inside one turn that is the turn containing its start.
  Only when the span overlaps interviewer turns alone is it attributed to the interviewer
  (such spans are left out of theme counts and never quoted). A span that overlaps no turn
  belongs to the document profile. Preferring the respondent turn means a question and
  its answer coded together count for the respondent, not the interviewer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate

import numpy as np
import numpy.typing as npt

from qcoder.core.codepath import code_paths, join_path, split_path
from qcoder.core.errors import NotFound
from qcoder.core.media import Clock
from qcoder.core.model import AttributeType, Code, Document, Participant, Speaker
from qcoder.core.snapshot import CodingColumns, ProjectSnapshot

NONE_VALUE = "(none)"
"""The attribute value of a document or participant that lacks the attribute."""

DOC_UNIT_PREFIX = "document:"


def clean_value(value: object) -> str:
    """An attribute value as analysed: stripped text, ``(none)`` when empty or missing."""
    if value is None:
        return NONE_VALUE
    text = str(value).strip()
    return text if text else NONE_VALUE


@dataclass(frozen=True, slots=True)
class Profile:
    """Who speaks a stretch of a document (see the module docstring)."""

    index: int
    document_id: str
    speaker_id: str | None
    participant_id: str | None
    unit: str
    is_interviewer: bool
    attributes: Mapping[str, str]

    def value(self, attribute: str) -> str:
        return self.attributes.get(attribute, NONE_VALUE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a span belongs: its profile and the turn (index into the document's sorted
    turns, or -1 for text outside every turn)."""

    profile: Profile
    turn: int


@dataclass(slots=True)
class _DocTurns:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    max_end: list[int] = field(default_factory=list)  # running maximum of ends (overlap-safe walk back)
    profiles: list[Profile] = field(default_factory=list)
    profile_index: list[int] = field(default_factory=list)
    speakers: list[Profile] = field(default_factory=list)  # distinct profiles of the turns


@dataclass(frozen=True)
class Selection:
    """Which part of the project an analysis looks at.

    ``coder_ids`` None = every coder. ``document_ids`` None = every document (after the
    attribute filter). ``code_ids`` None = every code (these are the rows reported; a parent's
    figures always roll up its whole subtree). ``include_interviewers`` counts spans
    attributed to interviewer turns as if a respondent had spoken them.
    """

    coder_ids: frozenset[str] | None = None
    document_ids: frozenset[str] | None = None
    code_ids: frozenset[str] | None = None
    include_interviewers: bool = False


IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class TurnArrays:
    """All turns as flat arrays, sorted by (document position, start), for vectorized
    attribution. Positions are made global as ``doc_pos * stride + offset``."""

    stride: int
    start: IntArray  # global start of each turn
    end: IntArray  # global end
    profile: IntArray  # profile index of each turn
    interviewer: BoolArray
    first: IntArray  # per document position: index of its first turn in these arrays
    doc_profile: IntArray  # per document position: its document profile index
    overlapping: BoolArray  # per document position: its turns overlap (use the scalar path)


@dataclass(frozen=True)
class CodingArrays:
    """All codings as arrays, in snapshot order: code (index into ``code_order``, -1 for an
    unknown code), doc (``document_order``, -1 unknown), coder (``coder_order``), start,
    end; ``valid`` marks codings on known codes and documents with a non-empty span."""

    code: IntArray
    doc: IntArray
    coder: IntArray
    start: IntArray
    end: IntArray
    valid: BoolArray


class ProjectIndex:
    """Read-only lookups over one snapshot. Cheap to build (linear in the snapshot)."""

    def __init__(self, snapshot: ProjectSnapshot, coding_columns: CodingColumns | None = None) -> None:
        """``coding_columns``: the codings as columns, for a snapshot read without coding records
        (its ``codings`` then refuse every use; counting reads the columns)."""
        self.snapshot = snapshot
        self._columns = coding_columns
        if coding_columns is None:
            coding_coders: Iterable[str] = (c.coder_id for c in snapshot.codings)
        else:
            coding_coders = _unlisted_coders(coding_columns, {c.id for c in snapshot.coders})
        self.documents: dict[str, Document] = {d.id: d for d in snapshot.documents}
        self.document_order: list[str] = [d.id for d in snapshot.documents]
        self.doc_pos: dict[str, int] = {d: i for i, d in enumerate(self.document_order)}
        self.speakers: dict[str, Speaker] = {s.id: s for s in snapshot.speakers}
        self.participants: dict[str, Participant] = {p.id: p for p in snapshot.participants}
        self.coders = {c.id: c for c in snapshot.coders}
        # codings by coders missing from the coder list still count
        self.coder_order: list[str] = list(dict.fromkeys([*self.coders, *coding_coders]))
        self.coder_pos: dict[str, int] = {c: i for i, c in enumerate(self.coder_order)}
        self.codes: dict[str, Code] = {c.id: c for c in snapshot.codes}
        self.paths: dict[str, str] = code_paths(snapshot.codes)
        self._build_code_tree()
        self.doc_attributes: dict[str, dict[str, str]] = {
            d.id: _clean_attributes(d.info.attributes) for d in snapshot.documents
        }
        self.participant_attributes: dict[str, dict[str, str]] = {
            p.id: _clean_attributes(p.attributes) for p in snapshot.participants
        }
        self.profiles: list[Profile] = []
        self._profile_keys: dict[tuple[str, str | None], Profile] = {}
        self._turns: dict[str, _DocTurns] = {}
        for doc_id in self.document_order:
            self.document_profile(doc_id)
        by_doc: dict[str, list[tuple[int, int, str]]] = {}
        for t in snapshot.turns:
            if t.document_id in self.documents and t.end > t.start:
                by_doc.setdefault(t.document_id, []).append((t.start, t.end, t.speaker_id))
        for doc_id, turns in by_doc.items():
            turns.sort()
            speakers = {spk: self._speaker_profile(doc_id, spk) for spk in {t[2] for t in turns}}
            ends = [t[1] for t in turns]
            profiles = [speakers[t[2]] for t in turns]
            self._turns[doc_id] = _DocTurns(
                starts=[t[0] for t in turns],
                ends=ends,
                max_end=list(accumulate(ends, max)),
                profiles=profiles,
                profile_index=[p.index for p in profiles],
                speakers=list(speakers.values()),
            )
        self._turn_arrays: TurnArrays | None = None
        self._coding_arrays: CodingArrays | None = None
        self._clock: Clock | None = None

    @property
    def clock(self) -> Clock:
        """Times in the recordings: ``clock.hms_of(document_id, offset)`` (built on first use)."""
        if self._clock is None:
            self._clock = Clock(self.snapshot.turns, self.snapshot.paragraph_times)
        return self._clock

    @property
    def columns(self) -> CodingColumns | None:
        """The codings as columns when the index was built from columns, else None."""
        return self._columns

    # -- codes ---------------------------------------------------------------------------

    def _build_code_tree(self) -> None:
        children: dict[str | None, list[Code]] = {}
        for c in self.codes.values():
            parent = c.parent_id if c.parent_id in self.codes else None
            children.setdefault(parent, []).append(c)
        for kids in children.values():
            kids.sort(key=lambda c: (c.position, c.name.casefold()))
        self.children: dict[str | None, list[str]] = {k: [c.id for c in v] for k, v in children.items()}
        self.depth: dict[str, int] = {}
        self.parent: dict[str, str | None] = {
            c.id: (c.parent_id if c.parent_id in self.codes else None) for c in self.codes.values()
        }
        self.code_order: list[str] = []  # pre-order: parents before children, siblings by position
        stack: list[tuple[str, int]] = [(cid, 0) for cid in reversed(self.children.get(None, []))]
        while stack:
            cid, depth = stack.pop()
            if cid in self.depth:  # defensive: a cycle in bad data
                continue
            self.depth[cid] = depth
            self.code_order.append(cid)
            stack.extend((k, depth + 1) for k in reversed(self.children.get(cid, [])))

    def resolve_codes(self, keys: Iterable[str]) -> frozenset[str]:
        """Code ids for ids or paths (``"Parent > Child"``); raises :class:`NotFound`."""
        by_path = {join_path(split_path(p)).casefold(): cid for cid, p in self.paths.items()}
        out: set[str] = set()
        for key in keys:
            if key in self.codes:
                out.add(key)
                continue
            cid = by_path.get(join_path(split_path(key)).casefold())
            if cid is None:
                raise NotFound("code", key)
            out.add(cid)
        return frozenset(out)

    def resolve_coders(self, keys: Iterable[str]) -> frozenset[str]:
        """Coder ids for ids or names; raises :class:`NotFound`."""
        by_name = {c.name.casefold(): c.id for c in self.coders.values()}
        out: set[str] = set()
        for key in keys:
            if key in self.coder_pos:
                out.add(key)
            elif key.casefold() in by_name:
                out.add(by_name[key.casefold()])
            else:
                raise NotFound("coder", key)
        return frozenset(out)

    def rows(self, selection: Selection) -> list[str]:
        """The code ids reported, in codebook order."""
        if selection.code_ids is None:
            return list(self.code_order)
        return [cid for cid in self.code_order if cid in selection.code_ids]

    # -- attributes ----------------------------------------------------------------------

    def attribute_names(self) -> list[str]:
        """Every attribute name: defined ones by position, then others found, alphabetically."""
        # a name defined for both documents and participants (e.g. site) is one attribute here
        defined = list(
            dict.fromkeys(a.name for a in sorted(self.snapshot.attributes, key=lambda a: (a.position, a.name)))
        )
        seen = set(defined)
        extra: set[str] = set()
        for attrs in list(self.doc_attributes.values()) + list(self.participant_attributes.values()):
            extra.update(n for n in attrs if n not in seen)
        return defined + sorted(extra, key=str.casefold)

    def has_attribute(self, name: str) -> bool:
        return name in self.attribute_names()

    def check_attribute(self, name: str) -> None:
        if not self.has_attribute(name):
            raise NotFound("attribute", name)

    def attribute_values(self, name: str, present: Iterable[str] = ()) -> list[str]:
        """Values to report for an attribute, zero rows included.

        The allowed values of a category definition (in their order), then every other value
        present on any document or participant of the project, alphabetically, then
        ``present`` extras; ``(none)`` last, and only if it is in ``present``.
        """
        values: list[str] = []
        for a in self.snapshot.attributes:
            if a.name == name and a.type == AttributeType.CATEGORY:
                values.extend(clean_value(v) for v in a.allowed)
        found: set[str] = set()
        for attrs in list(self.doc_attributes.values()) + list(self.participant_attributes.values()):
            v = attrs.get(name)
            if v is not None:
                found.add(v)
        found.update(present)
        listed = set(values)
        values.extend(sorted((v for v in found if v not in listed and v != NONE_VALUE), key=str.casefold))
        values = [v for v in dict.fromkeys(values) if v != NONE_VALUE]
        if NONE_VALUE in found:
            values.append(NONE_VALUE)
        return values

    def filter_documents(
        self,
        document_ids: Iterable[str] | None = None,
        attributes: Mapping[str, Iterable[str]] | None = None,
    ) -> frozenset[str] | None:
        """Document ids kept by explicit ids and/or document attribute values (``(none)``
        matches documents without the attribute); None when nothing is filtered."""
        if document_ids is None and not attributes:
            return None
        keep = set(self.document_order if document_ids is None else document_ids)
        unknown = keep - self.documents.keys()
        if unknown:
            raise NotFound("document", sorted(unknown)[0])
        for name, allowed in (attributes or {}).items():
            allowed_set = {clean_value(v) for v in allowed}
            keep = {d for d in keep if self.doc_attributes[d].get(name, NONE_VALUE) in allowed_set}
        return frozenset(keep)

    def selected_documents(self, selection: Selection) -> list[str]:
        if selection.document_ids is None:
            return list(self.document_order)
        return [d for d in self.document_order if d in selection.document_ids]

    # -- profiles and attribution -------------------------------------------------------

    def document_profile(self, doc_id: str) -> Profile:
        key = (doc_id, None)
        prof = self._profile_keys.get(key)
        if prof is None:
            prof = Profile(
                index=len(self.profiles),
                document_id=doc_id,
                speaker_id=None,
                participant_id=None,
                unit=DOC_UNIT_PREFIX + doc_id,
                is_interviewer=False,
                attributes=self.doc_attributes.get(doc_id, {}),
            )
            self._add_profile(key, prof)
        return prof

    def _speaker_profile(self, doc_id: str, speaker_id: str) -> Profile:
        key = (doc_id, speaker_id)
        prof = self._profile_keys.get(key)
        if prof is not None:
            return prof
        speaker = self.speakers.get(speaker_id)
        pid = speaker.participant_id if speaker is not None else None
        if pid is not None and pid not in self.participants:
            pid = None
        attrs = dict(self.doc_attributes.get(doc_id, {}))
        if pid is not None:
            attrs.update(self.participant_attributes[pid])
        prof = Profile(
            index=len(self.profiles),
            document_id=doc_id,
            speaker_id=speaker_id,
            participant_id=pid,
            unit=pid if pid is not None else DOC_UNIT_PREFIX + doc_id,
            is_interviewer=bool(speaker is not None and speaker.is_interviewer),
            attributes=attrs,
        )
        self._add_profile(key, prof)
        return prof

    def _add_profile(self, key: tuple[str, str | None], prof: Profile) -> None:
        self._profile_keys[key] = prof
        self.profiles.append(prof)

    def turn_arrays(self) -> TurnArrays:
        if self._turn_arrays is None:
            # the length from the document info: a snapshot read without texts has the same offsets
            stride = max((max(d.info.chars, len(d.text)) for d in self.documents.values()), default=0) + 1
            starts: list[int] = []
            ends: list[int] = []
            profiles: list[int] = []
            counts: list[int] = []
            for doc_id in self.document_order:
                dt = self._turns.get(doc_id)
                if dt is None:
                    counts.append(0)
                    continue
                starts.extend(dt.starts)
                ends.extend(dt.ends)
                profiles.extend(dt.profile_index)
                counts.append(len(dt.starts))
            n_docs = len(self.document_order)
            count = np.array(counts, dtype=np.int64)
            doc_of_turn = np.repeat(np.arange(n_docs, dtype=np.int64), count)
            base = doc_of_turn * stride
            g_start = np.array(starts, dtype=np.int64) + base
            g_end = np.array(ends, dtype=np.int64) + base
            # turns are sorted by start within a document and the offsets keep documents
            # apart, so a running maximum of the ends tells where a turn starts early
            overlapping = np.zeros(n_docs, dtype=np.bool_)
            if len(g_start) > 1:
                early = g_start[1:] < np.maximum.accumulate(g_end)[:-1]
                overlapping[doc_of_turn[1:][early]] = True
            prof = np.array(profiles, dtype=np.int64)
            iv = np.array([p.is_interviewer for p in self.profiles], dtype=np.bool_)
            self._turn_arrays = TurnArrays(
                stride=stride,
                start=g_start,
                end=g_end,
                profile=prof,
                interviewer=iv[prof] if len(prof) else np.zeros(0, dtype=np.bool_),
                first=np.concatenate(([0], np.cumsum(count))).astype(np.int64),
                doc_profile=np.array([self.document_profile(d).index for d in self.document_order], dtype=np.int64),
                overlapping=overlapping,
            )
        return self._turn_arrays

    def coding_arrays(self) -> CodingArrays:
        """Every coding of the snapshot as arrays (computed once)."""
        if self._coding_arrays is None:
            code_pos = {c: i for i, c in enumerate(self.code_order)}
            doc_pos, coder_pos = self.doc_pos, self.coder_pos
            cols = self._columns
            if cols is None:
                codings = self.snapshot.codings
                rows = [
                    (code_pos.get(c.code_id, -1), doc_pos.get(c.document_id, -1), coder_pos[c.coder_id], c.start, c.end)
                    for c in codings
                ]
                table = np.array(rows, dtype=np.int64).reshape(len(rows), 5)
                code, doc, coder, start, end = (table[:, i].copy() for i in range(5))
            else:
                code = np.array([code_pos.get(c, -1) for c in cols.code_id], dtype=np.int64)
                doc = np.array([doc_pos.get(d, -1) for d in cols.document_id], dtype=np.int64)
                coder = np.array([coder_pos[c] for c in cols.coder_id], dtype=np.int64)
                start, end = np.array(cols.start, dtype=np.int64), np.array(cols.end, dtype=np.int64)
            self._coding_arrays = CodingArrays(code, doc, coder, start, end, (code >= 0) & (doc >= 0) & (end > start))
        return self._coding_arrays

    def max_turns(self) -> int:
        """The largest number of turns in one document."""
        return max((len(dt.starts) for dt in self._turns.values()), default=0)

    def has_turns(self, doc_id: str) -> bool:
        return doc_id in self._turns

    def turn_span(self, doc_id: str, turn: int) -> tuple[int, int]:
        dt = self._turns[doc_id]
        return dt.starts[turn], dt.ends[turn]

    def attribute_span(self, doc_id: str, start: int, end: int) -> Attribution:
        """The profile and turn a span belongs to (rule in the module docstring)."""
        dt = self._turns.get(doc_id)
        if dt is None:
            return Attribution(self.document_profile(doc_id), -1)
        starts, ends = dt.starts, dt.ends
        i = bisect_right(starts, start) - 1
        # walk back over earlier turns that still reach into the span (overlapping turns)
        j = i
        while j >= 0 and dt.max_end[j] > start:
            j -= 1
        best = -1
        best_len = 0
        best_iv = -1
        best_iv_len = 0
        k = j + 1
        n = len(starts)
        while k < n and starts[k] < end:
            ov = min(end, ends[k]) - max(start, starts[k])
            if ov > 0:
                if dt.profiles[k].is_interviewer:
                    if ov > best_iv_len:
                        best_iv, best_iv_len = k, ov
                elif ov > best_len:
                    best, best_len = k, ov
            k += 1
        if best < 0:
            best = best_iv
        if best < 0:
            return Attribution(self.document_profile(doc_id), -1)
        return Attribution(dt.profiles[best], best)

    def speech_profiles(self, doc_id: str, include_interviewers: bool = False) -> list[Profile]:
        """Profiles of the respondents who speak in a document (structure only).

        The profiles of its non-interviewer turns (all turns with ``include_interviewers``);
        a document with none of those is one respondent: its document profile.
        """
        dt = self._turns.get(doc_id)
        out = [] if dt is None else [p for p in dt.speakers if include_interviewers or not p.is_interviewer]
        return out or [self.document_profile(doc_id)]


def _unlisted_coders(cols: CodingColumns, listed: set[str]) -> list[str]:
    """Coders with codings but missing from the coder list, ordered as the snapshot's records
    would meet them (by their first coding in document, start, end order): columns come in no
    particular order."""
    unlisted = set(cols.coder_id) - listed
    first: dict[str, tuple[str, int, int]] = {}
    for i, coder in enumerate(cols.coder_id) if unlisted else ():
        if coder in unlisted:
            key = (cols.document_id[i], cols.start[i], cols.end[i])
            if coder not in first or key < first[coder]:
                first[coder] = key
    return sorted(first, key=first.__getitem__)


def _clean_attributes(attrs: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in attrs.items():
        v = clean_value(value)
        if v != NONE_VALUE:
            out[str(name)] = v
    return out


ProjectData = ProjectSnapshot | ProjectIndex  # what analyses and exports read (not the service's Project)


def as_index(project: ProjectData) -> ProjectIndex:
    return project if isinstance(project, ProjectIndex) else ProjectIndex(project)


def make_selection(
    index: ProjectIndex,
    coders: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    include_interviewers: bool = False,
) -> Selection:
    """Resolve user-level filters (ids, names or paths) into a :class:`Selection`.

    ``coders``: coder ids or names (a "reconciled"/consensus coder is just one more coder);
    ``documents``: document ids; ``document_attributes``: name -> accepted values;
    ``codes``: code ids or paths.
    """
    if isinstance(coders, str) or isinstance(documents, str) or isinstance(codes, str):
        raise TypeError("coders, documents and codes take collections, not a single string")
    return Selection(
        coder_ids=None if coders is None else index.resolve_coders(coders),
        document_ids=index.filter_documents(documents, document_attributes),
        code_ids=None if codes is None else index.resolve_codes(codes),
        include_interviewers=include_interviewers,
    )
