"""Build snapshots by hand (tests, examples) or at scale (benchmarks), without a database.

:class:`SnapshotBuilder` makes small, readable projects::

    b = SnapshotBuilder()
    b.attribute("stakeholder_group", AttributeScope.PARTICIPANT, ("prosecutor", "service_provider"))
    pam = b.participant("Pam", stakeholder_group="prosecutor")
    doc = b.document("Interview 1", [("Interviewer", "How do you work together?", INTERVIEWER),
                                     ("Pam", "We meet every week.", pam)], site="A")
    b.code_text(doc, "Collaboration > Meetings", "every week", coder="Ann")
    snapshot = b.build()

:func:`synthetic_project` makes a large random project with the same shape as a real
evaluation (documents with sites, participants with stakeholder groups, a two-level
codebook, several coders).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Final

from qcoder.core.codepath import split_path
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    Participant,
    Speaker,
    Turn,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import text_sha256

INTERVIEWER: Final = "interviewer"
"""Pass as a turn's speaker link to mark the speaker as the interviewer."""

_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


class SnapshotBuilder:
    """Deterministic ids (``doc1``, ``code2``…) so tests can refer to them."""

    def __init__(self, name: str = "Test project") -> None:
        self.snapshot = ProjectSnapshot(name=name)
        self._counters: dict[str, int] = {}
        self._codes_by_path: dict[tuple[str, ...], str] = {}
        self._coders: dict[str, str] = {}
        self._speakers: dict[tuple[str, str], str] = {}

    def _id(self, kind: str) -> str:
        n = self._counters.get(kind, 0) + 1
        self._counters[kind] = n
        return f"{kind}{n}"

    def attribute(
        self,
        name: str,
        scope: AttributeScope,
        allowed: tuple[str, ...] = (),
        type: AttributeType = AttributeType.CATEGORY,
    ) -> None:
        pos = len(self.snapshot.attributes)
        self.snapshot.attributes.append(AttributeDef(self._id("attr"), name, type, scope, allowed, pos))

    def participant(self, name: str, **attributes: str) -> str:
        pid = self._id("part")
        self.snapshot.participants.append(Participant(pid, name, dict(attributes)))
        return pid

    def coder(self, name: str) -> str:
        if name not in self._coders:
            cid = self._id("coder")
            self._coders[name] = cid
            self.snapshot.coders.append(Coder(cid, name))
        return self._coders[name]

    def code(self, path: str, **fields: str) -> str:
        """The id of the code at ``path``, creating it and its ancestors as needed."""
        parts = tuple(split_path(path))
        parent: str | None = None
        for depth in range(1, len(parts) + 1):
            key = parts[:depth]
            if key not in self._codes_by_path:
                cid = self._id("code")
                siblings = sum(1 for c in self.snapshot.codes if c.parent_id == parent)
                extra = fields if depth == len(parts) else {}
                self.snapshot.codes.append(
                    Code(
                        cid,
                        parts[depth - 1],
                        parent,
                        position=siblings,
                        color=extra.get("color", "#808080"),
                        definition=extra.get("definition", ""),
                        inclusion=extra.get("inclusion", ""),
                        exclusion=extra.get("exclusion", ""),
                        example=extra.get("example", ""),
                    )
                )
                self._codes_by_path[key] = cid
            parent = self._codes_by_path[key]
        assert parent is not None
        return parent

    def document(
        self,
        name: str,
        turns: list[tuple[str, str, str | None]] | None = None,
        *,
        text: str | None = None,
        **attributes: str,
    ) -> str:
        """A document from ``turns`` -- (label, speech, participant id | INTERVIEWER | None)
        laid out as ``Label: speech`` paragraphs -- or from plain ``text`` with no turns."""
        doc_id = self._id("doc")
        pieces: list[str] = []
        pos = 0
        labels: list[str] = []
        if turns:
            for label, speech, link in turns:
                head = f"{label}: "
                start = pos + len(head)
                end = start + len(speech)
                key = (doc_id, label)
                if key not in self._speakers:
                    sid = self._id("spk")
                    self._speakers[key] = sid
                    labels.append(label)
                    self.snapshot.speakers.append(
                        Speaker(
                            sid,
                            doc_id,
                            label,
                            participant_id=None if link in (None, INTERVIEWER) else link,
                            is_interviewer=link == INTERVIEWER,
                        )
                    )
                self.snapshot.turns.append(Turn(self._id("turn"), doc_id, self._speakers[key], start, end))
                pieces.append(head + speech + "\n\n")
                pos = end + 2
            body = "".join(pieces)
        else:
            body = text or ""
        info = DocumentInfo(
            doc_id, name, len(body), text_sha256(body), name + ".txt", "txt", _EPOCH, dict(attributes), tuple(labels)
        )
        self.snapshot.documents.append(Document(info, body))
        return doc_id

    def text(self, doc_id: str) -> str:
        return next(d.text for d in self.snapshot.documents if d.id == doc_id)

    def span_of(self, doc_id: str, fragment: str, occurrence: int = 0) -> tuple[int, int]:
        text = self.text(doc_id)
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(fragment, start + 1)
        return start, start + len(fragment)

    def coding(
        self,
        doc_id: str,
        code_path: str,
        start: int,
        end: int,
        coder: str = "A",
        exemplar: bool = False,
        memo: str = "",
    ) -> str:
        cid = self._id("coding")
        self.snapshot.codings.append(
            Coding(cid, doc_id, self.code(code_path), self.coder(coder), start, end, memo, exemplar, _EPOCH, _EPOCH)
        )
        return cid

    def code_text(
        self,
        doc_id: str,
        code_path: str,
        fragment: str,
        coder: str = "A",
        exemplar: bool = False,
        occurrence: int = 0,
    ) -> str:
        """Code the ``occurrence``-th appearance of ``fragment`` in the document."""
        s, e = self.span_of(doc_id, fragment, occurrence)
        return self.coding(doc_id, code_path, s, e, coder, exemplar)

    def build(self) -> ProjectSnapshot:
        return self.snapshot


