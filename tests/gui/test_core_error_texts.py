"""Every error message the Qt-free layers raise reads in the window's language (issue 19).

The core, app, store, analysis, importers, exchange, exporters and nlp layers raise in English;
the window shows the message through :func:`qcoder.gui.core_texts.core_text`, which finds it in
:mod:`qcoder.gui.core_errors`, :mod:`qcoder.gui.import_errors`, :mod:`qcoder.gui.project_errors`
or its own lists. The scan below
reads every ``raise X("…")`` / ``raise X(f"…")`` of those layers (tests/core_raises.py): a new
message must be listed there, or be one of the programmer errors of :data:`INTERNAL`.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qcoder.analysis.query_parse import parse_query
from qcoder.app.framework import CASE_FORMS
from qcoder.app.memos import ON_FORMS
from qcoder.core import errors as e
from qcoder.gui import i18n
from qcoder.gui.core_texts import core_text, known
from tests.core_raises import Raise, raises

# Errors only a bug can raise (a caller passing a value the window never offers, or a library
# changing its output): never shown by their text. error_message names a ValueError, TypeError,
# RuntimeError, AssertionError or AttributeError by its class only ("internal error: …"), and an
# OSError without an errno by its class too. (file, message start) -> why it is internal.
INTERNAL = {
    ("qcoder/analysis/agreement/stats.py", "Fleiss' kappa needs"): "the tables always give each subject every rater",
    ("qcoder/analysis/agreement/unitized.py", "units of one coder must be"): "units.check_units refused them first",
    ("qcoder/analysis/analysis_data.py", "AnalysisData needs an index"): "a caller reading the index wrongly",
    ("qcoder/analysis/cases.py", "cases are respondents or documents"): "the kind comes from a fixed choice",
    ("qcoder/analysis/cooccurrence.py", "unknown co-occurrence mode"): "the mode comes from a fixed choice",
    ("qcoder/analysis/framework.py", "cases are documents, participants"): "app/framework.py checks --cases first",
    ("qcoder/analysis/index.py", "coders, documents and codes take"): "a TypeError for a caller passing a string",
    ("qcoder/analysis/saturation.py", "the coding order needs"): "the caller reads the first coding times",
    ("qcoder/app/__init__.py", "module {…} has no attribute"): "Python's own lazy-import protocol",
    ("qcoder/app/demo.py", "{…} is missing (neither a source"): "a broken install; an OSError without errno",
    ("qcoder/core/memo_links.py", "a memo links to a"): "the link kind comes from a fixed choice",
    ("qcoder/core/snapshot.py", "this snapshot was read for counting"): "a caller misusing a counting snapshot",
    ("qcoder/exporters/xlsx_export.py", "workbook placeholders not found"): "would mean openpyxl changed its output",
    ("qcoder/exporters/xlsx_export.py", "sheetData not found"): "would mean openpyxl changed its output",
    ("qcoder/importers/base.py", "bad turn span"): "an importer building turns wrongly",
    ("qcoder/store/backup_files.py", "bad backup reason"): "the reason is a constant of the caller",
}

# fields that take one of a few words: each value must be listed (e.g. "a sentence scope …")
WORDS = {
    ("qcoder/analysis/query.py", "kind.value"): ("sentence", "paragraph"),
    ("qcoder/analysis/agreement/tables.py", "unit.value"): ("sentence", "paragraph", "turn"),
    ("qcoder/app/autocode.py", "rule.mode.value"): ("keywords", "lemmas", "speaker"),
    ("qcoder/app/suggest.py", "options.unit"): ("sentence", "turn"),
    ("qcoder/core/names.py", "what"): ("code name", "coder name"),
    ("qcoder/core/limits.py", "kind"): ("qcoder codings file", "analysis cache file"),
    ("qcoder/exchange/refiqda/reading.py", "kind"): ("REFI-QDA codebook (.qdc)", "REFI-QDA project file (.qde)"),
    ("qcoder/importers/_ziputil.py", "kind"): (".docx", ".xlsx", ".odt"),
    ("qcoder/app/cases.py", "fmt"): ("csv", "xlsx", "sav"),
    ("qcoder/app/framework.py", "CASE_FORMS"): (CASE_FORMS,),
    ("qcoder/app/memos.py", "ON_FORMS"): (ON_FORMS,),
    ("qcoder/exchange/refiqda/importer.py", "hint"): ("",),  # the hinted forms: test_errors_that_word_themselves…
}


def _internal(r: Raise) -> bool:
    return any(r.path == path and r.start.startswith(start) for path, start in INTERNAL)


def _unlisted(r: Raise) -> list[str]:
    """The ways ``r`` can be raised that :func:`known` does not recognise."""
    words = {expr: values for (path, expr), values in WORDS.items() if path == r.path}
    missing = []
    for sample_group in r.sample_groups(words):
        if not any(known(text) for text in sample_group):
            missing.append(sample_group[0])
    return missing


def test_the_scan_finds_the_raises() -> None:
    found = raises()
    assert len(found) > 300
    assert any(r.error == "NotFound" and r.path == "qcoder/app/queries.py" for r in found)
    assert all(any(r.path == path and r.start.startswith(start) for r in found) for path, start in INTERNAL), (
        "an allow-listed raise is gone: drop it from INTERNAL"
    )


def test_every_message_the_core_raises_is_listed() -> None:
    """A new ``raise InvalidValue(f"…")`` in a Qt-free layer must be listed in core_errors or
    import_errors (or core_texts), or the window shows it in English in Spanish and French."""
    missing = [f"{r.path}:{r.line} [{r.error}] {text}" for r in raises() if not _internal(r) for text in _unlisted(r)]
    assert not missing, "list these in qcoder/gui/core_errors.py or import_errors.py:\n" + "\n".join(missing)


def test_errors_that_word_themselves_are_listed(tmp_path: Path) -> None:
    """Errors whose class builds the message (no literal at the raise)."""
    from qcoder.analysis.saturation import NoInterviewDate
    from qcoder.store.crypto import EncryptionUnavailable, PassphraseRequired, WrongPassphrase
    from qcoder.store.locking import ProjectReadOnly
    from qcoder.store.writer_lock import ProjectBusy

    path = tmp_path / "study.qcoder"
    built = [
        e.AlreadyImported("a.txt", "Site 3"),
        e.InvalidOffsets(5, 3, 10),
        e.CodebookCycle("Trust", "Trust > Low"),
        e.SchemaTooNew("abc123"),
        e.InvalidRows("codes.csv", ["row 2: no code"] * 12),
        NoInterviewDate(),
        EncryptionUnavailable("no module named sqlcipher3"),
        PassphraseRequired(path),
        WrongPassphrase(path),
        ProjectReadOnly(path),
        ProjectBusy(path, "encrypt"),
        e.ImportFailed(
            "a.qde is not a REFI-QDA codebook: its root element is <Project> "
            "(it looks like a project file: import it as a project)"
        ),
        e.ImportFailed(
            "a.qdc is not a REFI-QDA project: its root element is <CodeBook> "
            "(it looks like a codebook: import it as a codebook)"
        ),
    ]
    assert [str(x) for x in built if not known(str(x))] == []


def _locked(tmp_path: Path) -> BaseException:
    from qcoder.store.locking import LockInfo, ProjectLocked

    holder = LockInfo(pid=4121, host="lab-3-elsewhere", user="ana", since="2026-03-01T09:30:00")
    return ProjectLocked(tmp_path / "study.qcoder", holder, "encrypt")


def _damaged(tmp_path: Path) -> BaseException:
    from datetime import UTC, datetime

    from qcoder.store.backup_files import BackupInfo
    from qcoder.store.project_store import ProjectDamaged

    backup = BackupInfo(tmp_path / "b.qcoder.bak", datetime(2026, 3, 1, tzinfo=UTC), "open", 2048, False)
    problems = ["SQLite: row 3 missing from index ix_codings_doc", "x", "y"]
    return ProjectDamaged(tmp_path / "study.qcoder", problems, backup)


def test_locked_and_damaged_projects_read_in_spanish(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ProjectLocked and ProjectDamaged assemble their message from parts (qcoder.gui.project_errors)."""
    locked, damaged = str(_locked(tmp_path)), str(_damaged(tmp_path))
    assert core_text(locked) == locked and known(locked) and known(damaged)
    try:
        i18n.install_translators("es", qapp)
        said = core_text(locked)
        assert said.startswith("study.qcoder está abierto en una ventana de qcoder (proceso 4121 del usuario ana")
        assert "lab-3-elsewhere" in said and "elimine el archivo de bloqueo" in said and "(encrypt)" in said
        said = core_text(damaged)
        assert said.startswith(
            "study.qcoder está dañado: SQLite: row 3 missing from index ix_codings_doc (más problemas: 2"
        )
        assert "qcoder restore" in said and "La copia de seguridad correcta más reciente es" in said
    finally:
        i18n.remove_translators(qapp)


