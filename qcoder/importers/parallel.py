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

from qcoder.core.errors import ImportFailed, UnsupportedFile
from qcoder.importers import DEFAULT_TIMEOUT_SECONDS, import_file
from qcoder.importers.base import ImportedDocument

WORKERS_ENV = "QCODER_IMPORT_WORKERS"
MIN_FILES = 12  # below this, starting workers costs more than it saves
MAX_WORKERS = 4
IN_FLIGHT_PER_WORKER = 8

Outcome = tuple[ImportedDocument | None, str, bool]  # document, or error and whether unsupported


def _read_in_worker(path: str) -> Outcome:
    try:
        return import_file(Path(path), timeout=None), "", False
    except ImportFailed as exc:
        return None, str(exc), isinstance(exc, UnsupportedFile)


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


class Reading:
    """Files being read: iterate for ``(path, document or ImportFailed)`` in the order of the
    paths; :meth:`close` stops the workers (also when it was never iterated).

    Workers are started, and the first files handed to them, as soon as the object is made, so a
    caller that starts the reading first overlaps the workers' start (a new interpreter each)
    with its own preparation (importing the database layer, opening the project)."""

    def __init__(self, paths: Sequence[Path], timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self.paths = list(paths)
        self.timeout = timeout
        self.workers = worker_count(len(self.paths))
        self._pool: _Pool | None = _Pool(self.paths, 0, self.workers) if self.workers else None
        self._reads = self._read()

    def __iter__(self) -> Generator[Read, None, None]:
        return self._reads

    def close(self) -> None:
        self._reads.close()
        if self._pool is not None:
            self._pool.stop()
            self._pool = None

    def _read(self) -> Generator[Read, None, None]:
        if self._pool is None:
            for path in self.paths:
                try:
                    yield path, import_file(path, timeout=self.timeout)
                except ImportFailed as exc:
                    yield path, exc
            return
        done = 0
        while done < len(self.paths):
            pool = self._pool if self._pool is not None else _Pool(self.paths, done, self.workers)
            self._pool = pool
            try:
                done = yield from pool.results(self.timeout)
            finally:
                pool.stop()
                self._pool = None


def read_files(paths: Sequence[Path], timeout: float = DEFAULT_TIMEOUT_SECONDS) -> Generator[Read, None, None]:
    reading = Reading(paths, timeout)
    try:
        yield from reading
    finally:
        reading.close()


class _Pool:
    """Worker processes reading ``paths[first:]``, with a bounded number of files in flight."""

    def __init__(self, paths: Sequence[Path], first: int, workers: int) -> None:
        self.paths = paths
        self.first = first
        self.workers = workers
        self.pool = multiprocessing.get_context("spawn").Pool(min(workers, len(paths) - first))
        self.pending: deque[tuple[Path, AsyncResult[Outcome]]] = deque()
        self.submitted = first
        self._fill()

    def _fill(self) -> None:
        while self.submitted < len(self.paths) and len(self.pending) < self.workers * IN_FLIGHT_PER_WORKER:
            path = self.paths[self.submitted]
            self.pending.append((path, self.pool.apply_async(_read_in_worker, (str(path),))))
            self.submitted += 1

    def results(self, timeout: float) -> Generator[Read, None, int]:
        """Yield what is read; stop after a file that timed out. Returns how many of ``paths``
        have been yielded."""
        for n in range(self.first, len(self.paths)):
            self._fill()
            path, result = self.pending.popleft()
            try:
                doc, error, unsupported = result.get(timeout)
            except multiprocessing.TimeoutError:
                yield (
                    path,
                    ImportFailed(
                        f"reading the file took longer than {timeout:g} seconds and was "
                        "stopped; it may be damaged or built to stall readers"
                    ),
                )
                return n + 1
            failure = UnsupportedFile(error) if unsupported else ImportFailed(error)
            yield path, (doc if doc is not None else failure)
        return len(self.paths)

    def stop(self) -> None:
        self.pool.terminate()
        self.pool.join()
