"""Truncated, corrupted and random files opened as projects: always a clear ProjectError
(not a project / damaged / encrypted), never another exception or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.app.safety import create_project, open_project
from qcoder.core.errors import ProjectError
from tests.helpers import imported
from tests.safety.test_fuzz_importers import hang_guard

FUZZ = settings(
    max_examples=int(os.environ.get("QCODER_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("proj") / "good.qcoder"
    with create_project(path, "good") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        for i in range(50):
            p.add_coding(doc.id, code.id, coder.id, i, i + 9)
    con = __import__("sqlite3").connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path.read_bytes()


def _open(path: Path) -> None:
    with hang_guard(60):
        try:
            project = open_project(path, backup=False)
        except ProjectError as exc:
            message = str(exc)
            assert path.name in message or "passphrase" in message, message
            return
        with project:
            project.documents()
            project.codings()


@FUZZ
@given(data=st.binary(max_size=20_000))
def test_random_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes):
    path = tmp_path_factory.mktemp("r") / "random.qcoder"
    path.write_bytes(data)
    if not data:
        with pytest.raises(ProjectError):
            open_project(path, backup=False)
        return
    _open(path)


@FUZZ
@given(
    cut=st.floats(0.0, 1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.integers(0, 255)), max_size=40),
)
def test_truncated_and_corrupted_projects(
    tmp_path_factory: pytest.TempPathFactory, good_bytes: bytes, cut: float, flips: list[tuple[float, int]]
):
    data = bytearray(good_bytes[: max(1, int(len(good_bytes) * cut))] if cut < 0.999 else good_bytes)
    for where, value in flips:
        data[int(where * len(data))] = value
    path = tmp_path_factory.mktemp("t") / "broken.qcoder"
    path.write_bytes(bytes(data))
    _open(path)


def test_clear_messages(tmp_path: Path, good_bytes: bytes):
    half = tmp_path / "half.qcoder"
    half.write_bytes(good_bytes[: len(good_bytes) // 2])
    with pytest.raises(ProjectError, match="half.qcoder"):
        open_project(half)
    text = tmp_path / "notes.qcoder"
    text.write_text("these are my notes, not a project\n" * 100)
    with pytest.raises(ProjectError, match="not a qcoder project"):
        open_project(text)
    folder = tmp_path / "folder.qcoder"
    folder.mkdir()
    with pytest.raises(ProjectError):
        open_project(folder)
