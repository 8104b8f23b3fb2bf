"""Reports write numbers, percentages and dates in the reader's locale (issue 19): English is
unchanged; French and Spanish follow CLDR (through Babel). Rounding stays half up."""

from __future__ import annotations

from datetime import date

import pytest

from qcoder.exporters import locale_format as lf
from qcoder.exporters.report_text import percent, percent_of

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def english_after():  # type: ignore[no-untyped-def]
    yield
    lf.set_report_locale("en")


def test_english_is_written_as_before() -> None:
    lf.set_report_locale("en")
    assert percent_of(2, 16) == "13%"  # half up: 12.5 -> 13
    assert percent(0.125) == "13%"
    assert lf.long_date(date(2026, 12, 4)) == "December 4, 2026"
    assert lf.integer(1234567) == "1,234,567"
    assert lf.decimal(0.8125, 3) == "0.813" or lf.decimal(0.8125, 3) == "0.812"


def test_french_and_spanish_follow_cldr() -> None:
    lf.set_report_locale("fr")
    assert percent_of(2, 16) == f"13{NBSP}%"  # CLDR: a no-break space before %
    assert lf.long_date(date(2026, 12, 4)) == "4 décembre 2026"
    assert lf.integer(1234567) == f"1{NNBSP}234{NNBSP}567"
    assert lf.decimal(0.5, 2) == "0,50"
    lf.set_report_locale("es")
    assert percent_of(1, 3) == f"33{NBSP}%"
    assert lf.long_date(date(2026, 12, 4)) == "4 de diciembre de 2026"
    assert lf.integer(1234567) == "1.234.567"


def test_the_system_locale_decides_by_default(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert lf.set_report_locale("system") == "fr"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert lf.set_report_locale(None) == "en"  # a language qcoder does not speak: English
    with pytest.raises(ValueError, match="unknown locale"):
        lf.set_report_locale("xx")


def test_the_theme_report_dates_itself_in_the_locale(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    from qcoder.cli import main

    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["demo", "--no-gui", "--out", str(tmp_path / "demo")]) == 0
    project = tmp_path / "demo" / "demo.qcoder"
    out = tmp_path / "r.docx"
    assert main(["--locale", "fr", "report", str(project), "-o", str(out)]) == 0
    doc = Document(str(out))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    text = "\n".join([p.text for p in doc.paragraphs] + cells)
    assert "Theme report, " in text and any(m in text for m in ("janvier", "décembre", "juin", "mars"))
    assert f"{NBSP}%" in text and "%" not in text.replace(f"{NBSP}%", "")
