"""Word .docx import: reading order, tables, soft breaks, body-only text, unusual bodies,
damaged and hostile packages."""

from __future__ import annotations

import struct
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from qcoder.core.errors import ImportFailed
from qcoder.core.text import normalize_text
from qcoder.importers import import_file

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _xml(fragment: str) -> etree._Element:
    return etree.fromstring(fragment.replace("<ROOT>", f"<ROOT {NS}>").replace("ROOT", "w:body"))[0]


def _tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _transcript_docx(path: Path) -> Path:
    d = docx.Document()
    d.core_properties.title = "Interview HC-07"
    d.core_properties.author = "R. Analyst"
    d.sections[0].header.paragraphs[0].text = "CONFIDENTIAL HEADER"
    d.sections[0].footer.paragraphs[0].text = "Page footer 1"
    d.add_heading("Interview HC-07", level=1)
    d.add_paragraph("Date: 2021-03-04")
    p = d.add_paragraph("Interviewer: First question,")
    p.add_run().add_break()  # soft line break (<w:br/>)
    p.add_run("continued after a soft break?")
    d.add_paragraph("Respondent: Before the table.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Interviewer"
    table.cell(0, 1).text = "Asked inside a table?"
    table.cell(1, 0).text = "Respondent"
    table.cell(1, 1).text = "Answered inside a table."
    d.add_paragraph("Interviewer: After the table.")
    d.add_paragraph("Respondent: Last words.")
    d.save(str(path))
    return path


def test_docx_reading_order_tables_soft_breaks_and_body_only(tmp_path: Path) -> None:
    doc = import_file(_transcript_docx(tmp_path / "t.docx"))
    assert doc.source_format == "docx"
    assert doc.text == (
        "Interview HC-07\n"
        "Date: 2021-03-04\n"
        "Interviewer: First question,\ncontinued after a soft break?\n"
        "Respondent: Before the table.\n"
        "Interviewer | Asked inside a table?\n"
        "Respondent | Answered inside a table.\n"
        "Interviewer: After the table.\n"
        "Respondent: Last words."
    )
    assert "HEADER" not in doc.text and "footer" not in doc.text
    assert normalize_text(doc.text) == doc.text
    assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
        ("Interviewer", "First question,\ncontinued after a soft break?"),
        ("Respondent", "Before the table."),
        ("Interviewer", "Asked inside a table?"),
        ("Respondent", "Answered inside a table."),
        ("Interviewer", "After the table."),
        ("Respondent", "Last words."),
    ]
    assert doc.metadata["title"] == "Interview HC-07"
    assert doc.metadata["author"] == "R. Analyst"
    assert doc.metadata["created"][:4].isdigit()
    assert doc.warnings == []


