"""PDF via pypdf's text layer.

A PDF without a text layer (a scan) is refused with a message that says to run OCR; pages
without text in an otherwise textual PDF are reported in ``warnings``. Page numbers and
running headers/footers repeated on most pages are dropped, words hyphenated across a
line break are joined, ligatures (ﬁ, ﬂ …) are spelled out, and pages are joined with a
line break (a page break usually falls mid-paragraph).

pypdf's plain mode with the text rules here, not its layout mode: on 19 real PDFs (MAXQDA,
Google Docs, Word, browser prints) layout mode took 35 % longer and left the same tab
characters and split words, and its fixed-width lines would have to be unwrapped again.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from qcoder.core.errors import ImportFailed
from qcoder.importers.base import ImportedDocument, finish

NO_TEXT_LAYER = "scanned PDF, no text layer: run OCR first"

_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
_PAGE_NUMBER = re.compile(
    r"\s*(?:[-–—]\s*)?(?:page\s+|seite\s+|p\.\s*)?\d{1,4}(?:\s*(?:of|/|von)\s*\d{1,4})?"
    r"(?:\s*[-–—])?\s*",
    re.IGNORECASE,
)
# a word hyphenated at a line end: "inter-\nview" (a lower-case letter must follow, so
# "Smith-\nJones" stays); :func:`_mend_hyphens` decides between "interview" and "self-directed"
_HYPHEN_BREAK = re.compile(r"([^\W\d_]+)([-\u00ad])[ \t]*\n[ \t]*([a-zà-ÿ][^\W\d_]*)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGITS = re.compile(r"\d+")
_PRINTED_URL = re.compile(r"(?:https?://|www\.)\S+.*\b\d{1,4}\s*/\s*\d{1,4}\s*$")
# gaps between glyphs: pypdf writes a tab (MAXQDA exports: one between every two words) or
# a run of spaces (justified text); a reader sees one space
_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# zero-width spaces pypdf reports between glyphs (Google Docs / Skia PDFs): "␣ZWSP␣␣ZWSP␣"
# between words, "␣ZWSP␣" inside a word or between a quote and its word
_ZW_GAP = re.compile(r"[ \t]*\u200b(?:[ \t]*\u200b)*[ \t]*")


def _zw_gap(m: re.Match[str]) -> str:
    gap = m.group()
    if gap.count("\u200b") >= 2:
        return " "
    if gap[0] in " \t" and gap[-1] in " \t":
        return ""
    return gap.replace("\u200b", "")


def _line(raw: str) -> str:
    """A line of a page's text layer as a reader sees it: glyph gaps made single spaces."""
    if "\u200b" in raw:
        raw = _ZW_GAP.sub(_zw_gap, raw)
    return _GAP.sub(" ", raw).strip()


def _edge_lines(lines: list[str], depth: int = 1) -> list[int]:
    """Indexes of the first and last ``depth`` non-blank lines, descending (no duplicates)."""
    idx = [i for i, line in enumerate(lines) if line.strip()]
    if not idx:
        return []
    return sorted({*idx[:depth], *idx[-depth:]}, reverse=True)


def _strip_running(pages: list[list[str]]) -> int:
    """Remove page numbers and header/footer lines repeated on most pages; return how many
    lines were removed."""
    removed = 0
    shape: Counter[str] = Counter()
    for lines in pages:
        outer = _edge_lines(lines)
        for i in _edge_lines(lines, depth=2):
            # the line inside the outermost one counts only when it is what browsers print
            # there (a URL with "n/N"), never a line of the transcript that merely repeats
            if i in outer or _PRINTED_URL.search(lines[i]):
                shape[_DIGITS.sub("#", lines[i].strip())] += 1
    threshold = max(3, (len(pages) + 1) // 2)
    running = {s for s, n in shape.items() if n >= threshold}
    for lines in pages:
        for _ in range(2):  # a header and a page number can both sit at the top
            for i in _edge_lines(lines):
                line = lines[i]
                if _PAGE_NUMBER.fullmatch(line) or _DIGITS.sub("#", line.strip()) in running:
                    del lines[i]
                    removed += 1
    return removed


def _reader(path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path), strict=False)
    except PyPdfError as exc:
        raise ImportFailed(f"the PDF file is damaged or incomplete ({exc})") from exc
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")  # owner-password-only PDFs open with an empty password
        except Exception as exc:  # DependencyError (AES needs 'cryptography'), PdfReadError …
            raise ImportFailed(f"the PDF is encrypted and cannot be opened ({exc})") from exc
        if not ok:
            raise ImportFailed("the PDF is password-protected; remove the password and try again")
    return reader


