"""Analysis commands: ``stats``, ``export``, ``report``, ``agreement``, ``disagreements``,
``reconcile``, ``round``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from qcoder.cli.common import AddParser, Subparsers, UsageError, coder_ids, count, names, open_project, print_json

DEFAULT_EXPORT_BY = "stakeholder_group,site"


def cmd_stats(args: argparse.Namespace) -> int:
    from qcoder.analysis.frequencies import stats_json, stats_tables

    by = names(args.by)
    with open_project(args.project) as project:
        known = {a.name for a in project.attributes()}
        for name in by:
            if name not in known:
                raise UsageError(f"no attribute named {name!r} (attributes: {', '.join(sorted(known)) or 'none'})")
        coders = coder_ids(project, args.coder)
        if args.matrix or args.format == "xlsx":
            snapshot = project.snapshot()
        else:  # counts need offsets, not texts or coding records
            counting = project.counting_index()
    if args.matrix:
        return _print_matrix(snapshot, by, coders, args.matrix, args.output)
    if args.format == "xlsx":
        if not args.output:
            raise UsageError("--format xlsx needs -o FILE.xlsx")
        from qcoder.exporters.xlsx_export import export_xlsx

        export_xlsx(snapshot, Path(args.output), by=by, coders=coders)
        print(f"wrote {args.output}")
        return 0
    if args.format == "json":
        data = stats_json(counting, by, coders=coders)
        if args.output:
            Path(args.output).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            print_json(data)
        return 0
    tables = stats_tables(counting, by, coders=coders)
    from qcoder.app.tables import write_tables_csv

    written = write_tables_csv(tables, Path(args.output) if args.output else None, sys.stdout)
    if written:
        print(f"wrote {', '.join(str(p) for p in written)}")
    return 0


def _print_matrix(snapshot: object, by: list[str], coders: list[str] | None, count: str, output: str | None) -> int:
    """The analysis window's matrix (codes × groups, one count), as aligned text or a CSV file."""
    from qcoder.analysis.matrix import AnalysisData, CountKind, Options, compute_matrix, fit_options, matrix_grid
    from qcoder.core.snapshot import ProjectSnapshot

    assert isinstance(snapshot, ProjectSnapshot)
    if len(by) > 2:
        raise UsageError("--matrix takes one or two --by attributes")
    data = AnalysisData(snapshot)
    attributes = [*by, "", ""]
    options = Options(attribute=attributes[0], attribute2=attributes[1], coders=frozenset(coders) if coders else None)
    options = options if by else fit_options(data, options)
    grid = matrix_grid(compute_matrix(data, options), CountKind(count))
    if output:
        from qcoder.core.cells import csv_writer

        with open(output, "w", newline="", encoding="utf-8-sig") as fh:
            csv_writer(fh).writerows(grid)
        print(f"wrote {output}")
        return 0
    widths = [max(len(line[i]) for line in grid) for i in range(len(grid[0]))]
    for line in grid:
        first = line[0].ljust(widths[0])
        print("  ".join([first, *(cell.rjust(w) for cell, w in zip(line[1:], widths[1:], strict=True))]).rstrip())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    if args.format and not args.cases:
        raise UsageError("--format is for the case table: add --cases respondents|documents")
    with open_project(args.project) as project:
        if args.cases:
            from qcoder.app.cases import export_cases

            table = export_cases(project, out, args.cases, args.format, coder_ids(project, args.coder))
            print(f"wrote {out}: {len(table.cases)} {args.cases} × {len(table.code_paths)} codes")
            return 0
        if suffix in (".qdpx", ".qdc"):
            from qcoder.app.exchange import export_exchange

            outside = export_exchange(project, out)
            if outside:
                print(f"recordings referenced by their path, not put into {out.name}: {', '.join(outside)}")
        elif suffix == ".xlsx":
            from qcoder.exporters.xlsx_export import export_xlsx

            by = names(args.by)
            if args.by == DEFAULT_EXPORT_BY:  # the defaults only where the project has them
                known = {a.name for a in project.attributes()}
                by = [b for b in by if b in known]
            export_xlsx(project.snapshot(), out, by=by, coders=coder_ids(project, args.coder))
        else:
            raise UsageError("export writes .qdpx, .qdc or .xlsx (use 'qcoder report' for .docx)")
    print(f"wrote {out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from qcoder.app.reports import ReportOptions, write_report

    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        raise UsageError("the report is a Word file: -o FILE.docx")
    if args.coder is not None and not names(args.coder):
        raise UsageError("--coder names one or more coders")
    if args.themes is not None and not names(args.themes):
        raise UsageError("--themes names one or more code paths")
    options = ReportOptions(
        coders=tuple(names(args.coder)),
        consensus=args.consensus,
        group_by=args.by,
        themes=tuple(names(args.themes)),
        summary_table=not args.no_summary_table,
        quotes=args.quotes,
    )
    with open_project(args.project) as project:
        write_report(project, options, out)
    print(f"wrote {out}")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from qcoder.app.exports import AgreementChoice, run_agreement
    from qcoder.app.rounds import round_names

    choice = AgreementChoice(
        tuple(names(args.coders)),
        args.unit,
        args.pooling,
        args.group_by or None,
        args.ci,
        codes=tuple(names(args.codes)),
        exclusive=tuple(names(args.exclusive)),
        none_category=args.none == "category",
        unitized=args.unitized,
        by_round=args.by_round,
        ci_draws=args.ci_draws,
        ci_level=args.ci_level,
        ci_seed=args.seed,
    )
    with open_project(args.project) as project:
        if args.by_round and not round_names(project):
            raise UsageError("no training rounds yet: add one with 'qcoder round add PROJECT NAME DOCUMENT...'")
        run = run_agreement(project, choice)  # the window's Project → Export computes it the same way
        report, inputs, rounds = run.report, run.inputs, run.rounds
        codes = project.codes()
        if args.format in ("docx", "xlsx"):
            return _write_appendix(project, report, inputs, args, rounds)
    if args.format == "table":
        return _agreement_table(report, inputs, codes, rounds, args.output)
    if args.format == "json":
        return _agreement_json(report, inputs, rounds, args.output)
    return _agreement_rows(report, inputs, args)


def _agreement_table(report: Any, inputs: Any, codes: Any, rounds: list[str], output: str | None) -> int:
    from qcoder.app.agreement_text import agreement_text, render_plain, round_rows

    text = agreement_text(report, inputs, codes)
    if rounds:
        text += "\n\nKrippendorff's α per training round (rounds in the order they were added)\n"
        text += render_plain(round_rows(report, inputs, codes, rounds))
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {output}")
    else:
        print(text)
    return 0


def _agreement_json(report: Any, inputs: Any, rounds: list[str], output: str | None) -> int:
    from qcoder.app.agreement import agreement_json
    from qcoder.app.rounds import rounds_json

    data = agreement_json(report, inputs)
    if rounds:
        data["rounds"] = rounds_json(report, inputs, rounds)
    if output:
        Path(output).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        print_json(data)
    return 0


def _agreement_rows(report: Any, inputs: Any, args: argparse.Namespace) -> int:
    from qcoder.app.tables import write_table

    rows = report.to_rows(inputs.code_names, inputs.doc_names)
    header = list(dict.fromkeys(k for r in rows for k in r))  # averaged rows add columns
    if not args.output:
        from qcoder.core.cells import csv_writer

        writer = csv_writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([[r.get(h, "") for h in header] for r in rows])
        return 0
    out = Path(args.output)
    if out.suffix.lower() != f".{args.format}":
        raise UsageError(f"--format {args.format} writes a .{args.format} file")
    write_table(out, header, [[r.get(h, "") for h in header] for r in rows], sheet="Agreement")
    print(f"wrote {len(rows)} rows to {out}")
    return 0


def cmd_round(args: argparse.Namespace) -> int:
    from qcoder.app.rounds import add_round, rounds

    with open_project(args.project) as project:
        if args.action == "add":
            if not args.name or not args.documents:
                raise UsageError("qcoder round add PROJECT NAME DOCUMENT...")
            count = add_round(project, args.name, args.documents)
            print(f"round {args.name}: {count} document(s)")
            return 0
        listed = rounds(project)
    if args.json:
        print_json([{"round": name, "documents": docs} for name, docs in listed])
        return 0
    for name, docs in listed:
        print(f"{name}: {', '.join(docs) or '(no documents)'}")
    return 0


def cmd_disagreements(args: argparse.Namespace) -> int:
    from qcoder.app.agreement import disagreement_json, disagreements

    with open_project(args.project) as project:
        items, inputs = disagreements(project, names(args.coders), names(args.codes) or None)
        items = items[: args.limit] if args.limit else items
        texts = {d: project.document(d).text for d in {i.document for i in items}}
    data = [disagreement_json(i, inputs, texts[i.document]) for i in items]
    if args.json:
        print_json(data)
        return 0
    for d in data:
        who = "; ".join(f"{c}: {', '.join(v) or '-'}" for c, v in d["values"].items())
        excerpt = " ".join(d["text"].split())[:80]
        print(f"{d['kind']:<9} {d['characters']:>6} chars  {d['document']} [{d['start']}, {d['end']})  {who}")
        print(f'          "{excerpt}"')
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    from qcoder.analysis.agreement.disagreements import Method
    from qcoder.app.agreement import check_consensus_coder, disagreements, reconcile, seed_consensus

    method, _, accept = args.method.partition(":")
    if method not in ("accept", "union", "intersection") or (method == "accept") != bool(accept):
        raise UsageError("--method is accept:CODER, union or intersection")
    with open_project(args.project) as project:
        items, inputs = disagreements(project, names(args.coders), names(args.codes) or None)
        check_consensus_coder(project, inputs, args.consensus)
        if args.dry_run:
            print(
                f"{args.consensus}: {len(items)} disagreements would be decided ({args.method}); "
                "nothing written (dry run)"
            )
            return 0
        seeded = seed_consensus(project, inputs, args.consensus, args.actor or "")
        written = reconcile(project, items, inputs, Method(method), accept or None, args.consensus, args.actor or "")
    print(
        f"{args.consensus}: {seeded} agreed codings to start from, {len(items)} disagreements decided "
        f"({args.method}), {written} consensus codings written"
    )
    return 0


# --- parsers ---------------------------------------------------------------------------------------


def _add_stats(sub: Subparsers) -> None:
    p = sub.add_parser("stats", help="theme frequencies by attributes")
    p.add_argument("project")
    p.add_argument("--by", metavar="ATTR[,ATTR]", default="", help="one or two attributes, e.g. stakeholder_group,site")
    p.add_argument("--coder", metavar="NAME[,NAME]", help="count only these coders' codings")
    p.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    p.add_argument(
        "--matrix",
        choices=("excerpts", "documents", "participants", "units", "share"),
        help="print the analysis window's matrix (codes x groups) of this count instead (-o: a CSV file)",
    )
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=cmd_stats)


