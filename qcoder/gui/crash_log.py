"""The local crash log: an error nobody caught is written to a file in the log folder, never sent.

Where: ``QStandardPaths.AppLocalDataLocation/logs`` (``~/.local/share/qcoder/qcoder/logs`` on
Linux, ``%LOCALAPPDATA%/qcoder/qcoder/logs`` on Windows, ``~/Library/Application Support/…``
on macOS); ``QCODER_LOG_DIR`` names another folder. One file per error, ``crash-<time>.log``;
only the newest :data:`KEEP` are kept.

What: the time, qcoder/Python/Qt versions and platform, the exception's *type* and its
traceback frames (file, line, function, source line). The exception's message and the local
variables may quote transcript text or SQL parameters, so, like
:func:`qcoder.gui.errors.safe_excepthook`, the log leaves them out unless ``QCODER_DEBUG=1``.
"""

from __future__ import annotations

import os
import platform
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths, qVersion

ENV_DIR = "QCODER_LOG_DIR"
DEBUG_ENV = "QCODER_DEBUG"
KEEP = 10
PREFIX = "crash-"


def log_dir() -> Path:
    """The folder crash logs go to (not created here)."""
    override = os.environ.get(ENV_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".qcoder") / "logs"


def app_version() -> str:
    """The installed qcoder's version (the package metadata, else ``qcoder.__version__``)."""
    try:
        from importlib.metadata import version

        return version("qcoder")
    except Exception:  # noqa: BLE001 - a source checkout without metadata
        import qcoder

        return str(qcoder.__version__)


def versions() -> dict[str, str]:
    """qcoder, Python, Qt and PySide6 versions and the platform, for the log and About."""
    import PySide6

    return {
        "qcoder": app_version(),
        "Python": platform.python_version(),
        "Qt": str(qVersion()),
        "PySide6": str(PySide6.__version__),
        "Platform": platform.platform(),
    }


def debug_enabled() -> bool:
    return bool(os.environ.get(DEBUG_ENV))


def crash_text(kind: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = "") -> str:
    """The log's text: versions, time, the exception type and the frames; the message and
    locals only with ``QCODER_DEBUG=1``."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [f"qcoder crash log, {now}"]
    lines += [f"{k}: {v}" for k, v in versions().items()]
    if where:
        lines.append(f"Where: {where}")
    lines.append(f"Exception: {kind.__module__}.{kind.__qualname__}")
    debug = debug_enabled()
    if not debug:
        lines.append(
            "(the message and local variables are left out: they may quote your data; QCODER_DEBUG=1 keeps them)"
        )
    lines.append("Traceback (most recent call last):")
    for frame in traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=debug):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
        if debug and frame.locals:
            lines += [f"      {name} = {value}" for name, value in frame.locals.items()]
    if debug:
        lines.append("Message: " + "".join(traceback.format_exception_only(kind, exc)).strip())
    return "\n".join(lines) + "\n"


def write_crash(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = "", folder: Path | None = None
) -> Path | None:
    """Write one crash log and drop the oldest beyond :data:`KEEP`; None if it cannot be written."""
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"{PREFIX}{stamp}.log"
        path.write_text(crash_text(kind, exc, tb, where), encoding="utf-8")
        rotate(folder)
        return path
    except Exception:  # noqa: BLE001 - the crash handler itself must never raise
        return None


def rotate(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` crash logs in ``folder``."""
    logs = sorted(folder.glob(f"{PREFIX}*.log"))  # the names sort by time
    for old in logs[:-keep] if keep else logs:
        try:
            old.unlink()
        except OSError:
            pass
