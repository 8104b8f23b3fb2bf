"""Screen readers on a real accessibility bus (issue 19): the main window runs on an X server
(Xvfb) with Qt's AT-SPI bridge on, and a separate process reads it through pyatspi the way
Orca does — the documents table, the transcript's text and description, the codebook's items
and a matrix cell, and hears the status bar's messages announced. Skipped when Xvfb, D-Bus,
the AT-SPI bus or the system's pyatspi is missing (``.ci/run`` installs them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = Path(__file__).with_name("atspi_app.py")
SYSTEM_PYTHON = os.environ.get("QCODER_ATSPI_PYTHON", "/usr/bin/python3")


def _missing() -> str:
    for tool in ("xvfb-run", "xauth", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not any(
        Path(p).exists() for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
    ):
        return "the AT-SPI bus (at-spi2-core) is not installed"
    try:
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return f"pyatspi is not importable by {SYSTEM_PYTHON} (Debian: python3-pyatspi)"
    return ""


@pytest.fixture(scope="module")
def read() -> dict[str, object]:
    missing = _missing()
    if missing:
        pytest.skip(f"no accessibility bus to test on: {missing}")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb"}
    env.pop("QT_ACCESSIBILITY", None)
    for _attempt in range(3):  # a fresh X server may refuse the very first client on a loaded machine
        result = subprocess.run(
            ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1400x1000x24", sys.executable, str(APP)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if "could not connect to display" not in result.stderr:
            break
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    line = next(x for x in reversed(result.stdout.splitlines()) if x.startswith("{"))
    return json.loads(line)  # type: ignore[no-any-return]


def test_the_documents_table_reads_its_rows(read) -> None:  # type: ignore[no-untyped-def]
    documents = read["documents"]
    assert documents["description"].startswith("One row per document")
    cells = {c["name"]: c["description"] for c in documents["cells"] if c["role"] == "table cell"}
    assert cells["Interview A"].startswith("Speakers: Det. Ortega, Interviewer; Codings: 2; Characters: ")
    assert "Interview B" in cells
    headers = [c["name"] for c in documents["cells"] if c["role"] == "table column header"]
    assert headers[:3] == ["Document", "Speakers", "Codings"]


def test_the_transcript_gives_its_text_and_the_codings_at_the_caret(read) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import DOC_A

    transcript = read["transcript"]
    assert transcript["text"].strip() == DOC_A.strip()
    assert transcript["description"] == "Interview A. No codings at the cursor."
    assert transcript["editable"] is False


def test_the_codebook_reads_its_codes_with_counts_and_keys(read) -> None:  # type: ignore[no-untyped-def]
    cells = [c for c in read["codebook"]["cells"] if c["role"] == "table cell"]
    names = [c["name"] for c in cells]
    i = names.index("Prosecutors")
    assert cells[i]["description"] == "under Partnerships; 1 coding; no quick key; definition: Talk about prosecutors."
    assert names[i + 1 : i + 3] == ["1 coding", "no quick key"]
    assert "Resources" in names


def test_a_matrix_cell_reads_its_value_row_and_column(read) -> None:  # type: ignore[no-untyped-def]
    matrix = read["matrix"]
    assert matrix["rows"] == 4 and matrix["columns"] >= 1
    assert matrix["cell_0_0"] == {
        "name": "2, Partnerships, All",
        "description": "Excerpts: 2. Row: Partnerships. Column: All respondents.",
    }
    assert (matrix["row_header_0"].strip(), matrix["column_header_0"]) == ("Partnerships", "All")


def test_status_messages_reach_the_screen_reader_as_announcements(read) -> None:  # type: ignore[no-untyped-def]
    heard = read["announcements"]
    assert heard and heard[0].startswith("Backed up to the project folder ("), heard