def _add_export(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="export the project: .qdpx (REFI-QDA), .qdc (codebook), .xlsx (tables)")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--by", default=DEFAULT_EXPORT_BY, help="attributes for the .xlsx tables")
    p.add_argument("--coder", metavar="NAME[,NAME]", help="only these coders' codings in .xlsx tables")
    p.add_argument(
        "--cases",
        choices=("respondents", "documents"),
        help="a case × code table (presence 0/1 and counts, attributes as columns) for R, SPSS, Stata",
    )
    p.add_argument("--format", choices=("csv", "xlsx", "sav"), help="the case table's format (default: by -o)")
    p.set_defaults(func=cmd_export)


def _add_report(sub: Subparsers) -> None:
    from qcoder.app.reports import DEFAULT_GROUP, DEFAULT_QUOTES

    p = sub.add_parser("report", help="write a Word theme report with frequencies and attributed quotes")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    whose = p.add_mutually_exclusive_group()
    whose.add_argument("--coder", metavar="NAME[,NAME]", help="only these coders' codings")
    whose.add_argument("--consensus", metavar="NAME", help="only the consensus coder's codings (see 'reconcile')")
    p.add_argument(
        "--by",
        default=DEFAULT_GROUP,
        metavar="ATTR",
        help=f"group respondents by this attribute (default {DEFAULT_GROUP}, when the project has it)",
    )
    p.add_argument("--themes", metavar="PATH[,PATH]", help="only these codes (a parent with its subcodes)")
    p.add_argument(
        "--no-summary-table", action="store_true", help="leave out the theme x group table the report opens with"
    )
    p.add_argument(
        "--quotes", type=count, default=DEFAULT_QUOTES, metavar="N", help=f"quotes per theme (default {DEFAULT_QUOTES})"
    )
    p.set_defaults(func=cmd_report)


