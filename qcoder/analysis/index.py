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

import numpy as np
import numpy.typing as npt

from qcoder.core.codepath import code_paths, join_path, split_path
from qcoder.core.errors import NotFound
from qcoder.core.model import AttributeType, Code, Document, Participant, Speaker
from qcoder.core.snapshot import ProjectSnapshot

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


class ProjectIndex:
    """Read-only lookups over one snapshot. Cheap to build (linear in the snapshot)."""

    def __init__(self, snapshot: ProjectSnapshot) -> None:
        self.snapshot = snapshot
        self.documents: dict[str, Document] = {d.id: d for d in snapshot.documents}
        self.document_order: list[str] = [d.id for d in snapshot.documents]
        self.doc_pos: dict[str, int] = {d: i for i, d in enumerate(self.document_order)}
        self.speakers: dict[str, Speaker] = {s.id: s for s in snapshot.speakers}
        self.participants: dict[str, Participant] = {p.id: p for p in snapshot.participants}
        self.coders = {c.id: c for c in snapshot.coders}
        self.coder_order: list[str] = list(self.coders)
        for c in snapshot.codings:  # codings by coders missing from the coder list still count
            if c.coder_id not in self.coders and c.coder_id not in self.coder_order:
                self.coder_order.append(c.coder_id)
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
            dt = _DocTurns()
            running = -1
            for start, end, speaker_id in turns:
                dt.starts.append(start)
                dt.ends.append(end)
                running = max(running, end)
                dt.max_end.append(running)
                dt.profiles.append(self._speaker_profile(doc_id, speaker_id))
            self._turns[doc_id] = dt
        self._turn_arrays: TurnArrays | None = None

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
            if key in self.coders:
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
        defined = [a.name for a in sorted(self.snapshot.attributes, key=lambda a: (a.position, a.name))]
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
            stride = max((len(d.text) for d in self.documents.values()), default=0) + 1
            starts: list[int] = []
            ends: list[int] = []
            profiles: list[int] = []
            first: list[int] = []
            overlapping: list[bool] = []
            for pos, doc_id in enumerate(self.document_order):
                first.append(len(starts))
                dt = self._turns.get(doc_id)
                if dt is None:
                    overlapping.append(False)
                    continue
                base = pos * stride
                starts.extend(base + x for x in dt.starts)
                ends.extend(base + x for x in dt.ends)
                profiles.extend(p.index for p in dt.profiles)
                overlapping.append(any(dt.starts[i + 1] < dt.ends[i] for i in range(len(dt.starts) - 1)))
            first.append(len(starts))
            prof = np.array(profiles, dtype=np.int64)
            iv = np.array([p.is_interviewer for p in self.profiles], dtype=np.bool_)
            self._turn_arrays = TurnArrays(
                stride=stride,
                start=np.array(starts, dtype=np.int64),
                end=np.array(ends, dtype=np.int64),
                profile=prof,
                interviewer=iv[prof] if len(prof) else np.zeros(0, dtype=np.bool_),
                first=np.array(first, dtype=np.int64),
                doc_profile=np.array([self.document_profile(d).index for d in self.document_order], dtype=np.int64),
                overlapping=np.array(overlapping, dtype=np.bool_),
            )
        return self._turn_arrays

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
        out: dict[int, Profile] = {}
        if dt is not None:
            for p in dt.profiles:
                if include_interviewers or not p.is_interviewer:
                    out.setdefault(p.index, p)
        if not out:
            p = self.document_profile(doc_id)
            out[p.index] = p
        return list(out.values())


def _clean_attributes(attrs: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in attrs.items():
        v = clean_value(value)
        if v != NONE_VALUE:
            out[str(name)] = v
    return out


def as_index(project: ProjectSnapshot | ProjectIndex) -> ProjectIndex:
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