def _bad_codebook(project, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """The message of a real InvalidRows: a codebook sheet with a bad colour and a doubled code."""
    from qcoder.app.codebook_io import import_codebook

    path = tmp_path / "codes.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["code", "color"], ["Trust", "red"], ["Trust > Low", ""], ["trust > low", ""]])
    with pytest.raises(e.InvalidRows) as caught:
        import_codebook(project, path)
    return str(caught.value)


def test_bad_rows_read_row_by_row(spanish_then_french, project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _bad_codebook(project, tmp_path)
    assert text == (
        "codes.csv: 2 bad row(s), nothing imported: row 2: 'red' is not a color like #1F77B4; "
        "row 4: 'trust > low' appears twice"
    )
    assert core_text(text) == (
        "codes.csv: filas incorrectas: 2; no se importó nada: fila 2: 'red' no es un color como #1F77B4; "
        "fila 4: 'trust > low' aparece dos veces"
    )


def test_what_a_file_appears_to_be_is_listed() -> None:
    """The importers name what a file is ("a PDF document", "an image"): every name is listed,
    so "it appears to be {what}" reads whole in Spanish and French."""
    from qcoder.gui.import_errors import KINDS
    from qcoder.importers import _FORMAT_NAMES
    from qcoder.importers._textenc import KIND_NAMES

    named = {*_FORMAT_NAMES.values(), *KIND_NAMES.values(), "binary data of an unknown kind", "another kind of file"}
    assert sorted(named - KINDS) == []


def test_a_misnamed_file_reads_in_spanish(spanish_then_french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from qcoder.importers import import_file

    misnamed, picture = tmp_path / "notes.pdf", tmp_path / "photo.xyz"
    misnamed.write_text("Interviewer: hello\n", encoding="utf-8")
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    said = []
    for path in (misnamed, picture):
        with pytest.raises(e.ImportFailed) as caught:
            import_file(path, timeout=None)
        said.append(core_text(str(caught.value)))
    assert said[0] == (
        "el archivo no es un documento PDF: parece ser texto sin formato; "
        "revise el archivo o cámbiele el nombre con la extensión correcta"
    )
    assert said[1].startswith("tipo de archivo no admitido .xyz: parece ser una imagen; qcoder importa .txt")


@pytest.fixture
def spanish_then_french(qapp):  # type: ignore[no-untyped-def]
    """Install Spanish; the test switches to French with ``install_translators("fr", qapp)``."""
    i18n.install_translators("es", qapp)
    yield qapp
    i18n.remove_translators(qapp)


def _bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["document", "age"], ["a.txt", "31", "Leeds"]])
    return path


def _import_error(tmp_path: Path) -> str:
    """The message of a real ImportFailed: an attribute sheet with a value beyond its header."""
    from qcoder.importers.sheet import read_attribute_sheet

    with pytest.raises(e.ImportFailed) as caught:
        read_attribute_sheet(_bad_csv(tmp_path))
    return str(caught.value)


def test_core_errors_read_in_spanish_and_french(spanish_then_french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    not_found, duplicate = str(e.NotFound("code", "Trust")), str(e.DuplicateName("document", "Site 3"))
    imported = _import_error(tmp_path)
    fields = "row 2, column C: value 'Leeds' has no column header (the header has 2 columns)"
    assert imported == fields  # the real importer's words, several fields
    with pytest.raises(e.InvalidValue) as query:
        parse_query('"Trust" AND ("Low"')
    assert core_text(not_found) == "no se encontró el código: Trust"
    assert core_text(duplicate) == "ya existe un documento llamado «Site 3»"
    assert (
        core_text(imported)
        == "fila 2, columna C: el valor 'Leeds' no tiene encabezado de columna (el encabezado tiene 2 columnas)"
    )
    assert core_text(str(e.DuplicateName("attribute", "Age"))) == "ya existe un atributo llamado «Age»"
    assert str(query.value) == "missing closing parenthesis at position 19"
    assert core_text(str(query.value)) == "falta el paréntesis de cierre en la posición 19"
    i18n.install_translators("fr", spanish_then_french)
    assert core_text(not_found) == "code introuvable\u00a0: Trust"
    assert core_text(duplicate) == "un document nommé «\u00a0Site 3\u00a0» existe déjà"
    assert core_text(str(query.value)) == "parenthèse fermante manquante à la position 19"
    unexpected = "expected AND, OR, NEAR or FOLLOWED BY, found '(' at position 9"
    assert core_text(unexpected) == "AND, OR, NEAR ou FOLLOWED BY attendu, trouvé '(' à la position 9"
    assert core_text(imported) == (
        "ligne 2, colonne C\u00a0: la valeur 'Leeds' n'a pas d'en-tête de colonne (l'en-tête a 2 colonnes)"
    )


def test_user_message_of_a_core_error_is_spanish(spanish_then_french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.errors import user_message

    failed = e.ImportFailed(_import_error(tmp_path))
    assert user_message(failed).startswith("Fila 2, columna C")
    assert user_message(e.InvalidValue("'#12' is not a color of the form #RRGGBB")).startswith("'#12' no es un color")
    # a name that was looked up (a query's or framework's code path) is named, not said to be gone
    assert user_message(e.NotFound("code", "Trust")) == "No se encontró el código: Trust."
    gone = user_message(e.NotFound("code", "5f0c6a2e-3b1d-4c8e-9a57-0d2b7f1e4c33"))
    assert "5f0c6a2e" not in gone and "código" in gone and "existe" in gone


def test_english_stays_as_the_core_wrote_it(tmp_path: Path) -> None:
    for text in (str(e.NotFound("code", "Trust")), str(e.DuplicateName("document", "Site 3")), _import_error(tmp_path)):
        assert core_text(text) == text
        assert known(text)