def _write_appendix(project: Any, report: Any, inputs: Any, args: argparse.Namespace, rounds: list[str]) -> int:
    """The methods appendix: a Word document, or a workbook (Summary, Per code, Training rounds
    with --by-round, Unitizing with --unitized, Below threshold and every breakdown)."""
    from qcoder.app.agreement_appendix import write_appendix
    from qcoder.app.agreement_text import round_rows

    if not args.output:
        raise UsageError(f"--format {args.format} needs -o FILE.{args.format}")
    out = Path(args.output)
    if out.suffix.lower() != f".{args.format}":
        raise UsageError(f"--format {args.format} writes a .{args.format} file")
    table = round_rows(report, inputs, project.codes(), rounds) if rounds else None
    write_appendix(project, report, inputs, out, table)
    print(f"wrote {out}")
    return 0


def _add_agreement(sub: Subparsers) -> None:
    p = sub.add_parser("agreement", help="inter-coder agreement statistics")
    p.add_argument("project")
    p.add_argument("--coders", required=True, metavar="A,B[,C...]")
    p.add_argument("--unit", choices=("character", "sentence", "paragraph", "turn", "document"), default="character")
    p.add_argument("--codes", metavar="PATH[,PATH]", help="code paths (default: every code the coders used)")
    p.add_argument(
        "--pooling",
        choices=("pooled", "averaged"),
        default="pooled",
        help="sum the tables then compute (pooled), or average per-table figures",
    )
    p.add_argument("--group-by", default="site", metavar="ATTR", help="document attribute for breakdowns")
    p.add_argument(
        "--exclusive",
        metavar="PATH[,PATH]",
        help="codes whose subcodes are mutually exclusive categories: adds nominal alpha, Fleiss' kappa and AC1",
    )
    p.add_argument(
        "--none",
        choices=("missing", "category"),
        default="missing",
        help="--exclusive: a unit a coder left without any subcode is missing for that coder (default) "
        "or a category of its own",
    )
    p.add_argument(
        "--ci",
        action="store_true",
        help="bootstrapped alpha intervals (Hayes & Krippendorff 2007) and kappa standard errors (pooled figures)",
    )
    p.add_argument("--ci-draws", type=int, default=1000, metavar="N", help="bootstrap resamples (default 1000)")
    p.add_argument("--ci-level", type=float, default=0.95, metavar="P", help="interval coverage (default 0.95)")
    p.add_argument("--seed", type=int, default=2007, metavar="N", help="bootstrap seed (default 2007: reproducible)")
    p.add_argument(
        "--format",
        choices=("table", "json", "csv", "xlsx", "docx"),
        default="table",
        help="table (default): per code in codebook order, with verdicts; json/csv: every breakdown; "
        "docx/xlsx: the methods appendix (xlsx with every breakdown too)",
    )
    p.add_argument(
        "--unitized",
        action="store_true",
        help="unitizing alphas (character units): Krippendorff's 1995/2004 alpha_U per code and the 2016 "
        "u-alpha; per --exclusive group u-alpha, |u-alpha, cu-alpha and Cu-alpha per code",
    )
    p.add_argument(
        "--by-round",
        action="store_true",
        help="agreement per training round and per code over rounds (see 'qcoder round')",
    )
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=cmd_agreement)


