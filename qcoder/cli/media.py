"""``qcoder media link|unlink|list|times``: recordings linked to documents, and turn times read
from times written in the transcripts (``[00:01:23]``, ``(01:23)``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcoder.cli.common import AddParser, Subparsers, UsageError, open_project, print_json


def cmd_media(args: argparse.Namespace) -> int:
    from qcoder.app import media
    from qcoder.core.media import hms

    with open_project(args.project) as project:
        if args.action in ("link", "unlink"):
            if not args.document or (args.action == "link" and not args.file):
                raise UsageError(
                    f"media {args.action} needs a DOCUMENT" + (" and a FILE" if args.action == "link" else "")
                )
            doc = project.document_by_name(args.document)
            if args.action == "unlink":
                media.unlink_media(project, doc.id)
                print(f"unlinked the recording of {doc.name}")
                return 0
            link = media.link_media(project, doc.id, Path(args.file), copy=args.copy)
            length = f" ({link.duration:.1f} s)" if link.duration else ""
            print(f"linked {link.path}{length} to {doc.name}")
            return 0
        if args.action == "times":
            ids = [project.document_by_name(n).id for n in ([args.document] if args.document else [])] or None
            count = media.read_time_markers(project, ids)
            print(f"{count} turn(s) got the time written in the text")
            return 0
        rows = media.media_rows(project)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            length = hms(r["duration"]) if isinstance(r["duration"], float) else "length unknown"
            state = "  MISSING" if r["missing"] else ""
            turns = f"{r['turns_timed']} timed, {r['turns_estimated']} estimated"
            print(f"{r['document']}\t{r['media']}\t{length}\t{turns}{state}")
    return 0


def _add_media(sub: Subparsers) -> None:
    p = sub.add_parser(
        "media",
        help="link recordings to documents, list them, read times written in transcripts",
        description=(
            "link: link a recording (audio or video) to a document; it is referenced, not copied "
            "(--copy copies it into '<project> media' beside the project file). A path under the "
            "project file's folder is stored relative to it. list: every linked recording "
            '(--json: [{"document", "media", "duration", "turns_timed", "turns_estimated", "missing"}], '
            "duration in seconds). times: give turns without a time the time written in the text "
            "([00:01:23], (01:23), '00:01:23 Speaker', 'Speaker 00:01:23'); one DOCUMENT or all."
        ),
    )
    p.add_argument("action", choices=("link", "unlink", "list", "times"))
    p.add_argument("project")
    p.add_argument("document", nargs="?", help="link/unlink/times: the document's name")
    p.add_argument("file", nargs="?", help="link: the recording")
    p.add_argument("--copy", action="store_true", help="link: copy the recording beside the project")
    p.add_argument("--json", action="store_true", help="list: JSON")
    p.set_defaults(func=cmd_media)


PARSERS: dict[str, AddParser] = {"media": _add_media}
