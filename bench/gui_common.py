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
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qcoder.app import Project  # noqa: E402
from qcoder.gui.context import AppContext  # noqa: E402
from qcoder.gui.settings import Settings  # noqa: E402

__all__ = [
    "generate_large",
    "large_project",
    "make_text",
    "ms",
    "parse_args",
    "qt_app",
    "sentence_pool",
    "settings_for",
    "timed",
    "wait_for",
]


def qt_app() -> QApplication:
    """The (offscreen) application; keep the result alive while widgets exist."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def parse_args(doc: str | None, *, project_arg: bool = True, keep: bool = False) -> argparse.Namespace:
    """``[PROJECT.qcoder] [--docs N]`` (N documents of ~60,000 characters when generated);
    ``keep``: also ``--keep DIR``, a folder to build the project in (reused when present)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    if project_arg:
        parser.add_argument("project", nargs="?")
    parser.add_argument("--docs", type=int, default=150)
    if keep:
        parser.add_argument("--keep", help="directory to build the project in (reused when present)")
    return parser.parse_args()


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
