"""Texts the Qt-free layers write, in the window's language.

Progress messages (``progress(0, 0, "Reading the project…")``) and error messages
(:func:`qcoder.app.errors.error_message`, the typed errors of :mod:`qcoder.core.errors`) are
written in English by layers that cannot reach Qt's translator. As with undo step names
(:mod:`qcoder.gui.command_names`), they are listed here, where the window shows them: fixed texts
translate as they are; texts with a name, a number or a path are matched and rebuilt from a
translated template; an operating-system error followed by its file ("permission denied: /x")
translates its head. A text not listed stays as the core wrote it.
"""

from __future__ import annotations

import re

from qcoder.gui.core_errors import bad_rows_text, error_text
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, KnownTexts, active_language, translate
from qcoder.gui.import_warnings import warning_text

# progress messages (qcoder/app/exports.py, reports.py, deidentify, exporters, nlp)
PROGRESS = (
    QT_TRANSLATE_NOOP("core_texts", "Reading the project…"),
    QT_TRANSLATE_NOOP("core_texts", "Computing the matrix and its drafts…"),
    QT_TRANSLATE_NOOP("core_texts", "Rolling up the case summaries…"),
    QT_TRANSLATE_NOOP("core_texts", "Reading the memos…"),
    QT_TRANSLATE_NOOP("core_texts", "Counting new codes per document…"),
    QT_TRANSLATE_NOOP("core_texts", "Computing agreement…"),
    QT_TRANSLATE_NOOP("core_texts", "reading the project"),
    QT_TRANSLATE_NOOP("core_texts", "counting"),
    QT_TRANSLATE_NOOP("core_texts", "training"),
    QT_TRANSLATE_NOOP("core_texts", "codebook"),
    QT_TRANSLATE_NOOP("core_texts", "codings"),
)

# qcoder/app/errors.py: operating-system errors (may be followed by ": <file>")
OS_ERRORS = (
    QT_TRANSLATE_NOOP("core_texts", "same text as a document already in the project"),
    QT_TRANSLATE_NOOP("core_texts", "the disk is full; free some space and try again"),
    QT_TRANSLATE_NOOP("core_texts", "permission denied"),
    QT_TRANSLATE_NOOP("core_texts", "operation not permitted"),
    QT_TRANSLATE_NOOP("core_texts", "the disk is read-only"),
    QT_TRANSLATE_NOOP("core_texts", "no such file or folder"),
    QT_TRANSLATE_NOOP("core_texts", "this is a folder, not a file"),
    QT_TRANSLATE_NOOP("core_texts", "not a folder"),
    QT_TRANSLATE_NOOP("core_texts", "interrupted"),
)

