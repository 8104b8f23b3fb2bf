"""The error messages of the Qt-free layers, in the window's language (see :mod:`qcoder.gui.core_texts`).

The core, app, store and analysis layers raise their errors in English; the window shows them
through :func:`qcoder.gui.core_texts.core_text`, which looks them up here (and in
:mod:`qcoder.gui.import_errors`, the importers' own) before its own lists: fixed messages as they
are, messages with a name, a number or a path by ``(regex, template)``. ``NotFound(kind, key)``
and ``DuplicateName(kind, name)`` word themselves in their class ("code not found: Trust",
"a document named 'Site 3' already exists"): each kind has its own template, so that Spanish and
French can give the kind its gender. tests/gui/test_core_error_texts.py reads every raise of those
layers and fails when a new message is not listed.
"""

# ruff: noqa: E501  (tables of whole messages, one per line where they fit)
from __future__ import annotations

import re
from collections.abc import Callable

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, KnownTexts, translate
from qcoder.gui.import_errors import import_error_text
from qcoder.gui.project_errors import project_error_text

FIXED = (
    QT_TRANSLATE_NOOP("core_errors", "the confidence level must be between 0 and 1 (e.g. 0.95)"),
    QT_TRANSLATE_NOOP("core_errors", "the seed must be a non-negative integer"),
    QT_TRANSLATE_NOOP("core_errors", "a nominal group needs 1 to 62 distinct codes"),
    QT_TRANSLATE_NOOP("core_errors", "confidence intervals are computed for pooled figures (--pooling pooled)"),
    QT_TRANSLATE_NOOP("core_errors", "a coder is listed twice"),
    QT_TRANSLATE_NOOP("core_errors", "a code is listed twice"),
    QT_TRANSLATE_NOOP("core_errors", "a document is listed twice"),
    QT_TRANSLATE_NOOP("core_errors", "unitizing alpha is defined on the character continuum"),
    QT_TRANSLATE_NOOP("core_errors", "sentence units need unit spans for every document"),
    QT_TRANSLATE_NOOP("core_errors", "paragraph units need unit spans for every document"),
    QT_TRANSLATE_NOOP("core_errors", "turn units need unit spans for every document"),
    QT_TRANSLATE_NOOP("core_errors", "a sentence scope needs the documents' texts"),
    QT_TRANSLATE_NOOP("core_errors", "a paragraph scope needs the documents' texts"),
    QT_TRANSLATE_NOOP("core_errors", "expected a quoted code path, found a parenthesis"),
    QT_TRANSLATE_NOOP("core_errors", "the appendix is written as .docx or .xlsx, not a file without a suffix"),
    QT_TRANSLATE_NOOP("core_errors", "no lemmas given"),
    QT_TRANSLATE_NOOP("core_errors", "no speaker given"),
    QT_TRANSLATE_NOOP("core_errors", "the case table is written as csv, xlsx or sav, not 'a file without a suffix'"),
    QT_TRANSLATE_NOOP(
        "core_errors", "no training rounds yet: add one with 'qcoder round add PROJECT NAME DOCUMENT...'"
    ),
    QT_TRANSLATE_NOOP("core_errors", "--cases is documents, participants, or one or two attribute names"),
    QT_TRANSLATE_NOOP("core_errors", "a case names one or two different attributes"),
    QT_TRANSLATE_NOOP("core_errors", "a case is ATTR=VALUE[|ATTR=VALUE], document:NAME or participant:NAME"),
    QT_TRANSLATE_NOOP("core_errors", "not a qcoder codings file"),
    QT_TRANSLATE_NOOP("core_errors", "a code name cannot be empty"),
    QT_TRANSLATE_NOOP("core_errors", "a coder name cannot be empty"),
    QT_TRANSLATE_NOOP("core_errors", "the schema script changed while the project was created"),
    QT_TRANSLATE_NOOP(
        "core_errors",
        "no interview date to order by: add a document attribute of type date (or one named interview_date or date)",
    ),
    QT_TRANSLATE_NOOP(
        "core_errors", "only a lead may make this change; a coder may change only their own codings and memos"
    ),
)

