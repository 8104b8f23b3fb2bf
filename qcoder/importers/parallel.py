"""Reading many transcript files on several cores.

:func:`read_files` yields ``(path, document or ImportFailed)`` in the order of ``paths``. For a
dozen files or more on a machine with several cores, worker *processes* read them (parsers are
pure Python: threads would share one core) while the caller stores what is read; fewer files, one
core, or ``QCODER_IMPORT_WORKERS=0`` read them one by one in this process. Workers are started
with ``spawn`` (safe next to the window's threads), at most :data:`MAX_WORKERS`, and hold at most
a few files each in flight. A file that takes longer than the timeout is reported as failed and
its worker is killed (a thread could only be abandoned), the others are read again by new
workers. Closing the generator early (a cancelled import) stops the workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Sequence
from multiprocessing.pool import AsyncResult
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers import DEFAULT_TIMEOUT_SECONDS, import_file
from qcoder.importers.base import ImportedDocument

WORKERS_ENV = "QCODER_IMPORT_WORKERS"
MIN_FILES = 12  # below this, starting workers costs more than it saves
MAX_WORKERS = 4
IN_FLIGHT_PER_WORKER = 8

Outcome = tuple[ImportedDocument | None, str]


def _read_in_worker(path: str) -> Outcome:
    try:
        return import_file(Path(path), timeout=None), ""
    except ImportFailed as exc:
        return None, str(exc)


def worker_count(files: int) -> int:
    """How many worker processes to read ``files`` files with (0: read them here)."""
    wanted = os.environ.get(WORKERS_ENV, "").strip()
    if wanted:
        try:
            return max(0, int(wanted)) if files > 1 else 0
        except ValueError:
            pass
    cores = os.cpu_count() or 1
    return min(cores, MAX_WORKERS) if cores >= 2 and files >= MIN_FILES else 0


Read = tuple[Path, ImportedDocument | ImportFailed]


def read_files(paths: Sequence[Path], timeout: float = DEFAULT_TIMEOUT_SECONDS) -> Generator[Read, None, None]:
    workers = worker_count(len(paths))
    if workers == 0:
        for path in paths:
            try:
                yield path, import_file(path, timeout=timeout)
            except ImportFailed as exc:
                yield path, exc
        return
    done = 0
    while done < len(paths):
        done = yield from _read_with_pool(paths, done, workers, timeout)


def _read_with_pool(paths: Sequence[Path], first: int, workers: int, timeout: float) -> Generator[Read, None, int]:
    """Read ``paths[first:]`` with a pool; stop after a file that timed out. Returns how many
    of ``paths`` have been yielded."""
    pool = multiprocessing.get_context("spawn").Pool(min(workers, len(paths) - first))
    pending: deque[tuple[Path, AsyncResult[Outcome]]] = deque()
    submitted = first
    try:
        for n in range(first, len(paths)):
            while submitted < len(paths) and len(pending) < workers * IN_FLIGHT_PER_WORKER:
                pending.append((paths[submitted], pool.apply_async(_read_in_worker, (str(paths[submitted]),))))
                submitted += 1
            path, result = pending.popleft()
            try:
                doc, error = result.get(timeout)
            except multiprocessing.TimeoutError:
                yield (
                    path,
                    ImportFailed(
                        f"reading the file took longer than {timeout:g} seconds and was "
                        "stopped; it may be damaged or built to stall readers"
                    ),
                )
                return n + 1
            yield path, (doc if doc is not None else ImportFailed(error))
        return len(paths)
    finally:
        pool.terminate()
        pool.join()
