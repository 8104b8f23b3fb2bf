"""Positions and text never move (issue 23): for texts with every kind of character —
zero-width spaces, joiners, combining marks, astral characters, controls, a BOM inside, CR-only
and CRLF lines — every import path that carries positions (REFI-QDA, the codings CSV, a
.qcodings file, merging a project file) gives back the same text and, for every coding, the
same positions and the same coded text."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.app import Project
from qcoder.app.codings_io import export_codings, import_codings
from qcoder.app.merge import apply_merge, plan_merge, read_codings_file, read_source, write_codings_file
from qcoder.core.text import normalize_text
from qcoder.exchange.refiqda import export_qdpx, import_qdpx
from qcoder.importers.base import ImportedDocument

PIECES = [
    "a",
    "b",
    " ",
    "word",
    "\n",
    "\r\n",
    "\r",  # CR-only line ends
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner (Persian spelling)
    "\u200d",  # zero-width joiner (emoji families)
    "\u2060",  # word joiner
    "\ufeff",  # a BOM inside the text
    "e\u0301",  # combining acute
    "😀",
    "👩\u200d⚕️",
    "\U0001d11e",  # astral (musical symbol)
    "\u0645\u06cc\u200c\u062e",
    "\x07",  # a control character
    "\t",
]


@st.composite
def coded_texts(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    raw = "x" + "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))) + "z"
    text = normalize_text(raw)
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(lambda p: p[0] < p[1]),
            min_size=1,
            max_size=6,
            unique=True,
        )
    )
    return raw, spans


def _project(folder: Path, raw: str, spans: list[tuple[int, int]]) -> tuple[Path, list[tuple[int, int, str]]]:
    path = folder / "source.qcoder"
    project = Project.create(path, name="Fidelity")
    doc = project.add_document(ImportedDocument(text=normalize_text(raw), source_name="t.txt", source_format="txt"))
    code = project.create_code("Theme")
    coder = project.ensure_coder("Ana")
    text = project.document(doc.id).text
    # stored as the source has it, apart from line ends: every zero-width character, joiner,
    # inner BOM and control stays, so positions count what the source counts
    assert text == raw.replace("\r\n", "\n").replace("\r", "\n")
    for s, e in spans:
        project.add_coding(doc.id, code.id, coder.id, s, e)
    expected = sorted((c.start, c.end, text[c.start : c.end]) for c in project.codings())
    project.close()
    return path, expected


def _codings(project: Project) -> list[tuple[int, int, str]]:
    [info] = project.documents()
    text = project.document(info.id).text
    return sorted((c.start, c.end, text[c.start : c.end]) for c in project.codings())


def _empty_copy(source: Path, target: Path) -> Project:
    """A project with the same document and codebook, without codings."""
    project = Project.create(target, name="Target")
    with Project.open(source) as src:
        [info] = src.documents()
        doc = src.document(info.id)
    project.add_document(ImportedDocument(text=doc.text, source_name="t.txt", source_format="txt"))
    return project


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_texts())
def test_every_position_carrying_path_keeps_text_and_positions(case: tuple[str, list[tuple[int, int]]]) -> None:
    raw, spans = case
    folder = Path(tempfile.mkdtemp())
    try:
        source, expected = _project(folder, raw, spans)
        # REFI-QDA: export and import into an empty project
        with Project.open(source) as project:
            export_qdpx(project.snapshot(), folder / "x.qdpx")
        snapshot, _report = import_qdpx(folder / "x.qdpx")
        [doc] = snapshot.documents
        assert doc.text == normalize_text(raw)
        assert sorted((c.start, c.end, doc.text[c.start : c.end]) for c in snapshot.codings) == expected
        # the codings CSV
        with Project.open(source) as project:
            export_codings(project, folder / "codings.csv")
        target = _empty_copy(source, folder / "csv.qcoder")
        import_codings(target, folder / "codings.csv")
        assert _codings(target) == expected
        target.close()
        # a .qcodings file, merged
        with Project.open(source) as project:
            write_codings_file(project, project.coder_by_name("Ana").id, folder / "ana.qcodings")
        target = _empty_copy(source, folder / "mine.qcoder")
        apply_merge(target, plan_merge(target, read_codings_file(folder / "ana.qcodings")))
        assert _codings(target) == expected
        target.close()
        # merging a whole project file
        target = _empty_copy(source, folder / "merge.qcoder")
        apply_merge(target, plan_merge(target, read_source(source)))
        assert _codings(target) == expected
        target.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
