"""Attribute sheets (CSV or XLSX, one row per document/participant) and file-name patterns.

``read_attribute_sheet`` returns the rows as ``{header: value}`` dicts of strings: header
names stripped, values stripped, empty rows skipped. ``match_filename_pattern`` reads
attributes from a file name such as ``HarborCity_police_07.docx`` with a pattern like
``{site}_{stakeholder_group}_{id}``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from qcoder.core.errors import ImportFailed, InvalidValue
from qcoder.importers._textenc import decode_bytes

__all__ = ["read_attribute_sheet", "match_filename_pattern", "column_letter"]

SHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")
_DELIMITERS = (",", ";", "\t")
_SEP_HINT = re.compile(r"sep=(.)\s*$", re.IGNORECASE)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


# -- CSV ------------------------------------------------------------------------------


def _sniff_delimiter(text: str) -> str:
    """The delimiter among comma, semicolon and tab that splits the first lines most
    consistently into the most columns (csv.Sniffer guesses wildly on small sheets)."""
    lines = [line for line in text.split("\n")[:50] if line.strip()]
    best, best_score = ",", (-1.0, 0)
    for delim in _DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delim))
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(r) for r in rows]
        header = widths[0]
        if header < 2:
            continue
        consistent = sum(1 for w in widths if w == header) / len(widths)
        score = (consistent, header)
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFailed("the attribute sheet is empty")
    text = decode_bytes(data).text.replace("\r\n", "\n").replace("\r", "\n")
    first_line, _, rest = text.partition("\n")
    hint = _SEP_HINT.fullmatch(first_line.strip())
    if hint:  # Excel's "sep=;" first line
        delimiter, text = hint.group(1), rest
    else:
        delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise ImportFailed(
                f"the CSV file has a quoted value that is never closed (it starts "
                f"in row {len(rows) + 1}); check that row's double quotes"
            ) from exc
        raise ImportFailed(f"the CSV file is malformed in row {len(rows) + 1} (line {reader.line_num}): {exc}") from exc
    return rows


# -- XLSX -----------------------------------------------------------------------------


def _cell_str(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, _dt.timedelta):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value).strip()


def _xlsx_rows(path: Path) -> list[list[str]]:
    from qcoder.importers._ziputil import check_zip_package

    check_zip_package(path, ".xlsx", required=("[Content_Types].xml",))
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError, TypeError) as exc:
        raise ImportFailed(
            f"the .xlsx workbook could not be opened ({exc}); it may be damaged — open it in Excel and save it again"
        ) from exc
    try:
        if not wb.worksheets:
            raise ImportFailed("the workbook has no worksheets")
        ws = wb.worksheets[0]
        rows: list[list[str]] = []
        for n, raw in enumerate(ws.iter_rows(values_only=True), start=1):
            try:
                rows.append([_cell_str(v) for v in raw])
            except (ValueError, TypeError) as exc:
                raise ImportFailed(f"row {n} of the first sheet cannot be read: {exc}") from exc
        return rows
    except ImportFailed:
        raise
    except Exception as exc:  # openpyxl surfaces damage lazily, from inside iter_rows
        raise ImportFailed(f"the first sheet of the workbook cannot be read ({type(exc).__name__}: {exc})") from exc
    finally:
        wb.close()


# -- shared ---------------------------------------------------------------------------


def _records(rows: Sequence[Sequence[str]]) -> list[dict[str, str]]:
    numbered = [(n, [c.strip() for c in row]) for n, row in enumerate(rows, start=1)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise ImportFailed("the attribute sheet has no header row (it is empty)")
    header_no, header = numbered[0]
    header = [h.lstrip("\ufeff").strip() for h in header]
    # trailing columns without a name are ignored when they hold no values (Excel leaves them)
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    named = header[:width]
    seen: dict[str, int] = {}
    for i, name in enumerate(named):
        if not name:
            raise ImportFailed(f"row {header_no}: column {column_letter(i)} has no header name")
        key = name.casefold()
        if key in seen:
            raise ImportFailed(
                f"row {header_no}: the column name {name!r} appears twice (columns "
                f"{column_letter(seen[key])} and {column_letter(i)})"
            )
        seen[key] = i
    out: list[dict[str, str]] = []
    for n, row in numbered[1:]:
        extra = [(i, v) for i, v in enumerate(row[width:], start=width) if v]
        if extra:
            i, v = extra[0]
            raise ImportFailed(
                f"row {n}, column {column_letter(i)}: value {v!r} has no column header (the header has {width} columns)"
            )
        padded = list(row[:width]) + [""] * (width - len(row))
        out.append(dict(zip(named, padded, strict=True)))
    return out


def read_attribute_sheet(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV (encoding detected; comma, semicolon or tab) or XLSX (first sheet)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            raise ImportFailed("the attribute sheet does not exist (or is a folder)")
        if suffix in (".xlsx", ".xlsm"):
            rows = _xlsx_rows(path)
        elif suffix in (".csv", ".tsv", ".txt"):
            rows = _csv_rows(path)
        elif suffix == ".xls":
            raise ImportFailed("old Excel .xls files are not supported: save the sheet as .xlsx or CSV")
        elif suffix == ".ods":
            raise ImportFailed("OpenDocument spreadsheets are not supported: save the sheet as .xlsx or CSV")
        else:
            raise ImportFailed(f"unsupported attribute sheet type {suffix or '(no extension)'}: use .csv or .xlsx")
        return _records(rows)
    except ImportFailed:
        raise
    except PermissionError:
        raise ImportFailed("permission denied: qcoder may not read the attribute sheet") from None
    except Exception as exc:
        raise ImportFailed(f"the attribute sheet could not be read ({type(exc).__name__}: {exc})") from exc


# -- file-name patterns ---------------------------------------------------------------

_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_pattern_cache: dict[str, tuple[re.Pattern[str], list[str]]] = {}


def _compile(pattern: str) -> tuple[re.Pattern[str], list[str]]:
    cached = _pattern_cache.get(pattern)
    if cached is not None:
        return cached
    parts: list[str] = []
    names: list[str] = []
    pos = 0
    for m in _FIELD.finditer(pattern):
        parts.append(re.escape(pattern[pos : m.start()]))
        token = m.group(0)
        if token == "{{":
            parts.append(re.escape("{"))
        elif token == "}}":
            parts.append(re.escape("}"))
        elif token in ("{", "}"):
            raise InvalidValue(
                f"unbalanced brace in file-name pattern {pattern!r} (use {{{{ or }}}} for a literal brace)"
            )
        else:
            name = (m.group(1) or "").strip()
            if not name:
                parts.append(".+?")  # {} matches something that is not kept
            else:
                if not re.fullmatch(r"[^\W\d]\w*", name):
                    raise InvalidValue(
                        f"{{{name}}} in file-name pattern {pattern!r}: field names are "
                        "letters, digits and underscores, starting with a letter"
                    )
                if name in names:
                    raise InvalidValue(f"field {{{name}}} appears twice in file-name pattern {pattern!r}")
                parts.append(f"(?P<f{len(names)}>.+?)")
                names.append(name)
        pos = m.end()
    parts.append(re.escape(pattern[pos:]))
    if not names:
        raise InvalidValue(f"file-name pattern {pattern!r} has no {{field}}")
    compiled = (re.compile("".join(parts), re.IGNORECASE | re.DOTALL), names)
    if len(_pattern_cache) < 256:
        _pattern_cache[pattern] = compiled
    return compiled


def _candidates(filename: str) -> Iterable[str]:
    name = Path(filename).name
    yield Path(name).stem
    yield name


def match_filename_pattern(pattern: str, filename: str) -> dict[str, str] | None:
    """Attributes read from ``filename`` (its stem, i.e. without extension) by ``pattern``.

    ``{name}`` captures a non-empty part; ``{}`` skips one; ``{{``/``}}`` are literal braces;
    literal text matches case-insensitively. When a split is ambiguous, earlier fields take
    the shortest possible part: ``{a}_{b}`` on ``x_y_z`` gives a="x", b="y_z". Returns None if
    the name does not match; raises :class:`InvalidValue` for a malformed pattern.
    """
    regex, names = _compile(pattern)
    for candidate in _candidates(filename):
        m = regex.fullmatch(candidate)
        if m is not None:
            return {name: m.group(f"f{i}") for i, name in enumerate(names)}
    return None