# qcoder/store/db_errors.py: database errors described by their kind
DATABASE = (
    QT_TRANSLATE_NOOP(
        "core_texts", "the disk is full (or the project reached its size limit); free some space and try again"
    ),
    QT_TRANSLATE_NOOP(
        "core_texts", "the disk could not be read or written (disk I/O error); check the drive and try again"
    ),
    QT_TRANSLATE_NOOP("core_texts", "the project is read-only here (file or folder permissions); nothing was changed"),
    QT_TRANSLATE_NOOP(
        "core_texts", "the project file or its folder cannot be opened (permissions, or a missing folder)"
    ),
    QT_TRANSLATE_NOOP("core_texts", "another program is writing to the project; try again in a moment"),
    QT_TRANSLATE_NOOP(
        "core_texts", "the project file is not a readable database (damaged, or encrypted with another passphrase)"
    ),
    QT_TRANSLATE_NOOP("core_texts", "the project file is damaged; run 'qcoder check' and restore a backup"),
    QT_TRANSLATE_NOOP(
        "core_texts", "someone else made the same change at the same time (a name already taken); try again"
    ),
    QT_TRANSLATE_NOOP("core_texts", "the change breaks one of the project's rules (e.g. offsets); nothing was changed"),
    QT_TRANSLATE_NOOP("core_texts", "the change refers to an item that no longer exists; reload and try again"),
    QT_TRANSLATE_NOOP("core_texts", "the change leaves a required value empty; nothing was changed"),
    QT_TRANSLATE_NOOP("core_texts", "the operation was interrupted; nothing was changed"),
    QT_TRANSLATE_NOOP(
        "core_texts",
        "the server refused this change: your database login lacks the permission (ask the project's lead)",
    ),
    QT_TRANSLATE_NOOP("core_texts", "the change breaks one of the project's rules; nothing was changed"),
    QT_TRANSLATE_NOOP("core_texts", "the server's disk is full; ask its administrator"),
    QT_TRANSLATE_NOOP("core_texts", "another user changed the same data at the same time; try again"),
    QT_TRANSLATE_NOOP("core_texts", "the server cancelled the operation (time limit); nothing was changed"),
    QT_TRANSLATE_NOOP("core_texts", "the server refused the login (wrong user or password)"),
    QT_TRANSLATE_NOOP("core_texts", "the server refused the login"),
    QT_TRANSLATE_NOOP("core_texts", "the connection to the server failed; check the network and try again"),
    QT_TRANSLATE_NOOP("core_texts", "the server is out of resources (disk, memory or connections); try again later"),
    QT_TRANSLATE_NOOP(
        "core_texts", "the server refused the statement (permissions, or a database of another qcoder version)"
    ),
)

