"""Importers: one module per source format, all returning :class:`ImportedDocument`.

``import_file(path)`` picks the importer by file suffix, checks the file's first bytes
(a ``.txt`` that is really a VTT or RTF file, a ``.doc`` that is really RTF or .docx, a
``.docx`` that is an encrypted Office file…), and raises
:class:`qcoder.core.errors.ImportFailed` with a message meant for the user on any bad
input — never another exception type, never a partial document.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Callable
from pathlib import Path

from qcoder.core.errors import ImportFailed, UnsupportedFile
from qcoder.importers.base import ImportedDocument, ImportedTurn

__all__ = ["ImportedDocument", "ImportedTurn", "SUPPORTED_SUFFIXES", "import_file"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".vtt", ".srt")

MAX_FILE_BYTES = 512 * 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 300.0
MAX_OLE_SCAN = 64 * 1024 * 1024
# an encrypted .docx/.xlsx is an OLE compound file holding a stream named "EncryptedPackage"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")

_FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".md": "text",
    ".docx": "docx",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
    ".pdf": "pdf",
    ".vtt": "captions",
    ".srt": "captions",
}
_FORMAT_NAMES = {
    "text": "plain text",
    "docx": "a Word .docx document",
    "doc": "a legacy Word .doc document",
    "odt": "an OpenDocument text",
    "rtf": "an RTF document",
    "pdf": "a PDF document",
    "captions": "a caption (VTT/SRT) file",
    "html": "an HTML page",
}


def _read_text(path: Path) -> ImportedDocument:
    from qcoder.importers import plaintext

    return plaintext.read(path)


def _read_html(path: Path) -> ImportedDocument:
    from qcoder.importers._html import html_to_text
    from qcoder.importers._textenc import decode_bytes
    from qcoder.importers.base import finish

    text = html_to_text(decode_bytes(path.read_bytes()).text)
    return finish(text, path.name, "html", warnings=["HTML formatting removed"])


def _reader(fmt: str) -> Callable[[Path], ImportedDocument]:
    if fmt == "text":
        return _read_text
    if fmt == "html":
        return _read_html
    if fmt == "docx":
        from qcoder.importers import word

        return word.read
    if fmt == "doc":
        from qcoder.importers import legacy_doc

        return legacy_doc.read
    if fmt == "odt":
        from qcoder.importers import odt

        return odt.read
    if fmt == "rtf":
        from qcoder.importers import rtf

        return rtf.read
    if fmt == "pdf":
        from qcoder.importers import pdf

        return pdf.read
    if fmt == "captions":
        from qcoder.importers import captions

        return captions.read
    raise AssertionError(fmt)


def _not_a(fmt: str, kind: str | None, head: bytes) -> ImportFailed:
    from qcoder.importers._textenc import KIND_NAMES, decode_bytes

    if kind is None:
        try:
            decode_bytes(head)
            what = "plain text"
        except ImportFailed:
            what = "binary data of an unknown kind"
    else:
        what = KIND_NAMES.get(kind, "another kind of file")
    return ImportFailed(
        f"the file is not {_FORMAT_NAMES[fmt]}: it appears to be {what}; "
        "check the file or rename it with the right extension"
    )


def _choose_format(fmt: str, head: bytes, path: Path) -> str:
    """The importer to use for a file named as ``fmt`` whose first bytes are ``head``."""
    from qcoder.importers._textenc import sniff

    kind = sniff(head)
    if kind == "ole" and _ENCRYPTED_OOXML in path.read_bytes()[:MAX_OLE_SCAN]:
        raise ImportFailed(
            "the file is password-protected (encrypted Office document); remove the password in Word and save it again"
        )
    by_kind = {"docx": "docx", "odt": "odt", "rtf": "rtf", "pdf": "pdf", "vtt": "captions"}
    if fmt == "pdf":
        if kind == "pdf" or b"%PDF-" in head[:1024]:
            return "pdf"
        raise _not_a(fmt, kind, head)
    if fmt == "text":
        if kind in by_kind:
            return by_kind[kind]
        return "text"  # the text reader explains what binary data appears to be
    if fmt == "docx":
        if kind in ("docx", "zip", "xlsx"):
            return "docx"  # the .docx reader says what is missing from another ZIP
        if kind == "ole":
            return "doc"
        if kind in by_kind:
            return by_kind[kind]
        raise _not_a(fmt, kind, head)
    if fmt == "doc":
        if kind == "ole":
            return "doc"
        if kind in by_kind:
            return by_kind[kind]
        if kind == "html":
            return "html"  # Word "web page" saved with a .doc name
        if kind is None:
            return "text"
        raise _not_a(fmt, kind, head)
    if fmt == "odt":
        if kind in ("odt", "zip"):
            return "odt"
        if kind == "docx":
            return "docx"
        raise _not_a(fmt, kind, head)
    if fmt == "rtf":
        if kind in by_kind:
            return by_kind[kind]
        if kind is None:
            return "text"
        raise _not_a(fmt, kind, head)
    if fmt == "captions":
        if kind in (None, "vtt"):
            return "captions"
        raise _not_a(fmt, kind, head)
    raise AssertionError(fmt)


_SRT_CUE = re.compile(rb"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.M)


def _sniffed_format(suffix: str, head: bytes, path: Path) -> str:
    """The importer for a file without a known extension, from its first bytes: Word, ODF,
    RTF, PDF, WebVTT/SRT captions, HTML, legacy Word, or text in any encoding qcoder reads."""
    from qcoder.importers._textenc import decode_bytes, sniff

    kind = sniff(head)
    by_kind = {"docx": "docx", "odt": "odt", "rtf": "rtf", "pdf": "pdf", "vtt": "captions", "html": "html"}
    if kind == "ole":
        return _choose_format("doc", head, path)  # says so when it is an encrypted Office file
    if kind in by_kind:
        return by_kind[kind]
    if kind is None:
        try:
            decode_bytes(head)
        except ImportFailed:
            pass
        else:
            return "captions" if _SRT_CUE.search(head) else "text"
    listed = ", ".join(SUPPORTED_SUFFIXES)
    what = _not_a("text", kind, head).args[0].split("it appears to be ", 1)[-1].split(";", 1)[0]
    shown = suffix or "(no extension)"
    raise UnsupportedFile(f"unsupported file type {shown}: it appears to be {what}; qcoder imports {listed}")


def _import(path: Path) -> ImportedDocument:
    suffix = path.suffix.lower()
    fmt = _FORMAT_BY_SUFFIX.get(suffix)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportFailed("not a file (it is a folder or a device)")
        if size == 0:
            raise ImportFailed("the file is empty")
        if size > MAX_FILE_BYTES:
            raise ImportFailed(f"the file is too large ({size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")
        with path.open("rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise ImportFailed("the file does not exist (it may have been moved or deleted)") from None
    except PermissionError:
        raise ImportFailed("permission denied: qcoder may not read this file") from None
    except OSError as exc:
        raise ImportFailed(f"the file cannot be read ({exc.strerror or exc})") from None
    if fmt is None:  # no extension, or one qcoder does not know: go by the content
        actual = _sniffed_format(suffix, head, path)
        doc = _reader(actual)(path)
        named = f"named {suffix}" if suffix else "has no extension"
        doc.warnings.insert(0, f"the file {named}; it contains {_FORMAT_NAMES[actual]} and was imported as such")
        return doc
    actual = _choose_format(fmt, head, path)
    doc = _reader(actual)(path)
    if actual != fmt:
        doc.warnings.insert(
            0, f"the file is named {suffix} but contains {_FORMAT_NAMES[actual]}; it was imported as such"
        )
    return doc


def _guarded(path: Path) -> ImportedDocument:
    try:
        return _import(path)
    except ImportFailed:
        raise
    except MemoryError:
        raise ImportFailed("the file is too large to import (out of memory)") from None
    except RecursionError:
        raise ImportFailed("the file's structure is nested too deeply to be read") from None
    except Exception as exc:  # a library bug or an input nobody foresaw: still one clear error
        raise ImportFailed(f"the file could not be read ({type(exc).__name__}: {exc})".rstrip()) from exc


class _Reader:
    """One daemon thread that reads files on request, reused from file to file (starting a
    thread per file cost ~1.5 ms, a fifth of reading a caption file). A reader whose file
    overran its timeout is abandoned with it; the next file gets a new reader."""

    _current: _Reader | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[tuple[Path, queue.SimpleQueue[ImportedDocument | BaseException]]] = (
            queue.SimpleQueue()
        )
        threading.Thread(target=self._serve, name="qcoder-import-reader", daemon=True).start()

    def _serve(self) -> None:
        while True:
            path, reply = self.jobs.get()
            try:
                reply.put(_guarded(path))
            except BaseException as exc:  # handed to the caller's thread
                reply.put(exc)

    @classmethod
    def read(cls, path: Path, timeout: float) -> ImportedDocument:
        with cls._lock:  # one caller at a time per reader; others get their own
            reader, cls._current = cls._current or cls(), None
        reply: queue.SimpleQueue[ImportedDocument | BaseException] = queue.SimpleQueue()
        reader.jobs.put((path, reply))
        try:
            result = reply.get(timeout=timeout)
        except queue.Empty:
            raise ImportFailed(
                f"reading the file took longer than {timeout:g} seconds and was "
                "abandoned; it may be damaged or built to stall readers"
            ) from None
        with cls._lock:
            if cls._current is None:
                cls._current = reader  # free again: the next file reuses it
        if isinstance(result, BaseException):
            raise result
        return result


def import_file(path: Path, *, timeout: float | None = DEFAULT_TIMEOUT_SECONDS) -> ImportedDocument:
    """Import one transcript file; raise :class:`ImportFailed` saying why it cannot be.

    The work runs in a helper thread so that a pathological file (a parser stuck in a loop)
    cannot hang the caller beyond ``timeout`` seconds; the abandoned thread is a daemon and
    keeps running until its parser gives up. ``timeout=None`` runs in the calling thread.
    """
    path = Path(path)
    if timeout is None:
        return _guarded(path)
    return _Reader.read(path, timeout)
