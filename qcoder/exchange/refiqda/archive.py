"""Safe reading of ``.qdpx`` archives and REFI-QDA XML.

Archives come from other people's machines. Before anything is read, every entry is checked:
no absolute paths, no ``..`` components, no symbolic links, a bounded number of entries, a
bounded total uncompressed size and compression ratio (zip bombs). Nothing is ever extracted to
disk; entries are read into memory with a hard cap. XML is parsed with :mod:`defusedxml`, which
refuses entity declarations (billion laughs) and external entities (XXE).
"""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element, ParseError

import defusedxml  # type: ignore[import-untyped, unused-ignore]
import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped, unused-ignore]

from qcoder.core.errors import ImportFailed
from qcoder.core.limits import MAX_RATIO, RATIO_FLOOR, GiB
from qcoder.core.limits import MiB as MiB  # re-exported for reading.py


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """The limits of :mod:`qcoder.core.limits`; one entry and the whole archive may be larger
    than for Office documents, because a .qdpx carries its sources (audio, video, PDF)."""

    max_total: int = 2 * GiB  # sum of uncompressed sizes
    max_entry: int = 1 * GiB  # one entry, uncompressed
    max_ratio: float = float(MAX_RATIO)  # uncompressed / compressed, checked for entries above ratio_floor
    ratio_floor: int = RATIO_FLOOR
    max_entries: int = 100_000


_DRIVE = re.compile(r"^[A-Za-z]:")


class SafeArchive:
    """A checked ``.qdpx`` zip. Entry names are looked up case-insensitively."""

    def __init__(self, path: Path, limits: ArchiveLimits | None = None) -> None:
        self.path = path
        self.limits = limits or ArchiveLimits()
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise ImportFailed(f"{path.name} is not a valid .qdpx file: it is not a zip archive ({exc})") from exc
        except OSError as exc:
            raise ImportFailed(f"cannot open {path.name}: {exc.strerror or exc}") from exc
        try:
            self._check()
        except ImportFailed:
            self._zip.close()
            raise
        self._by_lower: dict[str, zipfile.ZipInfo] = {}
        for info in self._zip.infolist():
            if not info.is_dir():
                self._by_lower.setdefault(info.filename.lower(), info)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self) -> None:
        infos = self._zip.infolist()
        name = self.path.name
        if len(infos) > self.limits.max_entries:
            raise ImportFailed(f"{name} holds {len(infos)} files, more than the {self.limits.max_entries} allowed")
        total = 0
        for info in infos:
            entry = info.filename
            parts = entry.replace("\\", "/").split("/")
            if entry.startswith(("/", "\\")) or _DRIVE.match(entry):
                raise ImportFailed(f"{name} was refused: it contains a file with an absolute path ({entry!r})")
            if ".." in parts:
                raise ImportFailed(f"{name} was refused: it contains a file whose path leaves the archive ({entry!r})")
            if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
                raise ImportFailed(f"{name} was refused: it contains a symbolic link ({entry!r})")
            if info.file_size > self.limits.max_entry:
                raise ImportFailed(
                    f"{name} was refused: {entry!r} would unpack to {info.file_size:,} bytes, "
                    f"more than the {self.limits.max_entry:,} allowed for one file"
                )
            if info.file_size > self.limits.ratio_floor and (
                info.compress_size == 0 or info.file_size / info.compress_size > self.limits.max_ratio
            ):
                raise ImportFailed(
                    f"{name} was refused: {entry!r} is compressed more than {self.limits.max_ratio:.0f} to 1, "
                    "which only happens in a zip bomb"
                )
            total += info.file_size
        if total > self.limits.max_total:
            raise ImportFailed(
                f"{name} was refused: it would unpack to {total:,} bytes, more than the "
                f"{self.limits.max_total:,} allowed"
            )

    def names(self) -> list[str]:
        return [i.filename for i in self._zip.infolist() if not i.is_dir()]

    def find(self, name: str) -> str | None:
        info = self._by_lower.get(name.replace("\\", "/").lower())
        return info.filename if info else None

    def size(self, name: str) -> int:
        """An entry's uncompressed size."""
        return self._zip.getinfo(name).file_size

    def read(self, name: str) -> bytes:
        info = self._zip.getinfo(name)
        cap = min(info.file_size, self.limits.max_entry)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(cap + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ImportFailed(f"{self.path.name} is damaged: cannot read {name!r} ({exc})") from exc
        except NotImplementedError as exc:
            raise ImportFailed(f"{self.path.name}: {name!r} uses an unsupported compression ({exc})") from exc
        if len(data) > cap:
            raise ImportFailed(f"{self.path.name} was refused: {name!r} unpacks to more than it declares")
        return data

    def project_entry(self) -> str:
        """The project XML: ``project.qde``, else the single ``*.qde`` at the root (or one folder down)."""
        names = self.names()
        exact = self.find("project.qde")
        if exact:
            return exact
        for depth in (1, 2):
            qde = [n for n in names if n.lower().endswith(".qde") and len(PurePosixPath(n).parts) == depth]
            if len(qde) == 1:
                return qde[0]
            if len(qde) > 1:
                listed = ", ".join(sorted(qde)[:5])
                raise ImportFailed(f"{self.path.name} holds several project files ({listed}); expected one")
        raise ImportFailed(f"{self.path.name} is not a REFI-QDA project: it has no project.qde inside")


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_xml(data: bytes, what: str) -> Element:
    """Parse untrusted XML, refusing entities; namespaces are stripped from every tag."""
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise ImportFailed(
            f"{what} was refused: it declares XML entities or external references "
            f"({type(exc).__name__}), which qcoder never expands for safety"
        ) from exc
    except ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        raise ImportFailed(f"{what} is not well-formed XML (line {line}, column {col})") from exc
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = local(el.tag)
    return root
