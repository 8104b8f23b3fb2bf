"""``qcoder codings import|export``: codings as .csv."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, coder_ids, open_project


def cmd_codings(args: argparse.Namespace) -> int:
    from qcoder.app import codings_io

    with open_project(args.project) as project:
        if args.action == "import":
            report = codings_io.import_codings(project, Path(args.file))
            print(
                f"codings: {report.imported} imported, {report.duplicates} duplicates skipped; "
                f"new codes: {len(report.created_codes)}, new coders: {len(report.created_coders)}"
            )
        else:
            n = codings_io.export_codings(project, Path(args.file), coder_ids(project, args.coder))
            print(f"wrote {n} codings to {args.file}")
    return 0


def _add_codings(sub: Subparsers) -> None:
    p = sub.add_parser("codings", help="import or export codings (.csv)")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("project")
    p.add_argument("file")
    p.add_argument("--coder", help="export only these coders (comma-separated names)")
    p.set_defaults(func=cmd_codings)


PARSERS: dict[str, AddParser] = {"codings": _add_codings}
