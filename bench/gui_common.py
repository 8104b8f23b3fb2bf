"""Shared setup of the GUI benchmarks (bench/bench_gui*.py): offscreen Qt, the large generated
project opened in an :class:`AppContext`, and timing helpers.

Import it before anything from qcoder: it puts the repository on ``sys.path`` and selects the
offscreen Qt platform.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for _p in (str(ROOT), str(ROOT / "bench")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from generate_project import generate, make_text, sentence_pool  # noqa: E402 - re-exported for the benchmarks
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qcoder.app import Project  # noqa: E402
from qcoder.gui.context import AppContext  # noqa: E402
from qcoder.gui.settings import Settings  # noqa: E402
from qcoder.gui.workers import share_interpreter_with_workers  # noqa: E402

__all__ = [
    "generate_large",
    "large_project",
    "make_text",
    "median_line",
    "ms",
    "parse_args",
    "qt_app",
    "sentence_pool",
    "settings_for",
    "StallMeter",
    "timed",
    "wait_for",
]


def qt_app() -> QApplication:
    """The (offscreen) application, set up as ``qcoder gui`` sets it up (the interpreter's switch
    interval: qcoder.gui.workers.share_interpreter_with_workers); keep it alive while widgets exist."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    share_interpreter_with_workers()
    return app


def parse_args(doc: str | None, *, keep: bool = False) -> argparse.Namespace:
    """``[--project PROJECT.qcoder] [--docs N] [--repeat R]``: a given project (copied first, the
    benchmarks write to it; also accepted as the first positional argument) or a generated one
    of N documents of ~60,000 characters; R repeats of each timed action (medians reported).
    ``keep``: also ``--keep DIR``, a folder to build the generated project in (reused when present)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project_pos", nargs="?", metavar="PROJECT", help="same as --project")
    parser.add_argument("--project", help="an existing .qcoder project to measure (a copy is used)")
    parser.add_argument("--docs", type=int, default=150, help="documents of the generated project")
    parser.add_argument("--repeat", type=int, default=5, help="repeats of each timed action (medians)")
    if keep:
        parser.add_argument("--keep", help="directory to build the project in (reused when present)")
    args = parser.parse_args()
    args.project = args.project or args.project_pos
    return args


def generate_large(path: Path, docs: int) -> None:
    """The large benchmark project: ``docs`` documents of ~60,000 characters, 200 codings each."""
    generate(path, docs, 60_000, docs * 200)


def settings_for(folder: Path, coder: str) -> Settings:
    settings = Settings.at(folder / "settings.ini")
    settings.set_coder_name(coder)
    return settings


@contextmanager
def large_project(source: str | None, docs: int, coder: str) -> Iterator[tuple[Path, AppContext, Project]]:
    """A copy of ``source`` (or a generated large project) in a temporary folder, opened in an
    :class:`AppContext` as ``coder``; yields (its path, ctx, project) and closes it afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "large.qcoder"
        if source:
            shutil.copy(source, path)
        else:
            generate_large(path, docs)
        ctx = AppContext(settings_for(folder, coder))
        ctx.open_project(Project.open(path))
        try:
            yield path, ctx, ctx.require_project()
        finally:
            ctx.close_project()


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Median wall time in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def wait_for(signal: object, start: Callable[[], object]) -> float:
    """Seconds from ``start()`` until ``signal`` fires (an idle event loop, as in the app)."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    t = time.perf_counter()
    start()
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]
    return time.perf_counter() - t


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def median_line(label: str, seconds: list[float], note: str = "") -> str:
    """``label`` with the median (and min, max, count) of ``seconds``, in ms; printed and returned."""
    line = (
        f"{label:<58} median {statistics.median(seconds) * 1000:8.1f} ms  (min {min(seconds) * 1000:.1f}, "
        f"max {max(seconds) * 1000:.1f}, n={len(seconds)}){'  ' + note if note else ''}"
    )
    print(line, flush=True)
    return line


class StallMeter:
    """The longest time the GUI thread did not run its event loop while a measurement ran: a
    5 ms timer notes the gaps between its ticks. Use around code that waits in an event loop
    (a worker's result); a synchronous action is a stall of its whole duration."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def __enter__(self) -> StallMeter:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._tick()
        self._timer.stop()