# the typed errors' own words (import, backup, open, encryption, team, agreement, queries…)
ERRORS = (
    QT_TRANSLATE_NOOP("core_texts", "a code name cannot contain '>' (it separates levels in code paths)"),
    QT_TRANSLATE_NOOP("core_texts", "backups of server projects are made with the server's own tools (pg_dump)"),
    QT_TRANSLATE_NOOP(
        "core_texts", "reading SPSS .sav files needs the pyreadstat package: pip install 'qcoder[survey]'"
    ),
    QT_TRANSLATE_NOOP(
        "core_texts", "writing SPSS .sav files needs the pyreadstat package: pip install 'qcoder[survey]'"
    ),
    QT_TRANSLATE_NOOP("core_texts", "say how the interviewer's paragraphs start (for example Q:)"),
    QT_TRANSLATE_NOOP("core_texts", "the file's structure is nested too deeply to be read"),
    QT_TRANSLATE_NOOP("core_texts", "OpenDocument spreadsheets are not supported: save the sheet as .xlsx or CSV"),
    QT_TRANSLATE_NOOP("core_texts", "old Excel .xls files are not supported: save the sheet as .xlsx or CSV"),
    QT_TRANSLATE_NOOP("core_texts", "a code needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "a coder needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "a document needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "a memo needs some text"),
    QT_TRANSLATE_NOOP("core_texts", "a participant needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "an attribute needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "a saved query needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "a speaker needs a label"),
    QT_TRANSLATE_NOOP("core_texts", "a round needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "the consensus coder needs a name"),
    QT_TRANSLATE_NOOP("core_texts", "a placeholder cannot be empty"),
    QT_TRANSLATE_NOOP("core_texts", "a coder may only change their own codings"),
    QT_TRANSLATE_NOOP("core_texts", "a coder may only change their own memos"),
    QT_TRANSLATE_NOOP("core_texts", "a coder may only write memos in their own name"),
    QT_TRANSLATE_NOOP("core_texts", "a coder may only write their own summaries"),
    QT_TRANSLATE_NOOP("core_texts", "only a lead may change members"),
    QT_TRANSLATE_NOOP("core_texts", "only a lead may switch blind mode"),
    QT_TRANSLATE_NOOP("core_texts", "a project on a server keeps no copies of recordings: link the file instead"),
    QT_TRANSLATE_NOOP("core_texts", "agreement needs at least two coders"),
    QT_TRANSLATE_NOOP("core_texts", "agreement needs at least two different coders"),
    QT_TRANSLATE_NOOP("core_texts", "agreement compares two or more coders"),
    QT_TRANSLATE_NOOP("core_texts", "an empty passphrase cannot protect anything; choose a passphrase"),
    QT_TRANSLATE_NOOP("core_texts", "an empty passphrase cannot protect anything; choose a passphrase for the copy"),
    QT_TRANSLATE_NOOP("core_texts", "cancelled"),
    QT_TRANSLATE_NOOP("core_texts", "choose a coder before coding"),
    QT_TRANSLATE_NOOP("core_texts", "choose at least one text column (the open-ended answers)"),
    QT_TRANSLATE_NOOP("core_texts", "choose coders or a consensus coder, not both"),
    QT_TRANSLATE_NOOP("core_texts", "empty code path"),
    QT_TRANSLATE_NOOP("core_texts", "empty query: name a code"),
    QT_TRANSLATE_NOOP("core_texts", "empty regular expression"),
    QT_TRANSLATE_NOOP("core_texts", "missing closing parenthesis"),
    QT_TRANSLATE_NOOP("core_texts", "expected a code path, found the end of the query"),
    QT_TRANSLATE_NOOP("core_texts", "FOLLOWED must be followed by BY"),
    QT_TRANSLATE_NOOP("core_texts", "after / give a scope: overlap, sentence, turn, paragraph, document or a number"),
    QT_TRANSLATE_NOOP("core_texts", "encryption is for project files; a server protects its databases itself"),
    QT_TRANSLATE_NOOP("core_texts", "every answer in the chosen text columns is blank: nothing to import"),
    QT_TRANSLATE_NOOP("core_texts", "members with database logins need a PostgreSQL project (a server URL)"),
    QT_TRANSLATE_NOOP("core_texts", "roles and row-level security need a PostgreSQL project"),
    QT_TRANSLATE_NOOP("core_texts", "not a database URL; a server project is postgresql+psycopg://user@host/db"),
    QT_TRANSLATE_NOOP("core_texts", "the database is not empty; create projects in an empty database"),
    QT_TRANSLATE_NOOP("core_texts", "redacting in place needs a backup file first"),
    QT_TRANSLATE_NOOP("core_texts", "name the documents of the round"),
    QT_TRANSLATE_NOOP("core_texts", "no keywords given"),
    QT_TRANSLATE_NOOP("core_texts", "no word to look for"),
    QT_TRANSLATE_NOOP("core_texts", "no speaker group value given"),
    QT_TRANSLATE_NOOP("core_texts", "only speakers of the same document can be merged"),
    QT_TRANSLATE_NOOP("core_texts", "say whose version to accept"),
    QT_TRANSLATE_NOOP("core_texts", "accepting a version needs one of the compared coders"),
    QT_TRANSLATE_NOOP("core_texts", "the document already has speaker turns"),
    QT_TRANSLATE_NOOP("core_texts", "the document has no paragraphs to give to speakers"),
    QT_TRANSLATE_NOOP("core_texts", "the report is a Word file: give a path ending in .docx"),
    QT_TRANSLATE_NOOP("core_texts", "the codebook is empty: a .qdc file must hold at least one code"),
    QT_TRANSLATE_NOOP("core_texts", "not a file (it is a folder or a device)"),
    QT_TRANSLATE_NOOP("core_texts", "permission denied: qcoder may not read this file"),
    QT_TRANSLATE_NOOP("core_texts", "permission denied: qcoder may not read the attribute sheet"),
    QT_TRANSLATE_NOOP("core_texts", "permission denied: qcoder may not read the survey file"),
    QT_TRANSLATE_NOOP(
        "core_texts",
        "the .odt file is password-protected; remove the password in LibreOffice (File > Properties) and save it again",
    ),
    QT_TRANSLATE_NOOP("core_texts", "the PDF file is damaged: no page could be read"),
    QT_TRANSLATE_NOOP("core_texts", "the PDF has no pages"),
    QT_TRANSLATE_NOOP("core_texts", "the PDF is password-protected; remove the password and try again"),
    QT_TRANSLATE_NOOP("core_texts", "the attribute sheet does not exist (or is a folder)"),
    QT_TRANSLATE_NOOP("core_texts", "the attribute sheet has no header row (it is empty)"),
    QT_TRANSLATE_NOOP("core_texts", "the attribute sheet is empty"),
    QT_TRANSLATE_NOOP("core_texts", "the caption file contains no caption text"),
    QT_TRANSLATE_NOOP("core_texts", "the file does not exist (it may have been moved or deleted)"),
    QT_TRANSLATE_NOOP(
        "core_texts",
        "the file is a Word template or macro-enabled document, not a plain .docx; open it in Word and save it as a Word Document (.docx)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "core_texts", "the file is an OpenDocument file but not a text document (perhaps a spreadsheet or presentation)"
    ),
    QT_TRANSLATE_NOOP("core_texts", "the file is empty"),
    QT_TRANSLATE_NOOP("core_texts", "the file is not a valid Word .docx package"),
    QT_TRANSLATE_NOOP(
        "core_texts",
        "the file is password-protected (encrypted Office document); remove the password in Word and save it again",
    ),
    QT_TRANSLATE_NOOP("core_texts", "the file is too large to import (out of memory)"),
    QT_TRANSLATE_NOOP("core_texts", "the survey file does not exist (or is a folder)"),
    QT_TRANSLATE_NOOP("core_texts", "the survey file has a header but no answers under it"),
    QT_TRANSLATE_NOOP("core_texts", "the survey file is empty"),
    QT_TRANSLATE_NOOP("core_texts", "the workbook has no worksheets"),
)

FIXED = frozenset((*PROGRESS, *OS_ERRORS, *DATABASE, *ERRORS))

# texts the core builds with a name, a number or a path: (how the core writes it, template)
NAMED = (
    (r"Writing (?P<name>.+)…", QT_TRANSLATE_NOOP("core_texts", "Writing {name}…")),
    (r"no project at (?P<path>.+)", QT_TRANSLATE_NOOP("core_texts", "no project at {path}")),
    (
        r"(?P<path>.+) is not a qcoder project \(not an SQLite database\)",
        QT_TRANSLATE_NOOP("core_texts", "{path} is not a qcoder project (not an SQLite database)"),
    ),
    (
        r"(?P<path>.+) already exists; a backup is written to a new file",
        QT_TRANSLATE_NOOP("core_texts", "{path} already exists; a backup is written to a new file"),
    ),
    (
        r"(?P<path>.+) exists already; qcoder does not write over it",
        QT_TRANSLATE_NOOP("core_texts", "{path} exists already; qcoder does not write over it"),
    ),
    (r"(?P<path>.+) already exists", QT_TRANSLATE_NOOP("core_texts", "{path} already exists")),
    (r"(?P<name>.+) is not encrypted", QT_TRANSLATE_NOOP("core_texts", "{name} is not encrypted")),
    (r"(?P<name>.+) is already encrypted", QT_TRANSLATE_NOOP("core_texts", "{name} is already encrypted")),
    (r"folder (?P<path>.+) does not exist", QT_TRANSLATE_NOOP("core_texts", "folder {path} does not exist")),
    (r"no backup at (?P<path>.+)", QT_TRANSLATE_NOOP("core_texts", "no backup at {path}")),
    (r"cannot read (?P<path>.+): (?P<reason>[^:]+)", QT_TRANSLATE_NOOP("core_texts", "cannot read {path}: {reason}")),
    (
        r"the file is too large \((?P<size>\d+) MB; the limit is (?P<limit>\d+) MB\)",
        QT_TRANSLATE_NOOP("core_texts", "the file is too large ({size} MB; the limit is {limit} MB)"),
    ),
    (
        r"the file cannot be read \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "the file cannot be read ({reason})"),
    ),
    (
        r"the text encoding could not be recognised \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "the text encoding could not be recognised ({reason})"),
    ),
    (
        r"the backup of (?P<name>.+) failed its check: (?P<summary>.+)",
        QT_TRANSLATE_NOOP("core_texts", "the backup of {name} failed its check: {summary}"),
    ),
    (
        r"the backup (?P<name>.+) fails its check, so it was not restored: (?P<summary>.+)",
        QT_TRANSLATE_NOOP("core_texts", "the backup {name} fails its check, so it was not restored: {summary}"),
    ),
    (
        r"the restored project fails its check: (?P<summary>.+)",
        QT_TRANSLATE_NOOP("core_texts", "the restored project fails its check: {summary}"),
    ),
    (
        r"(?P<name>.+) is the open project's own file: choose another name",
        QT_TRANSLATE_NOOP("core_texts", "{name} is the open project's own file: choose another name"),
    ),
    (r"(?P<value>.+) is not a number", QT_TRANSLATE_NOOP("core_texts", "{value} is not a number")),
    (
        r"(?P<value>.+) is not a date \(use YYYY-MM-DD\)",
        QT_TRANSLATE_NOOP("core_texts", "{value} is not a date (use YYYY-MM-DD)"),
    ),
    (
        r"(?P<name>.+): REFI-QDA files end in \.qdpx \(project\) or \.qdc \(codebook\)",
        QT_TRANSLATE_NOOP("core_texts", "{name}: REFI-QDA files end in .qdpx (project) or .qdc (codebook)"),
    ),
    (
        r"(?P<name>.+): a REFI-QDA codebook ends in \.qdc \(or \.qdpx for a project's codebook\)",
        QT_TRANSLATE_NOOP("core_texts", "{name}: a REFI-QDA codebook ends in .qdc (or .qdpx for a project's codebook)"),
    ),
    (
        r"(?P<name>.+) is not a REFI-QDA project: it has no project\.qde inside",
        QT_TRANSLATE_NOOP("core_texts", "{name} is not a REFI-QDA project: it has no project.qde inside"),
    ),
    (
        r"(?P<name>.+) is not a REFI-QDA project: a \.qdpx file is a zip archive, and this is not one",
        QT_TRANSLATE_NOOP(
            "core_texts", "{name} is not a REFI-QDA project: a .qdpx file is a zip archive, and this is not one"
        ),
    ),
    (
        r"(?P<name>.+) is not a valid \.qdpx file: it is not a zip archive \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "{name} is not a valid .qdpx file: it is not a zip archive ({reason})"),
    ),
    (
        r"(?P<name>.+) does not exist or is not a file",
        QT_TRANSLATE_NOOP("core_texts", "{name} does not exist or is not a file"),
    ),
    (r"cannot open (?P<name>.+): (?P<reason>[^:]+)", QT_TRANSLATE_NOOP("core_texts", "cannot open {name}: {reason}")),
    (
        r"(?P<name>.+) is not a readable qcoder codings file \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "{name} is not a readable qcoder codings file ({reason})"),
    ),
    (
        r"(?P<name>.+) is not UTF-8 text \(byte (?P<n>\d+)\); save it as CSV UTF-8",
        QT_TRANSLATE_NOOP("core_texts", "{name} is not UTF-8 text (byte {n}); save it as CSV UTF-8"),
    ),
    (
        r"(?P<name>.+): no codes found \(a sheet with a 'code' column, one code per row\); nothing imported",
        QT_TRANSLATE_NOOP(
            "core_texts", "{name}: no codes found (a sheet with a 'code' column, one code per row); nothing imported"
        ),
    ),
    (
        r"(?P<name>.+): expected a \.csv or \.xlsx file",
        QT_TRANSLATE_NOOP("core_texts", "{name}: expected a .csv or .xlsx file"),
    ),
    (
        r"no coder named (?P<names>.+) \(coders: (?P<known>.*)\)",
        QT_TRANSLATE_NOOP("core_texts", "no coder named {names} (coders: {known})"),
    ),
    (
        r"no code at (?P<path>.+) \(give a code path such as 'Parent > Child'\)",
        QT_TRANSLATE_NOOP("core_texts", "no code at {path} (give a code path such as 'Parent > Child')"),
    ),
    (r"no code (?P<names>[^:(]+)", QT_TRANSLATE_NOOP("core_texts", "no code {names}")),
    (r"no document named (?P<names>.+)", QT_TRANSLATE_NOOP("core_texts", "no document named {names}")),
    (r"already in another round: (?P<names>.+)", QT_TRANSLATE_NOOP("core_texts", "already in another round: {names}")),
    (
        r"(?P<name>.+) is not a recording qcoder plays \((?P<suffixes>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "{name} is not a recording qcoder plays ({suffixes})"),
    ),
    (r"no such recording: (?P<name>.+)", QT_TRANSLATE_NOOP("core_texts", "no such recording: {name}")),
    (
        r"(?P<name>.+) was replaced by another process \(encrypted, decrypted or restored\) after it was opened here; nothing was written\. Open it again\.",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "{name} was replaced by another process (encrypted, decrypted or restored) after it was opened here; nothing was written. Open it again.",  # noqa: E501
        ),
    ),
    (
        r"the converted copy of (?P<name>.+) fails its check \((?P<summary>.+)\); nothing was changed",
        QT_TRANSLATE_NOOP(
            "core_texts", "the converted copy of {name} fails its check ({summary}); nothing was changed"
        ),
    ),
    (
        r"agreement is computed for at most (?P<n>\d+) coders at once",
        QT_TRANSLATE_NOOP("core_texts", "agreement is computed for at most {n} coders at once"),
    ),
    (
        r"no attribute named (?P<name>.+) to group by \(attributes: (?P<known>.*)\)",
        QT_TRANSLATE_NOOP("core_texts", "no attribute named {name} to group by (attributes: {known})"),
    ),
    (
        r"no attribute named (?P<name>.+) \(attributes: (?P<known>.*)\)",
        QT_TRANSLATE_NOOP("core_texts", "no attribute named {name} (attributes: {known})"),
    ),
    (
        r"(?P<name>.+) is one of the coders compared: the consensus would overwrite their codings; choose a new name \(e\.g\. Consensus\)",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "{name} is one of the coders compared: the consensus would overwrite their codings; choose a new name (e.g. Consensus)",  # noqa: E501
        ),
    ),
    (
        r"(?P<name>.+) has codings of their own: the consensus would overwrite them; choose a new name or an earlier consensus coder",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "{name} has codings of their own: the consensus would overwrite them; choose a new name or an earlier consensus coder",  # noqa: E501
        ),
    ),
    (
        r"(?P<path>.+) needs at least two subcodes to be a group of exclusive categories",
        QT_TRANSLATE_NOOP("core_texts", "{path} needs at least two subcodes to be a group of exclusive categories"),
    ),
    (
        r"the PDF file is damaged or incomplete \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "the PDF file is damaged or incomplete ({reason})"),
    ),
    (
        r"the PDF is encrypted and cannot be opened \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "the PDF is encrypted and cannot be opened ({reason})"),
    ),
    (
        r"the \.docx file is damaged or incomplete \((?P<reason>.+)\); open it in Word and save it again",
        QT_TRANSLATE_NOOP(
            "core_texts", "the .docx file is damaged or incomplete ({reason}); open it in Word and save it again"
        ),
    ),
    (
        r"the Word document could not be read \((?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "the Word document could not be read ({reason})"),
    ),
    (
        r"invalid regular expression (?P<expression>.+): (?P<reason>[^:]+)",
        QT_TRANSLATE_NOOP("core_texts", "invalid regular expression {expression}: {reason}"),
    ),
    (
        r"(?P<name>.+) is in a read-only place and its journal \((?P<journal>.+)\) holds changes not yet saved into it; copy the folder to a writable place and open the copy",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "{name} is in a read-only place and its journal ({journal}) holds changes not yet saved into it; copy the folder to a writable place and open the copy",  # noqa: E501
        ),
    ),
    (
        r"(?P<name>.+) needs a schema upgrade, which cannot happen while it is open read-only; open it where it can be changed",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "{name} needs a schema upgrade, which cannot happen while it is open read-only; open it where it can be changed",  # noqa: E501
        ),
    ),
    (
        r"quotes per theme: give a number from 0 to (?P<n>\d+)",
        QT_TRANSLATE_NOOP("core_texts", "quotes per theme: give a number from 0 to {n}"),
    ),
    (
        r"the survey has no column (?P<name>.+) \(its columns: (?P<shown>.+)\)",
        QT_TRANSLATE_NOOP("core_texts", "the survey has no column {name} (its columns: {shown})"),
    ),
    (
        r"unsupported survey file type (?P<kind>.+): use \.csv, \.xlsx or \.sav",
        QT_TRANSLATE_NOOP("core_texts", "unsupported survey file type {kind}: use .csv, .xlsx or .sav"),
    ),
    (
        r"unsupported attribute sheet type (?P<kind>.+): use \.csv or \.xlsx",
        QT_TRANSLATE_NOOP("core_texts", "unsupported attribute sheet type {kind}: use .csv or .xlsx"),
    ),
    (
        r"row (?P<row>\d+): column (?P<column>[A-Z]+) has no header name",
        QT_TRANSLATE_NOOP("core_texts", "row {row}: column {column} has no header name"),
    ),
    (
        r"the attribute sheet needs a column naming the document \(document, file or filename\); found: (?P<found>.*)",
        QT_TRANSLATE_NOOP(
            "core_texts",
            "the attribute sheet needs a column naming the document (document, file or filename); found: {found}",
        ),
    ),
    (
        r"the file starts with a (?P<encoding>[\w-]+) byte-order mark but is not valid (?P=encoding) \(bad bytes at position (?P<position>\d+)\)",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "the file starts with a {encoding} byte-order mark but is not valid {encoding} (bad bytes at position {position})",  # noqa: E501
        ),
    ),
    (
        r"the (?P<kind>[\w.]+) file is encrypted \(password-protected\); remove the password in the program that made it and save it again",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "core_texts",
            "the {kind} file is encrypted (password-protected); remove the password in the program that made it and save it again",  # noqa: E501
        ),
    ),
)
_KNOWN = KnownTexts("core_texts", FIXED, NAMED)


