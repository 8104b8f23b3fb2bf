"""``qcoder memo add|list|export``: the project journal and the memos on documents, codes and
participants (coding memos too with ``--type coding``, the framework matrix's summaries with
``--type summary``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qcoder.cli.common import AddParser, Subparsers, UsageError, coder_ids, names, open_project, print_json

if TYPE_CHECKING:
    from qcoder.core.memos import MemoFilter

_TYPES = ("project", "document", "code", "participant", "coding", "summary")


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} wants a date as YYYY-MM-DD, not {value!r}") from None


def _filter(args: argparse.Namespace) -> MemoFilter:
    from qcoder.core.memos import MemoFilter

    kinds = names(args.type)
    unknown = [k for k in kinds if k not in _TYPES]
    if unknown:
        raise UsageError(f"unknown memo type {unknown[0]!r} (types: {', '.join(_TYPES)})")
    return MemoFilter(
        kinds=frozenset(kinds or _TYPES[:4]),
        author=args.author or "",
        since=_day(args.since, "--since"),
        until=_day(args.until, "--until"),
        text=args.search or "",
    )


def cmd_memo(args: argparse.Namespace) -> int:
    from qcoder.app import memos
    from qcoder.core.memos import filter_memos

    with open_project(args.project) as project:
        if args.action == "add":
            if args.on is None or args.text is None:
                raise UsageError("memo add needs --on and --text")
            ids = coder_ids(project, args.coder)
            author = ids[0] if ids else (project.actor_id or "")
            memo_id = memos.add_memo(project, args.on, args.text, author)
            print(f"memo {memo_id} on {args.on}")
            from qcoder.app.memo_links import broken_links

            for link in broken_links(project, args.text):  # kept: it may be made later
                print(f"warning: the link [[{link.kind}:{link.ref}]] points to nothing in the project", file=sys.stderr)
            return 0
        memo_filter = _filter(args)
        kinds = memo_filter.kinds or ()
        entries = filter_memos(
            memos.memo_entries(project, codings="coding" in kinds, summaries="summary" in kinds), memo_filter
        )
        if args.action == "export":
            if not args.output:
                raise UsageError("memo export needs -o FILE.docx")
            if Path(args.output).suffix.lower() != ".docx":
                raise UsageError(f"memo export writes .docx, not {args.output!r}")
            from qcoder.exporters.memos_docx import export_memos_docx

            export_memos_docx(entries, args.output, f"Memos: {project.name}" if project.name else "Memos")
            print(f"wrote {len(entries)} memos to {args.output}")
        elif args.format == "json":
            print_json([e.as_json() for e in entries])
        else:
            for e in entries:
                first = e.text.strip().splitlines()[0] if e.text.strip() else ""
                print(f"{e.created:%Y-%m-%d}  {e.on}  {e.author or '-'}  {first}")
    return 0


def _add_memo(sub: Subparsers) -> None:
    p = sub.add_parser("memo", help="add, list or export memos (project journal, document, code, participant)")
    p.add_argument("action", choices=("add", "list", "export"))
    p.add_argument("project")
    p.add_argument("--on", help="add: project, document:NAME, code:PATH or participant:NAME")
    p.add_argument(
        "--text",
        help="add: the memo's text; [[code:PATH]], [[document:NAME]] and [[coding:ID]] are links",
    )
    p.add_argument("--coder", help="add: the coder writing it (a coder's name)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="list: output format")
    p.add_argument("--type", help=f"list/export: only these kinds (comma-separated: {', '.join(_TYPES)})")
    p.add_argument("--author", help="list/export: only memos by this coder")
    p.add_argument("--search", help="list/export: only memos containing every word of TEXT")
    p.add_argument("--since", help="list/export: only memos written on or after YYYY-MM-DD")
    p.add_argument("--until", help="list/export: only memos written on or before YYYY-MM-DD")
    p.add_argument("-o", "--output", help="export: the .docx file to write")
    p.set_defaults(func=cmd_memo)


PARSERS: dict[str, AddParser] = {"memo": _add_memo}
