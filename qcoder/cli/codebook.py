"""``qcoder codebook import|export``: the codebook as .csv or .xlsx (export also .docx), and
REFI-QDA codebooks (.qdc, or the codebook of a .qdpx project)."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, open_project


def cmd_codebook(args: argparse.Namespace) -> int:
    from qcoder.app import codebook_io

    with open_project(args.project) as project:
        if args.action == "import" and Path(args.file).suffix.lower() in (".qdc", ".qdpx"):
            from qcoder.app.exchange import import_exchange_codebook

            result = import_exchange_codebook(project, Path(args.file))
            plan = result.plan
            print(f"codebook: {len(plan.codes_added)} created, {len(plan.codes_matched)} already in the codebook")
            for loss in result.report.losses:
                print(f"  not carried over: {loss.subject} ({loss.detail})")
        elif args.action == "import":
            report = codebook_io.import_codebook(project, Path(args.file))
            print(
                f"codebook: {len(report.created)} created, {len(report.updated)} updated, {report.unchanged} unchanged"
            )
        elif Path(args.file).suffix.lower() == ".qdc":
            from qcoder.app.exchange import export_exchange

            export_exchange(project, Path(args.file))
            print(f"wrote the codebook to {args.file}")
        elif Path(args.file).suffix.lower() == ".docx":
            from qcoder.exporters.codebook_docs import export_codebook_docx

            export_codebook_docx(project.snapshot(with_text=False), Path(args.file))
            print(f"wrote the codebook to {args.file}")
        else:
            n = codebook_io.export_codebook(project, Path(args.file))
            print(f"wrote {n} codes to {args.file}")
    return 0


def _add_codebook(sub: Subparsers) -> None:
    p = sub.add_parser(
        "codebook", help="import or export the codebook (.csv, .xlsx, .qdc; import also a .qdpx's; export also .docx)"
    )
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("project")
    p.add_argument("file")
    p.set_defaults(func=cmd_codebook)


PARSERS: dict[str, AddParser] = {"codebook": _add_codebook}
