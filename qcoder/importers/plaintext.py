"""Plain text (.txt, .md). Minimal UTF-8 version; the importers work extends it."""

from __future__ import annotations

from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.core.text import normalize_text
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns


def read(path: Path) -> ImportedDocument:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFailed("the file is empty")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"not UTF-8 text (byte {exc.start})") from exc
    text = normalize_text(raw)
    return ImportedDocument(text=text, source_name=path.name, source_format=path.suffix.lower().lstrip("."),
                            turns=detect_turns(text))
