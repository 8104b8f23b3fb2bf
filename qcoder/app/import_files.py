"""Which files an import reads, and starting to read them before the project is open.

Light on purpose (no database layer): ``qcoder import`` calls :func:`start_import` first, so the
reading workers start (:class:`qcoder.importers.parallel.Reading`) while the command imports the
database layer and opens the project; :func:`qcoder.app.importing.import_paths` then stores
what they read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qcoder.importers.parallel import Reading

# project exchange files: ``qcoder import`` merges these instead of reading them as transcripts
EXCHANGE_SUFFIXES = (".qdpx", ".qdc")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    reason: str


# in a folder, files with these extensions are not transcripts: listed as skipped, not read
NOT_TRANSCRIPTS = frozenset(
    ".mp3 .m4a .wav .aac .ogg .flac .wma .mp4 .m4v .mov .avi .mkv .webm .jpg .jpeg .png .gif .bmp .tif .tiff "
    ".heic .svg .zip .7z .rar .gz .tar .exe .dll .app .dmg .iso .xlsx .xls .csv .tsv .pptx .ppt .json .xml "
    ".qcoder .qcodings .qdpx .qdc .nvp .nvpx .mx24 .mx22 .atlproj .ini .db .sqlite".split()
)


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem], list[Problem]]:
    """Expand folders recursively (sorted, hidden files skipped): transcripts by extension, and
    files without an extension or with an unknown one (their content decides). Returns the
    files, the missing paths (and folders holding nothing to import), and the folder files
    skipped as not transcripts (with why)."""
    files: list[Path] = []
    problems: list[Problem] = []
    skipped: list[Problem] = []
    for path in paths:
        if path.is_dir():
            before = len(files) + len(skipped)
            _collect_folder(path, files, skipped)
            if len(files) + len(skipped) == before:
                problems.append(Problem(str(path), "the folder holds no files to import"))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return files, problems, skipped


def _collect_folder(path: Path, files: list[Path], skipped: list[Problem]) -> None:
    for child in sorted(path.rglob("*")):
        if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        suffix = child.suffix.lower()
        if suffix in NOT_TRANSCRIPTS:
            skipped.append(Problem(str(child), f"not a transcript ({suffix} file)"))
        else:
            files.append(child)  # known formats, and unknown ones sniffed on import


@dataclass(frozen=True)
class StartedImport:
    """Files found under the paths given, being read; close ``reading`` if it is not imported."""

    files: list[Path]
    missing: list[Problem]
    not_transcripts: list[Problem]
    reading: Reading


def start_import(paths: Iterable[str | Path]) -> StartedImport:
    given = [str(p) for p in paths]
    files, missing, not_transcripts = collect_files(Path(p) for p in given if p.strip())
    blank = [Problem(p, "an empty path (it would mean the current folder)") for p in given if not p.strip()]
    return StartedImport(files, [*blank, *missing], not_transcripts, Reading(files))
