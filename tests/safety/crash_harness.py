"""Kill a qcoder process with SIGKILL at random moments and check that nothing acknowledged was
lost and the project is intact (used by test_crash.py, briefly, and bench/bench_crash.py, long)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from qcoder.app.safety import check_project, open_project
from qcoder.importers import import_file

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "We share information with the advocates every week.",
    "Turnover hurts us a lot, honestly, and training takes months.",
    "The task force meets on Tuesdays at the county building.",
    "Victims often do not want to talk to officers at first. 😀",
    "A formal protocol would help everyone know their role.",
    "Colocation with the advocates changed how fast we respond.",
]


@dataclass
class KillStats:
    kills: int = 0
    acknowledged: int = 0
    present: int = 0
    finished_before_kill: int = 0
    seconds: list[float] = field(default_factory=list)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _run_and_kill(args: list[str], rng: random.Random, max_delay: float) -> tuple[list[str], bool, float]:
    """Start the child, wait for READY, SIGKILL it after a random delay; the acknowledged ids."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    assert proc.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()
        ready.set()

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    if not ready.wait(120):
        proc.kill()
        raise AssertionError("the child never became ready")
    delay = rng.uniform(0.02, max_delay)
    time.sleep(delay)
    finished = proc.poll() is not None
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(60)
    t.join(30)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"the child failed on its own (exit {proc.returncode}): {err[-2000:]}")
    acks = [line.split(" ", 1)[1] for line in lines if line.startswith("ACK ")]
    return acks, finished, delay


def check_intact(path: Path) -> None:
    report = check_project(path, full=True)
    assert report.ok, f"integrity check failed after a kill: {report.problems}"


def make_coding_project(path: Path) -> None:
    from qcoder.app.safety import create_project
    from tests.helpers import imported

    with create_project(path, "crash") as project:
        for n in range(3):
            text = "\n\n".join(
                f"{'Interviewer' if i % 2 == 0 else 'Det. Ortega'}: "
                + " ".join(SENTENCES[(i + j + n) % len(SENTENCES)] for j in range(4))
                for i in range(60)
            )
            project.add_document(imported(text, f"doc{n}.txt"))
        for name in ("Trust", "Trust > Barriers", "Resources", "Turnover", "Protocol"):
            project.ensure_code_path(name)


def coding_kills(path: Path, kills: int, seed: int = 1, max_delay: float = 1.5) -> KillStats:
    rng = random.Random(seed)
    stats = KillStats()
    acknowledged: set[str] = set()
    for i in range(kills):
        acks, finished, delay = _run_and_kill(["codings", str(path), str(rng.randrange(10**6))], rng, max_delay)
        stats.kills += 1
        stats.seconds.append(delay)
        acknowledged.update(acks)
        check_intact(path)
        with open_project(path) as project:
            present = {c.id for c in project.codings()}
        missing = acknowledged - present
        assert not missing, f"kill {i + 1}: {len(missing)} acknowledged coding(s) lost, e.g. {sorted(missing)[:3]}"
    stats.acknowledged = len(acknowledged)
    stats.present = len(present)
    return stats


def write_import_folder(folder: Path, n_files: int, chars: int, rng: random.Random, tag: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for n in range(n_files):
        parts, size, i = [], 0, 0
        while size < chars:
            line = (
                f"{'Interviewer' if i % 2 == 0 else f'Respondent {n}'}: "
                + " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 8)))
                + f" ({tag}-{n}-{i})"
            )
            parts.append(line)
            size += len(line) + 2
            i += 1
        path = folder / f"{tag}_{n:03d}.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        files[path.stem] = path
    return files


def import_kills(
    path: Path,
    workdir: Path,
    kills: int,
    seed: int = 2,
    files_per_run: int = 12,
    chars: int = 150_000,
    max_delay: float = 3.0,
) -> KillStats:
    from qcoder.app.safety import create_project

    rng = random.Random(seed)
    if not path.exists():
        create_project(path, "import-crash").close()
    stats = KillStats()
    acknowledged: set[str] = set()
    sources: dict[str, Path] = {}
    for i in range(kills):
        folder = workdir / f"run{i}"
        sources.update(write_import_folder(folder, files_per_run, chars, rng, f"r{i}"))
        acks, finished, delay = _run_and_kill(["import", str(path), str(folder)], rng, max_delay)
        stats.kills += 1
        stats.finished_before_kill += finished
        stats.seconds.append(delay)
        acknowledged.update(acks)
        check_intact(path)
        with open_project(path) as project:
            docs = {d.name: d for d in project.documents()}
            missing = acknowledged - set(docs)
            assert not missing, f"kill {i + 1}: acknowledged document(s) lost: {sorted(missing)[:5]}"
            for name, info in docs.items():  # every document present is whole: text, speakers, turns
                expected = import_file(sources[name])
                assert info.chars == len(expected.text), f"{name}: partial text"
                assert info.sha256 == project.document(info.id).info.sha256
                turns = project.turns(info.id)
                assert len(turns) == len(expected.turns), f"{name}: {len(turns)} of {len(expected.turns)} turns"
                assert len(project.speakers(info.id)) == len(expected.speakers), f"{name}: partial speakers"
    stats.acknowledged = len(acknowledged)
    stats.present = len(docs)
    return stats
