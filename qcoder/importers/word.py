"""Word .docx via python-docx.

python-docx opens the package (and parses it with ``resolve_entities=False``); the body is
then walked here, element by element, so that paragraphs and tables come out in reading
order, soft breaks stay line breaks, tracked deletions, field codes and the duplicate
fallback copy of ``mc:AlternateContent`` are skipped, and text boxes are included. Only
the main body is read: headers, footers, footnotes and comments are not part of the text.
"""

from __future__ import annotations

import datetime as _dt
import zipfile
import zlib
from pathlib import Path
from typing import Any

from qcoder.core.errors import ImportFailed
from qcoder.importers._ziputil import check_zip_package
from qcoder.importers.base import ImportedDocument, finish

_W_NS = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO "strict"
    }
)
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

CELL_SEPARATOR = " | "

# inline elements whose content is never text of the document
_SKIP_INLINE = frozenset(
    {
        "rPr",
        "pPr",
        "delText",
        "instrText",
        "delInstrText",
        "fldData",
        "del",
        "moveFrom",
        "bookmarkStart",
        "bookmarkEnd",
        "proofErr",
        "lastRenderedPageBreak",
        "annotationRef",
        "commentRangeStart",
        "commentRangeEnd",
        "permStart",
        "permEnd",
        "sectPr",
    }
)
_GRAPHIC = frozenset({"drawing", "pict", "object"})


def _split(tag: object) -> tuple[str, str]:
    if not isinstance(tag, str):  # comments, processing instructions
        return "", ""
    if tag[0] == "{":
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


