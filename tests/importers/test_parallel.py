"""Many files are read by worker processes, in order, with the same results as one by one; a
file that stalls its reader is reported and its worker stopped, the rest still read."""

from __future__ import annotations

import os
import time
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers import parallel
from qcoder.importers.parallel import read_files, worker_count


def _files(folder: Path, n: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"case{i:02d}.txt"
        path.write_text(f"Interviewer: Question {i}?\n\nDet. Ortega: Answer {i} 😀.", encoding="utf-8")
        paths.append(path)
    broken = folder / "case05.txt"
    broken.write_bytes(bytes(range(256)) * 40)  # binary: a clear failure
    return paths


def _outcomes(paths: list[Path]) -> list[tuple[str, str]]:
    return [
        (p.name, f"failed: {o}" if isinstance(o, ImportFailed) else f"{o.text!r} {len(o.turns)}")
        for p, o in read_files(paths, timeout=60)
    ]


def test_workers_read_in_order_as_one_by_one(tmp_path: Path, monkeypatch):
    paths = _files(tmp_path / "f", 20)
    assert worker_count(len(paths)) >= (2 if (os.cpu_count() or 1) >= 2 else 0)
    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    in_workers = _outcomes(paths)
    monkeypatch.setenv(parallel.WORKERS_ENV, "0")
    here = _outcomes(paths)
    assert in_workers == here
    assert [name for name, _ in here] == [p.name for p in paths]
    assert here[5][1].startswith("failed:") and "binary" in here[5][1]
    assert here[6][1] == "'Interviewer: Question 6?\\n\\nDet. Ortega: Answer 6 😀.' 1"


def test_few_files_are_read_here():
    assert worker_count(3) == 0


def test_a_stalled_reader_is_stopped_and_the_rest_read(tmp_path: Path, monkeypatch):
    paths = _files(tmp_path / "f", 14)
    # a file that takes its reader far longer than the timeout (as a file built to stall would)
    line = "Interviewer: " + "how long is this going to take " * 20 + "\n\n"
    paths[7].write_text(line * 60_000, encoding="utf-8")
    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    t0 = time.monotonic()
    outcomes = list(read_files(paths, timeout=1))
    assert time.monotonic() - t0 < 60
    assert [p.name for p, _ in outcomes] == [p.name for p in paths]
    stalled = outcomes[7][1]
    assert isinstance(stalled, ImportFailed) and "longer than 1 seconds" in str(stalled)
    assert sum(not isinstance(o, ImportFailed) for _, o in outcomes) == 12  # all but the binary and the slow one


def test_a_started_reading_closed_unread_stops_its_workers(tmp_path: Path, monkeypatch):
    import multiprocessing

    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    reading = parallel.Reading(_files(tmp_path / "f", 20), timeout=60)
    assert len(multiprocessing.active_children()) == 2  # started before anything was asked for
    reading.close()
    assert multiprocessing.active_children() == []


def test_an_import_started_before_the_project_opens(tmp_path: Path, monkeypatch):
    from qcoder.app import Project
    from qcoder.app.import_files import start_import
    from qcoder.app.importing import import_paths

    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    folder = tmp_path / "f"
    _files(folder, 20)
    started = start_import([folder, tmp_path / "missing"])
    with Project.create(tmp_path / "p.qcoder") as project:
        report = import_paths(project, started)
        assert len(report.imported) == 19
        assert sorted(Path(p.path).name for p in report.failed) == ["case05.txt", "missing"]
        assert len(project.documents()) == 19


def test_workers_report_unsupported_files_as_unsupported(tmp_path: Path, monkeypatch):
    """Issue 23: a file whose content is no format qcoder imports is listed as skipped with
    the reason, also when a worker process read it."""
    from qcoder.core.errors import UnsupportedFile

    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    paths = _files(tmp_path / "f", 14)
    blob = tmp_path / "f" / "blob"
    blob.write_bytes(b"\x00\x01\x02\xff" * 300)
    outcomes = dict(read_files([*paths, blob], timeout=60))
    assert isinstance(outcomes[blob], UnsupportedFile) and "no extension" in str(outcomes[blob])
    assert not isinstance(outcomes[paths[5]], UnsupportedFile)  # a damaged .txt failed