def _add_round(sub: Subparsers) -> None:
    p = sub.add_parser("round", help="coder training rounds: named sets of documents handed out together")
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("project")
    p.add_argument("name", nargs="?", metavar="NAME", help="add: the round (new rounds come after the others)")
    p.add_argument("documents", nargs="*", metavar="DOCUMENT", help="add: document names")
    p.add_argument("--json", action="store_true", help="list: as JSON")
    p.set_defaults(func=cmd_round)


def _add_disagreements(sub: Subparsers) -> None:
    p = sub.add_parser("disagreements", help="where coders disagree, largest first")
    p.add_argument("project")
    p.add_argument("--coders", required=True, metavar="A,B[,C...]")
    p.add_argument("--codes", metavar="PATH[,PATH]")
    p.add_argument("--limit", type=count, default=0, help="at most this many (default 0: all)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_disagreements)


def _add_reconcile(sub: Subparsers) -> None:
    p = sub.add_parser("reconcile", help="decide disagreements into a consensus coder (audited, undoable)")
    p.add_argument("project")
    p.add_argument("--coders", required=True, metavar="A,B[,C...]")
    p.add_argument("--method", required=True, metavar="accept:CODER|union|intersection")
    p.add_argument("--codes", metavar="PATH[,PATH]")
    p.add_argument(
        "--consensus",
        default="Consensus",
        metavar="NAME",
        help="the coder the decisions go to: new, or an earlier consensus coder (never a compared coder)",
    )
    p.add_argument("--actor", help="who decides (recorded in the audit log)")
    p.add_argument("--dry-run", action="store_true", help="say what would be decided; write nothing")
    p.set_defaults(func=cmd_reconcile)


PARSERS: dict[str, AddParser] = {
    "stats": _add_stats,
    "export": _add_export,
    "report": _add_report,
    "agreement": _add_agreement,
    "disagreements": _add_disagreements,
    "reconcile": _add_reconcile,
    "round": _add_round,
}
