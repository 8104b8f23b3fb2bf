"""``qcoder gui`` and ``qcoder demo``: the commands that start the window.

The only command-line module that imports :mod:`qcoder.gui`, lazily, inside :func:`run_gui`
(pyproject's import contracts allow exactly this import), so that every other command runs
without Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, open_project
from qcoder.core.errors import QcoderError


def cmd_demo(args: argparse.Namespace) -> int:
    from qcoder.app.demo import build_demo

    out = Path(args.out)
    print(f"building the demo project in {out} ...", file=sys.stderr)
    demo = build_demo(out)
    r = demo.imported
    print(
        f"imported {len(r.imported)} transcripts ({len(r.failed)} failed, {len(r.skipped)} skipped), "
        f"{demo.codings} codings by 2 coders"
    )
    for p in r.failed:
        print(f"  FAILED {p.path}: {p.reason}")
    for u in demo.unresolved:
        print(f"  unresolved demo coding: {u}")
    print()
    print(theme_table(demo.path))
    print(f"project: {demo.path}")
    if args.no_gui or not display_available():
        if not args.no_gui:
            print(f"no display found: skipping the window (open it later with: qcoder gui {demo.path})")
        return 0
    return run_gui(str(demo.path))


def theme_table(path: Path) -> str:
    """The demo's theme × stakeholder group table, as text."""
    from qcoder.analysis.frequencies import theme_frequencies

    with open_project(str(path)) as project:
        snapshot = project.snapshot()
    result = theme_frequencies(snapshot, ["stakeholder_group"])
    groups = [g for g in result.values["stakeholder_group"] if g != "(none)"]
    width = max(len("  " * cf.depth + cf.name) for cf in result.codes) if result.codes else 10
    widths = [max(len(g), 8) for g in groups]
    lines = ["Theme × stakeholder group: respondents mentioning the theme (n of respondents in group)", ""]
    lines.append(
        " " * width + "  " + "  ".join(g.rjust(w) for g, w in zip(groups, widths, strict=True)) + f"  {'sites':>8}"
    )
    for cf in result.codes:
        cells = []
        for g, w in zip(groups, widths, strict=True):
            cell = cf.by["stakeholder_group"][g]
            cells.append(f"{cell.participants} of {cell.respondents}".rjust(w))
        sites = cf.total.units_text() or ""
        lines.append(("  " * cf.depth + cf.name).ljust(width) + "  " + "  ".join(cells) + f"  {sites:>8}")
    return "\n".join(lines)


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(project: str | None) -> int:
    try:
        from qcoder.gui.app import run_gui as run_window
    except ImportError as exc:
        raise QcoderError(f"the window cannot start: {exc}") from exc
    return run_window(project)


def cmd_gui(args: argparse.Namespace) -> int:
    if not display_available() and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        raise QcoderError("no display available for the window (set DISPLAY, or use the CLI commands)")
    return run_gui(args.project)


def _add_demo(sub: Subparsers) -> None:
    p = sub.add_parser("demo", help="build the demo project from the sample transcripts and open it")
    p.add_argument("--no-gui", action="store_true", help="do not open the window")
    p.add_argument(
        "--out", default="qcoder-demo", metavar="DIR", help="folder for demo.qcoder (default: ./qcoder-demo)"
    )
    p.set_defaults(func=cmd_demo)


def _add_gui(sub: Subparsers) -> None:
    p = sub.add_parser(
        "gui",
        help="open the window (optionally on a project, or a .qdpx to import into a new project); "
        "when a window is already open, the file is opened there (QCODER_NO_SINGLE_INSTANCE=1: always a new window)",
    )
    p.add_argument("project", nargs="?", help="a .qcoder project, a server URL or a REFI-QDA .qdpx file")
    p.set_defaults(func=cmd_gui)


PARSERS: dict[str, AddParser] = {"demo": _add_demo, "gui": _add_gui}
