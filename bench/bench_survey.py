"""Open-ended survey answers at scale (issue 17): a generated survey of 10,000 answers.

    python bench/bench_survey.py [--respondents 5000] [--questions 2] [--keep DIR]

1. ``qcoder import P survey.csv --survey ...`` as a user runs it (process start included), and
   the same import in-process through the service API (one transaction);
2. the window: the survey grid opened on the 10,000 answers (offscreen Qt, the real dialog),
   then 100 answers coded by keys 1–9, each key press until the grid has repainted the row and
   moved to the next; the filter row (question, text, uncoded only, attribute value); the
   longest freeze of the window over the whole session (a 5 ms timer's longest gap) and while
   scrolling from the top to the bottom of the grid;
3. ``qcoder export P --cases respondents`` as CSV, XLSX and .sav (when pyreadstat is present).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gui_common import StallMeter, qt_app, settings_for  # first: sys.path, offscreen Qt
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qcoder.app import Project
from qcoder.app.survey import SurveyMapping, import_survey
from qcoder.gui.context import AppContext
from qcoder.gui.survey.grid_model import ANSWER_COLUMN
from qcoder.gui.survey.grid_window import SurveyGridDialog

WORDS = (
    "trust advocates police turnover training colocation shelter interpreter funding hotline referral "
    "prosecutor court safety housing meeting protocol language night staff caseload partnership"
).split()
SITES = ("Harbor City", "Lakeshore", "Pine County", "Riverside")
GROUPS = ("law enforcement", "victim service provider", "prosecutor")
PYTHON = sys.executable


def write_survey(path: Path, respondents: int, questions: int) -> int:
    """A survey export: id, site, group, age and ``questions`` open-ended answers (2 % blank)."""
    rng = random.Random(17)
    answers = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["respondent", "site", "group", "age", *(f"q{i + 1}" for i in range(questions))])
        for r in range(respondents):
            texts = []
            for _q in range(questions):
                blank = rng.random() < 0.02
                texts.append("" if blank else " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60))) + ".")
                answers += not blank
            w.writerow([f"R{r:05d}", rng.choice(SITES), rng.choice(GROUPS), rng.randint(22, 65), *texts])
    return answers


def cli(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([PYTHON, "-m", "qcoder.cli", *args], check=True, capture_output=True)
    return time.perf_counter() - t


def settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def filter_session(grid: SurveyGridDialog, app: QApplication) -> None:
    """The filter row on every answer: a question, a text (the first search reads the texts), a
    second text, uncoded only (reads the codings), an attribute value, and back to all."""
    bar = grid.filter
    steps = [
        ("question q2", lambda: bar.question.setCurrentIndex(bar.question.findData("q2"))),
        ("+ text 'interpreter' (first search: texts read)", lambda: bar.search.setText("interpreter")),
        ("+ text 'night staff'", lambda: bar.search.setText("night staff")),
        ("+ uncoded only", lambda: bar.uncoded.setChecked(True)),
        ("all questions, uncoded only", lambda: (bar.search.setText(""), bar.question.setCurrentIndex(0))),
        ("+ site = Lakeshore", lambda: bar.attribute.setCurrentIndex(bar.attribute.findText("site: Lakeshore"))),
        ("no filter", lambda: (bar.attribute.setCurrentIndex(0), bar.uncoded.setChecked(False))),
    ]
    for label, step in steps:
        t = time.perf_counter()
        step()
        bar.search.returnPressed.emit()  # no typing pause
        settle(app)
        took = time.perf_counter() - t
        print(f"filter {label}: {grid.model.rowCount():,} rows in {took * 1000:.0f} ms", flush=True)
    grid.view.setCurrentIndex(grid.model.index(0, ANSWER_COLUMN))


def grid_session(folder: Path, path: Path, app: QApplication) -> None:
    ctx = AppContext(settings_for(folder, "Bench"))
    ctx.open_project(Project.open(path))
    project = ctx.require_project()
    codes = [project.ensure_code_path(name) for name in ("Trust", "Barriers", "Training", "Language")]
    ctx.settings.set_quick_codes(ctx.project_id, {n + 1: c.id for n, c in enumerate(codes)})
    with StallMeter() as whole:
        t = time.perf_counter()
        grid = SurveyGridDialog(ctx)
        grid.resize(1200, 700)
        grid.show()
        while grid.model.rowCount() == 0:
            app.processEvents()
        settle(app)
        opened = time.perf_counter() - t
        rows = grid.model.rowCount()
        print(f"grid opened on {rows:,} answers, first rows painted: {opened:.2f} s", flush=True)
        grid.view.setFocus()
        grid.view.setCurrentIndex(grid.model.index(0, ANSWER_COLUMN))
        settle(app)
        keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
        times = []
        for n in range(100):
            t = time.perf_counter()
            QTest.keyClick(grid.view, keys[n % 4])
            settle(app)
            times.append(time.perf_counter() - t)
        assert grid.view.currentIndex().row() == 100, grid.view.currentIndex().row()
        coded = sum(1 for r in range(100) if grid.model.index(r, 3).data())
        print(
            f"code 100 answers by keys (key → coded, row repainted, next row): median "
            f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, total {sum(times):.2f} s; "
            f"{coded} rows show their code",
            flush=True,
        )
        filter_session(grid, app)
        with StallMeter() as scroll:
            t = time.perf_counter()
            bar = grid.view.verticalScrollBar()
            steps = 50
            for i in range(steps + 1):
                bar.setValue(bar.maximum() * i // steps)
                settle(app)
            scrolled = time.perf_counter() - t
        print(
            f"scroll top → bottom in {steps} steps: {scrolled:.2f} s, longest freeze {scroll.longest * 1000:.0f} ms; "
            f"pages read {grid.model.pages_read} of {rows // 100 + 1}",
            flush=True,
        )
        grid.done(0)
    print(f"longest freeze of the window over the session (grid opening included): {whole.longest * 1000:.0f} ms")
    ctx.close_project()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--respondents", type=int, default=5100)
    parser.add_argument("--questions", type=int, default=2)
    parser.add_argument("--keep", help="folder for the survey and projects (kept)")
    args = parser.parse_args()
    app = qt_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        survey = folder / "survey.csv"
        answers = write_survey(survey, args.respondents, args.questions)
        print(
            f"survey: {args.respondents:,} respondents × {args.questions} questions = {answers:,} answers", flush=True
        )
        path = folder / "survey.qcoder"
        path.unlink(missing_ok=True)
        cli("new", str(path))
        texts = ",".join(f"q{i + 1}" for i in range(args.questions))
        took = cli("import", str(path), str(survey), "--survey", "--id-column", "respondent", "--text-columns", texts)
        print(f"qcoder import --survey (whole command): {took:.2f} s", flush=True)
        inproc = folder / "inproc.qcoder"
        inproc.unlink(missing_ok=True)
        with Project.create(inproc) as project:
            t = time.perf_counter()
            mapping = SurveyMapping("respondent", tuple(texts.split(",")), ("site", "group", "age"))
            report = import_survey(project, survey, mapping)
            print(
                f"import_survey in-process with 3 attribute columns: {time.perf_counter() - t:.2f} s "
                f"({len(report.documents):,} documents, {sum(report.blank.values())} blank skipped)",
                flush=True,
            )
        grid_session(folder, inproc, app)
        for fmt in ("csv", "xlsx", "sav"):
            out = folder / f"cases.{fmt}"
            try:
                took = cli("export", str(inproc), "--cases", "respondents", "--format", fmt, "-o", str(out))
            except subprocess.CalledProcessError as exc:
                print(f"export --cases respondents --format {fmt}: failed ({exc.stderr.decode().strip()})")
                continue
            print(f"qcoder export --cases respondents --format {fmt} (whole command): {took:.2f} s", flush=True)


if __name__ == "__main__":
    main()
