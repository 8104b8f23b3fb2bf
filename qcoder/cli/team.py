"""Team commands: ``merge``, ``handout``, ``mine``, ``blind``, ``push``, ``pull``, ``server``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from qcoder.cli.common import (
    AddParser,
    Subparsers,
    UsageError,
    coder_ids,
    open_project,
    passphrase_from_file,
    print_json,
    with_password,
)


def cmd_merge(args: argparse.Namespace) -> int:
    from qcoder.app.merge import merge_files

    with open_project(args.project) as project:
        results = merge_files(project, [Path(o) for o in args.others], actor=args.actor or "", dry_run=args.dry_run)
    if args.json:
        print_json([{**p.to_json(), "written": not args.dry_run} for p in results])
        return 0
    for p in results:
        verb = "would add" if args.dry_run else "added"
        print(
            f"{p.source}: {verb} {len(p.documents_added)} documents, {len(p.codes_added)} codes, "
            f"{len(p.coders_added)} coders, {p.codings_added} codings, {p.memos_added} memos, "
            f"{p.summaries_added} summaries; matched {len(p.documents_matched)} "
            f"documents, {len(p.codes_matched)} codes, {len(p.coders_matched)} coders; "
            f"{p.codings_duplicate} codings already present"
        )
        for c in p.conflicts:
            print(f"  conflict: {c}")
    return 0


def cmd_handout(args: argparse.Namespace) -> int:
    from qcoder.app.merge import handout

    with open_project(args.project) as project:
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
        copy_passphrase = passphrase_from_file(args.copy_passphrase_file) if args.copy_passphrase_file else None
        handout(project, args.coder, ids, Path(args.output), passphrase=copy_passphrase)
    print(f"wrote {args.output}: codebook and {len(ids)} documents for {args.coder}")
    return 0


def cmd_mine(args: argparse.Namespace) -> int:
    from qcoder.app.merge import write_codings_file

    with open_project(args.project) as project:
        ids = coder_ids(project, args.coder)
        assert ids is not None
        n = write_codings_file(project, ids[0], Path(args.output))
    print(f"wrote {n} codings of {args.coder} to {args.output}")
    return 0


def cmd_blind(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        if args.state:
            project.set_blind_mode(args.state == "on")
        print(f"blind mode is {'on' if project.blind_mode else 'off'}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from qcoder.app.team import push

    plan = push(Path(args.project), with_password(args.url), actor=args.actor or "")
    print(
        f"pushed {len(plan.documents_added)} documents, {len(plan.codes_added)} codes, "
        f"{plan.codings_added} codings to the server"
    )
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from qcoder.app.team import pull

    plan = pull(with_password(args.url), Path(args.project), actor=args.actor or "")
    print(
        f"pulled {len(plan.documents_added)} documents, {len(plan.codes_added)} codes, "
        f"{plan.codings_added} codings into {args.project}"
    )
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from qcoder.app import team
    from qcoder.core.permissions import Role

    url = with_password(args.url)
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


# --- parsers ---------------------------------------------------------------------------------------


def _add_merge(sub: Subparsers) -> None:
    p = sub.add_parser("merge", help="merge coder projects (.qcoder), codings files (.qcodings) or .qdpx")
    p.add_argument("project")
    p.add_argument("others", nargs="+", metavar="OTHER")
    p.add_argument("--dry-run", action="store_true", help="only show what would be added, matched, in conflict")
    p.add_argument("--actor", help="who merges (recorded in the audit log)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)


def _add_handout(sub: Subparsers) -> None:
    p = sub.add_parser("handout", help="make a project copy for one coder (codebook + assigned documents)")
    p.add_argument("project")
    p.add_argument("--coder", required=True, metavar="NAME")
    p.add_argument("--documents", metavar="NAME[,NAME]", help="assigned documents (default: all)")
    p.add_argument("-o", "--output", required=True, metavar="COPY.qcoder")
    p.add_argument(
        "--copy-passphrase-file",
        metavar="FILE",
        help="encrypt the copy with the passphrase in FILE's first line (the copy of an encrypted project "
        "is always encrypted, by default with the project's own passphrase)",
    )
    p.set_defaults(func=cmd_handout)


def _add_mine(sub: Subparsers) -> None:
    p = sub.add_parser("mine", help="export one coder's codings as a small .qcodings file for the lead")
    p.add_argument("project")
    p.add_argument("--coder", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="FILE.qcodings")
    p.set_defaults(func=cmd_mine)


def _add_blind(sub: Subparsers) -> None:
    p = sub.add_parser("blind", help="show or set blind mode (coders see only their own codings)")
    p.add_argument("project")
    p.add_argument("state", nargs="?", choices=("on", "off"))
    p.set_defaults(func=cmd_blind)


def _add_push(sub: Subparsers) -> None:
    p = sub.add_parser("push", help="create a server project (PostgreSQL URL) from a local project file")
    p.add_argument("project", metavar="PROJECT.qcoder")
    p.add_argument("url", metavar="URL")
    p.add_argument("--actor")
    p.set_defaults(func=cmd_push)


def _add_pull(sub: Subparsers) -> None:
    p = sub.add_parser("pull", help="make a local copy of a server project (merge it back with 'merge')")
    p.add_argument("url", metavar="URL")
    p.add_argument("project", metavar="PROJECT.qcoder")
    p.add_argument("--actor")
    p.set_defaults(func=cmd_pull)


def _add_server(sub: Subparsers) -> None:
    p = sub.add_parser("server", help="set up roles on a server project: init (lead), add-member")
    p.add_argument("action", choices=("init", "add-member"))
    p.add_argument("url", metavar="URL")
    p.add_argument("--coder", required=True, metavar="NAME", help="the lead (init) or the new member")
    p.add_argument("--db-user", metavar="LOGIN", help="their database login (created if missing)")
    p.add_argument("--role", choices=("coder", "lead"), default="coder")
    p.set_defaults(func=cmd_server)


PARSERS: dict[str, AddParser] = {
    "merge": _add_merge,
    "handout": _add_handout,
    "mine": _add_mine,
    "blind": _add_blind,
    "push": _add_push,
    "pull": _add_pull,
    "server": _add_server,
}
