"""Fixture builders for the importer tests: every input file is made here, in the test run."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest


def _pdf_escape(s: str) -> bytes:
    raw = s.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(
    pages: Sequence[Sequence[str] | None], *, compress: bool = False, title: str | None = None, zero_width: bool = False
) -> bytes:
    """A minimal PDF written by hand: one Helvetica (WinAnsi) text line per string, or for a
    page given as None a filled rectangle and no text at all (like a scan without OCR)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font_dict = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
    if zero_width:
        # ToUnicode CMap: ASCII maps to itself, byte 0x01 to U+200B ZERO WIDTH SPACE
        cmap = (
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /T1 def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfchar <01> <200B> endbfchar\n1 beginbfrange <20> <7E> <0020> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end"
        )
        cmap_id = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
        font_dict += b" /ToUnicode %d 0 R" % cmap_id
    font = add(font_dict + b" >>")
    kids: list[int] = []
    for lines in pages:
        if lines is None:
            stream = b"q 0.5 0.5 0.5 rg 72 72 400 600 re f Q"
        else:
            ops = [b"BT /F1 11 Tf 14 TL 72 760 Td"]
            for line in lines:
                ops.append(b"(" + _pdf_escape(line) + b") Tj T*")
            ops.append(b"ET")
            stream = b"\n".join(ops)
        if compress:
            data = zlib.compress(stream)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)
        )
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = (
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    )
    info = None
    if title is not None:
        info = add(b"<< /Title (" + _pdf_escape(title) + b") /Author (Test Author) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """write(name, content) → path in a fresh temp dir (str content is written as UTF-8)."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    def _make(name: str, pages: Sequence[Sequence[str] | None], **kw: object) -> Path:
        path = tmp_path / name
        path.write_bytes(build_pdf(pages, **kw))  # type: ignore[arg-type]
        return path

    return _make