_WORDS = (
    "task force collaboration victim service provider law enforcement prosecutor case survivor "
    "meeting trust communication training funding coordinator referral housing interview "
    "confidentiality investigation evidence court support agency partner protocol labor sex "
    "trafficking shelter time resources relationship information sharing team"
).split()

GROUPS: Final = ("law_enforcement", "prosecutor", "service_provider", "other")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + rng.choice(".....?!")


def _synthetic_codebook(
    b: SnapshotBuilder, rng: random.Random, parents: int, children: int
) -> tuple[list[str], list[str]]:
    """``parents`` themes of ``children`` subthemes each; returns (leaf paths, all paths)."""
    leaves: list[str] = []
    all_paths: list[str] = []
    for p in range(parents):
        parent_path = f"Theme {p + 1:02d}"
        b.code(parent_path, definition=f"Definition of theme {p + 1}.", color=f"#{rng.randrange(1 << 24):06x}")
        all_paths.append(parent_path)
        for c in range(children):
            path = f"{parent_path} > Subtheme {p + 1:02d}.{c + 1}"
            b.code(
                path,
                definition=f"Definition of subtheme {p + 1}.{c + 1}.",
                inclusion="Mentions of it.",
                color=f"#{rng.randrange(1 << 24):06x}",
            )
            leaves.append(path)
            all_paths.append(path)
    return leaves, all_paths


def _synthetic_interview(b: SnapshotBuilder, rng: random.Random, d: int, chars: int, site: str) -> str:
    """Interview ``d``: questions and answers up to ``chars`` characters; every fifth a focus
    group of three respondents. Returns the document id."""
    focus = d % 5 == 4
    members = []
    for k in range(3 if focus else 1):
        members.append((f"R{k + 1}", b.participant(f"P{d + 1}-{k + 1}", stakeholder_group=rng.choice(GROUPS))))
    turns: list[tuple[str, str, str | None]] = []
    size = 0
    while size < chars:
        q = _sentence(rng)
        label, pid = rng.choice(members)
        a = " ".join(_sentence(rng) for _ in range(rng.randint(2, 8)))
        turns.append(("Interviewer", q, INTERVIEWER))
        turns.append((label, a, pid))
        size += len(q) + len(a) + len(label) + 20
    return b.document(f"Interview {d + 1:03d}", turns, site=site)


