"""The error messages of the importers (qcoder/importers, qcoder/exchange, the size limits of
qcoder/core/limits.py), in the window's language: the import report and the error boxes show them
through :func:`qcoder.gui.core_texts.core_text` (via :mod:`qcoder.gui.core_errors`). Fixed
messages as they are, messages with a name, a number or a path by ``(regex, template)``.
"""

# ruff: noqa: E501  (tables of whole messages, one per line where they fit)
from __future__ import annotations

import re

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, KnownTexts, translate

FIXED = (
    QT_TRANSLATE_NOOP("import_errors", "the file is not an RTF document (it does not start with {\\rtf)"),
    # what an importer says when a file has no text left (its empty_reason)
    QT_TRANSLATE_NOOP("import_errors", "the document contains no text"),
    QT_TRANSLATE_NOOP("import_errors", "the file contains only blank space"),
    QT_TRANSLATE_NOOP("import_errors", "the .doc file contains no text (or the converter found none)"),
    QT_TRANSLATE_NOOP("import_errors", "the .odt document contains no text"),
    QT_TRANSLATE_NOOP("import_errors", "scanned PDF, no text layer: run OCR first"),
    QT_TRANSLATE_NOOP("import_errors", "the Word document contains no text"),
    QT_TRANSLATE_NOOP(
        "import_errors", "the Word document contains no text (only images: if it is a scan, run OCR first)"
    ),
    QT_TRANSLATE_NOOP(
        "import_errors",
        "legacy Word .doc files need a converter: install LibreOffice (or antiword) and try again, or open the file in Word and save it as .docx",
    ),
    QT_TRANSLATE_NOOP("import_errors", "the file looks like binary data, not text"),
    QT_TRANSLATE_NOOP("import_errors", "the survey file has no header row (it is empty)"),
)

