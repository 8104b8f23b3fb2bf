"""``qcoder matrix`` and ``qcoder summary``: the framework matrix (issue 16)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, UsageError, coder_ids, names, open_project


def cmd_matrix(args: argparse.Namespace) -> int:
    from qcoder.app.framework import project_framework

    fmt = args.format
    if fmt in ("xlsx", "docx") and not args.output:
        raise UsageError(f"--format {fmt} writes a file: add -o FILE.{fmt}")
    themes = names(args.themes) if args.themes is not None else None
    if themes is not None and not themes:
        raise UsageError("--themes names one or more code paths")
    with open_project(args.project) as project:
        framework = project_framework(project, args.cases, themes, coder_ids(project, args.coder))
    if fmt == "json":
        data = framework.as_json()
        if args.output:
            Path(args.output).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"wrote {args.output}")
        else:
            print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if fmt == "xlsx":
        from qcoder.exporters.framework_xlsx import export_framework_xlsx

        export_framework_xlsx(framework, Path(args.output))
    else:
        from qcoder.exporters.framework_docx import export_framework_docx

        export_framework_docx(framework, Path(args.output))
    print(f"wrote {args.output}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from qcoder.app.framework import cell_draft, set_cell_summary

    if args.draft == (args.set is not None):
        raise UsageError("give either --draft or --set TEXT")
    with open_project(args.project) as project:
        ids = coder_ids(project, args.coder)
        if args.draft:
            draft = cell_draft(project, args.case, args.theme, ids)
            for s in draft.sentences:
                print(f"{s.text} [{s.source()}]")
            if not draft.sentences:
                print("(no coded sentences in this cell: no draft)")
            return 0
        if ids is not None and len(ids) != 1:
            raise UsageError("--set writes one coder's summary: give one --coder")
        author = ids[0] if ids else None
        set_cell_summary(project, args.case, args.theme, args.set, author)
    print("summary removed" if not args.set.strip() else "summary written")
    return 0


def _add_matrix(sub: Subparsers) -> None:
    p = sub.add_parser("matrix", help="the framework matrix: cases × themes with counts, summaries and drafts")
    p.add_argument("project")
    p.add_argument("--cases", required=True, help="documents, participants, or ATTR or ATTR,ATTR (e.g. site)")
    p.add_argument("--themes", metavar="PATH[,PATH]", help="these codes (a parent with its subcodes); default all")
    p.add_argument("--coder", metavar="NAME[,NAME]", help="only these coders' codings and summaries")
    p.add_argument("--format", choices=("json", "xlsx", "docx"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write this file (required for xlsx and docx)")
    p.set_defaults(func=cmd_matrix)


def _add_summary(sub: Subparsers) -> None:
    p = sub.add_parser("summary", help="a framework-matrix cell: print its draft or write its summary")
    p.add_argument("project")
    p.add_argument("--case", required=True, help="ATTR=VALUE[|ATTR=VALUE], document:NAME or participant:NAME")
    p.add_argument("--theme", required=True, metavar="PATH", help="the theme's code path")
    p.add_argument("--draft", action="store_true", help="print the computed draft, one sentence a line")
    p.add_argument("--set", metavar="TEXT", help="write the summary (empty text removes it)")
    p.add_argument("--coder", metavar="NAME", help="whose summary (--set) or whose codings (--draft)")
    p.set_defaults(func=cmd_summary)


PARSERS: dict[str, AddParser] = {"matrix": _add_matrix, "summary": _add_summary}
