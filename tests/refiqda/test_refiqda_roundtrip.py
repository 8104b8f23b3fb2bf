"""Export a snapshot to .qdpx/.qdc, validate against the official schemas, import it back."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    Memo,
    MemoTarget,
    Participant,
    Speaker,
    Turn,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import normalize_text, text_sha256
from qcoder.exchange.refiqda import (
    CODEBOOK_XSD,
    PROJECT_XSD,
    Evidence,
    LossKind,
    PositionConvention,
    export_qdc,
    export_qdpx,
    import_qdc,
    import_qdpx,
)

T0 = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)

TEXT_A = (
    "Interviewer: How did the first week go? 😀\n"
    "Amira: Honestly 😅 exhausting, but the team — 团队 — was kind.\n"
    "Interviewer: And the night shifts?\n"
    "Amira: كانت صعبة جدًا. Chaos 🙃 every single day.\n"
)
TEXT_B = "Kenji: 初めての週は大変でした。👩‍⚕️ Nurses helped.\nInterviewer: Thanks!\n"


def _doc(doc_id: str, name: str, text: str, attrs: dict[str, str]) -> Document:
    text = normalize_text(text)  # as stored by qcoder
    return Document(DocumentInfo(doc_id, name, len(text), text_sha256(text), name + ".txt", "txt", T0, attrs), text)


def _coding(cid: str, doc: Document, code: str, coder: str, excerpt: str, memo: str = "") -> Coding:
    excerpt = normalize_text(excerpt)
    start = doc.text.index(excerpt)
    return Coding(cid, doc.id, code, coder, start, start + len(excerpt), memo, False, T0, T0)


@pytest.fixture
def snapshot() -> ProjectSnapshot:
    ids = {
        k: f"00000000-0000-4000-8000-{i:012d}"
        for i, k in enumerate(
            "docA docB root child grandchild other coder1 coder2 p1 p2 role age site date cod1 cod2 cod3 cod4 "
            "spk1 spk2 turn1".split()
        )
    }
    doc_a = _doc(ids["docA"], "Interview Amira", TEXT_A, {"Site": "Nord", "Interview date": "2023-11-02"})
    doc_b = _doc(ids["docB"], "インタビュー Kenji", TEXT_B, {"Site": "Süd"})
    codes = [
        Code(
            ids["root"],
            "Challenges",
            None,
            "#1F77B4",
            definition="Difficulties at work.",
            inclusion="Any hardship named by the participant.",
            exclusion="Hardship outside work.",
            example="“the rotas are chaos”",
            position=0,
        ),
        Code(ids["child"], "Workload 😓", ids["root"], "#ff7f0e", definition="Too much to do.", position=0),
        Code(ids["grandchild"], "Night shifts", ids["child"], "#2CA02C", position=0),
        Code(ids["other"], "Support — 支援", None, "#d62728", definition="Line one.\nLine two.", position=1),
    ]
    coders = [Coder(ids["coder1"], "Ana"), Coder(ids["coder2"], "Björn")]
    codings = [
        _coding(ids["cod1"], doc_a, ids["child"], ids["coder1"], "exhausting", "tired <again> & again"),
        _coding(ids["cod2"], doc_a, ids["other"], ids["coder2"], "团队 — was kind"),
        _coding(ids["cod3"], doc_a, ids["grandchild"], ids["coder1"], "كانت صعبة جدًا. Chaos 🙃"),
        _coding(ids["cod4"], doc_b, ids["other"], ids["coder2"], "👩‍⚕️ Nurses helped.\nInterviewer"),
    ]
    attributes = [
        AttributeDef(ids["role"], "Role", AttributeType.CATEGORY, AttributeScope.PARTICIPANT, ("Nurse", "Doctor"), 0),
        AttributeDef(ids["age"], "Age", AttributeType.NUMBER, AttributeScope.PARTICIPANT, (), 1),
        AttributeDef(ids["site"], "Site", AttributeType.TEXT, AttributeScope.DOCUMENT, (), 0),
        AttributeDef(ids["date"], "Interview date", AttributeType.DATE, AttributeScope.DOCUMENT, (), 1),
    ]
    participants = [
        Participant(ids["p1"], "Amira", {"Role": "Nurse", "Age": "34"}),
        Participant(ids["p2"], "Kenji", {"Role": "Doctor", "Age": "41.5"}),
    ]
    memos = [
        Memo(MemoTarget.PROJECT, "", "Project memo: themes so far 🌱", T0),
        Memo(MemoTarget.DOCUMENT, ids["docA"], "Good rapport.\nSecond line.", T0),
        Memo(MemoTarget.CODE, ids["root"], "Merge with 'Barriers'?", T0),
        Memo(MemoTarget.PARTICIPANT, ids["p2"], "Senior doctor, 20 years.", T0),
    ]
    return ProjectSnapshot(
        name="Ward study — 病棟",
        documents=[doc_a, doc_b],
        speakers=[
            Speaker(ids["spk1"], ids["docA"], "Amira", ids["p1"]),
            Speaker(ids["spk2"], ids["docB"], "Kenji", ids["p2"]),
        ],
        turns=[Turn(ids["turn1"], ids["docA"], ids["spk1"], 43, 90)],
        participants=participants,
        attributes=attributes,
        codes=codes,
        coders=coders,
        codings=codings,
        memos=memos,
    )


def test_qdpx_export_validates_against_project_xsd(snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "study.qdpx"
    export_qdpx(snapshot, out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        qde = zf.read("project.qde")
        assert names == {"project.qde"} | {f"sources/{d.id}.txt" for d in snapshot.documents}
        for d in snapshot.documents:
            data = zf.read(f"sources/{d.id}.txt")
            assert not data.startswith(b"\xef\xbb\xbf")
            assert data.decode("utf-8") == d.text
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde)  # raises on any violation
    root = ET.fromstring(qde)
    for el in root.iter():
        local = el.tag.split("}")[-1]
        if local in {"Users", "CodeBook", "Codes", "Variables", "Cases", "Sources", "Notes"}:
            assert len(el), f"empty <{local}> written"
        if "color" in el.attrib:
            assert len(el.get("color", "")) == 7


def test_empty_project_writes_no_empty_containers(tmp_path: Path) -> None:
    out = tmp_path / "empty.qdpx"
    export_qdpx(ProjectSnapshot(name="Empty"), out)
    with zipfile.ZipFile(out) as zf:
        qde = zf.read("project.qde")
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde)
    assert len(ET.fromstring(qde)) == 0


def test_qdc_export_validates_against_codebook_xsd(snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    export_qdc(snapshot.codes, out)
    xmlschema.XMLSchema(str(CODEBOOK_XSD)).validate(str(out))
    codes, report = import_qdc(out)
    assert _codebook(codes) == _codebook(snapshot.codes)
    assert report.lossless


def test_colors_are_written_as_rrggbb(tmp_path: Path) -> None:
    codes = [
        Code("00000000-0000-4000-8000-000000000001", "Short", color="#abc"),
        Code("00000000-0000-4000-8000-000000000002", "Alpha", color="#11223344"),
        Code("00000000-0000-4000-8000-000000000003", "Bad", color="blue"),
    ]
    out = tmp_path / "c.qdc"
    export_qdc(codes, out)
    xmlschema.XMLSchema(str(CODEBOOK_XSD)).validate(str(out))
    colors = {el.get("name"): el.get("color") for el in ET.parse(out).iter() if el.tag.endswith("Code")}
    assert colors == {"Short": "#aabbcc", "Alpha": "#112233", "Bad": None}


def _codebook(codes: list[Code]) -> set[tuple[object, ...]]:
    return {
        (c.id, c.name, c.parent_id, c.color.lower(), c.definition, c.inclusion, c.exclusion, c.example, c.position)
        for c in codes
    }


def test_round_trip(snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "study.qdpx"
    export_qdpx(snapshot, out)
    back, report = import_qdpx(out)

    assert back.name == snapshot.name
    # documents: same ids, names, text
    assert [(d.id, d.name, d.text) for d in back.documents] == [(d.id, d.name, d.text) for d in snapshot.documents]
    assert [d.info.sha256 for d in back.documents] == [d.info.sha256 for d in snapshot.documents]
    # codebook: hierarchy, colors, definitions and criteria
    assert _codebook(back.codes) == _codebook(snapshot.codes)
    # coders
    assert {(c.id, c.name) for c in back.coders} == {(c.id, c.name) for c in snapshot.coders}
    # codings: same offsets, same text, same coder, memo and creation time
    texts = {d.id: d.text for d in back.documents}

    def codings(s: ProjectSnapshot) -> set[tuple[object, ...]]:
        t = {d.id: d.text for d in s.documents}
        return {
            (
                c.id,
                c.document_id,
                c.code_id,
                c.coder_id,
                c.start,
                c.end,
                t[c.document_id][c.start : c.end],
                c.memo,
                c.created_at,
            )
            for c in s.codings
        }

    assert codings(back) == codings(snapshot)
    assert any("🙃" in texts[c.document_id][c.start : c.end] for c in back.codings)
    # memos
    assert {(m.target_kind, m.target_id, m.text) for m in back.memos} == {
        (m.target_kind, m.target_id, m.text) for m in snapshot.memos
    }
    # attributes: definitions and values
    assert {(a.id, a.name, a.type, a.scope, a.allowed, a.position) for a in back.attributes} == {
        (a.id, a.name, a.type, a.scope, a.allowed, a.position) for a in snapshot.attributes
    }
    assert {
        (p.id, p.name, dict(p.attributes)) == (q.id, q.name, dict(q.attributes))
        for p, q in zip(back.participants, snapshot.participants, strict=True)
    } == {True}
    assert [dict(d.info.attributes) for d in back.documents] == [dict(d.info.attributes) for d in snapshot.documents]
    # what was not carried: the cases' links to sources (speakers), nothing else
    assert {loss.kind for loss in report.losses} == {LossKind.CASE_LINK}
    for p in report.positions:
        assert p.convention is PositionConvention.CODEPOINTS_RAW
        assert p.mapped == p.selections
    pos_a = report.positions_of(snapshot.documents[0].id)
    assert pos_a is not None and pos_a.names_matched == pos_a.selections == 3
    assert pos_a.evidence in (Evidence.NAMES, Evidence.BOUNDARIES, Evidence.STANDARD)


def test_round_trip_twice_is_stable(snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    first = tmp_path / "one.qdpx"
    export_qdpx(snapshot, first)
    back, _ = import_qdpx(first)
    second = tmp_path / "two.qdpx"
    export_qdpx(back, second)
    again, _ = import_qdpx(second)
    assert _codebook(again.codes) == _codebook(snapshot.codes)
    assert {(c.id, c.start, c.end) for c in again.codings} == {(c.id, c.start, c.end) for c in snapshot.codings}


def test_invalid_attribute_values_stay_valid_xml(snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    snapshot.participants[0] = Participant(snapshot.participants[0].id, "Amira", {"Role": "Nurse", "Age": "n/a"})
    snapshot.documents[1] = _doc(snapshot.documents[1].id, "B", TEXT_B, {"Interview date": "soon", "Site": "\x0c"})
    out = tmp_path / "odd.qdpx"
    export_qdpx(snapshot, out)
    with zipfile.ZipFile(out) as zf:
        xmlschema.XMLSchema(str(PROJECT_XSD)).validate(zf.read("project.qde"))
    back, _ = import_qdpx(out)
    assert back.participants[0].attributes["Age"] == "n/a"
    assert back.documents[1].info.attributes["Interview date"] == "soon"