# NotFound(kind, key): one template per kind, so that the translation can give the kind its gender
NOT_FOUND = {
    "attribute": QT_TRANSLATE_NOOP("core_errors", "attribute not found: {key}"),
    "case": QT_TRANSLATE_NOOP("core_errors", "case not found: {key}"),
    "code": QT_TRANSLATE_NOOP("core_errors", "code not found: {key}"),
    "coder": QT_TRANSLATE_NOOP("core_errors", "coder not found: {key}"),
    "coding": QT_TRANSLATE_NOOP("core_errors", "coding not found: {key}"),
    "document": QT_TRANSLATE_NOOP("core_errors", "document not found: {key}"),
    "memo": QT_TRANSLATE_NOOP("core_errors", "memo not found: {key}"),
    "participant": QT_TRANSLATE_NOOP("core_errors", "participant not found: {key}"),
    "saved query": QT_TRANSLATE_NOOP("core_errors", "saved query not found: {key}"),
    "speaker": QT_TRANSLATE_NOOP("core_errors", "speaker not found: {key}"),
}

# DuplicateName(kind, name): the core writes the name with repr(), in single quotes unless it holds one
DUPLICATE = {
    "attribute": QT_TRANSLATE_NOOP("core_errors", "a attribute named '{name}' already exists"),
    "case": QT_TRANSLATE_NOOP("core_errors", "a case named '{name}' already exists"),
    "code": QT_TRANSLATE_NOOP("core_errors", "a code named '{name}' already exists"),
    "coder": QT_TRANSLATE_NOOP("core_errors", "a coder named '{name}' already exists"),
    "coding": QT_TRANSLATE_NOOP("core_errors", "a coding named '{name}' already exists"),
    "document": QT_TRANSLATE_NOOP("core_errors", "a document named '{name}' already exists"),
    "memo": QT_TRANSLATE_NOOP("core_errors", "a memo named '{name}' already exists"),
    "participant": QT_TRANSLATE_NOOP("core_errors", "a participant named '{name}' already exists"),
    "saved query": QT_TRANSLATE_NOOP("core_errors", "a saved query named '{name}' already exists"),
    "speaker": QT_TRANSLATE_NOOP("core_errors", "a speaker named '{name}' already exists"),
}

