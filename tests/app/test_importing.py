"""Batch import: folders, duplicates, per-file failures, progress, cancel, attribute sheets."""

from __future__ import annotations

from pathlib import Path

from qcoder.app.importing import import_paths
from qcoder.app.sheets import apply_attribute_rows
from qcoder.core.model import AttributeScope
from qcoder.core.progress import CancelToken
from tests.helpers import INTERVIEW


def _folder(tmp_path: Path, n: int = 4) -> Path:
    folder = tmp_path / "batch"
    (folder / "deeper" / ".hidden").mkdir(parents=True)
    for i in range(n):
        (folder / ("deeper" if i % 2 else "") / f"site{i}_prosecutor_{i}.txt").write_text(
            INTERVIEW + f"\n\nDet. Ortega: Interview number {i}.", encoding="utf-8"
        )
    (folder / "deeper" / ".hidden" / "secret.txt").write_text("Interviewer: no", encoding="utf-8")
    (folder / "notes.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # listed as skipped, not read
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    return folder


def test_folder_recursive_with_failures_and_duplicates(project, tmp_path):
    folder = _folder(tmp_path)
    calls: list[tuple[int, int, str]] = []
    report = import_paths(project, [folder], progress=lambda d, t, m: calls.append((d, t, m)))
    assert len(report.imported) == 4
    assert [Path(f.path).name for f in report.failed] == ["junk.txt"]
    assert [(Path(f.path).name, f.reason) for f in report.skipped] == [("notes.png", "not a transcript (.png file)")]
    assert "binary" in report.failed[0].reason
    assert calls[0][:2] == (0, 5) and calls[-1][:2] == (5, 5)
    again = import_paths(project, [folder / "site0_prosecutor_0.txt"])
    assert again.imported == [] and "same text" in again.skipped[0].reason
    missing = import_paths(project, [tmp_path / "nope.docx"])
    assert missing.failed[0].reason == "no such file or folder"


def test_cancel_between_files_keeps_finished(project, tmp_path):
    folder = _folder(tmp_path)
    token = CancelToken()

    def progress(done: int, total: int, name: str) -> None:
        if done == 2:
            token.cancel()

    report = import_paths(project, [folder], progress=progress, cancel=token)
    assert report.cancelled and len(report.imported) == 2
    assert len(project.documents()) == 2


def test_filename_pattern(project, tmp_path):
    folder = _folder(tmp_path, n=2)
    report = import_paths(project, [folder], pattern="{site}_{stakeholder_group}_{id}")
    assert report.sheet is not None and report.sheet.documents == 2
    doc = project.document_by_name("site1_prosecutor_1")
    assert doc.attributes["site"] == "site1" and doc.attributes["stakeholder_group"] == "prosecutor"


def test_sheet_rows_for_documents_and_focus_group_participants(project, tmp_path):
    text = (
        "Moderator: Hello.\n\nLt. Park: I run vice.\n\nMs. Alvarez: I am an advocate.\n\n"
        "Moderator: Thanks.\n\nLt. Park: Sure.\n\nMs. Alvarez: Likewise."
    )
    (tmp_path / "LC-FG-09.txt").write_text(text, encoding="utf-8")
    import_paths(project, [tmp_path / "LC-FG-09.txt"])
    report = apply_attribute_rows(
        project,
        [
            {"Document": "LC-FG-09.txt", "Site": "Lakeshore County", "Speaker": "", "Stakeholder Group": ""},
            {
                "Document": "LC-FG-09",
                "Site": "",
                "Speaker": "Lt. Park",
                "Participant": "Lt. Park",
                "Stakeholder Group": "law enforcement",
            },
            {
                "Document": "LC-FG-09",
                "Site": "",
                "Speaker": "ms. alvarez",
                "Participant": "Rosa Alvarez",
                "Stakeholder Group": "victim service provider",
            },
            {"Document": "LC-FG-09", "Site": "", "Speaker": "Nobody", "Participant": "", "Stakeholder Group": "x"},
            {"Document": "missing", "Site": "x", "Speaker": "", "Stakeholder Group": ""},
        ],
    )
    assert report.documents == 1 and report.participants == 2
    assert report.unknown_documents == ["missing"] and report.unknown_speakers == ["LC-FG-09: Nobody"]
    doc = project.document_by_name("LC-FG-09")
    assert doc.attributes == {"site": "Lakeshore County"}
    people = {p.name: p.attributes for p in project.participants()}
    assert people == {
        "Lt. Park": {"stakeholder_group": "law enforcement"},
        "Rosa Alvarez": {"stakeholder_group": "victim service provider"},
    }
    linked = {s.label: s.participant_id for s in project.speakers(doc.id)}
    assert linked["Moderator"] is None and linked["Lt. Park"] and linked["Ms. Alvarez"]
    assert project.attribute("stakeholder_group", AttributeScope.PARTICIPANT) is not None


def test_files_without_a_known_extension_are_sniffed_or_listed(project, tmp_path: Path) -> None:
    """Issue 23 item 4: a text file with no extension was silently ignored by a folder import;
    now content decides, and what is not a transcript is listed as skipped with the reason."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "interview-07").write_bytes(
        "Interviewer: Hi?\nAna: Hello.\nInterviewer: Bye?\nAna: Bye.\n".encode("utf-16")
    )
    (folder / "notes.xyz").write_text(
        "Interviewer: Why?\nBo: Because.\nInterviewer: Ok.\nBo: Yes.\n", encoding="cp1252"
    )
    (folder / "captions").write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nHello there.\n\n2\n00:00:04,000 --> 00:00:06,000\nGeneral Kenobi.\n"
    )
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)
    report = import_paths(project, [folder])
    imported = {Path(i.path).name: i for i in report.imported}
    assert set(imported) == {"interview-07", "notes.xyz", "captions"}
    assert imported["interview-07"].speakers == 2
    assert "has no extension" in imported["interview-07"].warnings[0]
    assert project.document(imported["captions"].document_id).text.startswith("Hello there.")
    assert report.failed == []
    skipped = {Path(p.path).name: p.reason for p in report.skipped}
    assert skipped["photo.jpg"] == "not a transcript (.jpg file)"
    assert "unsupported file type .bin: it appears to be binary data" in skipped["blob.bin"]
    assert {"path": str(folder / "blob.bin"), "reason": skipped["blob.bin"]} in report.to_json()["skipped"]  # CLI JSON


def test_a_document_without_speakers_gets_a_hint(project, tmp_path: Path) -> None:
    """Issue 23 item 4: real files imported with "0 speakers, 0 turns" and no hint."""
    path = tmp_path / "memo.txt"
    path.write_text("We met the task force in May.\n\nThey share case files every week.\n", encoding="utf-8")
    [imported] = import_paths(project, [path]).imported
    assert imported.speakers == 0 and any("no speaker labels found" in w for w in imported.warnings)


def _many(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"case{i:02d}.txt").write_text(INTERVIEW + f"\n\nDet. Ortega: Case {i}.", encoding="utf-8")
    return folder


def test_documents_are_stored_in_batches(project, tmp_path, monkeypatch):
    from qcoder.app import importing

    monkeypatch.setattr(importing, "BATCH_DOCUMENTS", 4)
    batches: list[list[str]] = []
    report = import_paths(project, [_many(tmp_path, 10)], on_stored=lambda b: batches.append([i.document for i in b]))
    assert [len(b) for b in batches] == [4, 4, 2]  # one transaction per batch
    assert [i.document for i in report.imported] == [f"case{i:02d}" for i in range(10)]
    assert sum(batches, []) == [i.document for i in report.imported]
    # each batch is one undo step outside the window (the window groups the whole import)
    project.undo()
    assert len(project.documents()) == 8
    project.redo()
    assert len(project.documents()) == 10


def test_a_refused_document_does_not_cost_its_batch(project, tmp_path, monkeypatch):
    from qcoder.importers import parallel
    from qcoder.importers.base import ImportedTurn

    real = parallel.import_file

    def broken_turns(path: Path, timeout: float | None = None):
        doc = real(path, timeout=timeout)
        if path.stem == "case03":  # an importer bug: a turn outside the text
            doc.turns.append(ImportedTurn("Ghost", len(doc.text) + 5, len(doc.text) + 9))
        return doc

    monkeypatch.setattr(parallel, "import_file", broken_turns)
    report = import_paths(project, [_many(tmp_path, 6)])
    assert [i.document for i in report.imported] == ["case00", "case01", "case02", "case04", "case05"]
    assert [Path(p.path).stem for p in report.failed] == ["case03"]
    assert "outside the text" in report.failed[0].reason


def test_same_file_names_in_one_batch_get_distinct_names(project, tmp_path):
    for sub in ("a", "b", "c"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "interview.txt").write_text(INTERVIEW + f"\n\nDet. Ortega: {sub}.", encoding="utf-8")
    report = import_paths(project, [tmp_path / "a", tmp_path / "b", tmp_path / "c"])
    assert [i.document for i in report.imported] == ["interview", "interview (2)", "interview (3)"]