# a query that does not parse (qcoder.analysis.query_parse.QuerySyntaxError): "<message> at position <n>"
_AT_POSITION = re.compile(r"(?P<message>.+) at position (?P<n>\d+)", re.S)


def core_text(text: str) -> str:
    """``text``, written in English by a Qt-free layer, as the window shows it."""
    if not text or active_language() == "en":
        return text
    found = _translated(text)
    return text if found is None else found


def known(text: str) -> bool:
    """Whether ``text`` is listed (here, in :mod:`qcoder.gui.core_errors` or
    :mod:`qcoder.gui.import_warnings`): it then reads in the window's language, whichever that is."""
    return _translated(text) is not None


def _translated(text: str) -> str | None:
    if text in FIXED:
        return translate("core_texts", text)
    query = _AT_POSITION.fullmatch(text)  # first: "found {found}" would take the position in
    message = _translated(query["message"]) if query else None
    if query and message is not None:
        return translate("core_texts", "{message} at position {n}").format(message=message, n=query["n"])
    found = bad_rows_text(text, _translated)
    if found is None:
        found = warning_text(text)  # an importer's warning on a document it imported
    if found is None:
        found = error_text(text)  # before the broad patterns below, such as "{path} already exists"
    if found is None:
        found = _KNOWN.translated(text)
    if found is not None:
        return found
    head, colon, rest = text.partition(": ")
    if colon and head in OS_ERRORS:
        return translate("core_texts", head) + translate("core_texts", ": ") + rest
    return None
