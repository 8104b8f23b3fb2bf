"""The qcoder command line. A stable contract: keep names and output shapes, add freely.

Errors print one line on stderr and exit 1 (usage errors exit 2); set QCODER_DEBUG=1 to
see tracebacks.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qcoder import __version__, cli_nlp, cli_safety
from qcoder.core.errors import QcoderError

COMMANDS = (
    "new",
    "import",
    "documents",
    "codebook",
    "codings",
    "stats",
    "export",
    "report",
    "merge",
    "handout",
    "mine",
    "blind",
    "agreement",
    "disagreements",
    "reconcile",
    "push",
    "pull",
    "server",
    "demo",
    "gui",
    *cli_nlp.NLP_COMMANDS,
    *cli_safety.COMMANDS,
)


class UsageError(Exception):
    pass


def _open(location: str) -> Any:
    """The project for a command: asks for a server password or a passphrase when needed and
    prints warnings (cloud-synced folder, failed backup) on stderr."""
    return cli_safety.open_project_cli(_with_password(location))


def _with_password(location: str) -> str:
    """For a database URL without a password that the server refuses, ask for one.

    libpq first tries PGPASSWORD and ~/.pgpass; the password typed here lives in memory only."""
    from qcoder.store import urls

    if not urls.is_server_url(location) or urls.has_password(location) or not sys.stdin.isatty():
        return location
    if not urls.needs_password(location):
        return location
    import getpass

    user, host = urls.describe(location)
    return urls.with_password(location, getpass.getpass(f"password for {user or 'you'} on {host}: "))


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


# --- commands ------------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from qcoder.app import Project

    with Project.create(args.project) as project:
        print(f"created {project.location}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from qcoder.app.exchange import EXCHANGE_SUFFIXES, import_exchange
    from qcoder.app.importing import import_paths

    exchange = [p for p in args.paths if Path(p).suffix.lower() in EXCHANGE_SUFFIXES]
    transcripts = [p for p in args.paths if p not in exchange]
    with _open(args.project) as project:

        def progress(done: int, total: int, name: str) -> None:
            if not args.json and name:
                print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

        report = import_paths(project, transcripts, sheet=args.attributes, pattern=args.pattern, progress=progress)
        exchanged = [(p, import_exchange(project, Path(p))) for p in exchange]
    if args.json:
        data = report.to_json()
        if exchanged:
            data["exchange"] = [{"path": p, **x.to_json()} for p, x in exchanged]
        _print_json(data)
        return 0 if report.imported or exchanged or not report.failed else 1
    for path, x in exchanged:
        print(
            f"imported  {path}: {len(x.plan.documents_added)} documents, {len(x.plan.codes_added)} codes, "
            f"{x.plan.codings_added} codings ({len(x.plan.documents_matched)} documents and "
            f"{len(x.plan.codes_matched)} codes were already here)"
        )
        for loss in x.report.losses:
            print(f"          not carried over: {loss.kind} {loss.subject}: {loss.detail}")
        for conflict in x.plan.conflicts:
            print(f"          conflict: {conflict}")
    else:
        for i in report.imported:
            print(f"imported  {i.document}: {i.chars} characters, {i.speakers} speakers, {i.turns} turns")
            for w in i.warnings:
                print(f"          warning: {w}")
        for p in report.skipped:
            print(f"skipped   {p.path}: {p.reason}")
        for p in report.failed:
            print(f"FAILED    {p.path}: {p.reason}")
        if report.sheet is not None:
            s = report.sheet
            print(f"attributes: {s.documents} documents, {s.participants} participants")
            for name in s.unknown_documents:
                print(f"          unknown document in sheet: {name}")
            for name in s.unknown_speakers:
                print(f"          unknown speaker in sheet: {name}")
            for err in s.errors:
                print(f"          {err}")
    return 1 if report.failed and not report.imported and not exchanged else 0


def cmd_documents(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        docs = project.documents()
    if args.json:
        _print_json(
            [
                {
                    "name": d.name,
                    "chars": d.chars,
                    "format": d.source_format,
                    "sha256": d.sha256,
                    "speakers": list(d.speakers),
                    "attributes": dict(d.attributes),
                }
                for d in docs
            ]
        )
    else:
        for d in docs:
            attrs = ", ".join(f"{k}={v}" for k, v in d.attributes.items())
            print(f"{d.name}\t{d.chars}\t{d.source_format}\t{len(d.speakers)} speakers\t{d.codings} codings\t{attrs}")
    return 0


def cmd_codebook(args: argparse.Namespace) -> int:
    from qcoder.app import codebook_io

    with _open(args.project) as project:
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


def cmd_codings(args: argparse.Namespace) -> int:
    from qcoder.app import codings_io

    with _open(args.project) as project:
        if args.action == "import":
            report = codings_io.import_codings(project, Path(args.file))
            print(
                f"codings: {report.imported} imported, {report.duplicates} duplicates skipped; "
                f"new codes: {len(report.created_codes)}, new coders: {len(report.created_coders)}"
            )
        else:
            coder_ids = _coder_ids(project, args.coder)
            n = codings_io.export_codings(project, Path(args.file), coder_ids)
            print(f"wrote {n} codings to {args.file}")
    return 0


def _coder_ids(project: Any, names: str | None) -> list[str] | None:
    if not names:
        return None
    ids = []
    for name in names.split(","):
        coder = project.coder_by_name(name)
        if coder is None:
            known = ", ".join(c.name for c in project.coders()) or "none"
            raise UsageError(f"no coder named {name!r} (coders: {known})")
        ids.append(coder.id)
    return ids


def cmd_stats(args: argparse.Namespace) -> int:
    from qcoder.analysis.frequencies import stats_json, stats_tables

    by = [b.strip() for b in (args.by or "").split(",") if b.strip()]
    with _open(args.project) as project:
        known = {a.name for a in project.attributes()}
        for name in by:
            if name not in known:
                raise UsageError(f"no attribute named {name!r} (attributes: {', '.join(sorted(known)) or 'none'})")
        coder_ids = _coder_ids(project, args.coder)
        snapshot = project.snapshot()
    if args.format == "json":
        data = stats_json(snapshot, by, coders=coder_ids)
        if args.output:
            Path(args.output).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            _print_json(data)
        return 0
    tables = stats_tables(snapshot, by, coders=coder_ids)
    if args.format == "xlsx":
        if not args.output:
            raise UsageError("--format xlsx needs -o FILE.xlsx")
        from qcoder.exporters.xlsx_export import export_xlsx

        export_xlsx(snapshot, Path(args.output), by=by, coders=coder_ids)
        print(f"wrote {args.output}")
        return 0
    from qcoder.app.tables import write_tables_csv

    written = write_tables_csv(tables, Path(args.output) if args.output else None, sys.stdout)
    if written:
        print(f"wrote {', '.join(str(p) for p in written)}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from qcoder.app.merge import apply_merge, plan_merge, read_source

    results = []
    with _open(args.project) as project:
        for other in args.others:
            plan = plan_merge(project, read_source(Path(other)), source=Path(other).name)
            if not args.dry_run:
                apply_merge(project, plan, actor=args.actor or "")
            results.append(plan)
    if args.json:
        _print_json([{**p.to_json(), "written": not args.dry_run} for p in results])
        return 0
    for p in results:
        verb = "would add" if args.dry_run else "added"
        print(
            f"{p.source}: {verb} {len(p.documents_added)} documents, {len(p.codes_added)} codes, "
            f"{len(p.coders_added)} coders, {p.codings_added} codings; matched {len(p.documents_matched)} "
            f"documents, {len(p.codes_matched)} codes, {len(p.coders_matched)} coders; "
            f"{p.codings_duplicate} codings already present"
        )
        for c in p.conflicts:
            print(f"  conflict: {c}")
    return 0


def cmd_handout(args: argparse.Namespace) -> int:
    from qcoder.app.merge import handout

    with _open(args.project) as project:
        docs = project.documents()
        if args.documents:
            wanted = [d.strip() for d in args.documents.split(",")]
            by_name = {d.name: d.id for d in docs}
            missing = [w for w in wanted if w not in by_name]
            if missing:
                raise UsageError(f"no document named {', '.join(missing)}")
            ids = [by_name[w] for w in wanted]
        else:
            ids = [d.id for d in docs]
        handout(project, args.coder, ids, Path(args.output))
    print(f"wrote {args.output}: codebook and {len(ids)} documents for {args.coder}")
    return 0


def cmd_mine(args: argparse.Namespace) -> int:
    from qcoder.app.merge import write_codings_file

    with _open(args.project) as project:
        ids = _coder_ids(project, args.coder)
        assert ids is not None
        n = write_codings_file(project, ids[0], Path(args.output))
    print(f"wrote {n} codings of {args.coder} to {args.output}")
    return 0


def cmd_blind(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        if args.state:
            project.set_blind_mode(args.state == "on")
        print(f"blind mode is {'on' if project.blind_mode else 'off'}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    with _open(args.project) as project:
        if suffix in (".qdpx", ".qdc"):
            from qcoder.app.exchange import export_exchange

            export_exchange(project, out)
        elif suffix == ".xlsx":
            from qcoder.exporters.xlsx_export import export_xlsx

            by = [b.strip() for b in args.by.split(",") if b.strip()]
            export_xlsx(project.snapshot(), out, by=by, coders=_coder_ids(project, args.coder))
        else:
            raise UsageError("export writes .qdpx, .qdc or .xlsx (use 'qcoder report' for .docx)")
    print(f"wrote {out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from qcoder.exporters.docx_report import export_report

    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        raise UsageError("the report is a Word file: -o FILE.docx")
    with _open(args.project) as project:
        export_report(project.snapshot(), out, coders=_coder_ids(project, args.coder))
    print(f"wrote {out}")
    return 0


def _names(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def cmd_agreement(args: argparse.Namespace) -> int:
    from qcoder.analysis.agreement import Pooling, Unit
    from qcoder.app.agreement import agreement, agreement_json

    with _open(args.project) as project:
        report, inputs = agreement(
            project,
            _names(args.coders),
            Unit(args.unit),
            _names(args.codes) or None,
            Pooling(args.pooling),
            group_by=args.group_by or None,
        )
    if args.format == "json":
        data = agreement_json(report, inputs)
        if args.output:
            Path(args.output).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            _print_json(data)
        return 0
    from qcoder.app.tables import write_table

    rows = report.to_rows(inputs.code_names, inputs.doc_names)
    header = list(dict.fromkeys(k for r in rows for k in r))  # averaged rows add columns
    if not args.output:
        if args.format == "xlsx":
            raise UsageError("--format xlsx needs -o FILE.xlsx")
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([[r.get(h, "") for h in header] for r in rows])
        return 0
    out = Path(args.output)
    if out.suffix.lower() != f".{args.format}":
        raise UsageError(f"--format {args.format} writes a .{args.format} file")
    write_table(out, header, [[r.get(h, "") for h in header] for r in rows], sheet="Agreement")
    print(f"wrote {len(rows)} rows to {out}")
    return 0


def cmd_disagreements(args: argparse.Namespace) -> int:
    from qcoder.app.agreement import disagreement_json, disagreements

    with _open(args.project) as project:
        items, inputs = disagreements(project, _names(args.coders), _names(args.codes) or None)
        items = items[: args.limit] if args.limit else items
        texts = {d: project.document(d).text for d in {i.document for i in items}}
    data = [disagreement_json(i, inputs, texts[i.document]) for i in items]
    if args.json:
        _print_json(data)
        return 0
    for d in data:
        who = "; ".join(f"{c}: {', '.join(v) or '-'}" for c, v in d["values"].items())
        excerpt = " ".join(d["text"].split())[:80]
        print(f"{d['kind']:<9} {d['characters']:>6} chars  {d['document']} [{d['start']}, {d['end']})  {who}")
        print(f'          "{excerpt}"')
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    from qcoder.analysis.agreement.disagreements import Method
    from qcoder.app.agreement import disagreements, reconcile, seed_consensus

    method, _, accept = args.method.partition(":")
    if method not in ("accept", "union", "intersection") or (method == "accept") != bool(accept):
        raise UsageError("--method is accept:CODER, union or intersection")
    with _open(args.project) as project:
        items, inputs = disagreements(project, _names(args.coders), _names(args.codes) or None)
        seeded = seed_consensus(project, inputs, args.consensus, args.actor or "")
        written = reconcile(project, items, inputs, Method(method), accept or None, args.consensus, args.actor or "")
    print(
        f"{args.consensus}: {seeded} agreed codings to start from, {len(items)} disagreements decided "
        f"({args.method}), {written} consensus codings written"
    )
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from qcoder.app.team import push

    plan = push(Path(args.project), _with_password(args.url), actor=args.actor or "")
    print(
        f"pushed {len(plan.documents_added)} documents, {len(plan.codes_added)} codes, "
        f"{plan.codings_added} codings to the server"
    )
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from qcoder.app.team import pull

    plan = pull(_with_password(args.url), Path(args.project), actor=args.actor or "")
    print(
        f"pulled {len(plan.documents_added)} documents, {len(plan.codes_added)} codes, "
        f"{plan.codings_added} codings into {args.project}"
    )
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    import getpass

    from qcoder.app import team
    from qcoder.core.permissions import Role

    url = _with_password(args.url)
    password = os.environ.get("QCODER_NEW_PASSWORD")
    if args.db_user and password is None and sys.stdin.isatty():
        password = getpass.getpass(f"new password for database user {args.db_user}: ")
    if args.action == "init":
        lead, coder = team.server_init(url, args.coder, args.db_user, password)
        print(f"row-level security on; group roles {lead} and {coder}; {args.coder} is lead")
    else:
        if not args.db_user:
            raise UsageError("add-member needs --db-user (the member's database login)")
        team.add_member(url, args.coder, Role(args.role), args.db_user, password)
        print(f"{args.coder} can log in as {args.db_user} ({args.role})")
    return 0


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
    print(_theme_table(demo.path))
    print(f"project: {demo.path}")
    if args.no_gui or not _display_available():
        if not args.no_gui:
            print(f"no display found: skipping the window (open it later with: qcoder gui {demo.path})")
        return 0
    return _run_gui(str(demo.path))


def _theme_table(path: Path) -> str:
    from qcoder.analysis.frequencies import theme_frequencies

    with _open(str(path)) as project:
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


def _display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_gui(project: str | None) -> int:
    try:
        from qcoder.gui.app import run_gui
    except ImportError as exc:
        raise QcoderError(f"the window cannot start: {exc}") from exc
    return run_gui(project)


def cmd_gui(args: argparse.Namespace) -> int:
    if not _display_available() and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        raise QcoderError("no display available for the window (set DISPLAY, or use the CLI commands)")
    return _run_gui(args.project)


# --- parser ----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qcoder",
        description="Qualitative coding of interview transcripts.",
        epilog="Run 'qcoder COMMAND -h' for a command's options. 'qcoder [PROJECT]' opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"qcoder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty project")
    p.add_argument("project", help="project file (*.qcoder) or postgresql+psycopg:// URL")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="import transcripts (files or folders) into a project")
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--attributes", metavar="SHEET", help="CSV/XLSX attribute sheet, one row per document")
    p.add_argument("--pattern", help="file-name pattern setting attributes, e.g. '{site}_{stakeholder_group}_{id}'")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("documents", help="list the documents of a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("codebook", help="import or export the codebook (.csv, .xlsx; export also .docx)")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("project")
    p.add_argument("file")
    p.set_defaults(func=cmd_codebook)

    p = sub.add_parser("codings", help="import or export codings (.csv)")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("project")
    p.add_argument("file")
    p.add_argument("--coder", help="export only these coders (comma-separated names)")
    p.set_defaults(func=cmd_codings)

    p = sub.add_parser("stats", help="theme frequencies by attributes")
    p.add_argument("project")
    p.add_argument("--by", metavar="ATTR[,ATTR]", default="", help="one or two attributes, e.g. stakeholder_group,site")
    p.add_argument("--coder", metavar="NAME[,NAME]", help="count only these coders' codings")
    p.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", help="export the project: .qdpx (REFI-QDA), .qdc (codebook), .xlsx (tables)")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--by", default="stakeholder_group,site", help="attributes for the .xlsx tables")
    p.add_argument("--coder", metavar="NAME[,NAME]", help="only these coders' codings in .xlsx tables")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write a Word theme report with frequencies and attributed quotes")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    p.add_argument("--coder", metavar="NAME[,NAME]", help="only these coders' codings")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("merge", help="merge coder projects (.qcoder), codings files (.qcodings) or .qdpx")
    p.add_argument("project")
    p.add_argument("others", nargs="+", metavar="OTHER")
    p.add_argument("--dry-run", action="store_true", help="only show what would be added, matched, in conflict")
    p.add_argument("--actor", help="who merges (recorded in the audit log)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("handout", help="make a project copy for one coder (codebook + assigned documents)")
    p.add_argument("project")
    p.add_argument("--coder", required=True, metavar="NAME")
    p.add_argument("--documents", metavar="NAME[,NAME]", help="assigned documents (default: all)")
    p.add_argument("-o", "--output", required=True, metavar="COPY.qcoder")
    p.set_defaults(func=cmd_handout)

    p = sub.add_parser("mine", help="export one coder's codings as a small .qcodings file for the lead")
    p.add_argument("project")
    p.add_argument("--coder", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="FILE.qcodings")
    p.set_defaults(func=cmd_mine)

    p = sub.add_parser("blind", help="show or set blind mode (coders see only their own codings)")
    p.add_argument("project")
    p.add_argument("state", nargs="?", choices=("on", "off"))
    p.set_defaults(func=cmd_blind)

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
    p.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=cmd_agreement)

    p = sub.add_parser("disagreements", help="where coders disagree, largest first")
    p.add_argument("project")
    p.add_argument("--coders", required=True, metavar="A,B[,C...]")
    p.add_argument("--codes", metavar="PATH[,PATH]")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_disagreements)

    p = sub.add_parser("reconcile", help="decide disagreements into a consensus coder (audited, undoable)")
    p.add_argument("project")
    p.add_argument("--coders", required=True, metavar="A,B[,C...]")
    p.add_argument("--method", required=True, metavar="accept:CODER|union|intersection")
    p.add_argument("--codes", metavar="PATH[,PATH]")
    p.add_argument("--consensus", default="Consensus", metavar="NAME")
    p.add_argument("--actor", help="who decides (recorded in the audit log)")
    p.set_defaults(func=cmd_reconcile)

    p = sub.add_parser("push", help="create a server project (PostgreSQL URL) from a local project file")
    p.add_argument("project", metavar="PROJECT.qcoder")
    p.add_argument("url", metavar="URL")
    p.add_argument("--actor")
    p.set_defaults(func=cmd_push)

    p = sub.add_parser("pull", help="make a local copy of a server project (merge it back with 'merge')")
    p.add_argument("url", metavar="URL")
    p.add_argument("project", metavar="PROJECT.qcoder")
    p.add_argument("--actor")
    p.set_defaults(func=cmd_pull)

    p = sub.add_parser("server", help="set up roles on a server project: init (lead), add-member")
    p.add_argument("action", choices=("init", "add-member"))
    p.add_argument("url", metavar="URL")
    p.add_argument("--coder", required=True, metavar="NAME", help="the lead (init) or the new member")
    p.add_argument("--db-user", metavar="LOGIN", help="their database login (created if missing)")
    p.add_argument("--role", choices=("coder", "lead"), default="coder")
    p.set_defaults(func=cmd_server)

    p = sub.add_parser("demo", help="build the demo project from the sample transcripts and open it")
    p.add_argument("--no-gui", action="store_true", help="do not open the window")
    p.add_argument(
        "--out", default="qcoder-demo", metavar="DIR", help="folder for demo.qcoder (default: ./qcoder-demo)"
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gui", help="open the window (optionally on a project)")
    p.add_argument("project", nargs="?")
    p.set_defaults(func=cmd_gui)

    cli_nlp.add_parsers(sub)
    cli_safety.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        args_list = ["gui", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"qcoder {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (QcoderError, OSError) as exc:
        if os.environ.get("QCODER_DEBUG"):
            raise
        print(f"qcoder {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # the contract: one line, no traceback
        if os.environ.get("QCODER_DEBUG"):
            raise
        print(
            f"qcoder {args.command}: internal error: {type(exc).__name__}: {exc} (set QCODER_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
