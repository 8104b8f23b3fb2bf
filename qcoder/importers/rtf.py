"""Rich Text Format (.rtf) via striprtf."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers.base import ImportedDocument, finish

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_INFO_FIELD = re.compile(rb"\{\\(title|author|subject|operator)\s+((?:[^{}\\]|\\.)*)\}")
_PICT = re.compile(rb"\\pict(?![a-z])")
_CREATED = re.compile(rb"\{\\creatim\\yr(\d{4})\\mo(\d{1,2})\\dy(\d{1,2})")


def _encoding(data: bytes) -> str:
    m = _CODEPAGE.search(data[:4096])
    if m:
        page = int(m.group(1))
        name = "utf-8" if page == 65001 else f"cp{page}"
    elif b"\\mac" in data[:200]:
        name = "mac_roman"
    elif b"\\pca" in data[:200]:
        name = "cp850"
    elif b"\\pc" in data[:200]:
        name = "cp437"
    else:
        name = "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def rtf_bytes_to_text(data: bytes) -> tuple[str, dict[str, str], list[str]]:
    """Text, metadata and warnings of an RTF document given as bytes."""
    from striprtf.striprtf import rtf_to_text

    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{\\rtf"):
        raise ImportFailed("the file is not an RTF document (it does not start with {\\rtf)")
    encoding = _encoding(head)
    # RTF is 7-bit ASCII with \'xx escapes in the document code page; raw 8-bit bytes, which
    # some writers emit anyway, are read in that code page too.
    source = head.decode(encoding, errors="replace")
    try:
        text: str = rtf_to_text(  # type: ignore[no-untyped-call]
            source, encoding=encoding, errors="replace"
        )
    except (ValueError, IndexError, LookupError, RecursionError) as exc:
        raise ImportFailed(f"the RTF file could not be read ({exc})") from exc
    metadata: dict[str, str] = {"encoding": encoding}
    for m in _INFO_FIELD.finditer(head[:200_000]):
        key = {"operator": "last_modified_by"}.get(m.group(1).decode(), m.group(1).decode())
        try:
            field_rtf = "{\\rtf1 " + m.group(2).decode(encoding, errors="replace") + "}"
            value = str(rtf_to_text(field_rtf, encoding=encoding, errors="replace")).strip()  # type: ignore[no-untyped-call]
        except (ValueError, IndexError, LookupError):
            continue
        if value:
            metadata.setdefault(key, value)
    created = _CREATED.search(head[:200_000])
    if created:
        y, mo, d = (int(g) for g in created.groups())
        metadata["created"] = f"{y:04d}-{mo:02d}-{d:02d}"
    warnings: list[str] = []
    # each picture may be stored twice: {\*\shppict{\pict…}}{\nonshppict{\pict…}}
    pictures = len(_PICT.findall(head)) - head.count(b"\\nonshppict")
    if pictures:
        warnings.append(f"{pictures} image{'s' if pictures != 1 else ''} ignored")
    if head.count(b"{") - head.count(b"\\{") > head.count(b"}") - head.count(b"\\}"):
        warnings.append("the RTF file seems to be cut off (unclosed groups); the text may be incomplete")
    return text, metadata, warnings


def read(path: Path) -> ImportedDocument:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFailed("the file is empty")
    text, metadata, warnings = rtf_bytes_to_text(data)
    return finish(text, path.name, "rtf", metadata=metadata, warnings=warnings)
