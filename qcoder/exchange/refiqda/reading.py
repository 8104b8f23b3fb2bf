"""Helpers shared by the ``.qdpx`` and ``.qdc`` readers: GUIDs, dates, colors, the codebook."""

from __future__ import annotations

import os
import re
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from qcoder.core.errors import ImportFailed
from qcoder.core.model import Code
from qcoder.exchange.refiqda.archive import MiB, parse_xml
from qcoder.exchange.refiqda.describe import parse_code_description
from qcoder.exchange.refiqda.export import derived_guid
from qcoder.exchange.refiqda.report import ImportReport, LossKind

DEFAULT_COLOR = "#808080"
MAX_XML = 512 * MiB  # a bare .qdc or .qde file read from disk

_HEX6 = re.compile(r"^#?([0-9a-fA-F]{6})(?:[0-9a-fA-F]{2})?$")
_HEX3 = re.compile(r"^#?([0-9a-fA-F]{3})$")
_CANONICAL_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def norm_guid(raw: str | None) -> str | None:
    """A GUID as a lower-case UUID string (NVivo writes ``{UPPER}``); None when absent."""
    if raw is None:
        return None
    if _CANONICAL_GUID.match(raw):
        return raw
    s = raw.strip().strip("{}").strip()
    if not s:
        return None
    try:
        return str(uuid.UUID(s))
    except ValueError:
        return derived_guid("foreign", s)


def parse_datetime(raw: str | None) -> datetime | None:
    if not raw:
        return None
    s = raw.strip()
    try:
        moment = datetime.fromisoformat(s)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_color(raw: str | None) -> str | None:
    """``#RRGGBB`` from ``#RRGGBB``, ``#RGB`` or ``#RRGGBBAA``; None when absent or unreadable."""
    if not raw:
        return None
    s = raw.strip()
    m = _HEX6.match(s)
    if m:
        return "#" + m.group(1).upper()
    m = _HEX3.match(s)
    if m:
        return "#" + "".join(ch * 2 for ch in m.group(1)).upper()
    return None


class Unknown:
    """Counts elements a reader does not understand, for the report."""

    def __init__(self) -> None:
        self.seen: Counter[tuple[str, str]] = Counter()

    def check(self, el: Element, allowed: Iterable[str]) -> None:
        ok = set(allowed)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in ok:
                self.seen[(el.tag, child.tag)] += 1

    def report_to(self, report: ImportReport) -> None:
        for (parent, tag), n in sorted(self.seen.items()):
            times = "once" if n == 1 else f"{n} times"
            report.lose(
                LossKind.UNKNOWN_ELEMENT,
                f"<{tag}> in <{parent}>",
                f"not part of the REFI-QDA standard as qcoder reads it; ignored ({times})",
            )


def read_xml_file(path: str | os.PathLike[str], kind: str) -> tuple[Element, str]:
    """Parse a bare XML file (``.qdc``/``.qde``) with a size cap; returns the root and the file's name."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_XML:
            raise ImportFailed(f"{p.name} is too large to be a {kind} ({size:,} bytes)")
        if zipfile.is_zipfile(p):
            raise ImportFailed(
                f"{p.name} is a zip archive, not a {kind}; if it is a REFI-QDA project (.qdpx), import it as a project"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"cannot read {p.name}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ImportFailed(f"{p.name} is empty")
    return parse_xml(data, p.name), p.name


class CodebookReader:
    """Reads nested ``Code`` elements (same shape in projects and codebooks)."""

    def __init__(self, report: ImportReport, unknown: Unknown, allow_notes: bool) -> None:
        self.report = report
        self.unknown = unknown
        self.allow_notes = allow_notes
        self.codes: list[Code] = []
        self.note_refs: dict[str, list[str]] = {}  # code id -> note GUIDs
        self.ids: set[str] = set()
        self.alias: dict[str, str] = {}  # GUID as written (normalized) -> id used

    def read(self, codebook: Element) -> list[Code]:
        container = codebook.find("Codes")
        allowed = {"Codes", "Sets"}
        self.unknown.check(codebook, allowed)
        if container is None:
            return self.codes
        self.unknown.check(container, {"Code"})
        for i, el in enumerate(container.findall("Code")):
            self._code(el, None, i)
        return self.codes

    def _code(self, el: Element, parent: str | None, position: int) -> None:
        written = norm_guid(el.get("guid"))
        cid = written or str(uuid.uuid4())
        if cid in self.ids:
            cid = str(uuid.uuid4())
            self.report.note(f"code {el.get('name', '')!r} reuses another code's GUID; it was given a new one")
        self.ids.add(cid)
        if written and written not in self.alias:
            self.alias[written] = cid
        written_name = el.get("name") or ""
        name = " ".join(written_name.replace(">", "›").split()) or "(unnamed code)"
        if ">" in written_name:
            self.report.note(
                f"code {written_name!r}: '>' separates levels of code paths in qcoder, so it was replaced by '›'"
            )
        color = parse_color(el.get("color"))
        if el.get("color") and color is None:
            self.report.note(f"code {name!r} has an unreadable color {el.get('color')!r}; grey was used")
        desc = el.findtext("Description") or ""
        parts = parse_code_description(desc)
        self.codes.append(
            Code(
                id=cid,
                name=name,
                parent_id=parent,
                color=color or DEFAULT_COLOR,
                definition=parts.definition,
                inclusion=parts.inclusion,
                exclusion=parts.exclusion,
                example=parts.example,
                position=position,
            )
        )
        allowed = {"Description", "Code"} | ({"NoteRef"} if self.allow_notes else set())
        self.unknown.check(el, allowed)
        if self.allow_notes:
            refs = [g for r in el.findall("NoteRef") if (g := norm_guid(r.get("targetGUID")))]
            if refs:
                self.note_refs[cid] = refs
        for i, child in enumerate(el.findall("Code")):
            self._code(child, cid, i)


def sets_loss(report: ImportReport, sets: Element | None) -> None:
    if sets is None:
        return
    names = [s.get("name") or "(unnamed)" for s in sets.findall("Set")]
    if names:
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        report.lose(
            LossKind.SET,
            f"{len(names)} set(s): {shown}",
            "qcoder has no sets of codes or sources; their members were imported, the grouping was not",
        )
