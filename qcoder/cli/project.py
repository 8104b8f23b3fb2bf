"""Project commands: ``new`` (also ``--encrypt``), ``import``, ``documents``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from qcoder.cli.common import AddParser, Subparsers, open_project, print_json, read_passphrase
from qcoder.cli.safety import passphrase_option, project_path
from qcoder.cli.survey import survey_options
from qcoder.core.errors import InvalidValue
from qcoder.core.model import DEFAULT_LANGUAGE, LANGUAGE_ATTRIBUTE


def cmd_new(args: argparse.Namespace) -> int:
    if args.encrypt:
        return _new_encrypted(args)
    from qcoder.app.new_project import create_plain_file

    if create_plain_file(args.project):  # a plain file, without importing the database layer
        print(f"created {args.project}")
        return 0
    from qcoder.app import Project

    with Project.create(args.project) as project:
        print(f"created {project.location}")
    return 0


def _new_encrypted(args: argparse.Namespace) -> int:
    from qcoder.app import safety

    reason = safety.encryption_unavailable_reason()
    if reason is not None:
        raise safety.EncryptionUnavailable(reason)
    passphrase = read_passphrase(args, f"Passphrase for the new project {Path(args.project).name}", confirm=True)
    with safety.create_project(project_path(args.project), passphrase=passphrase) as project:
        print(f"created {project.location} (encrypted)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.survey:
        from qcoder.cli.survey import import_survey_command

        return import_survey_command(args)
    from qcoder.app.import_files import EXCHANGE_SUFFIXES, start_import

    exchange = [p for p in args.paths if Path(p).suffix.lower() in EXCHANGE_SUFFIXES]
    # the reading workers start now, while the database layer is imported and the project opened
    started = start_import(p for p in args.paths if p not in exchange)
    try:
        from qcoder.app.exchange import import_exchange
        from qcoder.app.importing import import_paths

        with open_project(args.project) as project:

            def progress(done: int, total: int, name: str) -> None:
                if not args.json and name:
                    print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

            report = import_paths(project, started, sheet=args.attributes, pattern=args.pattern, progress=progress)
            exchanged = [(p, import_exchange(project, Path(p))) for p in exchange]
    finally:
        started.reading.close()
    if args.json:
        data = report.to_json()
        if exchanged:
            data["exchange"] = [{"path": p, **x.to_json()} for p, x in exchanged]
        print_json(data)
    else:
        _print_exchanged(exchanged)
        _print_imported(report)
    if report.failed and not report.imported and not exchanged:
        first = report.failed[0]
        print(
            f"qcoder import: error: nothing imported ({len(report.failed)} failed; {first.path}: {first.reason})",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_exchanged(exchanged: list[tuple[str, Any]]) -> None:
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


def _print_imported(report: Any) -> None:
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


def cmd_documents(args: argparse.Namespace) -> int:
    from qcoder.app.listing import quick_documents

    if args.set_language:
        _set_languages(args.project, args.set_language)
    listing = quick_documents(args.project, with_counts=not args.json)
    if listing is not None:
        docs = listing.documents
        for warning in listing.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    else:
        with open_project(args.project) as project:
            docs = project.documents()
    if args.json:
        print_json(
            [
                {
                    "name": d.name,
                    "chars": d.chars,
                    "format": d.source_format,
                    "sha256": d.sha256,
                    "speakers": list(d.speakers),
                    "attributes": dict(d.attributes),
                    "language": d.attributes.get(LANGUAGE_ATTRIBUTE) or DEFAULT_LANGUAGE,
                    "media": d.media or None,
                }
                for d in docs
            ]
        )
    else:
        for d in docs:
            attrs = ", ".join(f"{k}={v}" for k, v in d.attributes.items())
            print(f"{d.name}\t{d.chars}\t{d.source_format}\t{len(d.speakers)} speakers\t{d.codings} codings\t{attrs}")
    return 0


def _set_languages(location: str, settings: list[str]) -> None:
    """``--set-language NAME=LANG`` (each one undo step)."""
    from qcoder.app.languages import set_document_language

    with open_project(location) as project:
        for setting in settings:
            name, sep, value = setting.rpartition("=")
            if not sep or not name.strip():
                raise InvalidValue(f"--set-language wants NAME=LANG, e.g. 'Interview 3=es' (got {setting!r})")
            info = project.document_by_name(name.strip())
            code = set_document_language(project, info.id, value)
            print(f"{info.name}: language {code}", file=sys.stderr)


# --- parsers ---------------------------------------------------------------------------------------


def _add_new(sub: Subparsers) -> None:
    p = sub.add_parser("new", help="create an empty project")
    p.add_argument("project", help="project file (*.qcoder) or postgresql+psycopg:// URL")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the project with a passphrase (asked, or QCODER_PASSPHRASE / --passphrase-file)",
    )
    passphrase_option(p)
    p.set_defaults(func=cmd_new)


def _add_import(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="import transcripts (files or folders) into a project")
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--attributes", metavar="SHEET", help="CSV/XLSX attribute sheet, one row per document")
    p.add_argument("--pattern", help="file-name pattern setting attributes, e.g. '{site}_{stakeholder_group}_{id}'")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    survey_options(p)
    p.set_defaults(func=cmd_import)


def _add_documents(sub: Subparsers) -> None:
    p = sub.add_parser("documents", help="list the documents of a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--set-language",
        action="append",
        default=[],
        metavar="NAME=LANG",
        help="set a document's language (a code: es, fr, de…; auto: detect it again), then list; repeatable",
    )
    p.set_defaults(func=cmd_documents)


PARSERS: dict[str, AddParser] = {"new": _add_new, "import": _add_import, "documents": _add_documents}
