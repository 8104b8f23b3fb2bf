"""The analysis cache: nothing is parsed twice.

Entries are keyed by the sha256 of a document's text and the pipeline that analysed it, so
an unchanged transcript is never parsed again, in any project, and an edited one is.

Where it lives, and why: cached lemmas and entities are as sensitive as the transcripts they
come from (interviews with trafficking survivors), so the cache stays in the same place and
under the same protection as the project itself: ``<project>.nlpcache/`` next to a project
file (``demo.qcoder`` → ``demo.nlpcache/``), which goes wherever the project goes and is
removed with it. A server (PostgreSQL) project has no file, so its cache goes to the user's
cache folder (``$XDG_CACHE_HOME/qcoder/nlp/<project id>``, ``~/Library/Caches`` on macOS,
``%LOCALAPPDATA%`` on Windows). Folders are created 0700 and files 0600 (owner only, on
systems with POSIX permissions), written atomically. :meth:`AnalysisCache.clear` (the CLI's
``qcoder nlp PROJECT --clear-cache``, the window's NLP status menu) deletes it.
``QCODER_NLP_CACHE`` overrides the root folder; ``QCODER_NLP_CACHE=off`` keeps results in
memory only. An encrypted project's cache stays in memory; :func:`remove_disk_cache` deletes a
folder written before the project was encrypted (``qcoder encrypt`` and ``--clear-cache`` do).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.core.limits import read_gzip
from qcoder.nlp.analysis import TextAnalysis

ENV_CACHE = "QCODER_NLP_CACHE"
FORMAT = 1
_MEMORY_ENTRIES = 64


def user_cache_root() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "qcoder" / "cache" / "nlp"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "qcoder" / "nlp"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "qcoder" / "nlp"


def cache_dir_for(project_path: Path | None, project_id: str) -> Path | None:
    """The cache folder of a project (None: memory only)."""
    override = os.environ.get(ENV_CACHE, "").strip()
    if override.lower() in ("off", "none", "0", "memory"):
        return None
    if override:
        return Path(override) / (project_id or "default")
    if project_path is not None:
        return project_path.with_name(project_path.stem + ".nlpcache")
    return user_cache_root() / (project_id or "default")


class AnalysisCache:
    """Per-project cache: a small in-memory LRU in front of gzip'd JSON files."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._memory: OrderedDict[tuple[str, str], TextAnalysis] = OrderedDict()
        self._lock = threading.Lock()

    def _path(self, sha256: str, pipeline: str) -> Path:
        assert self.folder is not None
        safe = "".join(ch if ch.isalnum() or ch in "._-+" else "_" for ch in pipeline)
        return self.folder / f"{sha256}.{safe}.json.gz"

    def get(self, sha256: str, pipeline: str) -> TextAnalysis | None:
        key = (sha256, pipeline)
        with self._lock:
            hit = self._memory.get(key)
            if hit is not None:
                self._memory.move_to_end(key)
                return hit
        if self.folder is None:
            return None
        path = self._path(sha256, pipeline)
        try:
            data = json.loads(read_gzip(path, "analysis cache file"))  # bounded: a planted bomb is refused
            if data.get("format") != FORMAT:
                return None
            analysis = TextAnalysis.from_json(data["analysis"])
        except (OSError, ValueError, KeyError, TypeError, EOFError, ImportFailed):
            return None  # missing or unreadable: analyse again
        self._remember(key, analysis)
        return analysis

    def put(self, analysis: TextAnalysis) -> None:
        self._remember((analysis.sha256, analysis.pipeline), analysis)
        if self.folder is None:
            return
        self._ensure_folder()
        path = self._path(analysis.sha256, analysis.pipeline)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)  # created 0600
        try:
            with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=5) as fh:
                fh.write(
                    json.dumps({"format": FORMAT, "analysis": analysis.to_json()}, separators=(",", ":")).encode(
                        "utf-8"
                    )
                )
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _remember(self, key: tuple[str, str], analysis: TextAnalysis) -> None:
        with self._lock:
            self._memory[key] = analysis
            self._memory.move_to_end(key)
            while len(self._memory) > _MEMORY_ENTRIES:
                self._memory.popitem(last=False)

    def _ensure_folder(self) -> None:
        assert self.folder is not None
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True, mode=0o700, exist_ok=True)
            readme = self.folder / "README.txt"
            readme.write_text(
                "qcoder language-analysis cache (sentences, lemmas, named entities of the project's\n"
                "transcripts). It is as confidential as the transcripts. Safe to delete at any time;\n"
                "qcoder rebuilds it when needed.\n",
                encoding="utf-8",
            )
            os.chmod(readme, 0o600)
        os.chmod(self.folder, 0o700)  # also tightens a folder made by someone else's umask

    def forget(self, sha256s: set[str]) -> int:
        """Remove the entries of these texts (e.g. after redacting them in place)."""
        removed = 0
        with self._lock:
            for key in [k for k in self._memory if k[0] in sha256s]:
                del self._memory[key]
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.glob("*.json.gz"):
                if path.name.split(".", 1)[0] in sha256s:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed

    def clear(self) -> int:
        """Delete everything cached for this project; returns the number of files removed."""
        with self._lock:
            self._memory.clear()
        if self.folder is None or not self.folder.is_dir():
            return 0
        n = sum(1 for _ in self.folder.glob("*.json.gz"))
        shutil.rmtree(self.folder, ignore_errors=True)
        return n

    def size(self) -> tuple[int, int]:
        """(files, bytes) on disk."""
        if self.folder is None or not self.folder.is_dir():
            return 0, 0
        files = list(self.folder.glob("*.json.gz"))
        return len(files), sum(f.stat().st_size for f in files)


def _disk_folders(project_path: Path | None, project_id: str) -> list[Path]:
    """Every folder the project's cache may have been written to (whatever the settings now)."""
    found = [cache_dir_for(project_path, project_id)]
    if project_path is not None:
        found.append(project_path.with_name(project_path.stem + ".nlpcache"))
    else:
        found.append(user_cache_root() / (project_id or "default"))
    return list(dict.fromkeys(f for f in found if f is not None))


def remove_disk_cache(project_path: Path | None, project_id: str) -> int:
    """Delete the project's cache folders on disk (also of an encrypted project, whose cache is
    kept in memory: a folder left from before it was encrypted); returns the files removed."""
    removed = 0
    for folder in _disk_folders(project_path, project_id):
        with _caches_lock:
            cache = _caches.get(folder)
        if cache is not None:
            removed += cache.clear()
        elif folder.is_dir():
            removed += sum(1 for _ in folder.glob("*.json.gz"))
            shutil.rmtree(folder, ignore_errors=True)
    return removed


_caches: dict[Path | None, AnalysisCache] = {}
_caches_lock = threading.Lock()


def cache_for(project_path: Path | None, project_id: str, memory_only: bool = False) -> AnalysisCache:
    folder = None if memory_only else cache_dir_for(project_path, project_id)
    with _caches_lock:
        if folder is None:
            return (
                AnalysisCache(None)
                if project_id == ""
                else _caches.setdefault(Path("memory:" + project_id), AnalysisCache(None))
            )
        cache = _caches.get(folder)
        if cache is None:
            cache = _caches[folder] = AnalysisCache(folder)
        return cache
