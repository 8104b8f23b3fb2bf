"""Bytes → text: encoding detection, binary detection and format sniffing.

Shared by the plain-text, caption (VTT/SRT) and attribute-sheet (CSV) readers.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from qcoder.core.errors import ImportFailed

# BOMs, longest first (the UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When charset-normalizer finds a single-byte encoding as plausible as its pick (it cannot
# tell cp1252 from cp1250 on Western text, and picks cp1250, turning "è" into "č"), prefer
# these, in order: transcripts in Windows-1252/Latin-1 are by far the common case.
_PREFERRED = ("cp1252", "iso8859_15", "latin_1")

# cp1250 letters (ą ł ź ľ Ą Ł Ź) that read as odd symbols in cp1252 (¹ ³ Ÿ ¾ ¥ £ ): many of
# these in a "Western" reading mean the text is Central European after all
_CE_TELLS = "¹³Ÿ¾¥£\x8f"

# Control characters allowed in text; anything else in quantity means binary data.
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1a")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "archive"),
    (b"Rar!", "archive"),
    (b"ID3", "audio"),
    (b"OggS", "audio"),
    (b"fLaC", "audio"),
    (b"\x7fELF", "program"),
    (b"MZ", "program"),
)

KIND_NAMES = {
    "pdf": "a PDF document",
    "zip": "a ZIP archive",
    "docx": "a Word .docx document",
    "odt": "an OpenDocument text (.odt)",
    "xlsx": "an Excel workbook",
    "ole": "a legacy Microsoft Office file (.doc/.xls)",
    "rtf": "an RTF document",
    "image": "an image",
    "gzip": "a compressed archive",
    "archive": "a compressed archive",
    "audio": "an audio file",
    "program": "a program",
    "vtt": "a WebVTT caption file",
    "html": "an HTML page",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    had_bom: bool


def sniff(data: bytes) -> str | None:
    """Guess the real format from the first bytes: 'pdf', 'docx', 'odt', 'xlsx', 'zip', 'ole',
    'rtf', 'vtt', 'html', 'image', ... or None for anything that may be plain text."""
    head = data[:4096]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "zip":
                if b"word/" in head:
                    return "docx"
                if b"mimetypeapplication/vnd.oasis.opendocument.text" in head:
                    return "odt"
                if b"xl/" in head:
                    return "xlsx"
            if magic == b"MZ" and b"PE\x00\x00" not in head[:1024] and b"program" not in head[:200]:
                continue  # "MZ: hello" is a transcript line, not a Windows program
            if magic == b"ID3" and (len(head) < 4 or head[3] > 9):
                continue
            return kind
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WEBVTT"):
        return "vtt"
    low = stripped[:200].lower()
    if low.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte (for Latin text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4000]
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _binary_reason(data: bytes) -> str:
    kind = sniff(data)
    if kind in KIND_NAMES and kind not in ("vtt", "html"):
        return f"the file looks like binary data, not text (it appears to be {KIND_NAMES[kind]})"
    return "the file looks like binary data, not text"


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROLS)
    bad += sample.count("\ufffd")
    # a stray NUL or two in a short text is damage, not binary data
    return bad / len(sample) > 0.1 or (bad >= 3 and bad / len(sample) > 0.01)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as text, detecting the encoding.

    UTF-8/16/32 with a BOM, then strict UTF-8, then UTF-16 without BOM, then
    charset-normalizer (preferring cp1252 among equally good single-byte guesses).
    Raises :class:`ImportFailed` for binary data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(enc)
            except UnicodeDecodeError as exc:
                raise ImportFailed(
                    f"the file starts with a {enc.upper()} byte-order mark but is not valid "
                    f"{enc.upper()} (bad bytes at position {exc.start + len(bom)})"
                ) from exc
            if _looks_binary(text):
                raise ImportFailed(_binary_reason(data))
            return Decoded(text, enc, True)
    # Before UTF-8: ASCII text in UTF-16 is also valid UTF-8 (with a NUL in every other byte).
    enc16 = _utf16_without_bom(data)
    if enc16 is not None:
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError:
            pass
        else:
            if not _looks_binary(text):
                return Decoded(text, enc16, False)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise ImportFailed(_binary_reason(data))
        return Decoded(text, "utf-8", False)
    if b"\x00" in data[:20000] or sniff(data) not in (None, "vtt", "html"):
        raise ImportFailed(_binary_reason(data))
    return _guess_single_byte(data)


def _guess_single_byte(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    results = list(from_bytes(sample))
    if not results:
        raise ImportFailed(_binary_reason(data))
    best = results[0]
    encoding = best.encoding
    if encoding not in _PREFERRED:
        # charset-normalizer often does not even list cp1252 when cp1250 scores the same;
        # ask about it explicitly and prefer it on a tie
        # (coherence is a language-model score, noisy on short texts: allow some slack, but
        # not when the Western reading shows symbols that are Polish letters in cp1250)
        for pref in _PREFERRED:
            alt = from_bytes(sample, cp_isolation=[pref]).best()
            if (
                alt is not None
                and alt.chaos <= best.chaos + 0.01
                and alt.coherence >= best.coherence - 0.05
                and sum(str(alt).count(ch) for ch in _CE_TELLS) <= len(sample) // 2000
            ):
                encoding = pref
                break
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            text = data.decode(best.encoding)
            encoding = best.encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise ImportFailed(f"the text encoding could not be recognised ({exc})") from exc
    if _looks_binary(text):
        raise ImportFailed(_binary_reason(data))
    return Decoded(text, encoding, False)
