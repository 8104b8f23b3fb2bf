"""Write REFI-QDA ``.qdpx`` projects and ``.qdc`` codebooks (QDA-XML 1.0).

What goes where (the standard has no element for some qcoder fields):

- coders -> ``Users``; codes -> ``CodeBook`` (nested ``Code``), with definition, inclusion and
  exclusion criteria and example folded into ``Description`` under headings;
- attributes -> ``Variables`` (category: ``Text`` whose description lists the allowed values;
  the description also says whether it applies to participants or documents);
- participants -> ``Cases`` with ``VariableValue``s, a ``SourceRef`` per document in which one
  of their speakers talks, and their memo as the case's ``Description`` (cases have no notes);
- documents -> ``TextSource`` + ``sources/<guid>.txt`` (UTF-8, LF, no BOM), with document
  attributes as ``VariableValue``s;
- codings -> one ``PlainTextSelection`` each (code-point positions on that file, exclusive
  end; ``name`` holds the excerpt, truncated), holding one ``Coding``;
- project, document, code and coding memos -> ``Notes`` referenced by ``NoteRef`` (by the
  project, the ``TextSource``, the ``Code`` and the ``Coding``), with their author;
- framework-matrix summaries -> ``Notes`` referenced by the theme's ``Code`` (and a document
  case's ``TextSource``), see :mod:`qcoder.exchange.refiqda.summaries`;
- linked recordings -> ``AudioSource``/``VideoSource`` with a ``Transcript`` and its
  ``SyncPoint``s, see :mod:`qcoder.exchange.refiqda.media`.

Not exported: speaker turns (no standard element), coding exemplar flags, code versions, the
author and time of participant memos (a ``Case`` has a description but no notes).
Empty container elements are never written.
"""

from __future__ import annotations

import os
import re
import tempfile
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement

from qcoder import __version__
from qcoder.core.errors import InvalidValue
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coding,
    Document,
    MemoTarget,
    Participant,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.exchange.refiqda.describe import fold_code_description, fold_variable_description
from qcoder.exchange.refiqda.media import MediaExport

NS_PROJECT = "urn:QDA-XML:project:1.0"
NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"qcoder {__version__}"
NAME_LIMIT = 200  # characters of excerpt kept in a selection's name

# What a .qdpx export leaves out, for the GUI/CLI to tell the user (the standard has no place for it).
NOT_EXPORTED = (
    "speaker turns and speaker labels",
    "coding exemplar flags",
    "code version numbers",
    "the author and date of participant memos (a case's description)",
)

