"""Encrypted projects (SQLCipher through the sqlcipher3 wheel): nothing readable in the project
file, its write-ahead log, its backups or temporary files; clear errors without or with a wrong
passphrase; converting a plain project (with its backups) and back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qcoder.app.backups import backup_now, list_backups, restore_backup
from qcoder.app.safety import (
    PassphraseRequired,
    WrongPassphrase,
    change_passphrase,
    check_project,
    create_project,
    decrypt_project,
    encrypt_project,
    encryption_unavailable_reason,
    is_encrypted,
    open_project,
)
from qcoder.cli import main as cli_main
from qcoder.core.errors import NotAProject, ProjectError
from tests.helpers import INTERVIEW, imported

REASON = encryption_unavailable_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"SQLCipher is not available: {REASON}")

SECRET_WORDS = (b"Ortega", b"advocates", b"protocol", "Ortega".encode("utf-16-le"))


def _plaintext_in(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [w for w in SECRET_WORDS if w in data]


def _make(path: Path, passphrase: str = "correct horse") -> tuple[str, str, str]:
    with create_project(path, "secret study", passphrase=passphrase) as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust", definition="Ortega trusts the advocates")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, code.id, coder.id, 0, 20, memo="Ortega memo")
    return doc.id, code.id, coder.id


def test_encrypted_project_round_trip_and_nothing_readable(tmp_path: Path):
    path = tmp_path / "secret.qcoder"
    ids = _make(path)
    assert is_encrypted(path) and not path.read_bytes().startswith(b"SQLite format 3")
    assert _plaintext_in(path) == []
    with open_project(path, passphrase="correct horse") as p:
        assert p.name == "secret study"
        assert p.document(ids[0]).text == imported().text
        assert [h.match for h in p.search("formal protocol")] == ["formal protocol"]  # FTS5 works inside
        p.add_coding(*ids, 30, 40)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0 and _plaintext_in(wal) == []  # the log is encrypted too
    assert check_project(path, "correct horse").ok


def test_missing_and_wrong_passphrase_are_clear(tmp_path: Path, monkeypatch):
    path = tmp_path / "secret.qcoder"
    _make(path)
    monkeypatch.delenv("QCODER_PASSPHRASE", raising=False)
    with pytest.raises(PassphraseRequired, match="secret.qcoder is encrypted"):
        open_project(path)
    with pytest.raises(WrongPassphrase, match="wrong passphrase for secret.qcoder"):
        open_project(path, passphrase="battery staple")
    monkeypatch.setenv("QCODER_PASSPHRASE", "correct horse")  # how the other CLI commands get it
    with open_project(path) as p:
        assert len(p.codings()) == 1


def test_random_file_is_not_mistaken_for_a_wrong_passphrase_when_sizes_do_not_fit(tmp_path: Path):
    junk = tmp_path / "junk.qcoder"
    junk.write_bytes(os.urandom(5000))  # not whole pages: cannot be an encrypted project
    with pytest.raises(NotAProject):
        open_project(junk)
    pages = tmp_path / "pages.qcoder"
    pages.write_bytes(os.urandom(8192))  # whole pages: might be one, so the passphrase is asked for
    with pytest.raises(PassphraseRequired, match="or is not a qcoder project"):
        open_project(pages)
    with pytest.raises(WrongPassphrase, match="or the file is not a qcoder project"):
        open_project(pages, passphrase="x")


def test_backups_of_an_encrypted_project_are_encrypted(tmp_path: Path):
    path = tmp_path / "secret.qcoder"
    ids = _make(path)
    with open_project(path, passphrase="correct horse") as p:
        assert p._store.open_backup is not None
        manual = backup_now(p)
        p.add_coding(*ids, 50, 60)
    for b in list_backups(path):
        assert b.encrypted and _plaintext_in(b.path) == []
        assert check_project(b.path, "correct horse").ok
        with pytest.raises(PassphraseRequired):
            check_project(b.path)
    restore_backup(path, manual.path, "correct horse")
    with open_project(path, passphrase="correct horse") as p:
        assert len(p.codings()) == 1


def test_no_temporary_files_with_project_data(tmp_path: Path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    path = tmp_path / "secret.qcoder"
    ids = _make(path)
    with open_project(path, passphrase="correct horse") as p:
        for i in range(200):
            p.add_coding(*ids, i % 200, i % 200 + 9)
        # sorting large results and rebuilding would spill to temporary files with temp_store=FILE
        p.codings()
        p.search("advocates")
        p.snapshot()
        with p._store.engine.connect() as conn:
            conn.exec_driver_sql("SELECT text FROM document_texts ORDER BY text || random()").fetchall()
        raw = p._store.engine.raw_connection()
        raw.driver_connection.execute("VACUUM")
        raw.close()
    assert list(tmp.iterdir()) == []
    project_files = sorted(f.name for f in tmp_path.iterdir() if f.is_file())
    assert project_files == ["secret.qcoder"]


def test_upgrade_copy_of_an_encrypted_project_is_encrypted(tmp_path: Path):
    from qcoder.store import migrate
    from qcoder.store.engine import make_engine

    path = tmp_path / "old.qcoder"
    engine = make_engine(path, passphrase="pw")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    engine.dispose()
    with open_project(path, passphrase="pw") as p:
        assert p.upgraded_from == "0001"
        assert p.upgrade_backup is not None and is_encrypted(p.upgrade_backup)


def test_encrypt_a_plain_project_with_its_backups_then_decrypt(tmp_path: Path):
    path = tmp_path / "study.qcoder"
    with create_project(path, "study") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, code.id, coder.id, 0, 20)
    with open_project(path) as p:  # makes a plain backup
        backup_now(p)
    assert all(not b.encrypted for b in list_backups(path))
    result = encrypt_project(path, "pw one")
    assert len(result.backups_converted) == 2
    assert is_encrypted(path) and _plaintext_in(path) == []
    assert all(b.encrypted and _plaintext_in(b.path) == [] for b in list_backups(path))
    assert not path.with_name(path.name + "-wal").exists()
    with open_project(path, passphrase="pw one") as p:
        assert len(p.codings()) == 1 and p.document(doc.id).text == imported().text
    with pytest.raises(ProjectError, match="already encrypted"):
        encrypt_project(path, "again")

    change_passphrase(path, "pw one", "pw two")
    with pytest.raises(WrongPassphrase):
        open_project(path, passphrase="pw one")
    assert all(check_project(b.path, "pw two").ok for b in list_backups(path))

    decrypt_project(path, "pw two")
    assert not is_encrypted(path) and INTERVIEW.encode()[:20] in path.read_bytes()
    with open_project(path) as p:
        assert len(p.codings()) == 1
    assert all(not b.encrypted for b in list_backups(path))


def test_encrypt_refused_while_open_in_a_window(tmp_path: Path):
    from qcoder.app.safety import ProjectLocked

    path = tmp_path / "p.qcoder"
    create_project(path).close()
    with open_project(path, window=True), pytest.raises(ProjectLocked):
        encrypt_project(path, "pw")
    assert not is_encrypted(path)


def test_cli_new_encrypt_and_passphrase_file(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.delenv("QCODER_PASSPHRASE", raising=False)
    pf = tmp_path / "pass.txt"
    pf.write_text("s3cret words\n", encoding="utf-8")
    path = tmp_path / "n.qcoder"
    assert cli_main(["new", str(path), "--encrypt", "--passphrase-file", str(pf)]) == 0
    assert "(encrypted)" in capsys.readouterr().out
    assert is_encrypted(path)
    assert cli_main(["documents", str(path)]) == 1
    assert "is encrypted" in capsys.readouterr().err
    monkeypatch.setenv("QCODER_PASSPHRASE", "s3cret words")
    assert cli_main(["documents", str(path)]) == 0
    assert cli_main(["check", str(path)]) == 0
    monkeypatch.delenv("QCODER_PASSPHRASE")
    assert cli_main(["decrypt", str(path), "--passphrase-file", str(pf)]) == 0
    assert not is_encrypted(path)
    assert cli_main(["encrypt", str(path), "--passphrase-file", str(pf)]) == 0
    assert is_encrypted(path)
    assert cli_main(["check", str(path)]) == 1  # no passphrase, not interactive
    assert "is encrypted" in capsys.readouterr().err
