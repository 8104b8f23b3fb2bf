"""Import fidelity on real transcripts (tests/data/real/SOURCES.md), when the corpus has been
fetched (scripts/fetch_real_corpus.py) and QCODER_REAL_CORPUS points at it; skipped otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qcoder.app.importing import collect_files
from qcoder.core.errors import ImportFailed
from qcoder.importers import import_file

CORPUS = os.environ.get("QCODER_REAL_CORPUS", "")
pytestmark = pytest.mark.skipif(
    not CORPUS or not Path(CORPUS).is_dir(), reason="real corpus not fetched (set QCODER_REAL_CORPUS)"
)


def _files() -> list[Path]:
    """The transcripts of the corpus (the sources also hold READMEs and interview guides)."""
    files, _missing, _skipped = collect_files([Path(CORPUS)])
    return [f for f in files if any("transcripts" in part for part in f.parts)]


def test_every_real_transcript_imports_readably() -> None:
    files = _files()
    assert len(files) >= 25
    problems = []
    for path in files:
        try:
            doc = import_file(path)
        except ImportFailed as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        paragraphs = [p for p in doc.text.split("\n") if p.strip()]
        if "\t" in doc.text:
            problems.append(f"{path.name}: tabs")
        if len(doc.speakers) < 2:
            problems.append(f"{path.name}: {len(doc.speakers)} speakers")
        if max(len(p) for p in paragraphs) > 5000:
            problems.append(f"{path.name}: a paragraph of {max(len(p) for p in paragraphs)} characters")
    assert problems == []
