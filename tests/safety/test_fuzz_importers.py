"""Hostile and broken transcript files: each gives a clear ImportFailed or a correct import —
never a hang, a crash, a memory blow-up or a partly imported document.

The hand-made corpus (tests/safety/hostile.py) runs in a subprocess with a memory limit and a
per-file alarm; hypothesis throws random and mutated bytes at every importer in-process.
bench/bench_fuzz.py runs the same with many more examples.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.app.importing import import_paths
from qcoder.app.safety import check_project, create_project
from qcoder.core.errors import ImportFailed
from qcoder.importers import import_file
from tests.safety import hostile
from tests.safety.import_worker import check_document

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("import_worker.py")
SUFFIXES = (".txt", ".docx", ".odt", ".pdf", ".rtf", ".vtt", ".srt", ".doc", ".md")


def run_worker(files: list[Path], seconds: int = 60, memory_mb: int = 3000, timeout: int = 600) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, str(WORKER), "--seconds", str(seconds), "--memory-mb", str(memory_mb), *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    results: dict[str, dict] = {}
    started = None
    for line in proc.stdout.splitlines():
        data = json.loads(line)
        if "start" in data:
            started = data["start"]
        else:
            results[Path(data["file"]).name] = data
    assert proc.returncode == 0, f"the import worker died (exit {proc.returncode}) on {started}: {proc.stderr[-3000:]}"
    return results


def test_hostile_corpus(tmp_path: Path):
    files = hostile.write_hostile(tmp_path / "hostile", random.Random(7))
    results = run_worker(files)
    assert set(results) == {f.name for f in files}
    bad = {n: r for n, r in results.items() if r["outcome"] not in ("ok", "ImportFailed")}
    assert not bad, f"hang or crash: {bad}"
    for name, r in results.items():
        if r["outcome"] == "ok":
            assert r["problems"] == [], (name, r["problems"])
            assert not r["expanded"], f"{name}: an XML entity was expanded into the text"
        else:
            message = r["message"]
            assert message and "Traceback" not in message and len(message) < 600, (name, message)
    # what must be refused
    for name in (
        "random_bytes.docx",
        "random_bytes.pdf",
        "truncated_docx_half.docx",
        "truncated_pdf.pdf",
        "zip_bomb.docx",
        "billion_laughs.docx",
        "billion_laughs.odt",
        "external_entity.docx",
        "external_entity.odt",
        "empty.txt",
        "all_nul.txt",
        "zip_of_other_things.docx",
    ):
        assert results[name]["outcome"] == "ImportFailed", (name, results[name])
    # what must import
    for name in ("huge_line.txt", "utf16_no_bom.txt", "utf16_bom.txt", "latin1.txt", "mixed_line_endings.txt"):
        assert results[name]["outcome"] == "ok", (name, results[name])
    assert results["huge_line.txt"]["chars"] == 4_000_000 * 5  # as the source has it, trailing space too


def test_fifty_megabyte_text_file(tmp_path: Path):
    big = hostile.write_big_text(tmp_path / "big.txt", 50, random.Random(1))
    result = run_worker([big], seconds=300)["big.txt"]
    assert result["outcome"] == "ok" and result["problems"] == []
    assert result["chars"] > 50 * 2**20 * 0.99 and result["turns"] > 1000


@contextmanager
def hang_guard(seconds: int = 30) -> Iterator[None]:
    def alarm(_sig: int, _frame: object) -> None:
        raise TimeoutError(f"the importer was still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _import_bytes(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    with hang_guard():
        try:
            doc = import_file(path)
        except ImportFailed as exc:
            assert str(exc).strip()
            return
    assert check_document(doc) == []


FUZZ = settings(
    max_examples=int(os.environ.get("QCODER_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=st.binary(min_size=0, max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_for_every_format(tmp_path: Path, data: bytes, suffix: str):
    _import_bytes(tmp_path, data, suffix)


@FUZZ
@given(
    text=st.text(min_size=0, max_size=3000),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]),
)
def test_random_text_in_any_encoding(tmp_path: Path, text: str, encoding: str):
    _import_bytes(tmp_path, text.encode(encoding, errors="replace"), ".txt")


_VALID = {".docx": hostile.valid_docx(), ".odt": hostile.valid_odt(), ".pdf": hostile.valid_pdf()}


@FUZZ
@given(
    suffix=st.sampled_from(sorted(_VALID)),
    cut=st.floats(0.0, 1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.integers(0, 255)), max_size=30),
)
def test_truncated_and_corrupted_documents(tmp_path: Path, suffix: str, cut: float, flips: list[tuple[float, int]]):
    data = bytearray(_VALID[suffix][: max(1, int(len(_VALID[suffix]) * cut))] if cut < 0.999 else _VALID[suffix])
    for where, value in flips:
        data[int(where * len(data))] = value
    _import_bytes(tmp_path, bytes(data), suffix)


def test_batch_import_is_whole_documents_or_nothing(tmp_path: Path):
    """import_paths over a folder of hostile and good files: every document in the project is
    complete, every other file is reported, the project passes its check."""
    folder = tmp_path / "batch"
    files = hostile.write_hostile(folder, random.Random(11), [n for n in hostile.HOSTILE if n != "huge_line.txt"])
    good = folder / "good.txt"
    good.write_text("\n\n".join(hostile.TRANSCRIPT), encoding="utf-8")
    (folder / "good.docx").write_bytes(hostile.valid_docx())
    (folder / "good.odt").write_bytes(hostile.valid_odt())
    path = tmp_path / "p.qcoder"
    with create_project(path) as project:
        report = import_paths(project, [folder])
        assert not [p for p in report.failed if "unexpected error" in p.reason], report.failed
        reported = {Path(p.path).name for p in report.failed + report.skipped} | {
            Path(i.path).name for i in report.imported
        }
        assert reported == {p.name for p in folder.iterdir()}
        imported_or_same = {Path(i.path).name for i in report.imported} | {
            Path(p.path).name for p in report.skipped if "same text" in p.reason
        }
        assert {"good.txt", "good.docx", "good.odt"} <= imported_or_same  # the same transcript thrice
        docs = {d.id: d for d in project.documents()}
        assert len(docs) == len(report.imported)
        for item in report.imported:
            expected = import_file(Path(item.path))
            info = docs[item.document_id]
            assert info.chars == len(expected.text)
            assert project.document(info.id).text == expected.text
            assert len(project.turns(info.id)) == len(expected.turns)
    assert check_project(path).ok
    assert len(files) > 30