# texts with a name, a number or a path: (how the layer writes it, template)
NAMED = (
    (
        r"the Word document contains no text that qcoder can read \(its body is an embedded (?P<parts>.+) part; open it in Word and save it again as \.docx\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the Word document contains no text that qcoder can read (its body is an embedded {parts} part; open it in Word and save it again as .docx)",
        ),
    ),
    (
        r"the (?P<kind>\.\w+) file is damaged or incomplete \((?P<detail>.*)\); it may have been cut off while downloading or copying — open it in the program that made it and save it again",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the {kind} file is damaged or incomplete ({detail}); it may have been cut off while downloading or copying — open it in the program that made it and save it again",
        ),
    ),
    (
        r"the file could not be read \((?P<error>\w+): (?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the file could not be read ({error}: {reason})"),
    ),
    (
        r"the survey file could not be read \((?P<error>\w+): (?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the survey file could not be read ({error}: {reason})"),
    ),
    (
        r"(?P<name>.+) is not a readable CSV file: (?P<reason>.+)",
        QT_TRANSLATE_NOOP("import_errors", "{name} is not a readable CSV file: {reason}"),
    ),
    (
        r"(?P<name>.+) is not a readable analysis cache file \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} is not a readable analysis cache file ({reason})"),
    ),
    (
        r"(?P<name>.+) was refused: it unpacks to more than (?P<limit>\d+) MB, far more than a qcoder codings file of (?P<size>[\d,]+) KB can hold \(a compression bomb\?\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} was refused: it unpacks to more than {limit} MB, far more than a qcoder codings file of {size} KB can hold (a compression bomb?)",
        ),
    ),
    (
        r"(?P<name>.+) was refused: it unpacks to more than (?P<limit>\d+) MB, far more than a analysis cache file of (?P<size>[\d,]+) KB can hold \(a compression bomb\?\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} was refused: it unpacks to more than {limit} MB, far more than a analysis cache file of {size} KB can hold (a compression bomb?)",
        ),
    ),
    (
        r"(?P<name>.+) holds (?P<count>[\d,]+) files, more than the (?P<limit>[\d,]+) allowed",
        QT_TRANSLATE_NOOP("import_errors", "{name} holds {count} files, more than the {limit} allowed"),
    ),
    (
        r"(?P<name>.+) was refused: it would unpack to (?P<size>[\d,]+) bytes, more than the (?P<limit>[\d,]+) allowed",
        QT_TRANSLATE_NOOP(
            "import_errors", "{name} was refused: it would unpack to {size} bytes, more than the {limit} allowed"
        ),
    ),
    (
        r"(?P<name>.+) was refused: (?P<entry>.+) unpacks to more than it declares",
        QT_TRANSLATE_NOOP("import_errors", "{name} was refused: {entry} unpacks to more than it declares"),
    ),
    (
        r"(?P<name>.+) was refused: it declares XML entities or external references \((?P<error>\w+)\), which qcoder never expands for safety",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} was refused: it declares XML entities or external references ({error}), which qcoder never expands for safety",
        ),
    ),
    (
        r"(?P<name>.+) is not well-formed XML \(line (?P<line>\d+), column (?P<column>\d+)\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} is not well-formed XML (line {line}, column {column})"),
    ),
    (
        r"(?P<name>.+) was refused: it contains a file with an absolute path \((?P<entry>.+)\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} was refused: it contains a file with an absolute path ({entry})"),
    ),
    (
        r"(?P<name>.+) was refused: it contains a file whose path leaves the archive \((?P<entry>.+)\)",
        QT_TRANSLATE_NOOP(
            "import_errors", "{name} was refused: it contains a file whose path leaves the archive ({entry})"
        ),
    ),
    (
        r"(?P<name>.+) was refused: it contains a symbolic link \((?P<entry>.+)\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} was refused: it contains a symbolic link ({entry})"),
    ),
    (
        r"(?P<name>.+) was refused: (?P<entry>.+) would unpack to (?P<size>[\d,]+) bytes, more than the (?P<limit>[\d,]+) allowed for one file",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} was refused: {entry} would unpack to {size} bytes, more than the {limit} allowed for one file",
        ),
    ),
    (
        r"(?P<name>.+) was refused: (?P<entry>.+) is compressed more than (?P<ratio>\d+) to 1, which only happens in a zip bomb",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} was refused: {entry} is compressed more than {ratio} to 1, which only happens in a zip bomb",
        ),
    ),
    (
        r"(?P<name>.+) is damaged: cannot read (?P<entry>.+) \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} is damaged: cannot read {entry} ({reason})"),
    ),
    (
        r"(?P<name>.+): (?P<entry>.+) uses an unsupported compression \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "{name}: {entry} uses an unsupported compression ({reason})"),
    ),
    (
        r"(?P<name>.+) holds several project files \((?P<names>.+)\); expected one",
        QT_TRANSLATE_NOOP("import_errors", "{name} holds several project files ({names}); expected one"),
    ),
    (
        r"(?P<name>.+) is not a REFI-QDA codebook: its root element is <(?P<tag>[^>]+)> \(it looks like a project file: import it as a project\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} is not a REFI-QDA codebook: its root element is <{tag}> (it looks like a project file: import it as a project)",
        ),
    ),
    (
        r"(?P<name>.+) is not a REFI-QDA codebook: its root element is <(?P<tag>[^>]+)>",
        QT_TRANSLATE_NOOP("import_errors", "{name} is not a REFI-QDA codebook: its root element is <{tag}>"),
    ),
    (
        r"(?P<name>.+) is not a REFI-QDA project: its root element is <(?P<tag>[^>]+)> \(it looks like a codebook: import it as a codebook\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} is not a REFI-QDA project: its root element is <{tag}> (it looks like a codebook: import it as a codebook)",
        ),
    ),
    (
        r"(?P<name>.+) is not a REFI-QDA project: its root element is <(?P<tag>[^>]+)>",
        QT_TRANSLATE_NOOP("import_errors", "{name} is not a REFI-QDA project: its root element is <{tag}>"),
    ),
    (
        r"(?P<name>.+) is too large to be a REFI-QDA codebook \(\.qdc\) \((?P<size>[\d,]+) bytes\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} is too large to be a REFI-QDA codebook (.qdc) ({size} bytes)"),
    ),
    (
        r"(?P<name>.+) is too large to be a REFI-QDA project file \(\.qde\) \((?P<size>[\d,]+) bytes\)",
        QT_TRANSLATE_NOOP("import_errors", "{name} is too large to be a REFI-QDA project file (.qde) ({size} bytes)"),
    ),
    (
        r"(?P<name>.+) is a zip archive, not a REFI-QDA codebook \(\.qdc\); if it is a REFI-QDA project \(\.qdpx\), import it as a project",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} is a zip archive, not a REFI-QDA codebook (.qdc); if it is a REFI-QDA project (.qdpx), import it as a project",
        ),
    ),
    (
        r"(?P<name>.+) is a zip archive, not a REFI-QDA project file \(\.qde\); if it is a REFI-QDA project \(\.qdpx\), import it as a project",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{name} is a zip archive, not a REFI-QDA project file (.qde); if it is a REFI-QDA project (.qdpx), import it as a project",
        ),
    ),
    (
        r"reading the file took longer than (?P<seconds>[\d.e+]+) seconds and was abandoned; it may be damaged or built to stall readers",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "reading the file took longer than {seconds} seconds and was abandoned; it may be damaged or built to stall readers",
        ),
    ),
    (
        r"the (?P<kind>\.\w+) file contains an XML document type declaration in (?P<part>.+), which Office files never use; it was rejected as unsafe \(it could make the import hang or run out of memory\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the {kind} file contains an XML document type declaration in {part}, which Office files never use; it was rejected as unsafe (it could make the import hang or run out of memory)",
        ),
    ),
    (
        r"the file is a ZIP archive but not a (?P<kind>\.\w+) document \(it has no (?P<part>.+)\)",
        QT_TRANSLATE_NOOP("import_errors", "the file is a ZIP archive but not a {kind} document (it has no {part})"),
    ),
    (
        r"the (?P<kind>\.\w+) file unpacks to (?P<size>\d+) MB, more than qcoder accepts \((?P<limit>\d+) MB\)",
        QT_TRANSLATE_NOOP(
            "import_errors", "the {kind} file unpacks to {size} MB, more than qcoder accepts ({limit} MB)"
        ),
    ),
    (
        r"the (?P<kind>\.\w+) file has an implausibly large part (?P<part>.+) \((?P<size>\d+) MB uncompressed\); it was rejected as unsafe",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the {kind} file has an implausibly large part {part} ({size} MB uncompressed); it was rejected as unsafe",
        ),
    ),
    (
        r"the (?P<kind>\.\w+) file is password-protected: (?P<reason>.+)",
        QT_TRANSLATE_NOOP("import_errors", "the {kind} file is password-protected: {reason}"),
    ),
    (
        r"converting the \.doc file took longer than (?P<seconds>\d+) seconds and was stopped \((?P<program>.+)\); the file may be damaged — save it as \.docx in Word",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "converting the .doc file took longer than {seconds} seconds and was stopped ({program}); the file may be damaged — save it as .docx in Word",
        ),
    ),
    (
        r"the \.odt file could not be read \((?P<error>\w+): (?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the .odt file could not be read ({error}: {reason})"),
    ),
    (
        r"the PDF file is damaged: its page tree cannot be read \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the PDF file is damaged: its page tree cannot be read ({reason})"),
    ),
    (
        r"the RTF file could not be read \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the RTF file could not be read ({reason})"),
    ),
    (
        r"file-name pattern (?P<pattern>.+) has no \{field\}",
        QT_TRANSLATE_NOOP("import_errors", "file-name pattern {pattern} has no {{field}}"),
    ),
    (
        r"the CSV file is malformed in row (?P<row>\d+) \(line (?P<line>\d+)\): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("import_errors", "the CSV file is malformed in row {row} (line {line}): {reason}"),
    ),
    (
        r"the \.xlsx workbook could not be opened \((?P<reason>.*)\); it may be damaged — open it in Excel and save it again",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the .xlsx workbook could not be opened ({reason}); it may be damaged — open it in Excel and save it again",
        ),
    ),
    (
        r"the first sheet of the workbook cannot be read \((?P<error>\w+): (?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the first sheet of the workbook cannot be read ({error}: {reason})"),
    ),
    (
        r"row (?P<row>\d+): the column name (?P<name>.+) appears twice \(columns (?P<first>[A-Z]+) and (?P<second>[A-Z]+)\)",
        QT_TRANSLATE_NOOP(
            "import_errors", "row {row}: the column name {name} appears twice (columns {first} and {second})"
        ),
    ),
    (
        r"row (?P<row>\d+), column (?P<column>[A-Z]+): value (?P<value>.+) has no column header \(the header has (?P<width>\d+) columns\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "row {row}, column {column}: value {value} has no column header (the header has {width} columns)",
        ),
    ),
    (
        r"the attribute sheet could not be read \((?P<error>\w+): (?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the attribute sheet could not be read ({error}: {reason})"),
    ),
    (
        r"the CSV file has a quoted value that is never closed \(it starts in row (?P<row>\d+)\); check that row's double quotes",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the CSV file has a quoted value that is never closed (it starts in row {row}); check that row's double quotes",
        ),
    ),
    (
        r"row (?P<row>\d+) of the first sheet cannot be read: (?P<reason>.*)",
        QT_TRANSLATE_NOOP("import_errors", "row {row} of the first sheet cannot be read: {reason}"),
    ),
    (
        r"unbalanced brace in file-name pattern (?P<pattern>.+) \(use \{\{ or \}\} for a literal brace\)",
        QT_TRANSLATE_NOOP(
            "import_errors", "unbalanced brace in file-name pattern {pattern} (use {{{{ or }}}} for a literal brace)"
        ),
    ),
    (
        r"\{(?P<name>.*)\} in file-name pattern (?P<pattern>.+): field names are letters, digits and underscores, starting with a letter",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "{{{name}}} in file-name pattern {pattern}: field names are letters, digits and underscores, starting with a letter",
        ),
    ),
    (
        r"field \{(?P<name>.+)\} appears twice in file-name pattern (?P<pattern>.+)",
        QT_TRANSLATE_NOOP("import_errors", "field {{{name}}} appears twice in file-name pattern {pattern}"),
    ),
    (
        r"the SPSS file could not be read \((?P<error>\w+): (?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the SPSS file could not be read ({error}: {reason})"),
    ),
    (
        r"the Word document is damaged: its XML cannot be parsed \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("import_errors", "the Word document is damaged: its XML cannot be parsed ({reason})"),
    ),
    (
        r"the Word document is incomplete: part (?P<part>.+) is missing \(it may be damaged, or saved in the 'Strict Open XML' format — save it again as a regular \.docx\)",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the Word document is incomplete: part {part} is missing (it may be damaged, or saved in the 'Strict Open XML' format — save it again as a regular .docx)",
        ),
    ),
    (r"(?P<name>.+\.\w+) is empty", QT_TRANSLATE_NOOP("import_errors", "{name} is empty")),
)

