"""``qcoder matrix`` and ``qcoder summary``: the framework matrix (issue 16)."""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from qcoder.cli.common import AddParser, Subparsers, UsageError, coder_ids, names, open_project

if TYPE_CHECKING:
    from qcoder.analysis.framework import Framework
    from qcoder.analysis.synthesis import Synthesis

SYNTHESIS_JSON = """\
With --synthesis ATTR, the group synthesis (themes × values of ATTR, e.g. stakeholder_group),
as JSON: {"group": ATTR, "across": ATTR2 or null, "groups": [...], "themes": [...],
"cells": [{"theme", "group", "respondents", "respondents_total", "cases", "cases_total",
"summaries": [{"case", "text", "author"}], "quotes": [{"text", "group", "across", "speaker",
"document"}]}]}. respondents of respondents_total: the group's respondents who mention the
theme, of the group's respondents (as `qcoder stats --by ATTR` counts them); cases of
cases_total: the values of --across (default site, when the project has it) in which a
respondent of the group mentions the theme, of those where the group has respondents (null
without --across); summaries: the framework-matrix case summaries of the theme whose case
belongs to the group (ATTR=VALUE cases, its participants, documents its respondents speak in);
quotes: the starred excerpts, each passage once."""


def _check_matrix_args(args: argparse.Namespace) -> list[str] | None:
    if args.format in ("xlsx", "docx") and not args.output:
        raise UsageError(f"--format {args.format} writes a file: add -o FILE.{args.format}")
    if (args.cases is None) == (args.synthesis is None):
        raise UsageError("give either --cases or --synthesis ATTR")
    if args.across is not None and args.synthesis is None:
        raise UsageError("--across goes with --synthesis")
    themes = names(args.themes) if args.themes is not None else None
    if themes is not None and not themes:
        raise UsageError("--themes names one or more code paths")
    return themes


def _write_json(data: object, output: str | None) -> None:
    if output:
        Path(output).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {output}")
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_synthesis(args: argparse.Namespace, themes: list[str] | None) -> int:
    from qcoder.app.synthesis import default_across, project_synthesis

    with open_project(args.project) as project:
        across = args.across.strip() or None if args.across is not None else default_across(project, args.synthesis)
        synthesis = project_synthesis(project, args.synthesis.strip(), across, themes, coder_ids(project, args.coder))
    return _output(args, synthesis, "synthesis")


def cmd_matrix(args: argparse.Namespace) -> int:
    from qcoder.app.framework import project_framework

    themes = _check_matrix_args(args)
    if args.synthesis is not None:
        return cmd_synthesis(args, themes)
    with open_project(args.project) as project:
        framework = project_framework(project, args.cases, themes, coder_ids(project, args.coder))
    return _output(args, framework, "framework")


def _output(args: argparse.Namespace, result: Framework | Synthesis, kind: str) -> int:
    """Print or write ``result`` as JSON, or write it with ``qcoder.exporters.KIND_FORMAT``."""
    if args.format == "json":
        _write_json(result.as_json(), args.output)
        return 0
    module = importlib.import_module(f"qcoder.exporters.{kind}_{args.format}")
    getattr(module, f"export_{kind}_{args.format}")(result, Path(args.output))
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
    p = sub.add_parser(
        "matrix",
        help="the framework matrix: cases × themes with counts, summaries and drafts; or the group synthesis",
        epilog=SYNTHESIS_JSON,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("project")
    p.add_argument("--cases", help="documents, participants, or ATTR or ATTR,ATTR (e.g. site)")
    p.add_argument(
        "--synthesis", metavar="ATTR", help="the group synthesis: themes × the values of ATTR (e.g. stakeholder_group)"
    )
    p.add_argument(
        "--across",
        metavar="ATTR",
        help="with --synthesis: count the cases (values of ATTR) each group mentions a theme in; "
        "default site when the project has it, '' for none",
    )
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
