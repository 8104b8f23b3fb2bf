"""Plain text (.txt, .md): encoding detected, line endings normalized to LF, a leading BOM
dropped; every other character kept where the source has it."""

from __future__ import annotations

from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers._textenc import decode_bytes
from qcoder.importers.base import ImportedDocument, finish


def read_bytes(data: bytes, name: str, source_format: str) -> ImportedDocument:
    if not data.strip():
        raise ImportFailed("the file is empty")
    decoded = decode_bytes(data)
    metadata = {"encoding": decoded.encoding}
    if decoded.had_bom:
        metadata["bom"] = "yes"
    return finish(
        decoded.text,
        name,
        source_format,
        metadata=metadata,
        empty_reason="the file contains only blank space",
        exact=True,
    )


def read(path: Path) -> ImportedDocument:
    return read_bytes(path.read_bytes(), path.name, "md" if path.suffix.lower() == ".md" else "txt")
