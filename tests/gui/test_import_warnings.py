"""The warnings the importers attach to a document read in the window's language (issue 19).

The importers write them in English ("2 images or drawings ignored"); the import report shows
them through :func:`qcoder.gui.core_texts.core_text`, which finds them in
:mod:`qcoder.gui.import_warnings`. The scan reads every warning the Qt-free layers can write
(tests/importer_warnings.py): a new one must be listed there.
"""

from __future__ import annotations

import importlib
import struct
import zlib
from pathlib import Path

import docx
import pytest

from qcoder.app import Project
from qcoder.app.importing import ImportReport, import_paths
from qcoder.gui import i18n
from qcoder.gui.core_texts import core_text, known
from qcoder.gui.import_dialog import report_lines
from qcoder.gui.import_warnings import page_count, warning_text
from qcoder.importers import _FORMAT_NAMES
from tests.importer_warnings import Warning, warnings_written
from tests.importers.conftest import build_pdf

# fields that take one of a few words: (file, field expression) -> its words
WORDS = {
    ("qcoder/importers/__init__.py", "named"): ("named .dat", "has no extension"),
    ("qcoder/importers/__init__.py", "_FORMAT_NAMES[actual]"): tuple(_FORMAT_NAMES.values()),
    ("qcoder/importers/__init__.py", "suffix"): (".dat",),
    ("qcoder/importers/legacy_doc.py", "tool"): ("libreoffice", "antiword"),
    ("qcoder/importers/pdf.py", "_ranges(missing)"): ("2", "2–4, 7"),
    ("qcoder/importers/pdf.py", "_ranges(failed_pages)"): ("2", "2–4, 7"),
}


def _unlisted(w: Warning) -> list[str]:
    words = {expr: values for (path, expr), values in WORDS.items() if path == w.path}
    return [text for text in w.samples(words) if warning_text(text) is None]


def test_the_scan_finds_the_warnings() -> None:
    found = warnings_written()
    where = {w.path for w in found}
    assert len(found) >= 27
    assert {"qcoder/importers/word.py", "qcoder/importers/pdf.py", "qcoder/app/importing.py"} <= where
    assert not any(w.path.startswith("qcoder/store") for w in found)  # the store's warnings are objects


def test_every_warning_an_importer_writes_is_listed() -> None:
    missing = {f"{w.path}:{w.line}": _unlisted(w) for w in warnings_written()}
    assert {k: v for k, v in missing.items() if v} == {}


def test_page_ranges_are_counted() -> None:
    assert [page_count(r) for r in ("2", "2–4", "2–4, 7", "1, 3, 5–6")] == [1, 3, 4, 4]


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    i18n.install_translators("es", qapp)
    yield qapp
    i18n.remove_translators(qapp)


def _tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _docx(path: Path, images: int, comments: int) -> Path:
    picture = path.parent / "dot.png"
    picture.write_bytes(_tiny_png())
    d = docx.Document()
    paragraph = d.add_paragraph(f"Interviewer: How was the visit to {path.stem}?")
    d.add_paragraph("Respondent: Fine, thanks.")
    for _ in range(images):
        d.add_picture(str(picture))
    for n in range(comments):
        d.add_comment(paragraph.runs, text=f"note {n}", author="A")
    d.save(str(path))
    return path


def _rtf(path: Path) -> Path:
    picture = _tiny_png().hex()
    path.write_text(
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Interviewer: Hello?\\par Respondent: Hi.\\par"
        "{\\pict\\pngblip\\picw1\\pich1 " + picture + "}}",
        encoding="ascii",
    )
    return path


def _pdf(path: Path, scanned: int) -> Path:
    path.write_bytes(build_pdf([[f"Interviewer: Typed page {path.stem}.", "Respondent: Yes."], *[None] * scanned]))
    return path


def _details(project: Project, paths: list[Path]) -> list[str]:
    report: ImportReport = import_paths(project, paths)
    assert not report.failed
    return [line.detail.partition(" — ")[2] for line in report_lines(report)]