def _metadata(reader: Any, page_count: int) -> dict[str, str]:
    out = {"pages": str(page_count)}
    try:
        info = reader.metadata
        if info is not None:
            for key, attr in (("title", "title"), ("author", "author"), ("subject", "subject")):
                value = getattr(info, attr, None)
                if value and str(value).strip():
                    out[key] = str(value).strip()
            try:
                created = info.creation_date
            except Exception:  # malformed date strings are common
                created = None
            if created is not None:
                out["created"] = created.isoformat(timespec="seconds")
    except Exception:
        pass  # metadata is a nicety; the text is what matters
    return out


def read(path: Path) -> ImportedDocument:
    from pypdf.errors import PyPdfError

    if path.stat().st_size == 0:
        raise ImportFailed("the file is empty")
    reader = _reader(path)
    try:
        page_count = len(reader.pages)
    except (PyPdfError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ImportFailed(f"the PDF file is damaged: its page tree cannot be read ({exc})") from exc
    if page_count == 0:
        raise ImportFailed("the PDF has no pages")
    pages: list[list[str]] = []
    empty_pages: list[int] = []
    failed_pages: list[int] = []
    for number in range(page_count):
        try:
            text = reader.pages[number].extract_text() or ""
        except Exception:  # one broken page must not lose the others
            failed_pages.append(number + 1)
            text = ""
        text = text.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            empty_pages.append(number + 1)
        pages.append([_line(line) for line in text.split("\n")])
    if len(empty_pages) == page_count and not failed_pages:
        raise ImportFailed(NO_TEXT_LAYER)
    if len(failed_pages) == page_count:
        raise ImportFailed("the PDF file is damaged: no page could be read")
    warnings: list[str] = []
    if sum(_strip_margin_numbers(lines) for lines in pages):
        warnings.append("margin paragraph numbers removed")
    if len(pages) >= 3 and _strip_running(pages):
        warnings.append("page numbers and running headers/footers removed")
    elif pages and _strip_running_numbers(pages):
        warnings.append("page numbers removed")
    missing = sorted(set(empty_pages) - set(failed_pages))
    if missing:
        warnings.append(
            f"page(s) {_ranges(missing)} have no text layer (scanned?); their content is "
            "missing — run OCR to include them"
        )
    if failed_pages:
        warnings.append(f"page(s) {_ranges(failed_pages)} could not be read and were skipped")
    text = "\n".join("\n".join(lines).strip("\n") for lines in pages if any(x.strip() for x in lines))
    text = _mend_hyphens(text)
    text, joined = _rebuild(text.split("\n"))
    if joined:
        warnings.append("lines wrapped by the PDF's layout joined into paragraphs")
    # a PDF's text is rebuilt from glyph positions; zero-width spaces in it are extraction
    # artefacts between glyphs, not the author's text (ZWJ/ZWNJ are kept: they are spelling)
    text = text.replace("\u200b", "")
    return finish(
        text, path.name, "pdf", metadata=_metadata(reader, page_count), warnings=warnings, empty_reason=NO_TEXT_LAYER
    )


def _mend_hyphens(text: str) -> str:
    """Join words hyphenated at a line end where the joined word is a word: the document
    itself is the dictionary. "inter-/view" is joined when "interview" occurs elsewhere; the
    hyphen stays ("self-directed") when the hyphenated form occurs elsewhere, or when both
    halves do as words on their own and the joined word does not; otherwise the line-end
    hyphen is taken for a break and joined. A soft hyphen is always a break."""
    if not _HYPHEN_BREAK.search(text):
        return text
    words = Counter(w.casefold() for w in _WORD.findall(_HYPHEN_BREAK.sub(" ", text)))

    def is_word(w: str) -> bool:
        return words[w.casefold()] > 0

    def mend(m: re.Match[str]) -> str:
        left, mark, right = m.group(1), m.group(2), m.group(3)
        if mark == "\u00ad" or is_word(left + right):
            return left + right
        if is_word(f"{left}-{right}") or (is_word(left) and is_word(right)):
            return f"{left}-{right}"
        return left + right

    return _HYPHEN_BREAK.sub(mend, text)


_LABEL_LINE = re.compile(r"[A-Z][\w.'’\- ]{0,39}")
_COLON_LABEL = re.compile(r"[^\W\d_][^\n:]{0,40}:\s")
_ENDS_SENTENCE = re.compile(r"[.?!…:;,\"”’)]$")


def _label_lines(lines: list[str]) -> set[str]:
    """Speaker labels printed alone on their line (QDA tools' PDF exports: "Interviewer 1" or
    "Dan:" above the turn): short capitalised lines without final punctuation that recur."""
    from qcoder.importers.speakers import is_known_form

    names = (_label_name(line) for line in lines)
    counts = Counter(
        name
        for name in names
        if (_LABEL_LINE.fullmatch(name) or is_known_form(name))
        and len(name.split()) <= 4
        and not _ENDS_SENTENCE.search(name)
    )
    return {label for label, n in counts.items() if n >= 3}


def _label_name(line: str) -> str:
    """A line as a label alone on its line may be: "Dan" (Delve) or "Dan:" (MAXQDA)."""
    return line.strip().removesuffix(":").rstrip()


def _rebuild(lines: list[str]) -> tuple[str, int]:
    """The text as a reader sees it: lines the layout wrapped are joined into paragraphs (a
    line joins the one before when that one ran to the usual line width), and a label alone
    on its line is joined to its turn as "Label: text". Returns the text and how many joins."""
    widths = sorted(len(x.strip()) for x in lines if x.strip())
    if len(widths) < 5:
        return "\n".join(lines), 0
    full = widths[int(len(widths) * 0.9)] * 0.75  # a wrapped line runs to about the full width
    labels = _label_lines(lines)
    out: list[str] = []
    joins = 0
    prev_len = 0.0
    for raw in lines:
        line = raw.strip()
        if not line:
            out.append("")
            prev_len = 0.0
            continue
        if _label_name(line) in labels:
            out.append(_label_name(line) + ":")
            prev_len = 0.0
            continue
        if out and out[-1].endswith(":") and out[-1][:-1] in labels:
            out[-1] += " " + line  # the label's turn
            joins += 1
        elif out and out[-1] and prev_len >= full and not _COLON_LABEL.match(line):
            out[-1] += " " + line
            joins += 1
        else:
            out.append(line)
        prev_len = len(line)
    return "\n".join(out), joins


def _strip_margin_numbers(lines: list[str]) -> int:
    """Remove the margin paragraph (or line) numbers of a QDA tool's PDF export: the text
    layer gives them as a column, a run of at least three lines holding nothing but the
    numbers n, n+1, n+2, ...; return how many lines were removed."""
    removed = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].isdigit() and (j == i or int(lines[j]) == int(lines[j - 1]) + 1):
            j += 1
        if j - i >= 3:
            del lines[i:j]
            removed += j - i
        else:
            i = max(j, i + 1)
    return removed


def _strip_running_numbers(pages: list[list[str]]) -> int:
    removed = 0
    for lines in pages:
        for i in _edge_lines(lines):
            if _PAGE_NUMBER.fullmatch(lines[i]):
                del lines[i]
                removed += 1
    return removed


def _ranges(numbers: list[int]) -> str:
    spans: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [0]:
        if n == prev + 1:
            prev = n
            continue
        spans.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(spans)
