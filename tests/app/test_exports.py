"""The service side of Project → Export: a file is written whole or not at all (cancelled,
failed), never over the open project's file, with the command line's defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.exports import check_target, is_project_file, workbook_by, write_replacing
from qcoder.core.errors import Cancelled, InvalidValue
from qcoder.core.model import AttributeScope
from qcoder.core.progress import CancelToken
from tests.helpers import imported


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


def test_write_replacing_puts_the_file_in_place(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    seen: list[Path] = []

    def write(p: Path) -> None:
        seen.append(p)
        assert p.suffix == ".csv" and p.parent == tmp_path and p != target  # writers go by the suffix
        p.write_text("new", encoding="utf-8")

    assert write_replacing(target, write, CancelToken()) == target
    assert target.read_text(encoding="utf-8") == "new" and _leftovers(tmp_path) == []


def test_cancelled_while_writing_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_text("old", encoding="utf-8")
    token = CancelToken()

    def write(p: Path) -> None:
        p.write_text("half a docu", encoding="utf-8")
        token.cancel()  # the user pressed Cancel meanwhile

    with pytest.raises(Cancelled):
        write_replacing(target, write, token)
    assert target.read_text(encoding="utf-8") == "old" and _leftovers(tmp_path) == []


def test_cancelled_before_writing_writes_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    called: list[Path] = []
    with pytest.raises(Cancelled):
        write_replacing(tmp_path / "out.xlsx", called.append, token)
    assert called == [] and list(tmp_path.iterdir()) == []


def test_a_failed_writer_leaves_no_partial_file(tmp_path: Path) -> None:
    def write(p: Path) -> None:
        p.write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device", str(p))

    with pytest.raises(OSError) as raised:
        write_replacing(tmp_path / "out.xlsx", write, CancelToken())
    assert raised.value.filename == str(tmp_path / "out.xlsx")  # the user's file, not the temporary one
    assert list(tmp_path.iterdir()) == []


def test_the_open_project_file_is_refused(tmp_path: Path) -> None:
    with Project.create(tmp_path / "study.qcoder", name="Study") as project:
        assert is_project_file(project, tmp_path / "study.qcoder")
        assert is_project_file(project, tmp_path / "sub" / ".." / "study.qcoder")
        assert is_project_file(project, tmp_path / "study.qcoder-wal")
        assert not is_project_file(project, tmp_path / "study.xlsx")
        with pytest.raises(InvalidValue, match="open project"):
            check_target(project, tmp_path / "study.qcoder")
        check_target(project, tmp_path / "study copy.qcoder")


def test_workbook_attributes_default_to_those_the_project_has(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qcoder") as project:
        assert workbook_by(project, None) == []
        doc = project.add_document(imported())
        project.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Harbor City"}})
        assert workbook_by(project, None) == ["site"]
        assert workbook_by(project, ["role"]) == ["role"]  # chosen: as given
