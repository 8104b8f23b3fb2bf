"""Legacy .doc conversion (real converter when installed, a stand-in script otherwise) and the
sample transcripts shipped in sample_transcripts/."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import time
from pathlib import Path

import docx
import pytest

from qcoder.core.errors import ImportFailed
from qcoder.importers import SUPPORTED_SUFFIXES, import_file, legacy_doc

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _fake_tool(bin_dir: Path, name: str, script: str) -> None:
    bin_dir.mkdir(exist_ok=True)
    path = bin_dir / name
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def _only(monkeypatch: pytest.MonkeyPatch, bin_dir: Path | None) -> None:
    """Make shutil.which see only the tools in ``bin_dir``."""
    real = shutil.which

    def which(name: str, *a: object, **kw: object) -> str | None:
        if bin_dir is None:
            return None
        return real(name, path=str(bin_dir))

    monkeypatch.setattr(shutil, "which", which)


def test_doc_without_converter_names_what_to_install(write, monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, None)
    with pytest.raises(ImportFailed, match="install LibreOffice \\(or antiword\\)"):
        import_file(write("old.doc", OLE))


def test_doc_via_antiword(write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a stand-in antiword that prints a transcript, as the real one does on stdout
    _fake_tool(tmp_path / "bin", "antiword", "printf 'Interviewer: Hello.\\n\\nRespondent: Hi.\\n'\n")
    _only(monkeypatch, tmp_path / "bin")
    doc = import_file(write("old.doc", OLE))
    assert doc.source_format == "doc"
    assert doc.text == "Interviewer: Hello.\n\nRespondent: Hi."
    assert doc.speakers == ["Interviewer", "Respondent"]
    assert doc.metadata["converter"] == "antiword"


def test_doc_converter_failure_and_timeout(write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_tool(tmp_path / "bin", "antiword", "echo 'I can not read this file' >&2\nexit 1\n")
    _only(monkeypatch, tmp_path / "bin")
    with pytest.raises(ImportFailed, match="antiword could not convert.*I can not read this file"):
        import_file(write("bad.doc", OLE))

    _fake_tool(tmp_path / "bin", "antiword", "sleep 30\n")
    path = write("slow.doc", OLE)
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="longer than 1 seconds"):
        legacy_doc.read(path, timeout=1.0)
    assert time.perf_counter() - started < 15


def test_doc_that_is_really_rtf_or_docx(write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, None)
    doc = import_file(write("saved-as.doc", r"{\rtf1\ansi I: from rtf\par R: yes\par}"))
    assert doc.source_format == "rtf" and doc.speakers == ["I", "R"]
    d = docx.Document()
    d.add_paragraph("I: from docx")
    d.add_paragraph("R: yes")
    path = tmp_path / "renamed.doc"
    d.save(str(path))
    doc = import_file(path)
    assert doc.source_format == "docx" and doc.speakers == ["I", "R"]
    assert "named .doc but contains a Word .docx document" in doc.warnings[0]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_doc_via_libreoffice(tmp_path: Path) -> None:
    d = docx.Document()
    for line in ("Interviewer: Real conversion?", "Respondent: Through LibreOffice.", "Interviewer: Good."):
        d.add_paragraph(line)
    src = tmp_path / "src.docx"
    d.save(str(src))
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path / "out"),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    doc = import_file(tmp_path / "out" / "src.doc")
    assert doc.text == "Interviewer: Real conversion?\nRespondent: Through LibreOffice.\nInterviewer: Good."
    assert doc.metadata["converter"] == "libreoffice"


# -- sample transcripts ---------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[2] / "sample_transcripts"


def _sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(
        p
        for p in SAMPLES.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.stem.lower().startswith(("readme", "license", "attributes"))
    )


@pytest.mark.parametrize(
    "path",
    _sample_files() or [pytest.param(None, marks=pytest.mark.skip(reason="no sample transcripts yet"))],
    ids=lambda p: p.name if p else "none",
)
def test_sample_transcript_imports_with_speakers(path: Path) -> None:
    doc = import_file(path)
    assert len(doc.speakers) >= 2, (path.name, doc.speakers)
    assert doc.text.strip()
    covered = sum(t.end - t.start for t in doc.turns)
    assert covered > 0.5 * len(doc.text), "most of a transcript is speech"
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    assert all(doc.text[t.start : t.end].strip() == doc.text[t.start : t.end] for t in doc.turns)
