"""``qcoder query``: coding queries (codes combined with AND, OR, NOT, NEAR, FOLLOWED BY),
their results as JSON or CSV, coded as a code, and saved in the project (issue 17)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from qcoder.cli.common import AddParser, Subparsers, UsageError, names, open_project
from qcoder.core.codepath import join_path, split_path

if TYPE_CHECKING:
    from qcoder.app.project import Project
    from qcoder.app.queries import QuerySpec


def _spec(args: argparse.Namespace) -> QuerySpec:
    from qcoder.app.queries import QuerySpec

    return QuerySpec(
        args.expr,
        args.within,
        tuple(args.where or ()),
        tuple(names(args.coder)),
        tuple(names(args.speaker)),
        args.text or "",
        args.interviewers,
    )


def cmd_query(args: argparse.Namespace) -> int:
    from qcoder.app.queries import delete_query, saved_queries, saved_query

    if args.expr is None and args.where and "=" not in args.where[-1]:
        args.expr = args.where.pop()  # the query after "--where A=B ...": never an ATTR=VALUE
    modes = [bool(args.list), args.run is not None, args.delete is not None]
    if sum(modes) > 1:
        raise UsageError("give one of --list, --run NAME, --delete NAME")
    if (args.list or args.delete is not None) and args.expr is not None:
        raise UsageError("--list and --delete take no query")
    if args.run is not None and args.expr is not None:
        raise UsageError("--run NAME runs a saved query: give no query with it")
    if not any(modes) and args.expr is None:
        raise UsageError('give a query, e.g. \'"Challenges > Turnover" AND "Collaboration"\', or --list / --run NAME')
    with open_project(args.project, read_only=args.list and not args.code_as) as project:
        if args.list:
            return _list(saved_queries(project))
        if args.delete is not None:
            delete_query(project, args.delete)
            print(f"deleted query {args.delete!r}")
            return 0
        spec = saved_query(project, args.run) if args.run is not None else _spec(args)
        return _run(project, spec, args)


def _list(saved: dict[str, QuerySpec]) -> int:
    if not saved:
        print("(no saved queries: save one with --save NAME)")
    for name, spec in saved.items():
        extra = [f"--within {spec.within}"] if spec.within != "overlap" else []
        extra += [f"--where {w}" for w in spec.where]
        extra += [f"--coder {','.join(spec.coders)}"] if spec.coders else []
        extra += [f"--speaker {','.join(spec.speakers)}"] if spec.speakers else []
        extra += [f"--text {spec.text!r}"] if spec.text else []
        print("\t".join([name, spec.query, " ".join(extra)]).rstrip())
    return 0


def _run(project: Project, spec: QuerySpec, args: argparse.Namespace) -> int:
    from qcoder.analysis.query import QueryEngine
    from qcoder.app.queries import code_results, query_index, run_spec, save_query
    from qcoder.exporters.query_export import write_results_csv

    index = query_index(project)
    result = run_spec(QueryEngine(index), spec)  # first: a query that fails is not saved
    if args.save is not None:
        save_query(project, args.save, spec)
        print(f"saved query {args.save!r}", file=sys.stderr)
    if args.code_as:
        added = code_results(project, result, args.code_as)
        print(
            f"coded {added} excerpt(s) as {join_path(split_path(args.code_as))!r} (one undoable step)", file=sys.stderr
        )
    if args.output:
        out = Path(args.output)
        if args.format == "json":
            out.write_text(json.dumps(result.json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            with open(out, "w", newline="", encoding="utf-8-sig") as fh:
                write_results_csv(index, result, fh)
        print(f"wrote {out}")
    elif args.format == "json":
        sys.stdout.write(json.dumps(result.json(), indent=2, ensure_ascii=False) + "\n")
    else:
        write_results_csv(index, result, sys.stdout)
    return 0


def _add_query(sub: Subparsers) -> None:
    p = sub.add_parser(
        "query",
        help="a coding query: codes combined with AND, OR, NOT, NEAR, FOLLOWED BY; saved queries",
        description=(
            'EXPR combines quoted code paths ("Parent > Child"; a parent includes its subcodes) with AND, '
            "OR, NOT, NEAR, FOLLOWED BY and parentheses; NEAR/turn or AND/200 sets one operator's scope."
        ),
    )
    p.add_argument("project")
    p.add_argument("expr", nargs="?", metavar="EXPR", help='e.g. \'"Turnover" AND NOT "Training"\'')
    p.add_argument(
        "--within",
        default="overlap",
        metavar="overlap|sentence|turn|paragraph|document|N",
        help="how near codes must be for AND, NEAR, FOLLOWED BY (N: characters); default overlap",
    )
    p.add_argument(
        "--where",
        action="extend",
        nargs="+",
        metavar="ATTR=VALUE",
        help="only these respondents: one or more ATTR=VALUE (values of one attribute: any of them)",
    )
    p.add_argument("--coder", metavar="NAMES", help="only these coders' codings (comma-separated)")
    p.add_argument("--speaker", metavar="LABELS", help="only excerpts spoken by these speakers (comma-separated)")
    p.add_argument("--text", metavar="TEXT", help="only excerpts containing this text (ignoring case)")
    p.add_argument("--interviewers", action="store_true", help="count excerpts in interviewer turns too")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE")
    p.add_argument("--code-as", metavar="PATH", help="code every result excerpt with this code (one undoable step)")
    p.add_argument("--save", metavar="NAME", help="save the query in the project under NAME")
    p.add_argument("--run", metavar="NAME", help="run the saved query NAME on the current data")
    p.add_argument("--delete", metavar="NAME", help="delete the saved query NAME")
    p.add_argument("--list", action="store_true", help="list the saved queries")
    p.set_defaults(func=cmd_query)


PARSERS: dict[str, AddParser] = {"query": _add_query}