def synthetic_project(
    documents: int = 150,
    chars: int = 60_000,
    parents: int = 10,
    children: int = 5,
    coders: int = 3,
    codings: int = 30_000,
    sites: int = 10,
    seed: int = 7,
) -> ProjectSnapshot:
    """A large random project: each document an interview (interviewer + one respondent,
    every fifth a focus group of three), ``parents`` × (1 + ``children``) codes, codings
    spread over coders and codes (mostly leaves, some on parents, ~5% exemplars)."""
    rng = random.Random(seed)
    b = SnapshotBuilder("Synthetic evaluation")
    b.attribute("stakeholder_group", AttributeScope.PARTICIPANT, GROUPS)
    site_names = tuple(f"Site {i + 1:02d}" for i in range(sites))
    b.attribute("site", AttributeScope.DOCUMENT, site_names)
    leaves, all_paths = _synthetic_codebook(b, rng, parents, children)
    coder_names = [f"Coder {i + 1}" for i in range(coders)]
    for name in coder_names:
        b.coder(name)
    doc_ids = [_synthetic_interview(b, rng, d, chars, site_names[d % sites]) for d in range(documents)]
    texts = {d: b.text(d) for d in doc_ids}
    for _ in range(codings):
        doc = rng.choice(doc_ids)
        n = len(texts[doc])
        length = rng.randint(80, 700)
        start = rng.randrange(0, n - length)
        path = rng.choice(leaves) if rng.random() < 0.9 else rng.choice(all_paths)
        b.coding(doc, path, start, start + length, rng.choice(coder_names), exemplar=rng.random() < 0.05)
    return b.build()


def example_project() -> ProjectSnapshot:
    """A small hand-made evaluation project whose counts are worked out in the tests.

    Attributes: ``stakeholder_group`` (participant; law_enforcement, prosecutor,
    service_provider, other) and ``site`` (document; A, B, C). Codebook: Collaboration >
    {Trust, Information sharing}; Challenges > Turnover; Funding. Coders A and B.

    ====  =====  ==========================================================================
    doc   site   turns (speaker -> participant, group)
    ====  =====  ==========================================================================
    doc1  A      Interviewer | Lee (law_enforcement)
    doc2  A      focus group: Interviewer | Lou (law_enforcement) | Sam (service_provider)
                 | Pat (prosecutor)
    doc3  B      Interviewer | Pia (prosecutor)
    doc4  B      no turns; the document has stakeholder_group=service_provider
    doc5  --     Interviewer | Guest (not linked to a participant; no group)
    ====  =====  ==========================================================================

    Codings (coder A unless said): doc1 Trust "We trust the advocates." (c1, exemplar);
    doc1 Information sharing "trust the advocates. We share case files" (c2, overlaps c1);
    doc1 Information sharing "every week" (c3); doc2 Trust "Trust took years to build."
    (c4, Lou); doc2 Information sharing "We share information when the survivor agrees."
    (c5, Sam); doc2 Turnover "Turnover hurts us." (c6, Pat); doc3 Information sharing
    "Do you share information?" (c7, the interviewer's question); doc3 Turnover "Staff
    turnover is high." (c8, Pia); doc4 Information sharing "Advocates share updates with
    police." (c9); doc4 Turnover "Turnover among advocates is high." (c10); doc5 Trust "We
    trust each other." (c11). Coder B: doc1 Trust "We trust the advocates." (b1); doc3
    Trust "Rarely." (b2).
    """
    b = SnapshotBuilder("Task force collaboration")
    b.attribute(
        "stakeholder_group", AttributeScope.PARTICIPANT, ("law_enforcement", "prosecutor", "service_provider", "other")
    )
    b.attribute("site", AttributeScope.DOCUMENT, ("A", "B", "C"))
    _example_codebook(b)
    b.coder("A")
    b.coder("B")
    d1, d2, d3, d4, d5 = _example_documents(b)
    _example_codings(b, d1, d2, d3, d4, d5)
    return b.build()


