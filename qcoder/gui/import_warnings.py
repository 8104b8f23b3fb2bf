"""The warnings the importers attach to an imported document, in the window's language.

The importers (qcoder/importers) and the import (qcoder/app/importing.py) write them in
English ("3 images or drawings ignored"); the import report shows them through
:func:`qcoder.gui.core_texts.core_text`, which finds them here. Fixed warnings translate as
they are; warnings with a count are matched by a regex with an ``n`` group (or a ``pages``
group, a list of page ranges such as ``2–4, 7``) and rebuilt from a singular or a plural
template chosen by the language's rule (:func:`qcoder.gui.i18n.count_text`); the others by
``(regex, template)``. tests/gui/test_import_warnings.py reads every warning the importers can
write from their source and checks it is listed here.
"""

# ruff: noqa: E501  (tables of whole messages, one per line where they fit)
from __future__ import annotations

import re

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, KnownTexts, count_text, translate
from qcoder.gui.import_errors import KINDS

FIXED = (
    QT_TRANSLATE_NOOP(
        "import_warnings", "the RTF file seems to be cut off (unclosed groups); the text may be incomplete"
    ),
    QT_TRANSLATE_NOOP("import_warnings", "margin paragraph numbers removed"),
    QT_TRANSLATE_NOOP("import_warnings", "page numbers and running headers/footers removed"),
    QT_TRANSLATE_NOOP("import_warnings", "page numbers removed"),
    QT_TRANSLATE_NOOP("import_warnings", "lines wrapped by the PDF's layout joined into paragraphs"),
    QT_TRANSLATE_NOOP("import_warnings", "HTML formatting removed"),
    QT_TRANSLATE_NOOP("import_warnings", "no caption timings (start --> end lines) found; imported as plain text"),
    # qcoder/app/importing.py NO_SPEAKERS_HINT
    QT_TRANSLATE_NOOP(
        "import_warnings",
        "no speaker labels found, so no turns: excerpts cannot be attributed to a speaker. In the window, Project → Speakers of this document gives its paragraphs to an interviewer and a respondent in one step (alternating, or by how the interviewer's paragraphs start); or label turns 'Name: …' in the file and import it again",
    ),
)

# warnings with a count: (how the importer writes it, singular template, plural template)
COUNTED = (
    (
        r"(?P<n>\d+) images? or drawings ignored",  # word.py, odt.py
        QT_TRANSLATE_NOOP("import_warnings", "{n} image or drawing ignored"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} images or drawings ignored"),
    ),
    (
        r"(?P<n>\d+) images? ignored",  # rtf.py
        QT_TRANSLATE_NOOP("import_warnings", "{n} image ignored"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} images ignored"),
    ),
    (
        r"text of (?P<n>\d+) text box(?:es)? included after the paragraph that anchors it",
        QT_TRANSLATE_NOOP("import_warnings", "text of {n} text box included after the paragraph that anchors it"),
        QT_TRANSLATE_NOOP("import_warnings", "text of {n} text boxes included after the paragraph that anchors it"),
    ),
    (
        r"text of (?P<n>\d+) text frame\(s\) included after its anchor paragraph",
        QT_TRANSLATE_NOOP("import_warnings", "text of {n} text frame included after its anchor paragraph"),
        QT_TRANSLATE_NOOP("import_warnings", "text of {n} text frames included after their anchor paragraphs"),
    ),
    (
        r"(?P<n>\d+) tracked deletions? left out \(insertions kept\)",
        QT_TRANSLATE_NOOP("import_warnings", "{n} tracked deletion left out (insertions kept)"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} tracked deletions left out (insertions kept)"),
    ),
    (
        r"(?P<n>\d+) comment(?:s|\(s\))? not imported",
        QT_TRANSLATE_NOOP("import_warnings", "{n} comment not imported"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} comments not imported"),
    ),
    (
        r"(?P<n>\d+) footnote(?:s|\(s\))?/endnote(?:s|\(s\))? not imported",
        QT_TRANSLATE_NOOP("import_warnings", "{n} footnote or endnote not imported"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} footnotes or endnotes not imported"),
    ),
    (
        r"(?P<n>\d+) embedded document parts? \(altChunk\) imported as plain text",
        QT_TRANSLATE_NOOP("import_warnings", "{n} embedded document part (altChunk) imported as plain text"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} embedded document parts (altChunk) imported as plain text"),
    ),
    (
        r"(?P<n>\d+) cues? with malformed timestamps kept without times",
        QT_TRANSLATE_NOOP("import_warnings", "{n} cue with malformed timestamps kept without times"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} cues with malformed timestamps kept without times"),
    ),
    (
        r"(?P<n>\d+) text blocks? without a timing line kept as text",
        QT_TRANSLATE_NOOP("import_warnings", "{n} text block without a timing line kept as text"),
        QT_TRANSLATE_NOOP("import_warnings", "{n} text blocks without a timing line kept as text"),
    ),
    (
        r"page\(s\) (?P<pages>[\d–, ]+) have no text layer \(scanned\?\); their content is missing — run OCR to include them",
        QT_TRANSLATE_NOOP(
            "import_warnings",
            "page {pages} has no text layer (scanned?); its content is missing — run OCR to include it",
        ),
        QT_TRANSLATE_NOOP(
            "import_warnings",
            "pages {pages} have no text layer (scanned?); their content is missing — run OCR to include them",
        ),
    ),
    (
        r"page\(s\) (?P<pages>[\d–, ]+) could not be read and were skipped",
        QT_TRANSLATE_NOOP("import_warnings", "page {pages} could not be read and was skipped"),
        QT_TRANSLATE_NOOP("import_warnings", "pages {pages} could not be read and were skipped"),
    ),
)

