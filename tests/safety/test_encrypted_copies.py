"""Issue 22 items 6 and 7: copies of an encrypted project are encrypted — the language-analysis
cache (sentences, lemmas, entities in order rebuild a transcript) and handed-out or pulled
copies never hold its text in plain."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.safety import encrypt_project, encryption_unavailable_reason
from qcoder.cli import main as cli_main
from qcoder.nlp import cache
from qcoder.nlp.corpus import analyses
from tests.helpers import imported

REASON = encryption_unavailable_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"SQLCipher is not available: {REASON}")

SENTENCE = "Colocation with the Zanzibarian advocates saved the Quixotic protocol."
MARKERS = (b"zanzibarian", b"quixotic", "zanzibarian".encode("utf-16-le"))


def plaintext_files(folder: Path) -> list[Path]:
    """Files under ``folder`` holding a word of SENTENCE in plain text (gzip'd ones unpacked)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        data = data.lower()
        if any(m in data for m in MARKERS):
            found.append(path)
    return found


@pytest.fixture(autouse=True)
def _blank_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QCODER_SPACY_MODEL", "blank")
    monkeypatch.delenv("QCODER_NLP_CACHE", raising=False)
    monkeypatch.delenv("QCODER_PASSPHRASE", raising=False)
    cache._caches.clear()


def _analysed_plain_project(path: Path) -> None:
    with Project.create(path, name="t") as p:
        p.add_document(imported(f"Interviewer: Why?\n\nDet. Ortega: {SENTENCE}\n"))
        analyses(p, None, {"sentences", "tokens"})


def test_encrypt_removes_the_plaintext_analysis_cache(tmp_path: Path, capsys):
    path = tmp_path / "study.qcoder"
    _analysed_plain_project(path)
    assert plaintext_files(tmp_path / "study.nlpcache")  # the cache rebuilds the transcript
    assert cli_main(["encrypt", str(path), "--passphrase-file", str(_passphrase(tmp_path))]) == 0
    assert "removed the plain-text language-analysis cache" in capsys.readouterr().out
    assert not (tmp_path / "study.nlpcache").exists()
    assert plaintext_files(tmp_path) == []


def test_clear_cache_of_an_encrypted_project_finds_the_plaintext_folder(tmp_path: Path, capsys, monkeypatch):
    path = tmp_path / "study.qcoder"
    _analysed_plain_project(path)
    left = tmp_path / "left-behind"
    (tmp_path / "study.nlpcache").rename(left)  # a cache from before the project was encrypted
    encrypt_project(path, "pw")
    left.rename(tmp_path / "study.nlpcache")
    monkeypatch.setenv("QCODER_PASSPHRASE", "pw")
    capsys.readouterr()
    assert cli_main(["nlp", str(path), "--clear-cache", "--json"]) == 0
    assert '"cleared_files": 1' in capsys.readouterr().out
    assert plaintext_files(tmp_path) == []


def _passphrase(folder: Path) -> Path:
    secret = folder / "secret.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    return secret


def test_handout_of_an_encrypted_project_is_encrypted(tmp_path: Path, capsys, monkeypatch):
    from qcoder.app.safety import create_project, is_encrypted, open_project

    path = tmp_path / "study.qcoder"
    with create_project(path, "t", passphrase="pw") as p:
        p.add_document(imported(f"Interviewer: Why?\n\nDet. Ortega: {SENTENCE}\n", name="one.txt"))
    monkeypatch.setenv("QCODER_PASSPHRASE", "pw")
    out = tmp_path / "handouts"
    out.mkdir()
    assert cli_main(["handout", str(path), "--coder", "Sam", "-o", str(out / "sam.qcoder")]) == 0
    secret = tmp_path / "other.txt"
    secret.write_text("sam's own\n", encoding="utf-8")
    copy = out / "jo.qcoder"
    assert (
        cli_main(["handout", str(path), "--coder", "Jo", "-o", str(copy), "--copy-passphrase-file", str(secret)]) == 0
    )
    assert is_encrypted(out / "sam.qcoder") and is_encrypted(copy)
    assert plaintext_files(tmp_path) == []  # the copies, their logs, the project, its backups
    monkeypatch.delenv("QCODER_PASSPHRASE")
    with open_project(out / "sam.qcoder", passphrase="pw") as p:
        assert SENTENCE in p.document(p.documents()[0].id).text
    with open_project(copy, passphrase="sam's own") as p:
        assert [c.name for c in p.coders()] == ["Jo"]


@pytest.mark.parametrize("given", ["FILE", "sqlite:///FILE", "nonsense://x"])
def test_pull_refuses_a_project_file(tmp_path: Path, given: str):
    from qcoder.app.safety import create_project
    from qcoder.app.team import pull
    from qcoder.core.errors import ProjectError

    path = tmp_path / "study.qcoder"
    create_project(path, "t", passphrase="pw").close()
    with pytest.raises(ProjectError, match="not a server project's URL"):
        pull(given.replace("FILE", str(path)), tmp_path / "copy.qcoder")
    assert not (tmp_path / "copy.qcoder").exists()


def test_encrypt_removes_a_cache_kept_under_QCODER_NLP_CACHE(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("QCODER_NLP_CACHE", str(tmp_path / "caches"))
    path = tmp_path / "study.qcoder"
    _analysed_plain_project(path)
    assert plaintext_files(tmp_path / "caches")
    result = encrypt_project(path, "pw")
    assert result.cache_files_removed == 1
    assert plaintext_files(tmp_path) == []
