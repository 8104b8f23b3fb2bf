"""Import .qdpx files shaped like each tool's export (written here, small, one quirk each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from refiqda_helpers import project, selection, span, write_qdpx

from qcoder.core.errors import ImportFailed
from qcoder.core.model import AttributeScope, AttributeType, MemoTarget
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import normalize_text
from qcoder.exchange.refiqda import Evidence, ImportReport, LossKind, PositionConvention, import_qdpx

RAW = (
    "Interviewer: How was the first week? 😀\r\n"
    "Nurse: Honestly 😅 exhausting, but the team — 团队 — was kind.\r\n"
    "Interviewer: And the rotas?\r\n"
    "Nurse: Chaos. Pure chaos 🙃 every single day.\r\n"
)
RAW_LF = RAW.replace("\r\n", "\n")
EXCERPTS = [
    "exhausting",
    "团队",
    "Pure chaos 🙃 every",
    "Chaos. Pure chaos 🙃 every single day.",
    "kind.\r\nInterviewer",
]

SRC = "6F1C3C1E-2B0A-4C3B-9C59-3E0F1A2B3C4D"
CODE = "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9"
USER = "11111111-2222-4333-8444-555555555555"


def _selections(raw: str, convention: str, names: bool, braces: bool = False, user: str | None = USER) -> str:
    out = []
    for i, ex in enumerate(EXCERPTS):
        if ex not in raw:
            ex = ex.replace("\r\n", "\n")
        start, end = span(raw, ex, convention)
        g = f"aaaaaaaa-0000-4000-8000-{i:012d}"
        code = "{" + CODE + "}" if braces else CODE.lower()
        out.append(selection(g, start, end, code, user=user, name=ex if names else None))
    return "".join(out)


def _codebook() -> str:
    code = f'<Code guid="{CODE}" name="Experience" isCodable="true" color="#ff0000"/>'
    return f"<CodeBook><Codes>{code}</Codes></CodeBook>"


def _users() -> str:
    return f'<Users><User guid="{USER}" name="Maria"/></Users>'


def _excerpts(snap: ProjectSnapshot) -> list[str]:
    text = snap.documents[0].text
    return [text[c.start : c.end] for c in snap.codings]  # in selection order


def _expected() -> list[str]:
    return [normalize_text(e) for e in EXCERPTS]


def _positions(report: ImportReport) -> tuple[PositionConvention, Evidence]:
    assert len(report.positions) == 1
    p = report.positions[0]
    assert p.mapped == p.selections == len(EXCERPTS)
    return p.convention, p.evidence


def test_nvivo_windows_bom_crlf_utf16_positions_and_emoji(tmp_path: Path) -> None:
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{{{SRC}}}" name="Interview 1" plainTextPath="internal://{{{SRC}}}.txt">'
            f"{_selections(RAW, 'utf16-raw', names=True, braces=True)}</TextSource></Sources>"
        )
    )
    qdpx = write_qdpx(
        tmp_path / "nvivo.qdpx",
        project(body, origin="NVivo 14.23.0 (Windows)"),
        {f"sources/{{{SRC}}}.txt": b"\xef\xbb\xbf" + RAW.encode("utf-8")},
    )
    snap, report = import_qdpx(qdpx)
    doc = snap.documents[0]
    assert doc.id == SRC.lower()
    assert doc.text == normalize_text(RAW) and "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert _excerpts(snap) == _expected()
    assert _positions(report)[0] is PositionConvention.UTF16_RAW
    assert _positions(report)[1] in (Evidence.RANGE, Evidence.NAMES)
    assert report.positions[0].names_matched == len(EXCERPTS)
    assert [c.name for c in snap.coders] == ["Maria"]
    assert {c.coder_id for c in snap.codings} == {USER}
    assert snap.codes[0].color == "#FF0000"
    assert report.lossless


def test_nvivo_windows_without_names_still_maps_right(tmp_path: Path) -> None:
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="Interview 1" plainTextPath="internal://{SRC}.txt">'
            f"{_selections(RAW, 'utf16-raw', names=False)}</TextSource></Sources>"
        )
    )
    qdpx = write_qdpx(
        tmp_path / "nvivo.qdpx",
        project(body, origin="NVivo (Windows)"),
        {f"sources/{SRC}.txt": b"\xef\xbb\xbf" + RAW.encode("utf-8")},
    )
    snap, report = import_qdpx(qdpx)
    assert _excerpts(snap) == _expected()
    assert _positions(report)[0] is PositionConvention.UTF16_RAW


def test_nvivo_mac_lf_capitalised_sources_and_project_named_qde(tmp_path: Path) -> None:
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="Interview 1" plainTextPath="internal://{SRC}.txt">'
            f"{_selections(RAW_LF, 'utf16-raw', names=False)}</TextSource></Sources>"
        )
    )
    qdpx = write_qdpx(
        tmp_path / "mac.qdpx",
        project(body, name="Ward Study", origin="NVivo for Mac 14"),
        {f"Sources/{SRC}.txt": RAW_LF.encode("utf-8")},
        qde_name="Ward Study.qde",
    )
    snap, report = import_qdpx(qdpx)
    assert snap.name == "Ward Study"
    assert snap.documents[0].text == RAW_LF
    assert _excerpts(snap) == _expected()
    assert _positions(report)[0] in (PositionConvention.UTF16_RAW, PositionConvention.UTF16_LF)


@pytest.mark.parametrize("origin", ["ATLAS.ti 23.2", None])
def test_atlas_ti_crlf_counted_as_one(tmp_path: Path, origin: str | None) -> None:
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="Interview 1" plainTextPath="internal://{SRC}.txt">'
            f"{_selections(RAW, 'codepoints-lf', names=origin is None)}</TextSource></Sources>"
        )
    )
    qdpx = write_qdpx(tmp_path / "atlas.qdpx", project(body, origin=origin), {f"sources/{SRC}.txt": RAW.encode()})
    snap, report = import_qdpx(qdpx)
    assert _excerpts(snap) == _expected()
    convention, evidence = _positions(report)
    assert convention is PositionConvention.CODEPOINTS_LF
    if origin is None:
        assert evidence is Evidence.NAMES


def test_standard_positions_on_crlf_text_without_names(tmp_path: Path) -> None:
    """Code points on the raw file (CRLF = 2), as the standard says: the tie-break default."""
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="Interview 1" plainTextPath="internal://{SRC}.txt">'
            f"{_selections(RAW, 'codepoints-raw', names=False)}</TextSource></Sources>"
        )
    )
    qdpx = write_qdpx(tmp_path / "std.qdpx", project(body), {f"sources/{SRC}.txt": RAW.encode()})
    snap, report = import_qdpx(qdpx)
    assert _excerpts(snap) == _expected()
    assert _positions(report)[0] is PositionConvention.CODEPOINTS_RAW


MAXQDA_BODY = """
<Users><User guid="{U1}" name="Anna"/><User guid="{U2}" name="Ben"/></Users>
<CodeBook><Codes>
  <Code guid="{C1}" name="Work" isCodable="true" color="#00ff00">
    <Description>Definition:
