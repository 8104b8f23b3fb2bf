"""``qcoder saturation``: new codes per document (issue 16)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, UsageError, coder_ids, open_project, print_json


def cmd_saturation(args: argparse.Namespace) -> int:
    from qcoder.analysis.saturation import Order
    from qcoder.app.saturation import compute_saturation, saturation_json, saturation_table, write_saturation_csv

    if args.output and args.format != "csv":
        raise UsageError("-o FILE writes a CSV file: add --format csv")
    with open_project(args.project) as project:
        result = compute_saturation(project, Order(args.order), coder_ids(project, args.coder))
    if args.format == "json":
        print_json(saturation_json(result, by_coder=args.by_coder))
    elif args.format == "csv" and args.output:
        with open(args.output, "w", newline="", encoding="utf-8-sig") as fh:
            write_saturation_csv(result, fh, by_coder=args.by_coder)
        print(f"wrote {Path(args.output)}")
    elif args.format == "csv":
        write_saturation_csv(result, sys.stdout, by_coder=args.by_coder)
    else:
        _print_table(saturation_table(result, by_coder=args.by_coder))
        if result.date_attribute:
            print(f"(ordered by the document attribute {result.date_attribute})")
    return 0


def _print_table(grid: list[list[str]]) -> None:
    """Aligned columns; the last one (the new codes' paths) is left as it is."""
    widths = [max(len(line[i]) for line in grid) for i in range(len(grid[0]) - 1)]
    for line in grid:
        cells = [
            line[1].ljust(widths[1]) if i == 1 else c.rjust(w)
            for i, (c, w) in enumerate(zip(line[:-1], widths, strict=True))
        ]
        print("  ".join([*cells, line[-1]]).rstrip())


def _add_saturation(sub: Subparsers) -> None:
    p = sub.add_parser("saturation", help="new codes per document, in project, coding, date or name order")
    p.add_argument("project")
    p.add_argument(
        "--order",
        choices=("project", "coding", "date", "name"),
        default="project",
        help="project: the project's document order (default); coding: when each document was first coded; "
        "date: a document attribute holding the interview date; name: document names",
    )
    p.add_argument("--coder", metavar="NAME[,NAME]", help="only these coders' codings")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--by-coder", action="store_true", help="add each coder's new and cumulative codes")
    p.add_argument("-o", "--output", metavar="FILE.csv", help="with --format csv: write this file")
    p.set_defaults(func=cmd_saturation)


PARSERS: dict[str, AddParser] = {"saturation": _add_saturation}