def test_docx_text_box_in_alternate_content_is_read_once(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("I: Outside the box.")
    p = d.add_paragraph("R: Anchor paragraph.")
    box = "<w:p><w:r><w:t>I: Inside the box.</w:t></w:r></w:p>"
    run = _xml(
        f'<ROOT><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        f'<a:graphic><a:graphicData uri="x"><wps:wsp><wps:txbx><w:txbxContent>{box}'
        f"</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent>"
        f"</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></ROOT>"
    )
    p._p.append(run)
    d.add_paragraph("R: After.")
    path = tmp_path / "box.docx"
    d.save(str(path))
    doc = import_file(path)
    assert doc.text == "I: Outside the box.\nR: Anchor paragraph.\nI: Inside the box.\nR: After."
    assert doc.text.count("Inside the box") == 1
    assert any("text box" in w for w in doc.warnings)
    assert doc.speakers == ["I", "R"]


def test_docx_body_paragraphs_inside_alternate_content_and_content_controls(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("I: Plain paragraph.")
    body = d.element.body
    alt = _xml(
        '<ROOT><mc:AlternateContent><mc:Choice Requires="w14"><w:p><w:r><w:t>R: Chosen branch.'
        "</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>R: Fallback branch.</w:t></w:r>"
        "</w:p></mc:Fallback></mc:AlternateContent></ROOT>"
    )
    sdt = _xml(
        "<ROOT><w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>I: In a content control.</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt></ROOT>"
    )
    tracked = _xml(
        '<ROOT><w:p><w:r><w:t xml:space="preserve">R: Kept </w:t></w:r><w:del><w:r><w:delText>'
        "deleted </w:delText></w:r></w:del><w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p></ROOT>'
    )
    sect = body[-1]  # keep sectPr last
    for el in (alt, sdt, tracked):
        sect.addprevious(el)
    path = tmp_path / "alt.docx"
    d.save(str(path))
    doc = import_file(path)
    assert doc.text == ("I: Plain paragraph.\nR: Chosen branch.\nI: In a content control.\nR: Kept inserted.")
    assert any("tracked deletion" in w for w in doc.warnings)


def test_docx_body_in_html_alt_chunk(tmp_path: Path) -> None:
    d = docx.Document()
    html = (
        b"<html><head><style>p{}</style></head><body><p>Interviewer: From the chunk.</p>"
        b"<p>Respondent: Also &amp; chunked.</p><p>Interviewer: Bye.</p></body></html>"
    )
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html, d.part.package)
    rid = d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    chunk = etree.SubElement(d.element.body, qn("w:altChunk"))
    chunk.set(qn("r:id"), rid)
    d.element.body[-1].addprevious(chunk)  # keep sectPr last
    path = tmp_path / "chunk.docx"
    d.save(str(path))
    doc = import_file(path)
    assert doc.text == "Interviewer: From the chunk.\n\nRespondent: Also & chunked.\n\nInterviewer: Bye."
    assert doc.speakers == ["Interviewer", "Respondent"]
    assert any("altChunk" in w for w in doc.warnings)


def test_docx_images_are_reported(tmp_path: Path) -> None:
    img = tmp_path / "i.png"
    img.write_bytes(_tiny_png())
    d = docx.Document()
    d.add_paragraph("I: Look at this.")
    d.add_picture(str(img))
    d.add_paragraph("R: Nice.")
    path = tmp_path / "img.docx"
    d.save(str(path))
    doc = import_file(path)
    assert doc.text == "I: Look at this.\n\nR: Nice."
    assert "1 image or drawings ignored" in doc.warnings


def test_docx_only_images_fails_clearly(tmp_path: Path) -> None:
    img = tmp_path / "i.png"
    img.write_bytes(_tiny_png())
    d = docx.Document()
    d.add_picture(str(img))
    path = tmp_path / "scan.docx"
    d.save(str(path))
    with pytest.raises(ImportFailed, match="no text.*only images.*OCR"):
        import_file(path)


def test_empty_docx_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(ImportFailed, match="contains no text"):
        import_file(path)


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9, 0.99])
def test_truncated_docx_fails_clearly(tmp_path: Path, keep: float) -> None:
    data = _transcript_docx(tmp_path / "full.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ImportFailed, match="damaged or incomplete"):
        import_file(path)


def _rewrite_part(src: Path, dst: Path, name: str, new: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, new if info.filename == name else zin.read(info))


def test_billion_laughs_in_document_xml_is_rejected_fast(tmp_path: Path) -> None:
    src = _transcript_docx(tmp_path / "ok.docx")
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml")
    entities = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document ['
        + b'<!ENTITY lol0 "lol">'
        + entities.encode()
        + b"]>"
    )
    body = xml.split(b"?>", 1)[1].replace(b"Last words.", b"&lol9;")
    dst = tmp_path / "bomb.docx"
    _rewrite_part(src, dst, "word/document.xml", bomb + body)
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="document type declaration"):
        import_file(dst)
    assert time.perf_counter() - started < 10  # generous: it is a byte search, not a parse


def test_doctype_in_utf16_part_is_rejected(tmp_path: Path) -> None:
    src = _transcript_docx(tmp_path / "ok.docx")
    evil = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x/>'
    dst = tmp_path / "evil.docx"
    _rewrite_part(src, dst, "docProps/app.xml", evil.encode("utf-16"))
    with pytest.raises(ImportFailed, match="document type declaration"):
        import_file(dst)


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "I: hi\nR: ho\n")
    with pytest.raises(ImportFailed, match="not a .docx document"):
        import_file(path)


def test_encrypted_office_file_named_docx(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000 + "EncryptedPackage".encode("utf-16-le")
    path = tmp_path / "secret.docx"
    path.write_bytes(ole + b"\x00" * 2000)
    with pytest.raises(ImportFailed, match="password-protected"):
        import_file(path)


def test_plain_text_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_text("Interviewer: hi\nRespondent: ho\n")
    with pytest.raises(ImportFailed, match="not a Word .docx document.*plain text"):
        import_file(path)


def test_corrupted_docx_bytes_fail_clearly(tmp_path: Path) -> None:
    data = bytearray(_transcript_docx(tmp_path / "ok.docx").read_bytes())
    for n, offset in enumerate(range(200, len(data) - 200, max(1, len(data) // 25))):
        damaged = bytearray(data)
        damaged[offset : offset + 16] = b"\x00" * 16
        path = tmp_path / f"bad{n}.docx"
        path.write_bytes(bytes(damaged))
        try:
            doc = import_file(path)
        except ImportFailed as exc:
            assert "damaged" in str(exc)
        else:  # damage in an unused part (styles, theme) may go unnoticed; the text is whole
            assert doc.speakers == ["Interviewer", "Respondent"]


def test_malformed_document_xml(tmp_path: Path) -> None:
    src = _transcript_docx(tmp_path / "ok.docx")
    dst = tmp_path / "bad.docx"
    _rewrite_part(src, dst, "word/document.xml", b"<?xml version='1.0'?><w:document><w:body><w:p>")
    with pytest.raises(ImportFailed, match="damaged: its XML cannot be parsed"):
        import_file(dst)