Anything about work.

Inclusion criteria:
Shifts, rotas.

Exclusion criteria:
Home life.

Example:
"the rota is chaos"</Description>
    <NoteRef targetGUID="{N2}"/>
    <Code guid="{C2}" name="Rotas &gt; shifts" isCodable="true" color="#abc">
      <Description>Plain description, no headings.</Description>
    </Code>
  </Code>
  <Code guid="{C3}" name="Feelings" isCodable="false"/>
</Codes>
<Sets><Set guid="{S1}" name="Key codes"><MemberCode targetGUID="{C1}"/></Set></Sets>
</CodeBook>
<Variables>
  <Variable guid="{V1}" name="Role" typeOfVariable="Text"/>
  <Variable guid="{V2}" name="Age" typeOfVariable="Integer"/>
  <Variable guid="{V3}" name="Consent" typeOfVariable="Boolean"/>
  <Variable guid="{V4}" name="Interviewed" typeOfVariable="DateTime"/>
  <Variable guid="{V5}" name="Site" typeOfVariable="Text"/>
  <Variable guid="{V6}" name="Score" typeOfVariable="Float"/>
  <Variable guid="{V7}" name="Start" typeOfVariable="Date"/>
</Variables>
<Cases>
  <Case guid="{K1}" name="Nurse A">
    <Description>Night-shift nurse.</Description>
    <VariableValue><VariableRef targetGUID="{V1}"/><TextValue>Nurse</TextValue></VariableValue>
    <VariableValue><VariableRef targetGUID="{V2}"/><IntegerValue>34</IntegerValue></VariableValue>
    <VariableValue><VariableRef targetGUID="{V3}"/><BooleanValue>1</BooleanValue></VariableValue>
    <VariableValue><VariableRef targetGUID="{V6}"/><FloatValue>2.5</FloatValue></VariableValue>
    <VariableValue><VariableRef targetGUID="{V7}"/><DateValue>2020-02-03</DateValue></VariableValue>
    <SourceRef targetGUID="{D1}"/>
  </Case>
