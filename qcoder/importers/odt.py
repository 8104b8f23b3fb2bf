"""OpenDocument text (.odt) via odfpy (which parses through defusedxml)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qcoder.core.errors import ImportFailed
from qcoder.importers._ziputil import check_zip_package
from qcoder.importers.base import ImportedDocument, finish

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

CELL_SEPARATOR = " | "
_ODF_SPACE = re.compile(r"[ \t\r\n]+")  # ODF collapses white space; text:s/tab/line-break encode it

_SKIP_BLOCK = frozenset(
    {
        (_TEXT, "tracked-changes"),
        (_TEXT, "sequence-decls"),
        (_TEXT, "variable-decls"),
        (_TEXT, "user-field-decls"),
        (_TEXT, "table-of-content"),
        (_TEXT, "alphabetical-index"),
        (_TEXT, "illustration-index"),
        (_TEXT, "table-index"),
        (_TEXT, "object-index"),
        (_TEXT, "user-index"),
        (_TEXT, "bibliography"),
        (_OFFICE, "forms"),
        (_TABLE, "table-columns"),
        (_TABLE, "table-column"),
        (_TABLE, "table-header-columns"),
    }
)
_SKIP_INLINE = frozenset(
    {
        (_TEXT, "soft-page-break"),
        (_TEXT, "bookmark"),
        (_TEXT, "bookmark-start"),
        (_TEXT, "bookmark-end"),
        (_TEXT, "change"),
        (_TEXT, "change-start"),
        (_TEXT, "change-end"),
        (_TEXT, "reference-mark"),
        (_TEXT, "reference-mark-start"),
        (_TEXT, "reference-mark-end"),
        (_TEXT, "ruby-text"),
        (_OFFICE, "annotation-end"),
    }
)


class _Walker:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.images = 0
        self.notes = 0
        self.comments = 0
        self.text_boxes = 0

    def block(self, container: Any) -> None:
        for el in container.childNodes:
            if el.nodeType != el.ELEMENT_NODE:
                continue
            q = el.qname
            if q in _SKIP_BLOCK:
                continue
            if q in ((_TEXT, "p"), (_TEXT, "h")):
                self.paragraph(el)
            elif q == (_TABLE, "table"):
                self.table(el)
            else:  # text:list, list-item, list-header, section, index-body, draw frames ...
                self.block(el)

    def paragraph(self, p: Any) -> None:
        parts: list[str] = []
        boxes: list[Any] = []
        self.inline(p, parts, boxes)
        self.lines.append("".join(parts).strip(" "))
        for box in boxes:
            self.block(box)

    def inline(self, el: Any, parts: list[str], boxes: list[Any]) -> None:
        for child in el.childNodes:
            if child.nodeType == child.TEXT_NODE:
                parts.append(_ODF_SPACE.sub(" ", child.data))
                continue
            if child.nodeType != child.ELEMENT_NODE:
                continue
            q = child.qname
            if q in _SKIP_INLINE:
                continue
            if q == (_TEXT, "s"):
                count = child.getAttrNS(_TEXT, "c")
                parts.append(" " * (int(count) if count and count.isdigit() else 1))
            elif q == (_TEXT, "tab"):
                parts.append("\t")
            elif q == (_TEXT, "line-break"):
                parts.append("\n")
            elif q == (_TEXT, "note"):
                self.notes += 1
            elif q == (_OFFICE, "annotation"):
                self.comments += 1
            elif q == (_DRAW, "frame") or q == (_DRAW, "a"):
                self.frame(child, boxes)
            elif q[0] == _DRAW:
                self.images += 1
            else:  # span, a, ruby, meta, fields (date, page-number …): their text counts
                self.inline(child, parts, boxes)

    def frame(self, frame: Any, boxes: list[Any]) -> None:
        found = False
        for child in frame.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname == (_DRAW, "text-box"):
                boxes.append(child)
                self.text_boxes += 1
                found = True
            elif child.qname == (_DRAW, "frame"):
                self.frame(child, boxes)
                found = True
        if not found:
            self.images += 1

    def table(self, tbl: Any) -> None:
        for row in _rows(tbl):
            cells: list[list[str]] = []
            for cell in row.childNodes:
                if cell.nodeType != cell.ELEMENT_NODE or cell.qname[0] != _TABLE:
                    continue
                if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                    continue
                sub = _Walker()
                sub.block(cell)
                self.images += sub.images
                self.notes += sub.notes
                self.comments += sub.comments
                self.text_boxes += sub.text_boxes
                cells.append([line.strip() for line in sub.lines if line.strip()])
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            shown = [" ".join(" ".join(c).split("\n")) for c in cells[:-1]]
            shown.append("\n".join(cells[-1]))
            self.lines.append(CELL_SEPARATOR.join(shown))


def _rows(tbl: Any) -> list[Any]:
    out: list[Any] = []
    for child in tbl.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname[0] != _TABLE:
            continue
        if child.qname[1] == "table-row":
            out.append(child)
        elif child.qname[1] in ("table-header-rows", "table-rows", "table-row-group"):
            out.extend(_rows(child))
    return out


def _text_of(el: Any) -> str:
    parts: list[str] = []
    for child in el.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(child.data)
        elif child.nodeType == child.ELEMENT_NODE:
            parts.append(_text_of(child))
    return "".join(parts)


def _metadata(doc: Any) -> dict[str, str]:
    wanted = {
        (_DC, "title"): "title",
        (_META, "initial-creator"): "author",
        (_DC, "creator"): "last_modified_by",
        (_META, "creation-date"): "created",
        (_DC, "date"): "modified",
        (_DC, "subject"): "subject",
    }
    out: dict[str, str] = {}
    for child in doc.meta.childNodes:
        if child.nodeType == child.ELEMENT_NODE and child.qname in wanted:
            value = _text_of(child).strip()
            if value:
                out[wanted[child.qname]] = value
    if "author" not in out and "last_modified_by" in out:
        out["author"] = out["last_modified_by"]
    return out


def read(path: Path) -> ImportedDocument:
    parts = check_zip_package(path, ".odt", required=("content.xml",))
    manifest = parts.get("META-INF/manifest.xml", b"")
    if b"encryption-data" in manifest:
        raise ImportFailed(
            "the .odt file is password-protected; remove the password in "
            "LibreOffice (File > Properties) and save it again"
        )
    mimetype_ok = b"opendocument.text" in manifest or not manifest
    if not mimetype_ok:
        raise ImportFailed(
            "the file is an OpenDocument file but not a text document (perhaps a spreadsheet or presentation)"
        )
    from odf.opendocument import load  # type: ignore[import-untyped]

    try:
        doc = load(str(path))
        walker = _Walker()
        walker.block(doc.text)
        metadata = _metadata(doc)
    except ImportFailed:
        raise
    except Exception as exc:  # odfpy raises xml.sax, defusedxml, KeyError, ValueError …
        raise ImportFailed(f"the .odt file could not be read ({type(exc).__name__}: {exc})") from exc
    warnings: list[str] = []
    if walker.images:
        warnings.append(f"{walker.images} image{'s' if walker.images != 1 else ''} or drawings ignored")
    if walker.text_boxes:
        warnings.append(f"text of {walker.text_boxes} text frame(s) included after its anchor paragraph")
    if walker.notes:
        warnings.append(f"{walker.notes} footnote(s)/endnote(s) not imported")
    if walker.comments:
        warnings.append(f"{walker.comments} comment(s) not imported")
    return finish(
        "\n".join(walker.lines),
        path.name,
        "odt",
        metadata=metadata,
        warnings=warnings,
        empty_reason="the .odt document contains no text",
    )