# warnings with a name: (how the importer writes it, template); a {kind} is one of import_errors.KINDS
NAMED = (
    (
        r"embedded content qcoder cannot read was left out: (?P<parts>.+)",
        QT_TRANSLATE_NOOP("import_warnings", "embedded content qcoder cannot read was left out: {parts}"),
    ),
    (
        r"converted from legacy \.doc with (?P<tool>.+): tables and layout are simplified",
        QT_TRANSLATE_NOOP(
            "import_warnings", "converted from legacy .doc with {tool}: tables and layout are simplified"
        ),
    ),
)
KIND_NAMED = (
    (
        r"the file named (?P<suffix>\.\S+); it contains (?P<kind>.+) and was imported as such",
        QT_TRANSLATE_NOOP("import_warnings", "the file is named {suffix}; it contains {kind} and was imported as such"),
    ),
    (
        r"the file has no extension; it contains (?P<kind>.+) and was imported as such",
        QT_TRANSLATE_NOOP("import_warnings", "the file has no extension; it contains {kind} and was imported as such"),
    ),
    (
        r"the file is named (?P<suffix>\.\S+) but contains (?P<kind>.+); it was imported as such",
        QT_TRANSLATE_NOOP("import_warnings", "the file is named {suffix} but contains {kind}; it was imported as such"),
    ),
)
_KNOWN = KnownTexts("import_warnings", FIXED, NAMED)
_COUNTED = tuple((re.compile(pattern, re.S), one, many) for pattern, one, many in COUNTED)
_KIND_NAMED = tuple((re.compile(pattern, re.S), template) for pattern, template in KIND_NAMED)


def warning_text(text: str) -> str | None:
    """``text``, a warning an importer wrote, in the window's language; None when not listed."""
    found = _KNOWN.translated(text)
    if found is not None:
        return found
    for pattern, one, many in _COUNTED:
        match = pattern.fullmatch(text)
        if match:
            fields = match.groupdict()
            n = page_count(fields["pages"]) if "pages" in fields else int(fields["n"])
            fields["n"] = "{n}"  # filled in by count_text, in the locale's digits
            return count_text(
                n,
                translate("import_warnings", one).format(**fields),
                translate("import_warnings", many).format(**fields),
            )
    for pattern, template in _KIND_NAMED:
        match = pattern.fullmatch(text)
        if match and match["kind"] in KINDS:
            fields = match.groupdict() | {"kind": translate("import_errors", match["kind"])}
            return translate("import_warnings", template).format(**fields)
    return None


def page_count(ranges: str) -> int:
    """How many pages ``2–4, 7`` names (4)."""
    total = 0
    for span in ranges.split(","):
        first, _dash, last = span.strip().partition("–")
        total += int(last) - int(first) + 1 if last else 1
    return total
