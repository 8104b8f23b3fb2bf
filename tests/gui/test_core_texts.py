"""Texts the Qt-free layers write (progress messages, error messages) read in the window's
language (issue 19): the core writes them in English; :mod:`qcoder.gui.core_texts` lists them."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from shiboken6 import Shiboken

from qcoder.core import errors as e
from qcoder.gui import i18n
from qcoder.gui.core_texts import DATABASE, OS_ERRORS, PROGRESS, core_text

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("app", "core", "exporters", "importers", "nlp", "analysis", "exchange", "store")


def test_core_texts_read_in_spanish_and_french(qapp) -> None:  # type: ignore[no-untyped-def]
    assert core_text("Reading the project…") == "Reading the project…"  # English: as written
    try:
        i18n.install_translators("es", qapp)
        assert core_text("Reading the project…") == "Leyendo el proyecto…"
        assert core_text("Writing codings.xlsx…") == "Escribiendo codings.xlsx…"
        assert core_text("the file is empty") == "el archivo está vacío"
        assert core_text("no project at /tmp/x.qcoder") == "no hay ningún proyecto en /tmp/x.qcoder"
        assert core_text("permission denied: /tmp/a b.csv") == "permiso denegado: /tmp/a b.csv"
        assert core_text("Interview 3") == "Interview 3"  # a name, not listed: unchanged
        assert core_text("a.zip: REFI-QDA files end in .qdpx (project) or .qdc (codebook)") == (
            "a.zip: los archivos REFI-QDA terminan en .qdpx (proyecto) o .qdc (libro de códigos)"
        )
        assert core_text("row 3: column C has no header name") == "fila 3: la columna C no tiene nombre de encabezado"
        assert core_text("") == ""
        i18n.install_translators("fr", qapp)
        assert core_text("Computing agreement…") == "Calcul de l'accord…"
        assert core_text("permission denied: /tmp/a") == "permission refusée\u00a0: /tmp/a"
        assert core_text("the file is too large (300 MB; the limit is 200 MB)") == (
            "le fichier est trop volumineux (300 Mo\u00a0; la limite est de 200 Mo)"
        )
    finally:
        i18n.remove_translators(qapp)


def test_user_message_of_a_core_error_is_translated(qapp) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.errors import user_message

    assert user_message(e.ImportFailed("the file is empty")) == "The file is empty."
    try:
        i18n.install_translators("es", qapp)
        assert user_message(e.ImportFailed("the file is empty")) == "El archivo está vacío."
        assert user_message(e.ProjectError("no backup at /b/x.bak")) == (
            "No hay ninguna copia de seguridad en /b/x.bak."
        )
        assert user_message(OSError(errno.EACCES, "Permission denied", "/d/out.docx")) == (
            "Permiso denegado: /d/out.docx."
        )
    finally:
        i18n.remove_translators(qapp)


def test_progress_dialog_shows_the_core_message_in_spanish(qapp) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.workers import ProgressDialog, Worker

    worker = Worker(lambda progress, cancel: None)
    dialog = ProgressDialog(worker, "Export")
    try:
        i18n.install_translators("es", qapp)
        worker.progress.emit(0, 0, "Reading the project…")
        assert dialog.labelText() == "Leyendo el proyecto…"
        worker.progress.emit(0, 0, "Writing memos.docx…")
        assert dialog.labelText() == "Escribiendo memos.docx…"
    finally:
        i18n.remove_translators(qapp)
        Shiboken.delete(dialog)  # not left among the top-level widgets other tests walk


def _progress_messages() -> tuple[set[str], set[str]]:
    """The literal and f-string messages the Qt-free layers hand to ``progress(done, total, …)``."""
    literal: set[str] = set()
    formatted: set[str] = set()
    call = re.compile(r'\bprogress\(\s*[^,()]+,\s*[^,()]+,\s*(f?)"([^"]+)"')
    for folder in QT_FREE:
        for path in (ROOT / "qcoder" / folder).rglob("*.py"):
            for f, text in call.findall(path.read_text(encoding="utf-8")):
                (formatted if f else literal).add(text)
    return literal, formatted


def test_every_progress_message_of_the_core_is_listed(qapp) -> None:  # type: ignore[no-untyped-def]
    """A message the core hands to a progress callback must be listed, or the progress dialog
    shows it in English in a Spanish or French window."""
    literal, formatted = _progress_messages()
    assert "Reading the project…" in literal
    assert sorted(literal - set(PROGRESS)) == []
    try:
        i18n.install_translators("es", qapp)
        for text in formatted:  # e.g. f"Writing {path.name}…": the template must match it
            example = re.sub(r"\{[^}]+\}", "x.csv", text)
            assert core_text(example) != example, text
    finally:
        i18n.remove_translators(qapp)


def test_every_database_and_os_error_description_is_listed() -> None:
    from qcoder.app import errors as app_errors
    from qcoder.store import db_errors

    said = {text for _, text in db_errors._SQLITE} | set(db_errors._PG.values()) | set(db_errors._PG_CLASSES.values())
    assert sorted(said - set(DATABASE)) == []
    assert sorted(set(app_errors._ERRNO.values()) - set(OS_ERRORS)) == []