class _Walker:
    """Collects the body's paragraphs (one string each) and counts what was left out."""

    def __init__(self, part: Any) -> None:
        self.part = part
        self.lines: list[str] = []
        self.images = 0
        self.text_boxes = 0
        self.deletions = 0
        self.comments = 0
        self.notes = 0
        self.chunks_read = 0
        self.chunks_unreadable: list[str] = []

    def child(self) -> _Walker:
        sub = _Walker(self.part)
        return sub

    def absorb(self, sub: _Walker) -> None:
        self.images += sub.images
        self.text_boxes += sub.text_boxes
        self.deletions += sub.deletions
        self.comments += sub.comments
        self.notes += sub.notes
        self.chunks_read += sub.chunks_read
        self.chunks_unreadable += sub.chunks_unreadable

    # -- block level ------------------------------------------------------------------
    def block(self, container: Any) -> None:
        for el in container:
            ns, local = _split(el.tag)
            if ns in _W_NS:
                if local == "p":
                    self.paragraph(el)
                elif local == "tbl":
                    self.table(el)
                elif local == "altChunk":
                    self.alt_chunk(el)
                elif local in ("del", "moveFrom"):
                    self.deletions += 1
                elif local in ("sectPr", "bookmarkStart", "bookmarkEnd", "tblPr", "sdtPr", "sdtEndPr"):
                    continue
                else:  # sdt, sdtContent, customXml, ins, moveTo, smartTag ... are containers
                    self.block(el)
            elif ns == _MC_NS and local == "AlternateContent":
                chosen = _choose(el)
                if chosen is not None:
                    self.block(chosen)

    def paragraph(self, p: Any) -> None:
        parts: list[str] = []
        boxes: list[Any] = []
        self.inline(p, parts, boxes)
        self.lines.append("".join(parts))
        for box in boxes:  # text-box paragraphs follow the paragraph anchoring them
            self.block(box)

    def table(self, tbl: Any) -> None:
        for tr in _children(tbl, "tr"):
            cells: list[list[str]] = []
            for tc in _children(tr, "tc"):
                sub = self.child()
                sub.block(tc)
                self.absorb(sub)
                cells.append([line.strip() for line in sub.lines if line.strip()])
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            # all cells but the last on one line; the last keeps its line breaks, so a
            # "Speaker | long answer…" row reads like a transcript turn
            shown = [" ".join(" ".join(c).split("\n")) for c in cells[:-1]]
            shown.append("\n".join(cells[-1]))
            self.lines.append(CELL_SEPARATOR.join(shown))

    def alt_chunk(self, el: Any) -> None:
        from qcoder.importers._html import html_to_text
        from qcoder.importers._textenc import decode_bytes
        from qcoder.importers.rtf import rtf_bytes_to_text

        rid = el.get(_R_ID)
        try:
            target = self.part.related_parts[rid]
        except (KeyError, AttributeError):
            self.chunks_unreadable.append("missing part")
            return
        ctype = str(getattr(target, "content_type", ""))
        blob = bytes(getattr(target, "blob", b""))
        try:
            if "html" in ctype:
                text = html_to_text(decode_bytes(blob).text)
            elif "rtf" in ctype:
                text = rtf_bytes_to_text(blob)[0]
            elif ctype.startswith("text/plain"):
                text = decode_bytes(blob).text
            else:
                self.chunks_unreadable.append(ctype or "unknown type")
                return
        except ImportFailed:
            self.chunks_unreadable.append(ctype)
            return
        self.chunks_read += 1
        self.lines.extend(text.split("\n"))

    # -- inline level -----------------------------------------------------------------
    def inline(self, el: Any, parts: list[str], boxes: list[Any]) -> None:
        for child in el:
            ns, local = _split(child.tag)
            if ns in _W_NS:
                if local == "t":
                    parts.append(child.text or "")
                elif local in ("tab", "ptab"):
                    parts.append("\t")
                elif local in ("br", "cr"):
                    parts.append("\n")
                elif local == "noBreakHyphen":
                    parts.append("-")
                elif local == "sym":
                    parts.append(_symbol(child))
                elif local in _SKIP_INLINE:
                    if local in ("del", "moveFrom"):
                        self.deletions += 1
                elif local in _GRAPHIC:
                    self.graphic(child, boxes)
                elif local == "commentReference":
                    self.comments += 1
                elif local in ("footnoteReference", "endnoteReference"):
                    self.notes += 1
                elif local == "txbxContent":
                    boxes.append(child)
                    self.text_boxes += 1
                else:  # r, hyperlink, ins, moveTo, smartTag, sdt, sdtContent, fldSimple, ...
                    self.inline(child, parts, boxes)
            elif ns == _MC_NS and local == "AlternateContent":
                chosen = _choose(child)
                if chosen is not None:
                    self.inline(chosen, parts, boxes)
            elif ns == _MATH_NS:
                if local == "t":
                    parts.append(child.text or "")
                else:
                    self.inline(child, parts, boxes)

    def graphic(self, el: Any, boxes: list[Any]) -> None:
        found = _outer_text_boxes(el)
        if found:
            boxes.extend(found)
            self.text_boxes += len(found)
        else:
            self.images += 1


def _children(el: Any, local: str) -> list[Any]:
    """Children named ``local`` in the w: namespace, looking through sdt/customXml wrappers."""
    out: list[Any] = []
    for child in el:
        ns, name = _split(child.tag)
        if ns not in _W_NS:
            continue
        if name == local:
            out.append(child)
        elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            out.extend(_children(child, local))
    return out


def _outer_text_boxes(el: Any) -> list[Any]:
    """``w:txbxContent`` elements under ``el`` that are not nested in another one, taking
    one branch of each ``mc:AlternateContent``."""
    out: list[Any] = []
    for child in el:
        ns, local = _split(child.tag)
        if ns in _W_NS and local == "txbxContent":
            out.append(child)
        elif ns == _MC_NS and local == "AlternateContent":
            chosen = _choose(child)
            if chosen is not None:
                out.extend(_outer_text_boxes(chosen))
        elif local:
            out.extend(_outer_text_boxes(child))
    return out


def _has_text(el: Any) -> bool:
    for node in el.iter():
        ns, local = _split(node.tag)
        if ns in _W_NS and local in ("t", "txbxContent") and (local != "t" or node.text):
            return True
    return False


