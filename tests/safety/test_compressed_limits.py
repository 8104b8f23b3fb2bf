"""Issue 22 item 15: size limits on every compressed input. A 1.5 MB .qcodings gzip bomb
(1.5 GB unpacked) used 3.2 GB in `merge --dry-run`; now it is refused after a bounded amount
of work and memory, with a clear message. The other compressed inputs (.qdpx, .docx/.odt/.xlsx
and the language-analysis cache) use the same limits (qcoder.core.limits)."""

from __future__ import annotations

import gzip
import json
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from qcoder.app.merge import read_codings_file
from qcoder.app.safety import create_project
from qcoder.core.errors import ImportFailed
from qcoder.core.limits import MAX_PART_BYTES, read_gzip
from tests.helpers import imported

ROOT = Path(__file__).resolve().parents[2]


def gzip_bomb(path: Path, head: bytes, target: int = 1_500_000) -> Path:
    """A valid gzip file of about ``target`` bytes that unpacks to ~1000 times as much: one
    compressed 16 MB block of "A" repeated (full flushes make the blocks independent)."""
    chunk = b"A" * (16 * 1024 * 1024)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    n = max(1, target // len(block))
    tail = c.compress(b'"}') + c.flush()
    crc = zlib.crc32(head)
    for _ in range(n):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(b'"}', crc)
    size = len(head) + n * len(chunk) + 2
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    path.write_bytes(header + first + block * n + tail + struct.pack("<II", crc, size & 0xFFFFFFFF))
    return path


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "p.qcoder"
    with create_project(path, "bombs") as p:
        p.add_document(imported())
    return path


_CHILD = """
import resource, sys, time
from qcoder.cli import main
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
code = main(sys.argv[1:])
print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before, time.perf_counter() - t, file=sys.stderr)
"""


def _merge_dry_run(project: Path, other: Path) -> tuple[int, int, float, str]:
    """Exit code, growth of peak memory (kB), seconds and the messages of `merge --dry-run`."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "merge", "--dry-run", str(project), str(other)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    *messages, last = done.stderr.strip().splitlines()
    code, grown, seconds = last.split()
    return int(code), int(grown), float(seconds), "\n".join(messages)


def test_qcodings_gzip_bomb_is_refused_quickly_in_bounded_memory(project: Path, tmp_path: Path) -> None:
    bomb = gzip_bomb(tmp_path / "bomb.qcodings", b'{"format": "qcoder-codings", "pad": "')
    assert bomb.stat().st_size < 1_600_000
    code, grown_kb, seconds, message = _merge_dry_run(project, bomb)
    assert code != 0
    assert "bomb.qcodings was refused" in message and "Traceback" not in message
    assert grown_kb < 300 * 1024, f"peak memory grew by {grown_kb // 1024} MB"
    assert seconds < 20


def test_qdpx_bomb_is_refused_by_merge(project: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("project.qde", "<Project/>")
        zf.writestr("sources/big.txt", b"\0" * (64 * 1024 * 1024))
    code, grown_kb, _seconds, message = _merge_dry_run(project, bomb)
    assert code != 0 and "zip bomb" in message
    assert grown_kb < 300 * 1024


def test_read_gzip_limits(tmp_path: Path) -> None:
    small = tmp_path / "ok.gz"
    with gzip.open(small, "wb") as fh:
        fh.write(json.dumps({"ids": [str(i) for i in range(10_000)]}).encode())
    assert json.loads(read_gzip(small, "test file"))["ids"][-1] == "9999"
    with pytest.raises(ImportFailed, match="was refused"):
        read_gzip(small, "test file", max_bytes=1000)
    damaged = tmp_path / "cut.gz"
    damaged.write_bytes(small.read_bytes()[:-20])
    with pytest.raises(ImportFailed, match="not a readable test file"):
        read_gzip(damaged, "test file")
    assert MAX_PART_BYTES == 256 * 1024**2


def test_damaged_or_foreign_qcodings(tmp_path: Path) -> None:
    for name, data in [("a.qcodings", b"not gzip"), ("b.qcodings", gzip.compress(b"[1, 2]"))]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ImportFailed, match="not a readable"):
            read_codings_file(tmp_path / name)


def test_every_compressed_reader_uses_the_limits() -> None:
    """Where qcoder opens gzip or zip input, and what bounds it (a new reader fails this)."""
    readers = {
        "qcoder/core/limits.py": "read_gzip",
        "qcoder/importers/_ziputil.py": "check_zip_package, limits from qcoder.core.limits",
        "qcoder/exchange/refiqda/archive.py": "SafeArchive, ArchiveLimits from qcoder.core.limits",
        "qcoder/nlp/cache.py": "the language-analysis cache (read_gzip)",
    }
    reads = re.compile(r'gzip\.open\((?![^)]*"w)|GzipFile\((?![^)]*"w)|zipfile\.ZipFile\((?![^)]*"w")')
    found = set()
    for f in (ROOT / "qcoder").rglob("*.py"):
        if reads.search(f.read_text(encoding="utf-8")):
            found.add(f.relative_to(ROOT).as_posix())
    own_bytes = {"qcoder/exporters/xlsx_export.py"}  # re-reads the workbook it has just written in memory
    assert found - own_bytes <= set(readers), sorted(found - own_bytes - set(readers))
    for rel, how in readers.items():
        text = (ROOT / rel).read_text(encoding="utf-8")
        assert "qcoder.core.limits" in text or rel == "qcoder/core/limits.py", how


def test_planted_analysis_cache_bomb_is_ignored(tmp_path: Path) -> None:
    """A cache entry is analysed again when unreadable; a bomb planted in a shared project's
    cache folder is one of those, found out after a bounded read."""
    import time

    from qcoder.nlp.cache import AnalysisCache

    cache = AnalysisCache(tmp_path)
    gzip_bomb(tmp_path / f"{'0' * 64}.spacy.json.gz", b'{"format": "x", "pad": "', target=400_000)
    start = time.perf_counter()
    assert cache.get("0" * 64, "spacy") is None
    assert time.perf_counter() - start < 10