</Cases>
<Sources>
  <TextSource guid="{D1}" name="Interview A" plainTextPath="internal://{D1}.txt" creatingUser="{U1}">
    <Description>Recorded on the ward.</Description>
    {SELECTIONS}
    <NoteRef targetGUID="{N1}"/>
    <VariableValue><VariableRef targetGUID="{V5}"/><TextValue>North</TextValue></VariableValue>
    <VariableValue><VariableRef targetGUID="{V4}"/><DateTimeValue>2021-05-06T14:30:00</DateTimeValue></VariableValue>
  </TextSource>
  <PictureSource guid="{P1}" name="Ward photo" path="internal://{P1}.jpg">
    <PictureSelection guid="{P2}" firstX="1" firstY="2" secondX="3" secondY="4">
      <Coding guid="{P3}"><CodeRef targetGUID="{C1}"/></Coding>
    </PictureSelection>
  </PictureSource>
  <AudioSource guid="{P4}" name="Recording" path="internal://{P4}.mp3"/>
</Sources>
<Notes>
  <Note guid="{N1}" name="Doc memo"><PlainTextContent>Source memo.</PlainTextContent></Note>
  <Note guid="{N2}" name="Code memo"><PlainTextContent>Code memo.</PlainTextContent></Note>
  <Note guid="{N3}" name="Loose memo"><PlainTextContent>Standalone thoughts.</PlainTextContent></Note>
  <Note guid="{N4}" name="Project memo"><PlainTextContent>Project level.</PlainTextContent></Note>
