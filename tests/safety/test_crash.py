"""SIGKILL a qcoder process in the middle of a burst of codings and of a large import, a few
times at random moments: the project then opens, passes the full integrity check, and holds
every coding and document whose call had returned. (bench/bench_crash.py does many more kills.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.safety.crash_harness import coding_kills, import_kills, make_coding_project

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killed_during_codings_loses_nothing_acknowledged(tmp_path: Path):
    path = tmp_path / "codings.qcoder"
    make_coding_project(path)
    stats = coding_kills(path, kills=3, seed=11, max_delay=1.0)
    assert stats.acknowledged > 0  # the child did get work done before the kills
    assert stats.present >= stats.acknowledged


def test_killed_during_import_loses_nothing_and_leaves_no_partial_document(tmp_path: Path):
    path = tmp_path / "import.qcoder"
    stats = import_kills(path, tmp_path / "sources", kills=3, seed=5, files_per_run=8, chars=120_000)
    assert stats.kills == 3