def _choose(alternate: Any) -> Any | None:
    """The ``mc:Choice`` branch of an ``mc:AlternateContent`` (both branches hold the same
    content), or the ``mc:Fallback`` when only it has text."""
    choice = fallback = None
    for child in alternate:
        ns, local = _split(child.tag)
        if ns != _MC_NS:
            continue
        if local == "Choice" and choice is None:
            choice = child
        elif local == "Fallback":
            fallback = child
    if choice is not None and (fallback is None or _has_text(choice) or not _has_text(fallback)):
        return choice
    return fallback


def _symbol(el: Any) -> str:
    code = None
    for key, value in el.attrib.items():
        if _split(key)[1] == "char":
            code = value
    if not code:
        return ""
    try:
        point = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= point <= 0xF0FF:  # symbol-font private-use range: no portable meaning
        point -= 0xF000
        return chr(point) if 0x20 <= point < 0x7F else ""
    return chr(point) if point >= 0x20 else ""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 'es' if word.endswith('x') else 's'}"


def _iso(value: object) -> str:
    if isinstance(value, _dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def _open(path: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree  # type: ignore[import-untyped]

    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a damaged non-XML part (an image)
        raise ImportFailed(
            f"the .docx file is damaged or incomplete ({exc}); open it in Word and save it again"
        ) from exc
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(f"the Word document is damaged: its XML cannot be parsed ({exc})") from exc
    except PackageNotFoundError as exc:
        raise ImportFailed("the file is not a valid Word .docx package") from exc
    except ValueError as exc:
        if "not a Word file" in str(exc):
            raise ImportFailed(
                "the file is a Word template or macro-enabled document, not a plain .docx; "
                "open it in Word and save it as a Word Document (.docx)"
            ) from exc
        raise ImportFailed(f"the Word document could not be read ({exc})") from exc
    except KeyError as exc:
        raise ImportFailed(
            f"the Word document is incomplete: part {exc} is missing (it may be damaged, or "
            "saved in the 'Strict Open XML' format — save it again as a regular .docx)"
        ) from exc


def read(path: Path) -> ImportedDocument:
    check_zip_package(path, ".docx", required=("[Content_Types].xml",))
    document = _open(path)
    body = document.element.body
    walker = _Walker(document.part)
    walker.block(body)

    metadata: dict[str, str] = {}
    try:
        props = document.core_properties
        for key in ("title", "author", "created", "modified", "last_modified_by", "subject"):
            value = getattr(props, key, None)
            if value:
                metadata[key] = _iso(value)
    except (ValueError, TypeError, AttributeError):
        pass  # unreadable document properties are not worth failing the import for

    warnings: list[str] = []
    if walker.images:
        warnings.append(f"{_plural(walker.images, 'image')} or drawings ignored")
    if walker.text_boxes:
        warnings.append(
            f"text of {_plural(walker.text_boxes, 'text box')} included after the paragraph that anchors it"
        )
    if walker.deletions:
        warnings.append(f"{_plural(walker.deletions, 'tracked deletion')} left out (insertions kept)")
    if walker.comments:
        warnings.append(f"{_plural(walker.comments, 'comment')} not imported")
    if walker.notes:
        warnings.append(f"{_plural(walker.notes, 'footnote')}/endnotes not imported")
    if walker.chunks_read:
        warnings.append(f"{_plural(walker.chunks_read, 'embedded document part')} (altChunk) imported as plain text")
    if walker.chunks_unreadable:
        warnings.append(
            "embedded content qcoder cannot read was left out: " + ", ".join(sorted(set(walker.chunks_unreadable)))
        )
    empty = "the Word document contains no text"
    if walker.chunks_unreadable:
        empty += (
            " that qcoder can read (its body is an embedded "
            + ", ".join(sorted(set(walker.chunks_unreadable)))
            + " part; open it in Word and save it again as .docx)"
        )
    elif walker.images:
        empty += " (only images: if it is a scan, run OCR first)"
    return finish("\n".join(walker.lines), path.name, "docx", metadata=metadata, warnings=warnings, empty_reason=empty)
