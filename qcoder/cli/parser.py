"""The ``qcoder`` parser, assembled from the commands each topic module registers, and
:func:`main`, which runs one command.

Errors print one line on stderr and exit 1 (usage errors exit 2, Ctrl-C 130); the line never
quotes user data (:mod:`qcoder.app.errors`); set QCODER_DEBUG=1 to see tracebacks.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from qcoder import __version__
from qcoder.cli import (
    analysis,
    codebook,
    codings,
    framework,
    gui_command,
    media,
    memo,
    nlp,
    project,
    query,
    safety,
    saturation,
    team,
)
from qcoder.cli.common import AddParser, UsageError
from qcoder.exporters.locale_format import set_report_locale

TOPICS = (
    project,
    codebook,
    codings,
    analysis,
    framework,
    query,
    saturation,
    memo,
    media,
    team,
    gui_command,
    nlp,
    safety,
)

# The commands in the order of `qcoder -h`.
COMMANDS = (
    "new",
    "import",
    "documents",
    "codebook",
    "codings",
    "stats",
    "export",
    "report",
    "matrix",
    "query",
    "summary",
    "saturation",
    "memo",
    "media",
    "merge",
    "handout",
    "mine",
    "blind",
    "agreement",
    "disagreements",
    "reconcile",
    "round",
    "push",
    "pull",
    "server",
    "demo",
    "gui",
    "autocode",
    "deidentify",
    "suggest",
    "words",
    "nlp",
    "check",
    "backup",
    "restore",
    "encrypt",
    "decrypt",
    "unlock",
)


def registered() -> dict[str, AddParser]:
    """Every command of every topic module, by name."""
    out: dict[str, AddParser] = {}
    for topic in TOPICS:
        for name, add in topic.PARSERS.items():
            if name in out:
                raise AssertionError(f"two topic modules register {name!r}")
            out[name] = add
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qcoder",
        description="Qualitative coding of interview transcripts.",
        epilog="Run 'qcoder COMMAND -h' for a command's options. 'qcoder [PROJECT]' opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"qcoder {__version__}")
    parser.add_argument(
        "--locale",
        choices=("system", "en", "es", "fr"),
        default="system",
        help="how reports write numbers, percentages and dates (default: the system's locale, "
        "if it is English, Spanish or French; else English)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    adders = registered()
    for name in COMMANDS:
        adders[name](sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        args_list = ["gui", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:  # `qcoder --locale fr`: options only, so the window
        args = parser.parse_args([*args_list, "gui"])
    set_report_locale(args.locale)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"qcoder {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # Ctrl-C: the open transaction was rolled back on the way out
        if os.environ.get("QCODER_DEBUG"):
            raise
        print(f"qcoder {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the contract: one line, no traceback, no user data
        if os.environ.get("QCODER_DEBUG"):
            raise
        return _report(args.command, exc)


def _report(command: str, exc: Exception) -> int:
    """Print one line for an error: its message, or for a bug only its class (its text may quote
    transcript text or SQL parameters). Exit status 1."""
    from qcoder.app.errors import error_message, is_internal

    kind = "internal error" if is_internal(exc) else "error"
    message = error_message(exc).removeprefix("internal error: ")
    print(f"qcoder {command}: {kind}: {message}", file=sys.stderr)
    return 1
