"""Two imports of the same file at once (issue 22, item 5): the duplicate check (same text)
happens inside the writing transaction, so the second import reports the file as already
imported instead of storing "d2" and "d2 (2)"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from qcoder.app import importing
from qcoder.app.importing import import_paths
from qcoder.app.safety import create_project, open_project
from tests.helpers import INTERVIEW, transcript_files

ROOT = Path(__file__).resolve().parents[2]


class _ReadingWith:
    """A started reading that runs ``meanwhile`` (another import) before the first file is read."""

    def __init__(self, reading: Any, meanwhile: Callable[[], None]) -> None:
        self.reading, self.meanwhile = reading, meanwhile

    def __iter__(self) -> Iterator[Any]:
        self.meanwhile()
        yield from self.reading

    def close(self) -> None:
        self.reading.close()


def _another_import_meanwhile(monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[], None]) -> None:
    real_start = importing.start_import

    def start(paths):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(importing, "start_import", real_start)
        started = real_start(paths)
        return replace(started, reading=_ReadingWith(started.reading, meanwhile))

    monkeypatch.setattr(importing, "start_import", start)


def test_an_import_that_committed_meanwhile_is_seen_by_the_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Import A has read the project's names and hashes; import B stores the same files; then A stores."""
    path = tmp_path / "p.qcoder"
    create_project(path).close()
    files = transcript_files(tmp_path / "in", 3)

    def another_import() -> None:
        with open_project(path) as other:
            assert len(import_paths(other, files[1:]).imported) == 2  # B: d2, d3

    _another_import_meanwhile(monkeypatch, another_import)
    with open_project(path) as p:
        report = import_paths(p, files)  # A: d1, d2, d3
        assert [i.document for i in report.imported] == ["d1"]
        assert sorted(Path(s.path).name for s in report.skipped) == ["d2.txt", "d3.txt"]
        assert all("already in the project" in s.reason for s in report.skipped)
        assert not report.failed
        assert sorted(d.name for d in p.documents()) == ["d1", "d2", "d3"]


def test_a_taken_name_with_another_text_gets_a_free_name_in_the_transaction(tmp_path: Path, monkeypatch):
    path = tmp_path / "p.qcoder"
    create_project(path).close()
    mine = transcript_files(tmp_path / "a", 1)[0]
    theirs = tmp_path / "b" / "d1.txt"
    theirs.parent.mkdir()
    theirs.write_text(INTERVIEW + "\n\nInterviewer: Another text.\n", encoding="utf-8")

    def another_import() -> None:
        with open_project(path) as other:
            import_paths(other, [theirs])

    _another_import_meanwhile(monkeypatch, another_import)
    with open_project(path) as p:
        report = import_paths(p, [mine])
        assert [i.document for i in report.imported] == ["d1 (2)"] and not report.failed
        assert sorted(d.name for d in p.documents()) == ["d1", "d1 (2)"]


def test_two_processes_importing_the_same_files_store_each_text_once(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    create_project(path).close()
    files = transcript_files(tmp_path / "in", 6)
    code = textwrap.dedent(f"""
        import sys
        from qcoder.app.importing import import_paths
        from qcoder.app.safety import open_project
        sys.stdin.readline()  # start together
        with open_project({str(path)!r}) as p:
            r = import_paths(p, {[str(f) for f in files]!r})
        print(len(r.imported), len(r.skipped), len(r.failed), flush=True)
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QCODER_BACKUPS="0")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    outs = [p.communicate("\n", timeout=120)[0].split() for p in procs]
    assert all(out[2] == "0" for out in outs), outs  # nothing failed
    assert sum(int(out[0]) for out in outs) == 6, outs  # each text imported once in all
    with open_project(path) as p:
        assert sorted(d.name for d in p.documents()) == [f"d{i}" for i in range(1, 7)]


@pytest.mark.postgres
def test_two_server_imports_of_one_text_store_it_once(pg_database: str, tmp_path: Path):
    """PostgreSQL's READ COMMITTED lets two transactions both find no document with a text and
    both store it; the claim of the text makes the second wait for the first's commit."""
    import threading

    from qcoder.app import Project
    from qcoder.app.services.documents import DocumentService
    from qcoder.importers import import_file

    create_project(pg_database).close()
    files = transcript_files(tmp_path / "in", 1)
    first = DocumentService.add_document_command(import_file(files[0]), "d1")
    first.once = True
    claimed, release = threading.Event(), threading.Event()

    def slow_import() -> None:  # A: claims the text and stores it, then waits before committing
        with Project.open(pg_database) as a, a.store.transaction() as repo:
            first.do(repo)
            claimed.set()
            release.wait(30)

    thread = threading.Thread(target=slow_import)
    thread.start()
    assert claimed.wait(30)
    outcome: list[object] = []

    def second_import() -> None:  # B: the same text; must wait for A, then see A's document
        with open_project(pg_database) as b:
            outcome.append(import_paths(b, files))

    other = threading.Thread(target=second_import)
    other.start()
    other.join(1.0)
    assert other.is_alive()  # B waits on A's claim
    release.set()
    thread.join(30)
    other.join(30)
    report = outcome[0]
    assert not report.imported and "already in the project" in report.skipped[0].reason  # type: ignore[attr-defined]
    with open_project(pg_database) as p:
        assert [d.name for d in p.documents()] == ["d1"]