# Namespace of the GUIDs qcoder derives for elements that have no id of their own.
_GUID_NS = uuid.UUID("0f7c5a52-5a8e-4d0e-9a39-3c2a3a9b6e21")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_RGB = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_RGBA = re.compile(r"^#([0-9a-fA-F]{6})[0-9a-fA-F]{2}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def derived_guid(*parts: str) -> str:
    return str(uuid.uuid5(_GUID_NS, "\x1f".join(parts)))


JOURNAL_NOTE = "Journal entry"
"""How the names of the notes of project journal entries begin (the import makes them entries again)."""


def guid(ident: str) -> str:
    """A model id as a REFI GUID (model ids are UUIDs; anything else gets a stable derived one)."""
    return ident if _GUID.match(ident) else derived_guid("id", ident)


def xml_text(text: str) -> str:
    """Replace characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    if text.isascii() and text.isprintable():
        return text
    return _XML_INVALID.sub("\ufffd", text)


def rgb(color: str) -> str | None:
    """``#RRGGBB`` for a color, or None when it cannot be written as one."""
    c = color.strip()
    if _RGB.match(c):
        return c if len(c) == 7 else "#" + "".join(ch * 2 for ch in c[1:])
    m = _RGBA.match(c)
    return "#" + m.group(1) if m else None


def xsd_datetime(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _el(parent: Element, tag: str, attrs: Mapping[str, str | None] | None = None, text: str | None = None) -> Element:
    el = SubElement(parent, tag, {k: xml_text(v) for k, v in (attrs or {}).items() if v is not None})
    if text is not None:
        el.text = xml_text(text)
    return el


def excerpt_name(text: str) -> str:
    return text if len(text) <= NAME_LIMIT else text[:NAME_LIMIT].rstrip() + "…"


# -- codebook ---------------------------------------------------------------------------------


def _children(codes: Sequence[Code]) -> tuple[list[Code], dict[str, list[Code]]]:
    """Root codes and children per parent, in display order; codes caught in a cycle become roots."""
    ids = {c.id for c in codes}
    kids: dict[str, list[Code]] = defaultdict(list)
    roots: list[Code] = []
    for c in codes:
        if c.parent_id is None or c.parent_id not in ids or c.parent_id == c.id:
            roots.append(c)
        else:
            kids[c.parent_id].append(c)

    def order(cs: list[Code]) -> list[Code]:
        return sorted(cs, key=lambda c: (c.position, c.name.casefold(), c.id))

    reached: set[str] = set()
    stack = [c.id for c in roots]
    while stack:
        cid = stack.pop()
        if cid not in reached:
            reached.add(cid)
            stack.extend(k.id for k in kids.get(cid, ()))
    for c in codes:  # a parent cycle: nothing above it is a root
        if c.id not in reached:
            roots.append(c)
            kids[c.parent_id or ""] = [k for k in kids.get(c.parent_id or "", []) if k.id != c.id]
            stack = [c.id]
            while stack:
                cid = stack.pop()
                if cid not in reached:
                    reached.add(cid)
                    stack.extend(k.id for k in kids.get(cid, ()))
    return order(roots), {p: order(cs) for p, cs in kids.items()}


def _codes_xml(parent: Element, codes: Sequence[Code], notes: Mapping[str, Sequence[str]] | None = None) -> None:
    roots, kids = _children(codes)
    container = _el(parent, "Codes")

    def emit(into: Element, code: Code) -> None:
        el = _el(
            into, "Code", {"guid": guid(code.id), "name": code.name, "isCodable": "true", "color": rgb(code.color)}
        )
        description = fold_code_description(code)
        if description:
            _el(el, "Description", text=description)
        for note in notes.get(code.id, ()) if notes else ():
            _el(el, "NoteRef", {"targetGUID": note})
        for child in kids.get(code.id, ()):
            emit(el, child)

    for code in roots:
        emit(container, code)


def codebook_xml(codes: Sequence[Code]) -> bytes:
    if not codes:
        raise InvalidValue("the codebook is empty: a .qdc file must hold at least one code")
    root = Element("CodeBook", {"xmlns": NS_CODEBOOK, "origin": ORIGIN})
    _codes_xml(root, codes)
    return _serialize(root)


def export_qdc(codes: Sequence[Code], path: str | os.PathLike[str]) -> None:
    """Write a REFI-QDA codebook (``.qdc``)."""
    _write_atomic(Path(path), codebook_xml(codes))


# -- project ----------------------------------------------------------------------------------


class _Notes:
    def __init__(self) -> None:
        self.items: list[tuple[str, str, str, datetime | None]] = []
        self.users: dict[str, str] = {}  # note guid -> the guid of the user who wrote it
        self.descriptions: dict[str, str] = {}  # note guid -> its Description
        self.created: dict[str, datetime] = {}  # note guid -> when first written (else: when last)

    def add(self, key: str, name: str, text: str, when: datetime | None, user: str = "") -> str:
        g = derived_guid("note", key)
        self.items.append((g, name, text, when))
        if user:
            self.users[g] = guid(user)
        return g

    def add_summaries(self, s: ProjectSnapshot) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """A note per framework-matrix summary; their guids by theme code id and by document id."""
        from qcoder.exchange.refiqda.summaries import summary_notes  # it imports this module

        by_code: dict[str, list[str]] = defaultdict(list)
        by_doc: dict[str, list[str]] = defaultdict(list)
        for n in summary_notes(s):
            self.items.append((n.guid, n.title, n.text, n.updated))
            self.descriptions[n.guid], self.created[n.guid] = n.description, n.created
            if n.author:
                self.users[n.guid] = guid(n.author)
            by_code[n.code_id].append(n.guid)
            if n.document_id:
                by_doc[n.document_id].append(n.guid)
        return by_code, by_doc


def _variable_type(attr: AttributeDef, values: Iterable[str]) -> str:
    if attr.type is AttributeType.NUMBER:
        vals = [v.strip() for v in values if v.strip()]
        return "Integer" if vals and all(_INTEGER.match(v) for v in vals) else "Float"
    if attr.type is AttributeType.DATE:
        return "Date"
    return "Text"


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _value_xml(parent: Element, attr: AttributeDef, var_type: str, value: str) -> None:
    v = value.strip()
    if not v:
        return
    vv = _el(parent, "VariableValue")
    _el(vv, "VariableRef", {"targetGUID": guid(attr.id)})
    if var_type == "Integer" and _INTEGER.match(v):
        _el(vv, "IntegerValue", text=v)
    elif var_type == "Float" and _decimal(v) is not None:
        _el(vv, "FloatValue", text=_decimal(v))
    elif var_type == "Date" and _is_date(v):
        _el(vv, "DateValue", text=v)
    else:  # not a valid value of its type: keep the text rather than lose it
        _el(vv, "TextValue", text=value)


def _decimal(value: str) -> str | None:
    """An xsd:decimal spelling of a number (``1e-05`` -> ``0.00001``), or None."""
    if _DECIMAL.match(value):
        return value
    try:
        d = Decimal(value)
    except InvalidOperation:
        return None
    return format(d, "f") if d.is_finite() else None


def _attr_value(values: Mapping[str, str], attr: AttributeDef) -> str:
    """Attribute maps are keyed by attribute name; an id key is accepted too."""
    if attr.name in values:
        return values[attr.name]
    return values.get(attr.id, "")


def project_xml(snapshot: ProjectSnapshot, media: MediaExport | None = None, base: Path | None = None) -> bytes:
    """The ``project.qde`` document for a snapshot; ``media`` collects its linked recordings
    (paths relative to ``base``, the project file's folder) as audio and video sources."""
    s = snapshot
    _check_codings(s)
    notes = _Notes()
    memo_note, participant_memo = _memo_notes(s, notes)
    code_notes, doc_notes = notes.add_summaries(s)
    for (kind, target), g in memo_note.items():
        if kind in (MemoTarget.CODE, MemoTarget.DOCUMENT):  # the memo's note first
            into = code_notes if kind is MemoTarget.CODE else doc_notes
            into[target] = [g, *into[target]]
    root = Element(
        "Project",
        {
            "xmlns": NS_PROJECT,
            "name": xml_text(s.name or "qcoder project"),
            "origin": ORIGIN,
            "creationDateTime": xsd_datetime(datetime.now(UTC)),
        },
    )
    if s.coders:
        users = _el(root, "Users")
        for coder in s.coders:
            _el(users, "User", {"guid": guid(coder.id), "name": coder.name})
    if s.codes:
        _codes_xml(_el(root, "CodeBook"), s.codes, code_notes)

    attrs, var_types = _variables_xml(root, s)
    participant_attrs = [a for a in attrs if a.scope is AttributeScope.PARTICIPANT]
    document_attrs = [a for a in attrs if a.scope is AttributeScope.DOCUMENT]
    if s.participants:
        _cases_xml(_el(root, "Cases"), s, participant_attrs, var_types, participant_memo)

    if s.documents:
        by_doc: dict[str, list[Coding]] = defaultdict(list)
        for cd in s.codings:
            by_doc[cd.document_id].append(cd)
        sources = _el(root, "Sources")
        coder_ids = {c.id for c in s.coders}
        for doc in s.documents:
            codings = by_doc.get(doc.id, [])
            _source_xml(sources, doc, codings, coder_ids, notes, doc_notes[doc.id], document_attrs, var_types)
        if media is not None:
            media.add_sources(sources, s, base, {d.id: guid(d.id) for d in s.documents})

    _notes_xml(root, notes, memo_note)
    return _serialize(root)


def _check_codings(s: ProjectSnapshot) -> None:
    """Every coding refers to a document and a code of the snapshot and lies inside its document."""
    docs = {d.id: d for d in s.documents}
    code_ids = {c.id for c in s.codes}
    for cd in s.codings:
        if cd.document_id not in docs:
            raise InvalidValue(f"coding {cd.id} refers to a document that is not in the project")
        if cd.code_id not in code_ids:
            raise InvalidValue(f"coding {cd.id} refers to a code that is not in the project")
        length = len(docs[cd.document_id].text)
        if not 0 <= cd.start < cd.end <= length:
            raise InvalidValue(
                f"coding {cd.id} spans [{cd.start}, {cd.end}) outside its document ({length} characters)"
            )


def _memo_notes(s: ProjectSnapshot, notes: _Notes) -> tuple[dict[tuple[MemoTarget, str], str], dict[str, str]]:
    """Add a note per non-empty memo; return note guids by memo target, and participant memo texts."""
    memo_note: dict[tuple[MemoTarget, str], str] = {}
    participant_memo: dict[str, str] = {}
    participant_ids = {p.id for p in s.participants}
    coder_ids = {c.id for c in s.coders}
    names = {MemoTarget.DOCUMENT: {d.id: d.name for d in s.documents}, MemoTarget.CODE: {c.id: c.name for c in s.codes}}
    for memo in sorted(s.memos, key=lambda m: m.updated_at):
        if not memo.text.strip():
            continue
        kind = memo.target_kind
        if kind is MemoTarget.PARTICIPANT:
            if memo.target_id in participant_ids:
                participant_memo[memo.target_id] = memo.text
            continue
        if kind is MemoTarget.PROJECT and memo.target_id:
            title = f"{JOURNAL_NOTE} {memo.updated_at:%Y-%m-%d %H:%M}"
        elif kind is MemoTarget.PROJECT:
            title = f"Project memo: {s.name}" if s.name else "Project memo"
        elif memo.target_id in names.get(kind, {}):
            title = f"Memo: {names[kind][memo.target_id]}"
        else:
            continue
        author = memo.author if memo.author in coder_ids else ""
        memo_note[(kind, memo.target_id)] = notes.add(
            f"{kind}:{memo.target_id}", title, memo.text, memo.updated_at, author
        )
    return memo_note, participant_memo


def _variables_xml(root: Element, s: ProjectSnapshot) -> tuple[list[AttributeDef], dict[str, str]]:
    """The ``Variables`` element, typed from their values; return the attributes in order and their types."""
    attrs = sorted(s.attributes, key=lambda a: (a.scope != AttributeScope.PARTICIPANT, a.position, a.name))
    values: dict[str, list[str]] = defaultdict(list)
    for a in attrs:
        holders: Iterable[Mapping[str, str]] = (
            (p.attributes for p in s.participants)
            if a.scope is AttributeScope.PARTICIPANT
            else (d.info.attributes for d in s.documents)
        )
        values[a.id] = [_attr_value(h, a) for h in holders]
    var_types = {a.id: _variable_type(a, values[a.id]) for a in attrs}
    if attrs:
        variables = _el(root, "Variables")
        for a in attrs:
            v = _el(variables, "Variable", {"guid": guid(a.id), "name": a.name, "typeOfVariable": var_types[a.id]})
            _el(v, "Description", text=fold_variable_description(a.scope, a.allowed, a.type is AttributeType.CATEGORY))
    return attrs, var_types


def _notes_xml(root: Element, notes: _Notes, memo_note: Mapping[tuple[MemoTarget, str], str]) -> None:
    """The ``Notes`` element and the project's ``NoteRef``."""
    if notes.items:
        notes_el = _el(root, "Notes")
        for g, name, text, when in notes.items:
            stamp = xsd_datetime(when) if when else None
            first = xsd_datetime(notes.created[g]) if g in notes.created else stamp
            attrs = {"guid": g, "name": name, "creatingUser": notes.users.get(g)}
            note = _el(notes_el, "Note", {**attrs, "creationDateTime": first, "modifiedDateTime": stamp})
            if g in notes.descriptions:
                _el(note, "Description", text=notes.descriptions[g])
            _el(note, "PlainTextContent", text=text)
    # the project memo, then the journal entries (their notes in date order)
    for (kind, _target), g in sorted(memo_note.items(), key=lambda item: item[0][1] != ""):
        if kind is MemoTarget.PROJECT:
            _el(root, "NoteRef", {"targetGUID": g})


def _cases_xml(
    cases: Element,
    s: ProjectSnapshot,
    attrs: Sequence[AttributeDef],
    var_types: Mapping[str, str],
    memos: Mapping[str, str],
) -> None:
    docs_of: dict[str, list[str]] = defaultdict(list)
    doc_ids = {d.id for d in s.documents}
    for sp in s.speakers:
        if sp.participant_id and sp.document_id in doc_ids and sp.document_id not in docs_of[sp.participant_id]:
            docs_of[sp.participant_id].append(sp.document_id)
    for p in s.participants:
        case = _el(cases, "Case", {"guid": guid(p.id), "name": p.name})
        if p.id in memos:
            _el(case, "Description", text=memos[p.id])
        _values_xml(case, p, attrs, var_types)
        for doc_id in docs_of.get(p.id, ()):
            _el(case, "SourceRef", {"targetGUID": guid(doc_id)})


def _values_xml(
    parent: Element, holder: Participant | Document, attrs: Sequence[AttributeDef], var_types: Mapping[str, str]
) -> None:
    values = holder.attributes if isinstance(holder, Participant) else holder.info.attributes
    for a in attrs:
        _value_xml(parent, a, var_types[a.id], _attr_value(values, a))


def _source_xml(
    sources: Element,
    doc: Document,
    codings: Sequence[Coding],
    coder_ids: set[str],
    notes: _Notes,
    doc_notes: Sequence[str],
    attrs: Sequence[AttributeDef],
    var_types: Mapping[str, str],
) -> None:
    g = guid(doc.id)
    src = _el(
        sources,
        "TextSource",
        {
            "guid": g,
            "name": doc.name,
            "plainTextPath": f"internal://{g}.txt",
            "creationDateTime": xsd_datetime(doc.info.imported_at),
        },
    )
    for cd in sorted(codings, key=lambda c: (c.start, c.end, c.id)):
        user = guid(cd.coder_id) if cd.coder_id in coder_ids else None
        sel = _el(
            src,
            "PlainTextSelection",
            {
                "guid": derived_guid("selection", cd.id),
                "name": excerpt_name(doc.text[cd.start : cd.end]),
                "startPosition": str(cd.start),
                "endPosition": str(cd.end),
                "creatingUser": user,
                "creationDateTime": xsd_datetime(cd.created_at),
                "modifyingUser": user,
                "modifiedDateTime": xsd_datetime(cd.updated_at),
            },
        )
        coding = _el(
            sel, "Coding", {"guid": guid(cd.id), "creatingUser": user, "creationDateTime": xsd_datetime(cd.created_at)}
        )
        _el(coding, "CodeRef", {"targetGUID": guid(cd.code_id)})
        if cd.memo.strip():
            title = f"Coding memo: {doc.name} [{cd.start}-{cd.end}]"
            note = notes.add(f"coding:{cd.id}", title, cd.memo, cd.updated_at, cd.coder_id if user else "")
            _el(coding, "NoteRef", {"targetGUID": note})
    for note in doc_notes:
        _el(src, "NoteRef", {"targetGUID": note})
    _values_xml(src, doc, attrs, var_types)


def _escape_text(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attr(v: str) -> str:
    return _escape_text(v).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _serialize(root: Element) -> bytes:
    """UTF-8 XML for a tree built by :func:`_el` (several times faster than ElementTree's writer).

    Values were already made XML-safe by :func:`xml_text`; only escaping is left to do here.
    """
    out: list[str] = ['<?xml version="1.0" encoding="utf-8"?>\n']

    def write(el: Element) -> None:
        attrs = "".join(f' {k}="{_escape_attr(v)}"' for k, v in el.attrib.items())
        if not len(el) and not el.text:
            out.append(f"<{el.tag}{attrs}/>")
            return
        out.append(f"<{el.tag}{attrs}>")
        if el.text:
            out.append(_escape_text(el.text))
        for child in el:
            write(child)
        out.append(f"</{el.tag}>")

    write(root)
    return "".join(out).encode("utf-8")


def export_qdpx(snapshot: ProjectSnapshot, path: str | os.PathLike[str], base: Path | None = None) -> MediaExport:
    """Write a REFI-QDA project (``.qdpx``): ``project.qde`` plus ``sources/<guid>.txt`` and the
    linked recordings that fit (see :mod:`qcoder.exchange.refiqda.media`; ``base``: the folder
    relative recording paths start from). Returns what became of the recordings."""
    media = MediaExport()
    qde = project_xml(snapshot, media, base)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".qcoder-", suffix=".qdpx", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("project.qde", qde)
            for doc in snapshot.documents:
                zf.writestr(f"sources/{guid(doc.id)}.txt", doc.text.encode("utf-8"))
            for entry, file in media.embedded.items():
                zf.write(file, entry, compress_type=zipfile.ZIP_STORED)  # recordings are compressed already
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return media


def _write_atomic(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".qcoder-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