</Notes>
<Links><Link guid="{L1}" originGUID="{C1}" targetGUID="{C3}"/></Links>
<Graphs><Graph guid="{G1}" name="Map"/></Graphs>
<NoteRef targetGUID="{N4}"/>
"""


def _g(i: int) -> str:
    return "{" + f"ABCDEF00-0000-4000-8000-{i:012d}" + "}"


def test_maxqda_style_full_project(tmp_path: Path) -> None:
    keys = "U1 U2 C1 C2 C3 S1 V1 V2 V3 V4 V5 V6 V7 K1 D1 P1 P2 P3 P4 N1 N2 N3 N4 L1 G1".split()
    ids = {k: _g(i) for i, k in enumerate(keys)}
    sels = []
    for i, (ex, code, user) in enumerate([("exhausting", "C1", "U1"), ("团队", "C2", "U2"), ("Chaos.", "C3", "U1")]):
        s, e = span(RAW, ex, "codepoints-raw")
        sels.append(selection(f"bbbbbbbb-0000-4000-8000-{i:012d}", s, e, ids[code], user=ids[user]))
    body = MAXQDA_BODY.replace("{SELECTIONS}", "".join(sels))
    for k, v in ids.items():
        body = body.replace("{" + k + "}", v)
    doc_id = ids["D1"].strip("{}")
    qdpx = write_qdpx(
        tmp_path / "maxqda.qdpx", project(body, origin="MAXQDA 2022"), {f"sources/{ids['D1']}.txt": RAW.encode()}
    )
    snap, report = import_qdpx(qdpx)

    def gid(k: str) -> str:
        return ids[k].strip("{}").lower()

    codes = {c.name: c for c in snap.codes}
    assert set(codes) == {"Work", "Rotas › shifts", "Feelings"}
    work, rotas = codes["Work"], codes["Rotas › shifts"]
    assert (work.definition, work.inclusion, work.exclusion, work.example) == (
        "Anything about work.",
        "Shifts, rotas.",
        "Home life.",
        '"the rota is chaos"',
    )
    assert rotas.parent_id == work.id == gid("C1") and rotas.color == "#AABBCC"
    assert rotas.definition == "Plain description, no headings." and not rotas.inclusion
    assert codes["Feelings"].position == 1

    assert {c.name for c in snap.coders} == {"Anna", "Ben"}
    text = snap.documents[0].text
    assert sorted(text[c.start : c.end] for c in snap.codings) == sorted(["exhausting", "团队", "Chaos."])

    attrs = {(a.name, a.scope): a for a in snap.attributes}
    assert attrs[("Role", AttributeScope.PARTICIPANT)].type is AttributeType.TEXT
    assert attrs[("Age", AttributeScope.PARTICIPANT)].type is AttributeType.NUMBER
    assert attrs[("Consent", AttributeScope.PARTICIPANT)].type is AttributeType.CATEGORY
    assert attrs[("Consent", AttributeScope.PARTICIPANT)].allowed == ("true", "false")
    assert attrs[("Score", AttributeScope.PARTICIPANT)].type is AttributeType.NUMBER
    assert attrs[("Start", AttributeScope.PARTICIPANT)].type is AttributeType.DATE
    assert attrs[("Interviewed", AttributeScope.DOCUMENT)].type is AttributeType.DATE
    assert attrs[("Site", AttributeScope.DOCUMENT)].type is AttributeType.TEXT
    (nurse,) = snap.participants
    assert nurse.id == gid("K1")
    assert dict(nurse.attributes) == {
        "Role": "Nurse",
        "Age": "34",
        "Consent": "true",
        "Score": "2.5",
        "Start": "2020-02-03",
    }
    assert dict(snap.documents[0].info.attributes) == {"Site": "North", "Interviewed": "2021-05-06"}
    assert any("only the dates were kept" in n for n in report.notices)

    memos = {(m.target_kind, m.target_id): m.text for m in snap.memos}
    assert memos[(MemoTarget.DOCUMENT, doc_id.lower())] == "Recorded on the ward.\n\nSource memo."
    assert memos[(MemoTarget.CODE, gid("C1"))] == "Code memo."
    assert memos[(MemoTarget.PARTICIPANT, gid("K1"))] == "Night-shift nurse."
    project_memo = memos[(MemoTarget.PROJECT, "")]
    assert project_memo.startswith("Project level.") and "Loose memo" in project_memo
    assert "Standalone thoughts." in project_memo

    kinds = {loss.kind for loss in report.losses}
    assert {LossKind.SOURCE, LossKind.SET, LossKind.LINK, LossKind.GRAPH, LossKind.CASE_LINK} <= kinds
    (pictures,) = [loss for loss in report.losses_of(LossKind.SOURCE) if "picture" in loss.subject]
    assert "Ward photo" in pictures.subject and "1 selection" in pictures.detail
    assert any("audio" in loss.subject and "Recording" in loss.subject for loss in report.losses_of(LossKind.SOURCE))
    assert _positions_ok(report)


def _positions_ok(report: ImportReport) -> bool:
    return all(p.mapped == p.selections for p in report.positions)


def test_qualcoder_internal_scheme_and_selection_memos(tmp_path: Path) -> None:
    start, end = span(RAW_LF, "团队", "codepoints-raw")
    sel = selection(
        "cccccccc-0000-4000-8000-000000000001",
        start,
        end,
        CODE.lower(),
        user=USER,
        inner="<Description>Team spirit?</Description>",
    )
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="Interview 1" plainTextPath="internal://{SRC}.txt">'
            f"{sel}</TextSource></Sources><Description>QualCoder project memo</Description>"
        )
    )
    qdpx = write_qdpx(
        tmp_path / "qc.qdpx", project(body, origin="QualCoder 3.5"), {f"sources/{SRC}.txt": RAW_LF.encode()}
    )
    snap, report = import_qdpx(qdpx)
    (coding,) = snap.codings
    assert snap.documents[0].text[coding.start : coding.end] == "团队"
    assert coding.memo == "Team spirit?"
    assert {(m.target_kind, m.text) for m in snap.memos} == {(MemoTarget.PROJECT, "QualCoder project memo")}
    assert report.lossless


@pytest.mark.parametrize("path", ["internal:/{g}.txt", "{g}.txt", "internal://sources/{g}.txt"])
def test_taguette_minimal_and_path_variants(tmp_path: Path, path: str) -> None:
    start, end = span(RAW_LF, "Chaos.", "codepoints-raw")
    body = (
        f'<CodeBook><Codes><Code guid="{CODE}" name="chaos" isCodable="true"/></Codes></CodeBook>'
        f'<Sources><TextSource guid="{SRC}" plainTextPath="{path.format(g=SRC)}">'
        f'<PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="{start}" endPosition="{end}">'
        f'<Coding guid="dddddddd-0000-4000-8000-000000000002"><CodeRef targetGUID="{CODE}"/></Coding>'
        f"</PlainTextSelection></TextSource></Sources>"
    )
    qdpx = write_qdpx(
        tmp_path / "taguette.qdpx", project(body, name="taguette"), {f"sources/{SRC}.txt": RAW_LF.encode()}
    )
    snap, report = import_qdpx(qdpx)
    (coding,) = snap.codings
    assert snap.documents[0].text[coding.start : coding.end] == "Chaos."
    assert snap.documents[0].name == f"{SRC}.txt"  # no name attribute: the file name
    assert [c.name for c in snap.coders] == ["Unknown"] and coding.coder_id == snap.coders[0].id
    assert snap.codes[0].color == "#808080"
    assert any("do not say who made them" in n for n in report.notices)


def test_sources_root_entry_is_ignored(tmp_path: Path) -> None:
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="I" plainTextPath="internal://{SRC}.txt">'
            f"{_selections(RAW_LF, 'codepoints-raw', names=True)}</TextSource></Sources>"
        )
    )
    qdpx = write_qdpx(
        tmp_path / "root.qdpx", project(body), {"sources/.root": b"", f"sources/{SRC}.txt": RAW_LF.encode()}
    )
    snap, report = import_qdpx(qdpx)
    assert _excerpts(snap) == _expected() and report.lossless


def test_plain_text_content_embedded_and_bare_qde(tmp_path: Path) -> None:
    start, end = span(RAW_LF, "Pure chaos 🙃", "utf16-raw")
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="Embedded"><PlainTextContent>{RAW_LF}</PlainTextContent>'
            f"{selection('eeeeeeee-0000-4000-8000-000000000001', start, end, CODE, USER, name='Pure chaos 🙃')}"
            f"</TextSource></Sources>"
        )
    )
    qde = project(body, ns="urn:QDA-XML:project:1:0")
    for path in (write_qdpx(tmp_path / "embedded.qdpx", qde), tmp_path / "bare.qde"):
        if path.suffix == ".qde":
            path.write_text(qde, encoding="utf-8")
        snap, report = import_qdpx(path)
        (coding,) = snap.codings
        assert snap.documents[0].text[coding.start : coding.end] == "Pure chaos 🙃"
        assert report.positions[0].convention is PositionConvention.UTF16_RAW


def test_unknown_user_unmappable_selections_and_unknown_elements(tmp_path: Path) -> None:
    stranger = "99999999-8888-4777-8666-555555555555"
    s, e = span(RAW_LF, "exhausting", "codepoints-raw")
    body = (
        _users()
        + _codebook()
        + (
            f'<Sources><TextSource guid="{SRC}" name="I" plainTextPath="internal://{SRC}.txt">'
            + selection("f0000000-0000-4000-8000-000000000001", s, e, CODE, user=stranger)
            + selection("f0000000-0000-4000-8000-000000000002", s, 10_000, CODE, user=USER)
            + selection("f0000000-0000-4000-8000-000000000003", s, e, "12345678-1234-4234-8234-123456789012", USER)
            + f'<PlainTextSelection guid="f0000000-0000-4000-8000-000000000004" startPosition="{s}" endPosition="{e}"/>'
            + "<VendorThing foo='1'/></TextSource></Sources><Extension/>"
        )
    )
    qdpx = write_qdpx(tmp_path / "odd.qdpx", project(body), {f"sources/{SRC}.txt": RAW_LF.encode()})
    snap, report = import_qdpx(qdpx)
    (coding,) = snap.codings
    assert coding.coder_id == stranger
    assert {c.name for c in snap.coders} == {"Maria", f"Unknown ({stranger})"}
    assert any(stranger in n for n in report.notices)
    subjects = [loss.detail for loss in report.losses_of(LossKind.SELECTION)]
    assert any("outside the source's text" in d for d in subjects)
    assert any("not in the project's codebook" in d for d in subjects)
    assert any("carry no code" in d for d in subjects)
    unknown = {loss.subject for loss in report.losses_of(LossKind.UNKNOWN_ELEMENT)}
    assert unknown == {"<VendorThing> in <TextSource>", "<Extension> in <Project>"}
    assert report.positions[0].selections == 4 and report.positions[0].mapped == 1


def test_source_without_text_is_reported(tmp_path: Path) -> None:
    body = f'<Sources><TextSource guid="{SRC}" name="Gone" plainTextPath="absolute://C:/data/gone.txt"/></Sources>'
    snap, report = import_qdpx(write_qdpx(tmp_path / "gone.qdpx", project(body)))
    assert snap.documents == []
    (loss,) = report.losses
    assert loss.kind is LossKind.SOURCE and "Gone" in loss.subject and "missing" in loss.detail


def test_non_utf8_source_is_read_as_cp1252(tmp_path: Path) -> None:
    body = f'<Sources><TextSource guid="{SRC}" name="Old" plainTextPath="internal://{SRC}.txt"/></Sources>'
    qdpx = write_qdpx(tmp_path / "cp.qdpx", project(body), {f"sources/{SRC}.txt": "café – ok".encode("cp1252")})
    snap, report = import_qdpx(qdpx)
    assert snap.documents[0].text == "café – ok"
    assert any("Windows-1252" in n for n in report.notices)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"readme.txt": b"hi"}, "no project.qde"),
        ({"a.qde": b"<Project name='a'/>", "b.qde": b"<Project name='b'/>"}, "several project files"),
        ({"project.qde": b"<CodeBook/>"}, "root element is <CodeBook>"),
        ({"project.qde": b"<Project name='x'><Users>"}, "not well-formed XML"),
    ],
)
def test_unusable_archives_fail_clearly(tmp_path: Path, files: dict[str, bytes], message: str) -> None:
    import zipfile

    path = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(ImportFailed, match=message):
        import_qdpx(path)


def test_not_a_zip_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "x.qdpx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ImportFailed, match="not"):
        import_qdpx(path)
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(ImportFailed, match="not a REFI-QDA project"):
        import_qdpx(path)
    with pytest.raises(ImportFailed, match="does not exist"):
        import_qdpx(tmp_path / "missing.qdpx")


def test_utf16_source_file_with_bom(tmp_path: Path) -> None:
    body = f'<Sources><TextSource guid="{SRC}" name="U16" plainTextPath="internal://{SRC}.txt"/></Sources>'
    qdpx = write_qdpx(tmp_path / "u16.qdpx", project(body), {f"sources/{SRC}.txt": RAW.encode("utf-16")})
    snap, _ = import_qdpx(qdpx)
    assert snap.documents[0].text == normalize_text(RAW)


def test_duplicate_names_are_made_unique(tmp_path: Path) -> None:
    """qcoder keeps document, participant and coder names unique (NVivo allows the same source
    name in two folders)."""
    other = "22222222-2222-4333-8444-555555555555"
    stranger = "99999999-8888-4777-8666-555555555555"
    s, e = span(RAW_LF, "exhausting", "codepoints-raw")
    body = (
        f'<Users><User guid="{USER}" name="Unknown ({stranger})"/><User guid="{other}" name="unknown ({stranger})"/>'
        f"</Users>{_codebook()}"
        f'<Cases><Case guid="{USER}" name="P"/><Case guid="{other}" name="P"/></Cases><Sources>'
        f'<TextSource guid="{SRC}" name="Int 1"><PlainTextContent>{RAW_LF}</PlainTextContent>'
        f"{selection('f1000000-0000-4000-8000-000000000001', s, e, CODE, user=stranger)}</TextSource>"
        f'<TextSource guid="{CODE}" name="Int 1"><PlainTextContent>x</PlainTextContent></TextSource>'
        f"</Sources>"
    )
    snap, report = import_qdpx(write_qdpx(tmp_path / "dup.qdpx", project(body)))
    assert [d.name for d in snap.documents] == ["Int 1", "Int 1 (2)"]
    assert [p.name for p in snap.participants] == ["P", "P (2)"]
    names = [c.name for c in snap.coders]
    assert len({n.casefold() for n in names}) == 3 and f"Unknown ({stranger}) (3)" in names
    assert sum("became" in n for n in report.notices) == 2