# texts with a name, a number or a path: (how the layer writes it, template)
NAMED = (
    (
        r"(?P<path>.+) is a symbolic link; qcoder does not write through links",
        QT_TRANSLATE_NOOP("core_errors", "{path} is a symbolic link; qcoder does not write through links"),
    ),
    (
        r"(?P<name>.+) cannot be opened as a project: (?P<reason>.+)",
        QT_TRANSLATE_NOOP("core_errors", "{name} cannot be opened as a project: {reason}"),
    ),
    (
        r"(?P<name>.+) is a database but not a qcoder project",
        QT_TRANSLATE_NOOP("core_errors", "{name} is a database but not a qcoder project"),
    ),
    (
        r"(?P<name>.+) is an empty database, not a qcoder project",
        QT_TRANSLATE_NOOP("core_errors", "{name} is an empty database, not a qcoder project"),
    ),
    (
        r"(?P<name>.+): same text as the document (?P<existing>.+) already in the project",
        QT_TRANSLATE_NOOP("core_errors", "{name}: same text as the document {existing} already in the project"),
    ),
    (
        r"offsets \[(?P<start>-?\d+), (?P<end>-?\d+)\) are not a non-empty span inside a text of (?P<length>\d+) characters",
        QT_TRANSLATE_NOOP(
            "core_errors", "offsets [{start}, {end}) are not a non-empty span inside a text of {length} characters"
        ),
    ),
    (
        r"cannot move code (?P<code>.+) under its own descendant (?P<parent>.+)",
        QT_TRANSLATE_NOOP("core_errors", "cannot move code {code} under its own descendant {parent}"),
    ),
    (
        r"the project was written by a newer qcoder \(schema revision (?P<found>.+)\); upgrade qcoder to open it",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "the project was written by a newer qcoder (schema revision {found}); upgrade qcoder to open it",
        ),
    ),
    (
        r"encrypted projects need SQLCipher, which is not available here: the Python package 'sqlcipher3' is not installed \((?P<reason>.*)\); install it with 'pip install sqlcipher3'",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "encrypted projects need SQLCipher, which is not available here: the Python package 'sqlcipher3' is not installed ({reason}); install it with 'pip install sqlcipher3'",
        ),
    ),
    (
        r"encrypted projects need SQLCipher, which is not available here: (?P<reason>.+)",
        QT_TRANSLATE_NOOP("core_errors", "encrypted projects need SQLCipher, which is not available here: {reason}"),
    ),
    (
        r"the Python package 'sqlcipher3' is not installed \((?P<reason>.*)\); install it with 'pip install sqlcipher3'",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "the Python package 'sqlcipher3' is not installed ({reason}); install it with 'pip install sqlcipher3'",
        ),
    ),
    (
        r"(?P<name>.+) is encrypted \(or is not a qcoder project\): its passphrase is needed to open it",
        QT_TRANSLATE_NOOP(
            "core_errors", "{name} is encrypted (or is not a qcoder project): its passphrase is needed to open it"
        ),
    ),
    (
        r"wrong passphrase for (?P<name>.+) \(or the file is not a qcoder project\)",
        QT_TRANSLATE_NOOP("core_errors", "wrong passphrase for {name} (or the file is not a qcoder project)"),
    ),
    (
        r"(?P<name>.+) is open read-only here; changes are not possible",
        QT_TRANSLATE_NOOP("core_errors", "{name} is open read-only here; changes are not possible"),
    ),
    (
        r"another qcoder process is writing to (?P<name>.+); cannot (?P<action>[\w ]+) it now \(wait for that command to finish, or close the project in the other window\)",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "another qcoder process is writing to {name}; cannot {action} it now (wait for that command to finish, or close the project in the other window)",
        ),
    ),
    (
        r"only a lead may make this change \((?P<action>.+)\); a coder may change only their own codings and memos",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "only a lead may make this change ({action}); a coder may change only their own codings and memos",
        ),
    ),
    (
        r"the number of bootstrap draws must be between 1 and (?P<n>[\d,]+)",
        QT_TRANSLATE_NOOP("core_errors", "the number of bootstrap draws must be between 1 and {n}"),
    ),
    (
        r"codes not among the compared codes: (?P<names>.+)",
        QT_TRANSLATE_NOOP("core_errors", "codes not among the compared codes: {names}"),
    ),
    (
        r"no length given for document (?P<name>.+)",
        QT_TRANSLATE_NOOP("core_errors", "no length given for document {name}"),
    ),
    (
        r"units of document (?P<name>.+) must be sorted, non-empty, non-overlapping spans inside its (?P<length>\d+) characters; got \((?P<start>-?\d+), (?P<end>-?\d+)\) after offset (?P<offset>-?\d+)",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "units of document {name} must be sorted, non-empty, non-overlapping spans inside its {length} characters; got ({start}, {end}) after offset {offset}",
        ),
    ),
    (
        r"no unit spans given for document (?P<name>.+)",
        QT_TRANSLATE_NOOP("core_errors", "no unit spans given for document {name}"),
    ),
    (
        r"--where takes ATTR=VALUE, not (?P<value>.+)",
        QT_TRANSLATE_NOOP("core_errors", "--where takes ATTR=VALUE, not {value}"),
    ),
    (
        r"a scope is overlap, sentence, turn, paragraph, document or a number of characters, not (?P<value>.+)",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "a scope is overlap, sentence, turn, paragraph, document or a number of characters, not {value}",
        ),
    ),
    (
        r"expected a quoted code path, found (?P<found>.+)",
        QT_TRANSLATE_NOOP("core_errors", "expected a quoted code path, found {found}"),
    ),
    (r"unclosed quote (?P<quote>.+)", QT_TRANSLATE_NOOP("core_errors", "unclosed quote {quote}")),
    (
        r"expected AND, OR, NEAR or FOLLOWED BY, found (?P<found>.+)",
        QT_TRANSLATE_NOOP("core_errors", "expected AND, OR, NEAR or FOLLOWED BY, found {found}"),
    ),
    (
        r"the appendix is written as \.docx or \.xlsx, not (?P<suffix>.+)",
        QT_TRANSLATE_NOOP("core_errors", "the appendix is written as .docx or .xlsx, not {suffix}"),
    ),
    (
        r"the case table is written as csv, xlsx or sav, not (?P<format>.+)",
        QT_TRANSLATE_NOOP("core_errors", "the case table is written as csv, xlsx or sav, not {format}"),
    ),
    (
        r"write the (?P<format>\w+) case table to a file ending in \.(?P=format), not (?P<name>.+)",
        QT_TRANSLATE_NOOP("core_errors", "write the {format} case table to a file ending in .{format}, not {name}"),
    ),
    (
        r"the document (?P<name>.+) changed since it was reviewed; find identifiers again",
        QT_TRANSLATE_NOOP("core_errors", "the document {name} changed since it was reviewed; find identifiers again"),
    ),
    (
        r"the document (?P<name>.+) changed since it was reviewed",
        QT_TRANSLATE_NOOP("core_errors", "the document {name} changed since it was reviewed"),
    ),
    (
        r"unknown language (?P<value>.+): give a code such as en, es, fr, de \(or auto\)",
        QT_TRANSLATE_NOOP("core_errors", "unknown language {value}: give a code such as en, es, fr, de (or auto)"),
    ),
    (
        r"a memo is on project, document:NAME, code:PATH or participant:NAME, not (?P<value>.+)",
        QT_TRANSLATE_NOOP(
            "core_errors", "a memo is on project, document:NAME, code:PATH or participant:NAME, not {value}"
        ),
    ),
    (
        r"(?P<name>.+) cannot even be copied \((?P<error>\w+)\); nothing was changed\. Restore a backup instead: qcoder restore (?P<path>.+) --latest",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "{name} cannot even be copied ({error}); nothing was changed. Restore a backup instead: qcoder restore {path} --latest",
        ),
    ),
    (
        r"the document attribute (?P<name>.+) exists and is not a category",
        QT_TRANSLATE_NOOP("core_errors", "the document attribute {name} exists and is not a category"),
    ),
    (
        r"turn \[(?P<start>-?\d+), (?P<end>-?\d+)\) lies outside the text",
        QT_TRANSLATE_NOOP("core_errors", "turn [{start}, {end}) lies outside the text"),
    ),
    (
        r"unknown rule (?P<rule>.+) \(alternate or marker\)",
        QT_TRANSLATE_NOOP("core_errors", "unknown rule {rule} (alternate or marker)"),
    ),
    (
        r"not enough coded examples to learn from: each code needs at least (?P<n>\d+) coded sentences",
        QT_TRANSLATE_NOOP(
            "core_errors", "not enough coded examples to learn from: each code needs at least {n} coded sentences"
        ),
    ),
    (
        r"not enough coded examples to learn from: each code needs at least (?P<n>\d+) coded turns",
        QT_TRANSLATE_NOOP(
            "core_errors", "not enough coded examples to learn from: each code needs at least {n} coded turns"
        ),
    ),
    (
        r"the ID column (?P<name>.+) cannot also be a text column",
        QT_TRANSLATE_NOOP("core_errors", "the ID column {name} cannot also be a text column"),
    ),
    (
        r"the column (?P<name>.+) is both a text and an attribute column",
        QT_TRANSLATE_NOOP("core_errors", "the column {name} is both a text and an attribute column"),
    ),
    (
        r"--per must be 'answer' or 'respondent', not (?P<value>.+)",
        QT_TRANSLATE_NOOP("core_errors", "--per must be 'answer' or 'respondent', not {value}"),
    ),
    (
        r"row (?P<row>\d+): the ID column (?P<name>.+) is empty",
        QT_TRANSLATE_NOOP("core_errors", "row {row}: the ID column {name} is empty"),
    ),
    (
        r"respondent id (?P<id>.+) appears twice \(rows (?P<first>\d+) and (?P<second>\d+)\)",
        QT_TRANSLATE_NOOP("core_errors", "respondent id {id} appears twice (rows {first} and {second})"),
    ),
    (r"(?P<name>.+): write \.csv or \.xlsx", QT_TRANSLATE_NOOP("core_errors", "{name}: write .csv or .xlsx")),
    (
        r"(?P<url>.+) is not a database URL \(postgresql\+psycopg://user@host/db\)",
        QT_TRANSLATE_NOOP("core_errors", "{url} is not a database URL (postgresql+psycopg://user@host/db)"),
    ),
    (
        r"(?P<url>.+) is not a server project's URL \(postgresql\+psycopg://user@host/db\); pull copies server projects; for a project file use handout or backup, which keep its encryption",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "{url} is not a server project's URL (postgresql+psycopg://user@host/db); pull copies server projects; for a project file use handout or backup, which keep its encryption",
        ),
    ),
    (r"(?P<value>.+) is not a finite number", QT_TRANSLATE_NOOP("core_errors", "{value} is not a finite number")),
    (
        r"(?P<value>.+) is not one of the values of (?P<name>.+?): (?P<allowed>.*)",
        QT_TRANSLATE_NOOP("core_errors", "{value} is not one of the values of {name}: {allowed}"),
    ),
    (
        r"no code (?P<name>.+): code paths separate levels with ' > ' \(write (?P<path>.+)\); a code with '/' in its name is made in the codebook",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "no code {name}: code paths separate levels with ' > ' (write {path}); a code with '/' in its name is made in the codebook",
        ),
    ),
    (
        r"(?P<value>.+) is not a color of the form #RRGGBB",
        QT_TRANSLATE_NOOP("core_errors", "{value} is not a color of the form #RRGGBB"),
    ),
    (r"not a #RRGGBB colour: (?P<value>.+)", QT_TRANSLATE_NOOP("core_errors", "not a #RRGGBB colour: {value}")),
    (
        r"a code name cannot contain control characters \(U\+(?P<code>[0-9A-F]+) in (?P<name>.+)\)",
        QT_TRANSLATE_NOOP("core_errors", "a code name cannot contain control characters (U+{code} in {name})"),
    ),
    (
        r"a coder name cannot contain control characters \(U\+(?P<code>[0-9A-F]+) in (?P<name>.+)\)",
        QT_TRANSLATE_NOOP("core_errors", "a coder name cannot contain control characters (U+{code} in {name})"),
    ),
    (
        r"coding (?P<id>.+) refers to a document that is not in the project",
        QT_TRANSLATE_NOOP("core_errors", "coding {id} refers to a document that is not in the project"),
    ),
    (
        r"coding (?P<id>.+) refers to a code that is not in the project",
        QT_TRANSLATE_NOOP("core_errors", "coding {id} refers to a code that is not in the project"),
    ),
    (
        r"coding (?P<id>.+) spans \[(?P<start>-?\d+), (?P<end>-?\d+)\) outside its document \((?P<length>\d+) characters\)",
        QT_TRANSLATE_NOOP(
            "core_errors", "coding {id} spans [{start}, {end}) outside its document ({length} characters)"
        ),
    ),
    (
        r"unknown locale (?P<value>.+): use one of (?P<known>.+) or system",
        QT_TRANSLATE_NOOP("core_errors", "unknown locale {value}: use one of {known} or system"),
    ),
    (
        r"replacement \[(?P<start>-?\d+), (?P<end>-?\d+)\) is not a span of a text of (?P<length>\d+) characters",
        QT_TRANSLATE_NOOP("core_errors", "replacement [{start}, {end}) is not a span of a text of {length} characters"),
    ),
    (r"replacements overlap at (?P<at>\d+)", QT_TRANSLATE_NOOP("core_errors", "replacements overlap at {at}")),
    (
        r"qcoder cannot use (?P<driver>.+):// URLs; a server project is postgresql\+psycopg://user@host/db \(qcoder connects to PostgreSQL with psycopg\)",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "qcoder cannot use {driver}:// URLs; a server project is postgresql+psycopg://user@host/db (qcoder connects to PostgreSQL with psycopg)",
        ),
    ),
    (
        r"(?P<path>.+) is not a lock file of qcoder \(a link or a special file\); remove it",
        QT_TRANSLATE_NOOP("core_errors", "{path} is not a lock file of qcoder (a link or a special file); remove it"),
    ),
    (
        r"cannot create the project: (?P<reason>.+)",
        QT_TRANSLATE_NOOP("core_errors", "cannot create the project: {reason}"),
    ),
    (
        r"the project database fails its integrity check: (?P<summary>.+); rows breaking qcoder's rules can be set aside with: qcoder check URL --repair",
        QT_TRANSLATE_NOOP(
            "core_errors",
            "the project database fails its integrity check: {summary}; rows breaking qcoder's rules can be set aside with: qcoder check URL --repair",
        ),
    ),
    (
        r"code (?P<name>.+) was changed by someone else; reload and try again",
        QT_TRANSLATE_NOOP("core_errors", "code {name} was changed by someone else; reload and try again"),
    ),
    (
        r"(?P<name>.+) is not a plain PostgreSQL name \(lower-case letters, digits, _\)",
        QT_TRANSLATE_NOOP("core_errors", "{name} is not a plain PostgreSQL name (lower-case letters, digits, _)"),
    ),
)


