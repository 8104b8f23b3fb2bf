"""Attribute sheets (CSV/XLSX) and file-name patterns."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from qcoder.core.errors import ImportFailed, InvalidValue
from qcoder.importers.sheet import column_letter, match_filename_pattern, read_attribute_sheet

ROWS = [
    {"document": "HC-LE-01", "site": "Harbor City", "stakeholder_group": "law enforcement", "note": "said “yes”; ok"},
    {
        "document": "PV-VSP-05",
        "site": "Pine Valley",
        "stakeholder_group": "victim service provider",
        "note": "Café, très bien",
    },
]


def _csv(delim: str) -> str:
    head = ["document", " site ", "stakeholder_group", "note"]
    lines = [delim.join(head)]
    for r in ROWS:
        cells = [r["document"], r["site"], r["stakeholder_group"], f'"{r["note"]}"']
        lines.append(delim.join(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("delim", [",", ";", "\t"])
@pytest.mark.parametrize(
    "encoding, bom, newline",
    [
        ("utf-8", b"", "\n"),
        ("utf-8", codecs.BOM_UTF8, "\r\n"),
        ("cp1252", b"", "\r\n"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\n"),
    ],
)
def test_csv_encodings_and_delimiters(write, delim: str, encoding: str, bom: bytes, newline: str) -> None:
    data = bom + _csv(delim).replace("\n", newline).encode(encoding)
    assert read_attribute_sheet(write("a.csv", data)) == ROWS


def test_csv_excel_sep_hint_blank_rows_and_trailing_columns(write) -> None:
    text = "sep=;\ndocument;group;;\n\nA1;police;;\n;;;\nA2;;;\n"
    assert read_attribute_sheet(write("a.csv", text)) == [
        {"document": "A1", "group": "police"},
        {"document": "A2", "group": ""},
    ]


def test_csv_quoted_newlines_and_short_rows(write) -> None:
    text = 'document,notes,extra\nA1,"line one\nline two",x\nA2\n'
    assert read_attribute_sheet(write("a.csv", text)) == [
        {"document": "A1", "notes": "line one\nline two", "extra": "x"},
        {"document": "A2", "notes": "", "extra": ""},
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("document,site,document\nA,B,C\n", r"row 1: the column name 'document' appears twice \(columns A and C\)"),
        ("document,,site\nA,B,C\n", "row 1: column B has no header name"),
        ("document,site\nA,B\nC,D,E\n", r"row 3, column C: value 'E' has no column header"),
        ('document,site\nA,"unclosed\nB,C\n', "quoted value that is never closed.*row 2"),
        ('document,site\nA,"x"y\n', "malformed in row 2"),
        ("", "empty"),
        ("\n\n", "empty"),
    ],
)
def test_csv_errors_name_rows_and_columns(write, text: str, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        read_attribute_sheet(write("bad.csv", text))


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([" document ", "interview_date", "age", "score", "consent", "when", None])
    ws.append(["HC-LE-01", dt.datetime(2021, 3, 4), 42.0, 3.25, True, dt.datetime(2021, 3, 4, 10, 30), None])
    ws.append([None, None, None, None, None, None, None])
    ws.append(["PV-VSP-05", dt.date(2021, 3, 9), 37, None, False, dt.time(9, 15), None])
    wb.create_sheet("second").append(["ignored"])
    wb.save(path)
    return path


def test_xlsx_first_sheet_with_dates_and_numbers(tmp_path: Path) -> None:
    rows = read_attribute_sheet(_xlsx(tmp_path / "a.xlsx"))
    assert rows == [
        {
            "document": "HC-LE-01",
            "interview_date": "2021-03-04",
            "age": "42",
            "score": "3.25",
            "consent": "TRUE",
            "when": "2021-03-04 10:30",
        },
        {
            "document": "PV-VSP-05",
            "interview_date": "2021-03-09",
            "age": "37",
            "score": "",
            "consent": "FALSE",
            "when": "09:15",
        },
    ]


def test_xlsx_errors(tmp_path: Path) -> None:
    data = _xlsx(tmp_path / "a.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFailed, match="damaged or incomplete"):
        read_attribute_sheet(cut)
    wb = openpyxl.Workbook()
    wb.active.append(["document", "site"])
    wb.active.append(["A", "B", "C"])
    extra = tmp_path / "extra.xlsx"
    wb.save(extra)
    with pytest.raises(ImportFailed, match=r"row 2, column C: value 'C' has no column header"):
        read_attribute_sheet(extra)
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(ImportFailed, match="no header row"):
        read_attribute_sheet(empty)


def test_unsupported_sheet_types(write, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="save the sheet as .xlsx or CSV"):
        read_attribute_sheet(write("old.xls", b"\xd0\xcf\x11\xe0"))
    with pytest.raises(ImportFailed, match="use .csv or .xlsx"):
        read_attribute_sheet(write("a.json", "{}"))
    with pytest.raises(ImportFailed, match="does not exist"):
        read_attribute_sheet(tmp_path / "missing.csv")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


@pytest.mark.parametrize(
    "pattern, filename, expected",
    [
        (
            "{site}_{stakeholder_group}_{id}",
            "HarborCity_police_07.docx",
            {"site": "HarborCity", "stakeholder_group": "police", "id": "07"},
        ),
        (
            "{site}_{stakeholder_group}_{id}",
            "/data/in/North_victim services_12.txt",
            {"site": "North", "stakeholder_group": "victim services", "id": "12"},
        ),
        ("{site}_{group}_{id}", "a_b_c_d.txt", {"site": "a", "group": "b", "id": "c_d"}),
        ("{site}-{group}-{n}", "HC-LE-01.txt", {"site": "HC", "group": "LE", "n": "01"}),
        ("interview {n} ({site})", "Interview 7 (Harbor City).docx", {"n": "7", "site": "Harbor City"}),
        ("{site}_{}_{id}", "North_x_3.vtt", {"site": "North", "id": "3"}),
        ("{{draft}} {name}", "{draft} Ann.txt", {"name": "Ann"}),
        ("{name}.v2", "Ann.v2.docx", {"name": "Ann"}),
        ("{site}_{id}", "nounderscore.txt", None),
        ("{site}_{id}", "_7.txt", None),
    ],
)
def test_match_filename_pattern(pattern: str, filename: str, expected: dict[str, str] | None) -> None:
    assert match_filename_pattern(pattern, filename) == expected


@pytest.mark.parametrize("pattern", ["no fields", "{a}_{a}", "{1x}", "{a", "a}", "{a-b}"])
def test_bad_patterns(pattern: str) -> None:
    with pytest.raises(InvalidValue):
        match_filename_pattern(pattern, "x_y.txt")
