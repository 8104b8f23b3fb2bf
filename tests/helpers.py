"""Small builders shared by tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.cli import main
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns

INTERVIEW = (
    "Interviewer: Can you tell me about the task force?\n\n"
    "Det. Ortega: We share information with advocates every week. Turnover hurts us 😀 a lot.\n\n"
    "Interviewer: What would help?\n\n"
    "Det. Ortega: A formal protocol, honestly. And colocation with the advocates."
)


def imported(text: str = INTERVIEW, name: str = "interview.txt") -> ImportedDocument:
    return ImportedDocument(text=text, source_name=name, source_format="txt", turns=detect_turns(text))


def transcript_files(folder: Path, n: int) -> list[Path]:
    """``n`` transcript files d1.txt … in ``folder``, each with a different text."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        f = folder / f"d{i + 1}.txt"
        f.write_text(INTERVIEW.replace("task force", f"task force {i}"), encoding="utf-8")
        out.append(f)
    return out


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``qcoder ARGS`` in-process: (exit status, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def demo_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh copy of the demo project (for a module-scoped fixture)."""
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--no-gui", "--out", str(folder)]) == 0
    return folder / "demo.qcoder"
