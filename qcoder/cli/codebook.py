"""``qcoder codebook import|export``: the codebook as .csv or .xlsx (export also .docx)."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, open_project


def cmd_codebook(args: argparse.Namespace) -> int:
    from qcoder.app import codebook_io

    with open_project(args.project) as project:
        if args.action == "import":
            report = codebook_io.import_codebook(project, Path(args.file))
            print(
                f"codebook: {len(report.created)} created, {len(report.updated)} updated, {report.unchanged} unchanged"
            )
        elif Path(args.file).suffix.lower() == ".docx":
            from qcoder.exporters.codebook_docs import export_codebook_docx

            export_codebook_docx(project.snapshot(with_text=False), Path(args.file))
            print(f"wrote the codebook to {args.file}")
        else:
            n = codebook_io.export_codebook(project, Path(args.file))
            print(f"wrote {n} codes to {args.file}")
    return 0


def _add_codebook(sub: Subparsers) -> None:
    p = sub.add_parser("codebook", help="import or export the codebook (.csv, .xlsx; export also .docx)")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("project")
    p.add_argument("file")
    p.set_defaults(func=cmd_codebook)


PARSERS: dict[str, AddParser] = {"codebook": _add_codebook}
