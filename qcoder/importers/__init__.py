"""Importers: one module per source format, all returning :class:`ImportedDocument`.

``import_file(path)`` picks the importer by file suffix and raises
:class:`qcoder.core.errors.ImportFailed` with a message meant for the user.
"""

from __future__ import annotations

from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers.base import ImportedDocument, ImportedTurn

__all__ = ["ImportedDocument", "ImportedTurn", "SUPPORTED_SUFFIXES", "import_file"]

SUPPORTED_SUFFIXES = (".txt", ".md")


def import_file(path: Path) -> ImportedDocument:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        from qcoder.importers import plaintext

        return plaintext.read(path)
    raise ImportFailed(f"unsupported file type {suffix or '(none)'}")