# what the importers say a file is (qcoder/importers/__init__.py _FORMAT_NAMES, _textenc.py KIND_NAMES)
KINDS = frozenset(
    (
        QT_TRANSLATE_NOOP("import_errors", "plain text"),
        QT_TRANSLATE_NOOP("import_errors", "a Word .docx document"),
        QT_TRANSLATE_NOOP("import_errors", "a legacy Word .doc document"),
        QT_TRANSLATE_NOOP("import_errors", "an OpenDocument text"),
        QT_TRANSLATE_NOOP("import_errors", "an RTF document"),
        QT_TRANSLATE_NOOP("import_errors", "a PDF document"),
        QT_TRANSLATE_NOOP("import_errors", "a caption (VTT/SRT) file"),
        QT_TRANSLATE_NOOP("import_errors", "an HTML page"),
        QT_TRANSLATE_NOOP("import_errors", "a ZIP archive"),
        QT_TRANSLATE_NOOP("import_errors", "an OpenDocument text (.odt)"),
        QT_TRANSLATE_NOOP("import_errors", "an Excel workbook"),
        QT_TRANSLATE_NOOP("import_errors", "a legacy Microsoft Office file (.doc/.xls)"),
        QT_TRANSLATE_NOOP("import_errors", "an image"),
        QT_TRANSLATE_NOOP("import_errors", "a compressed archive"),
        QT_TRANSLATE_NOOP("import_errors", "an audio file"),
        QT_TRANSLATE_NOOP("import_errors", "a program"),
        QT_TRANSLATE_NOOP("import_errors", "a WebVTT caption file"),
        QT_TRANSLATE_NOOP("import_errors", "binary data of an unknown kind"),
        QT_TRANSLATE_NOOP("import_errors", "another kind of file"),
    )
)
# messages naming what a file is: (how the importer writes it, template); {format} and {what} are KINDS
APPEARS = (
    (
        r"the file is not (?P<format>.+?): it appears to be (?P<what>.+); check the file or rename it with the right extension",
        QT_TRANSLATE_NOOP(
            "import_errors",
            "the file is not {format}: it appears to be {what}; check the file or rename it with the right extension",
        ),
    ),
    (
        r"unsupported file type (?P<suffix>.+): it appears to be (?P<what>.+); qcoder imports (?P<listed>.+)",
        QT_TRANSLATE_NOOP(
            "import_errors", "unsupported file type {suffix}: it appears to be {what}; qcoder imports {listed}"
        ),
    ),
    (
        r"the file looks like binary data, not text \(it appears to be (?P<what>.+)\)",
        QT_TRANSLATE_NOOP("import_errors", "the file looks like binary data, not text (it appears to be {what})"),
    ),
)
_KNOWN = KnownTexts("import_errors", FIXED, NAMED)


def import_error_text(text: str) -> str | None:
    """``text``, an importer's error message, in the window's language; None when not listed."""
    found = _KNOWN.translated(text)
    return found if found is not None else _appears(text)


def _appears(text: str) -> str | None:
    for pattern, template in APPEARS:
        found = re.fullmatch(pattern, text, re.S)
        if found:
            parts = {k: translate("import_errors", v) if v in KINDS else v for k, v in found.groupdict().items()}
            return translate("import_errors", template).format(**parts)
    return None
