"""Hostile and broken input files, made on the spot (shared by the fuzz tests and bench_fuzz.py)."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

from tests.importers.conftest import build_pdf

TRANSCRIPT = [
    "Interviewer: Can you tell me about the task force?",
    "Det. Ortega: We share information with advocates every week. Turnover hurts us 😀 a lot.",
    "Interviewer: What would help?",
    "Det. Ortega: A formal protocol, honestly. And colocation with the advocates.",
]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>\n"
)
XXE = '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def valid_docx() -> bytes:
    d = docx.Document()
    for line in TRANSCRIPT:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _odt_content(body: str, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> str:
    return (
        prolog + '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def _zip(parts: dict[str, bytes | str], first: tuple[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if first is not None:
            zf.writestr(zipfile.ZipInfo(first[0]), first[1])  # stored, first (ODF mimetype)
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def valid_odt(content: str | None = None) -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    body = "".join(f"<text:p>{line}</text:p>" for line in TRANSCRIPT)
    return _zip(
        {"META-INF/manifest.xml": manifest, "content.xml": content or _odt_content(body)},
        first=("mimetype", "application/vnd.oasis.opendocument.text"),
    )


def valid_pdf() -> bytes:
    return build_pdf([[line.replace("😀", ":)") for line in TRANSCRIPT]])


def docx_with_document_xml(xml: str | bytes) -> bytes:
    """The valid .docx with word/document.xml replaced."""
    src = zipfile.ZipFile(io.BytesIO(valid_docx()))
    parts: dict[str, bytes | str] = {n: src.read(n) for n in src.namelist()}
    parts["word/document.xml"] = xml
    return _zip(parts)


def _docx_body(inner: str, prolog: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n') -> str:
    return f'{prolog}<w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>'


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def truncated(data: bytes, fraction: float) -> bytes:
    return data[: max(1, int(len(data) * fraction))]


def corrupted(data: bytes, rng: random.Random, n: int = 20) -> bytes:
    out = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256)
    return bytes(out)


def nested_xml(depth: int) -> str:
    return _docx_body(
        "<w:p><w:r>" + "<w:smartTag>" * depth + "<w:t>deep</w:t>" + "</w:smartTag>" * depth + "</w:r></w:p>"
    )


def zip_bomb_docx() -> bytes:
    """A .docx whose document.xml inflates to 600 MB of spaces (a few hundred KB compressed)."""
    src = zipfile.ZipFile(io.BytesIO(valid_docx()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for n in src.namelist():
            if n != "word/document.xml":
                zf.writestr(n, src.read(n))
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(_docx_body("").encode()[: -len("</w:body></w:document>")])
            chunk = b" " * (1 << 20)
            for _ in range(600):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    return buf.getvalue()


Builder = Callable[[random.Random], bytes]

# name -> (file suffix, builder); each is a file a user could be handed
HOSTILE: dict[str, tuple[str, Builder]] = {
    "random_bytes.txt": (".txt", lambda r: r.randbytes(20_000)),
    "random_bytes.docx": (".docx", lambda r: r.randbytes(20_000)),
    "random_bytes.odt": (".odt", lambda r: r.randbytes(20_000)),
    "random_bytes.pdf": (".pdf", lambda r: r.randbytes(20_000)),
    "random_bytes.rtf": (".rtf", lambda r: r.randbytes(20_000)),
    "random_bytes.vtt": (".vtt", lambda r: r.randbytes(20_000)),
    "random_bytes.doc": (".doc", lambda r: r.randbytes(20_000)),
    "pdf_header_then_garbage.pdf": (".pdf", lambda r: b"%PDF-1.7\n" + r.randbytes(30_000)),
    "zip_header_then_garbage.docx": (".docx", lambda r: b"PK\x03\x04" + r.randbytes(30_000)),
    "truncated_docx_half.docx": (".docx", lambda r: truncated(valid_docx(), 0.5)),
    "truncated_docx_90.docx": (".docx", lambda r: truncated(valid_docx(), 0.9)),
    "truncated_odt.odt": (".odt", lambda r: truncated(valid_odt(), 0.6)),
    "truncated_pdf.pdf": (".pdf", lambda r: truncated(valid_pdf(), 0.5)),
    "corrupted_docx.docx": (".docx", lambda r: corrupted(valid_docx(), r)),
    "corrupted_odt.odt": (".odt", lambda r: corrupted(valid_odt(), r)),
    "corrupted_pdf.pdf": (".pdf", lambda r: corrupted(valid_pdf(), r)),
    "zip_of_other_things.docx": (".docx", lambda r: _zip({"hello.txt": "hi", "data.bin": r.randbytes(100)})),
    "zip_bomb.docx": (".docx", lambda r: zip_bomb_docx()),
    "billion_laughs.docx": (".docx", lambda r: docx_with_document_xml(_docx_body(_para("&lol9;"), BILLION_LAUGHS))),
    "external_entity.docx": (".docx", lambda r: docx_with_document_xml(_docx_body(_para("&xxe;"), XXE))),
    "billion_laughs.odt": (".odt", lambda r: valid_odt(_odt_content("<text:p>&lol9;</text:p>", BILLION_LAUGHS))),
    "external_entity.odt": (".odt", lambda r: valid_odt(_odt_content("<text:p>&xxe;</text:p>", XXE))),
    "deeply_nested.docx": (".docx", lambda r: docx_with_document_xml(nested_xml(200_000))),
    "deeply_nested_paragraphs.odt": (
        ".odt",
        lambda r: valid_odt(
            _odt_content("<text:section>" * 50_000 + "<text:p>x</text:p>" + "</text:section>" * 50_000)
        ),
    ),
    "huge_line.txt": (".txt", lambda r: b"word " * 4_000_000),
    "nul_bytes.txt": (".txt", lambda r: "\n\n".join(TRANSCRIPT).encode().replace(b" ", b"\x00", 7)),
    "all_nul.txt": (".txt", lambda r: b"\x00" * 10_000),
    "utf16_no_bom.txt": (".txt", lambda r: "\n\n".join(TRANSCRIPT).encode("utf-16-le")),
    "utf16_bom.txt": (".txt", lambda r: "\n\n".join(TRANSCRIPT).encode("utf-16")),
    "latin1.txt": (".txt", lambda r: "Interviewer: ¿Qué pasó?\n\nSra. Núñez: Mañana, señor.".encode("latin-1")),
    "invalid_utf8.txt": (".txt", lambda r: "\n\n".join(TRANSCRIPT).encode() + b"\xc3\x28\xa0\xa1\xff\xfe"),
    "mixed_line_endings.txt": (".txt", lambda r: b"Interviewer: a\r\nR: b\rInterviewer: c\n\n\r\r\nR: d"),
    "empty.txt": (".txt", lambda r: b""),
    "only_whitespace.txt": (".txt", lambda r: b" \n\t\r\n  \n"),
    "bom_only.txt": (".txt", lambda r: b"\xef\xbb\xbf"),
    "rtf_unclosed.rtf": (".rtf", lambda r: b"{\\rtf1\\ansi " + b"{" * 50_000 + b"text"),
    "vtt_garbage_times.vtt": (
        ".vtt",
        lambda r: (
            b"WEBVTT\n\n99:99:99.999 --> 00:00:00.000\nhello\n\n--> -->\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>hi\n"
        ),
    ),
    "srt_negative.srt": (".srt", lambda r: b"1\n00:00:05,000 --> 00:00:01,000\nbackwards\n\nx\n\n"),
}


def write_hostile(folder: Path, rng: random.Random, names: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names or list(HOSTILE):
        _suffix, build = HOSTILE[name]
        path = folder / name
        path.write_bytes(build(rng))
        out.append(path)
    return out


def write_big_text(path: Path, megabytes: int, rng: random.Random) -> Path:
    words = "we share information with the advocates every week turnover hurts protocol".split()
    lines, size, i = [], 0, 0
    while size < megabytes * 2**20:
        line = ("Interviewer: " if i % 2 == 0 else "Respondent: ") + " ".join(
            rng.choice(words) for _ in range(rng.randint(5, 80))
        )
        lines.append(line)
        size += len(line) + 2
        i += 1
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path