def test_the_import_report_reads_in_spanish_and_french(spanish, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = [
        _docx(tmp_path / "one.docx", images=1, comments=1),
        _docx(tmp_path / "two.docx", images=2, comments=3),
        _rtf(tmp_path / "pic.rtf"),
        _pdf(tmp_path / "scan1.pdf", scanned=1),
        _pdf(tmp_path / "scan3.pdf", scanned=3),
    ]
    english = [
        "1 image or drawings ignored; 1 comment not imported",
        "2 images or drawings ignored; 3 comments not imported",
        "1 image ignored",
        "page(s) 2 have no text layer (scanned?); their content is missing — run OCR to include them",
        "page(s) 2–4 have no text layer (scanned?); their content is missing — run OCR to include them",
    ]
    report = import_paths(project, paths)
    raw = ["; ".join(i.warnings) for i in report.imported]
    assert raw == english  # the importers' own words are unchanged
    shown = [line.detail.partition(" — ")[2] for line in report_lines(report)]
    assert shown == [
        "1 imagen o dibujo ignorado; 1 comentario no importado",
        "2 imágenes o dibujos ignorados; 3 comentarios no importados",
        "1 imagen ignorada",
        "la página 2 no tiene capa de texto (¿escaneada?); falta su contenido: aplique un OCR para incluirla",
        "las páginas 2–4 no tienen capa de texto (¿escaneadas?); falta su contenido: aplique un OCR para incluirlas",
    ]
    assert report_lines(report)[0].detail.startswith("one: ")

    i18n.install_translators("fr", spanish)
    shown = [line.detail.partition(" — ")[2] for line in report_lines(report)]
    assert shown == [
        "1 image ou dessin ignoré\u00a0; 1 commentaire non importé",
        "2 images ou dessins ignorés\u00a0; 3 commentaires non importés",
        "1 image ignorée",
        "la page 2 n'a pas de couche de texte (numérisée\u00a0?)\u00a0; son contenu manque — "
        "lancez un OCR pour l'inclure",
        "les pages 2–4 n'ont pas de couche de texte (numérisées\u00a0?)\u00a0; leur contenu manque — "
        "lancez un OCR pour les inclure",
    ]

    i18n.remove_translators(spanish)
    assert [line.detail.partition(" — ")[2] for line in report_lines(report)] == english


def test_french_counts_zero_as_singular(spanish) -> None:  # type: ignore[no-untyped-def]
    assert core_text("0 comment(s) not imported") == "0 comentarios no importados"
    i18n.install_translators("fr", spanish)
    assert core_text("0 comment(s) not imported") == "0 commentaire non importé"
    assert core_text("1 comment(s) not imported") == "1 commentaire non importé"
    assert core_text("2 footnote(s)/endnote(s) not imported") == "2 notes de bas de page ou de fin non importées"


def test_the_speakers_hint_and_a_misnamed_file_read_in_spanish(spanish, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.dat"
    notes.write_text("Just a paragraph without any speaker label.\n", encoding="utf-8")
    (detail,) = _details(project, [notes])
    first = "el archivo tiene la extensión .dat; contiene texto sin formato y se importó como tal"
    assert detail.startswith(first + "; no se encontraron etiquetas de hablante, así que no hay turnos")
    assert known("the file has no extension; it contains an HTML page and was imported as such")


def test_a_server_address_that_cannot_be_read_says_how_to_write_one(qtbot, spanish, ctx) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.team.server import OpenServerDialog

    dialog = OpenServerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_url("postgresql+psycopg://maya@host:port/db")
    dialog.set_password("s3cret-pw")
    assert dialog.start_open() is None
    said = dialog.message.text()
    assert said.startswith(
        "No se puede leer esta dirección; escríbala como postgresql+psycopg://user@host/db (detalles: "
    )
    assert "s3cret-pw" not in said


def test_an_odt_with_an_image_a_frame_and_a_footnote_reads_in_french(spanish, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from qcoder.importers import import_file

    odt_tests = importlib.import_module("tests.importers.test_importers_pdf_odt_rtf")  # its ODT, built with odfpy
    warnings = import_file(odt_tests._odt(tmp_path / "t.odt")).warnings
    assert warnings == [
        "1 image or drawings ignored",
        "text of 1 text frame(s) included after its anchor paragraph",
        "1 footnote(s)/endnote(s) not imported",
    ]
    i18n.install_translators("fr", spanish)
    assert [core_text(w) for w in warnings] == [
        "1 image ou dessin ignoré",
        "texte de 1 cadre de texte inclus après son paragraphe d'ancrage",
        "1 note de bas de page ou de fin non importée",
    ]