def _example_codebook(b: SnapshotBuilder) -> None:
    b.code("Collaboration", definition="Working together across agencies.", color="#1f77b4")
    b.code(
        "Collaboration > Trust",
        definition="Trust between partners.",
        inclusion="Statements of trust or distrust.",
        exclusion="Trust in survivors.",
        example="We trust the advocates.",
        color="#aec7e8",
    )
    b.code(
        "Collaboration > Information sharing", definition="Passing case information between partners.", color="#ff7f0e"
    )
    b.code("Challenges", definition="Obstacles to the task force's work.", color="#d62728")
    b.code("Challenges > Turnover", definition="Staff leaving and being replaced.", color="#ff9896")
    b.code("Funding", definition="Money for the task force.", color="#2ca02c")


def _example_codings(b: SnapshotBuilder, d1: str, d2: str, d3: str, d4: str, d5: str) -> None:
    """The codings listed in :func:`example_project`'s docstring."""
    trust, info = "Collaboration > Trust", "Collaboration > Information sharing"
    turnover = "Challenges > Turnover"
    b.code_text(d1, trust, "We trust the advocates.", exemplar=True)
    b.code_text(d1, info, "trust the advocates. We share case files")
    b.code_text(d1, info, "every week")
    b.code_text(d2, trust, "Trust took years to build.")
    b.code_text(d2, info, "We share information when the survivor agrees.")
    b.code_text(d2, turnover, "Turnover hurts us.")
    b.code_text(d3, info, "Do you share information?")
    b.code_text(d3, turnover, "Staff turnover is high.")
    b.code_text(d4, info, "Advocates share updates with police.")
    b.code_text(d4, turnover, "Turnover among advocates is high.")
    b.code_text(d5, trust, "We trust each other.")
    b.code_text(d1, trust, "We trust the advocates.", coder="B")
    b.code_text(d3, trust, "Rarely.", coder="B")


def _example_documents(b: SnapshotBuilder) -> tuple[str, str, str, str, str]:
    """The five documents of :func:`example_project` and their participants."""
    lee = b.participant("Lee", stakeholder_group="law_enforcement")
    lou = b.participant("Lou", stakeholder_group="law_enforcement")
    sam = b.participant("Sam", stakeholder_group="service_provider")
    pat = b.participant("Pat", stakeholder_group="prosecutor")
    pia = b.participant("Pia", stakeholder_group="prosecutor")
    d1 = b.document(
        "Interview Lee",
        [
            ("Interviewer", "How do you work with advocates?", INTERVIEWER),
            ("Lee", "We trust the advocates. We share case files every week. Funding is short.", lee),
        ],
        site="A",
    )
    d2 = b.document(
        "Focus group",
        [
            ("Interviewer", "Tell me about trust.", INTERVIEWER),
            ("Lou", "Trust took years to build.", lou),
            ("Sam", "We share information when the survivor agrees.", sam),
            ("Pat", "Turnover hurts us.", pat),
        ],
        site="A",
    )
    d3 = b.document(
        "Interview Pia",
        [
            ("Interviewer", "Do you share information?", INTERVIEWER),
            ("Pia", "Rarely. Staff turnover is high.", pia),
        ],
        site="B",
    )
    d4 = b.document(
        "Field notes",
        text="Advocates share updates with police. Turnover among advocates is high.",
        site="B",
        stakeholder_group="service_provider",
    )
    d5 = b.document(
        "Interview guest",
        [
            ("Interviewer", "Anything else?", INTERVIEWER),
            ("Guest", "We trust each other.", None),
        ],
    )
    return d1, d2, d3, d4, d5
