"""The quick read path of ``qcoder documents``: a plain project file exactly as a checked session
closed it is listed with the standard library alone, and gives the same records as a full open;
in every other case it steps aside (None) and the command opens the project the usual way."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qcoder.app import Project, listing
from qcoder.app.safety import create_project, encryption_unavailable_reason
from qcoder.cli import main as cli_main
from qcoder.core.model import AttributeScope
from qcoder.store import quick_read, verified
from qcoder.store.backup_files import BACKUPS_ENV
from tests.helpers import imported


def _project(path: Path) -> None:
    with Project.create(path, name="p") as p:
        a = p.add_document(imported(name="a.txt"))
        b = p.add_document(imported("Plain answer without speakers.", name="b.txt"))
        p.add_document(imported("Ünïcode answer ✓", name="c.txt"))
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        p.add_coding(a.id, code.id, coder.id, 0, 12)
        p.add_coding(a.id, code.id, coder.id, 20, 30)
        p.add_coding(b.id, code.id, coder.id, 0, 5)
        p.set_attributes(
            AttributeScope.DOCUMENT,
            {a.id: {"site": "Harbor City", "stakeholder_group": "prosecutor"}, b.id: {"site": "Lakeside"}},
        )
    Project.open(path).close()  # the first open checks; its clean close records the state


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcoder"
    _project(path)
    return path


def test_quick_listing_equals_a_full_open(project: Path):
    with Project.open(project) as p:
        full = p.documents()
    quick = quick_read.document_listing(project, with_counts=True)
    assert quick is not None and quick.warnings == []
    assert quick.documents == full
    assert [d.codings for d in quick.documents] == [2, 1, 0]
    assert quick.documents[0].attributes == {"site": "Harbor City", "stakeholder_group": "prosecutor"}
    assert quick.documents[0].imported_at.tzinfo is not None
    without = quick_read.document_listing(project, with_counts=False)
    assert without is not None and [d.codings for d in without.documents] == [0, 0, 0]


def test_reading_leaves_the_file_as_checked(project: Path):
    before = verified.fingerprint(project)
    for _ in range(3):
        assert listing.quick_documents(project) is not None
    assert verified.fingerprint(project) == before
    assert verified.last_checked(project) is not None


def test_a_change_made_elsewhere_or_a_crash_takes_the_full_open(project: Path):
    conn = sqlite3.connect(project)
    conn.execute("UPDATE documents SET name = 'renamed elsewhere' WHERE name = 'a'")
    conn.commit()
    conn.close()
    assert quick_read.document_listing(project, with_counts=True) is None
    Project.open(project).close()  # checked again, recorded again
    assert quick_read.document_listing(project, with_counts=True) is not None
    verified.forget(project)  # as after a crash: no clean close recorded
    assert quick_read.document_listing(project, with_counts=True) is None


def test_an_older_schema_or_a_server_takes_the_full_open(project: Path):
    assert quick_read.document_listing("postgresql+psycopg://u@localhost/db", with_counts=True) is None
    assert quick_read.document_listing(project.with_name("missing.qcoder"), with_counts=True) is None
    conn = sqlite3.connect(project)
    conn.execute("UPDATE alembic_version SET version_num = '0005'")
    conn.commit()
    conn.close()
    # the fingerprint changed too: record it as clean, so that only the revision rule is tried
    verified.record_clean_close(project, datetime.now(UTC))
    assert verified.last_checked(project) is not None
    assert quick_read.document_listing(project, with_counts=True) is None


def test_a_due_backup_takes_the_full_open(project: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(BACKUPS_ENV, "1")
    with Project.open(project, backup=False) as p:
        p.rename_document(p.documents()[0].id, "renamed")  # changed since the last backup
    # the backup made on open a moment ago is recent enough: a full open would not make another
    assert quick_read.document_listing(project, with_counts=True) is not None
    monkeypatch.setattr(quick_read, "BACKUP_EVERY_MINUTES", 0.0)  # now one is due
    assert quick_read.document_listing(project, with_counts=True) is None
    monkeypatch.setenv(BACKUPS_ENV, "0")
    assert quick_read.document_listing(project, with_counts=True) is not None


@pytest.mark.skipif(encryption_unavailable_reason() is not None, reason="SQLCipher is not available")
def test_an_encrypted_project_takes_the_full_open(tmp_path: Path):
    path = tmp_path / "secret.qcoder"
    with create_project(path, "secret", passphrase="correct horse") as p:
        p.add_document(imported())
    assert quick_read.document_listing(path, with_counts=True) is None


def _cli_json(path: Path) -> list[dict[str, object]]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["documents", str(path), "--json"]) in (0, None)
    data: list[dict[str, object]] = json.loads(out.getvalue())
    return data


def test_documents_command_prints_the_same_either_way(project: Path, monkeypatch: pytest.MonkeyPatch):
    quick = _cli_json(project)
    monkeypatch.setattr(listing, "document_listing", lambda *a, **k: None)
    assert _cli_json(project) == quick
    assert quick[0] == {
        "name": "a",
        "chars": len(imported().text),
        "format": "txt",
        "sha256": quick[0]["sha256"],
        "speakers": quick[0]["speakers"],
        "attributes": {"site": "Harbor City", "stakeholder_group": "prosecutor"},
        "language": "en",  # English: the default, not stored
        "media": None,
    }
    assert quick[2]["name"] == "c"


def test_the_quick_path_reports_a_stored_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "langs.qcoder"
    spanish = (
        "Entrevistadora: ¿Cómo empezó?\n\n"
        "María: Con una subvención que nadie sabía cómo usar. Las familias no confiaban en nosotros."
    )
    with Project.create(path, name="p") as p:
        p.add_document(imported(spanish, name="es.txt"))
        p.add_document(imported(name="en.txt"))
    Project.open(path).close()
    quick = quick_read.document_listing(path, with_counts=False)
    assert quick is not None and [d.attributes.get("language") for d in quick.documents] == ["es", None]
    data = _cli_json(path)
    assert [d["language"] for d in data] == ["es", "en"]
    monkeypatch.setattr(listing, "document_listing", lambda *a, **k: None)
    assert _cli_json(path) == data
