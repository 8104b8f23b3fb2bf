"""Checks on ZIP-based formats (.docx, .odt, .xlsx) before a library parses them.

- a damaged or truncated archive gives a clear message instead of ``BadZipFile``;
- the sizes the archive declares are bounded (zip bombs);
- no XML part may carry a DOCTYPE declaration. Office formats never use one, and a DTD is
  what entity-expansion attacks ("billion laughs", external entities) need. python-docx
  parses with ``resolve_entities=False`` and odfpy through defusedxml, so they would not
  expand entities anyway, but rejecting the DTD up front costs one byte search per part and
  protects every parser (openpyxl's, lxml's, expat) the same way.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.core.limits import MAX_PART_BYTES, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FLOOR

_XML_SUFFIXES = (".xml", ".rels", ".vml")


def _damaged(kind: str, detail: str) -> ImportFailed:
    return ImportFailed(
        f"the {kind} file is damaged or incomplete ({detail}); it may have been cut off "
        "while downloading or copying — open it in the program that made it and save it again"
    )


def _check_dtd(name: str, data: bytes, kind: str) -> None:
    probe = data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            probe = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise _damaged(kind, f"part {name} is not valid UTF-16") from exc
    if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
        raise ImportFailed(
            f"the {kind} file contains an XML document type declaration in {name}, which "
            "Office files never use; it was rejected as unsafe (it could make the import "
            "hang or run out of memory)"
        )


def check_zip_package(path: Path, kind: str, required: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Validate the archive and return the uncompressed bytes of its XML parts by name.

    ``kind`` names the format in messages (".docx", ".odt", ".xlsx"); ``required`` lists
    member names that must exist.
    """
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise _damaged(kind, "not a valid ZIP package") from exc
    except (OSError, ValueError, EOFError) as exc:
        raise _damaged(kind, str(exc) or type(exc).__name__) from exc
    parts: dict[str, bytes] = {}
    with zf:
        infos = zf.infolist()
        if not infos:
            raise _damaged(kind, "the archive is empty")
        names = {i.filename for i in infos}
        missing = [r for r in required if r not in names]
        if missing:
            raise ImportFailed(f"the file is a ZIP archive but not a {kind} document (it has no {missing[0]})")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise ImportFailed(
                f"the {kind} file unpacks to {total // 2**20} MB, more than qcoder accepts "
                f"({MAX_TOTAL_BYTES // 2**20} MB)"
            )
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportFailed(
                    f"the {kind} file is encrypted (password-protected); remove the "
                    "password in the program that made it and save it again"
                )
            if not info.filename.lower().endswith(_XML_SUFFIXES):
                continue
            if info.file_size > MAX_PART_BYTES or (
                info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise ImportFailed(
                    f"the {kind} file has an implausibly large part {info.filename} "
                    f"({info.file_size // 2**20} MB uncompressed); it was rejected as unsafe"
                )
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
                raise _damaged(kind, f"part {info.filename} cannot be unpacked: {exc}") from exc
            except RuntimeError as exc:  # encrypted member
                raise ImportFailed(f"the {kind} file is password-protected: {exc}") from exc
            _check_dtd(info.filename, data, kind)
            parts[info.filename] = data
    return parts