def _kinds() -> list[tuple[str, str]]:
    named = [(f"{kind} not found: (?P<key>.*)", template) for kind, template in NOT_FOUND.items()]
    for kind, template in DUPLICATE.items():
        named.append((f"a {kind} named '(?P<name>[^']*)' already exists", template))
        named.append((f'a {kind} named "(?P<name>.*)" already exists', template))
    return named


_KNOWN = KnownTexts("core_errors", FIXED, (*_kinds(), *NAMED))


def error_text(text: str) -> str | None:
    """``text``, an error message of a Qt-free layer, in the window's language; None when it is
    not listed here, in :mod:`qcoder.gui.import_errors` or :mod:`qcoder.gui.project_errors`."""
    found = _KNOWN.translated(text)
    if found is None:
        found = import_error_text(text)
    return found if found is not None else project_error_text(text)


# InvalidRows (qcoder/core/errors.py): "<file>: <n> bad row(s), nothing imported: <row>; <row>…"; each
# row's problem is one of ROWS (codings_io, codebook_io, deidentify/review) or another listed error
_BAD_ROWS = re.compile(r"(?P<what>.+?): (?P<n>\d+) bad row\(s\), nothing imported: (?P<shown>.+)", re.S)
BAD_ROWS = QT_TRANSLATE_NOOP("core_errors", "{what}: {n} bad row(s), nothing imported: {shown}")
_ROW = re.compile(r"row (?P<n>\d+): (?P<problem>.+)", re.S)
ROW = QT_TRANSLATE_NOOP("core_errors", "row {n}: {problem}")
_MORE = re.compile(r"and (?P<n>\d+) more")
MORE = QT_TRANSLATE_NOOP("core_errors", "and {n} more")
SEPARATOR = QT_TRANSLATE_NOOP("core_errors", "; ")
ROWS = KnownTexts(
    "core_errors",
    (
        QT_TRANSLATE_NOOP("core_errors", "start and end must be whole numbers"),
        QT_TRANSLATE_NOOP("core_errors", "start and end must be numbers"),
        QT_TRANSLATE_NOOP("core_errors", "empty code"),
        QT_TRANSLATE_NOOP("core_errors", "empty coder"),
    ),
    (
        (r"missing column\(s\): (?P<names>.+)", QT_TRANSLATE_NOOP("core_errors", "missing column(s): {names}")),
        (
            r"offsets \[(?P<start>-?\d+), (?P<end>-?\d+)\) are outside (?P<name>.+) \((?P<length>\d+) characters\)",
            QT_TRANSLATE_NOOP("core_errors", "offsets [{start}, {end}) are outside {name} ({length} characters)"),
        ),
        (
            r"no 'code' column \(found: (?P<found>.*)\)",
            QT_TRANSLATE_NOOP("core_errors", "no 'code' column (found: {found})"),
        ),
        (
            r"(?P<value>.+) is not a color like #1F77B4",
            QT_TRANSLATE_NOOP("core_errors", "{value} is not a color like #1F77B4"),
        ),
        (r"(?P<path>.+) appears twice", QT_TRANSLATE_NOOP("core_errors", "{path} appears twice")),
        (
            r"no finding at (?P<document>.+) \[(?P<start>-?\d+), (?P<end>-?\d+)\)",
            QT_TRANSLATE_NOOP("core_errors", "no finding at {document} [{start}, {end})"),
        ),
        (
            r"accept must be yes or no, not (?P<value>.+)",
            QT_TRANSLATE_NOOP("core_errors", "accept must be yes or no, not {value}"),
        ),
    ),
)


def bad_rows_text(text: str, other: Callable[[str], str | None]) -> str | None:
    """An InvalidRows message with each row's problem translated (by :data:`ROWS`, else by
    ``other``, the window's whole lookup); None when ``text`` is not one."""
    found = _BAD_ROWS.fullmatch(text)
    if found is None:
        return None
    rows = [_row(part, other) for part in found["shown"].split("; ")]
    shown = translate("core_errors", SEPARATOR).join(rows)
    return translate("core_errors", BAD_ROWS).format(what=found["what"], n=found["n"], shown=shown)


def _row(text: str, other: Callable[[str], str | None]) -> str:
    row, more = _ROW.fullmatch(text), _MORE.fullmatch(text)
    if more:
        return translate("core_errors", MORE).format(n=more["n"])
    problem = row["problem"] if row else text
    said = ROWS.translated(problem) or other(problem) or problem
    return translate("core_errors", ROW).format(n=row["n"], problem=said) if row else said
