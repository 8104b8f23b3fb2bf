"""Commands for keeping projects safe: ``check``, ``backup``, ``restore``, ``encrypt``,
``decrypt``, ``unlock`` (``new --encrypt`` is in :mod:`qcoder.cli.project`).

Passphrases come from ``--passphrase-file FILE`` (its first line), the ``QCODER_PASSPHRASE``
environment variable, or a prompt when the terminal is interactive (see
:mod:`qcoder.cli.common`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from qcoder.cli.common import (
    AddParser,
    SafetyUsageError,
    Subparsers,
    UsageError,
    open_project,
    passphrase_from_file,
    read_passphrase,
)
from qcoder.core.errors import ProjectError


def project_path(value: str) -> Path:
    """A project file's path; a server URL is refused."""
    if "://" in value:
        raise SafetyUsageError("this command works on project files; for a server database use the server's tools")
    path = Path(value).expanduser()
    if not value.strip() or not path.name or path.name in (".", ".."):
        raise SafetyUsageError(f"{value!r} is not a project file's name (PROJECT.qcoder)")
    return path


# --- check -------------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from qcoder.app import safety
    from qcoder.app.backups import list_backups, newest_good_backup
    from qcoder.app.passphrases import refuse_wrong_passphrase

    location = args.project
    passphrase = passphrase_from_file(args.passphrase_file) if args.passphrase_file else None
    if "://" in location:
        return _repair(args, location, None) if args.repair else _check_server(args, location)
    path = project_path(location)
    if passphrase is None and safety.is_encrypted(path):
        try:
            passphrase = read_passphrase(args, f"Passphrase for {path.name}")
        except SafetyUsageError:
            raise safety.PassphraseRequired(path) from None
    if args.repair:
        return _repair(args, location, passphrase)
    report = safety.check_project(path, passphrase, full=not args.quick)
    if not report.ok:
        refuse_wrong_passphrase(path, passphrase)  # a wrong passphrase is not damage
    notes: list[str] = []
    provider = safety.cloud_sync_provider(path.resolve())
    if provider:
        notes.append(str(safety.CloudFolderWarning(provider, path)))
    holder = safety.window_holder(path)
    if holder is not None:
        notes.append(f"open in a window: {holder.describe()}")
    backups = list_backups(path)
    good = newest_good_backup(path, passphrase) if not report.ok else None
    if args.json:
        _dump(
            {
                "project": str(path),
                "ok": report.ok,
                "problems": report.problems,
                "full": report.full,
                "encrypted": safety.is_encrypted(path),
                "backups": len(backups),
                "newest_backup": str(backups[0].path) if backups else None,
                "newest_good_backup": str(good.path) if good else None,
                "notes": notes,
            }
        )
    else:
        _print_check(path, report, notes, backups, good)
    return _verdict(str(path), report)


def _verdict(location: str, report: Any) -> int:
    """Exit status 0 for a healthy project; for a damaged one, also one error line on stderr."""
    if report.ok:
        return 0
    first = report.problems[0] if report.problems else "unknown damage"
    print(f"qcoder check: error: {location} is DAMAGED: {first}", file=sys.stderr)
    return 1


def _repair(args: argparse.Namespace, location: str, passphrase: str | None) -> int:
    from qcoder.app.repair import repair_project

    done = repair_project(location, passphrase)
    assert done.remaining is not None
    if args.json:
        _dump(
            {
                "project": location,
                "backup": str(done.backup) if done.backup else None,
                "repairs": done.actions,
                "set_aside": done.set_aside,
                "ok": done.ok,
                "problems": done.remaining.problems,
            }
        )
        return 0 if done.ok else 1
    if done.backup is not None:
        print(f"backed up first: {done.backup}")
    for action in done.actions:
        print(f"repaired: {action}")
    if not done.actions:
        print("nothing to repair")
    if done.set_aside:
        print(f"{done.set_aside} row(s) are kept in the project's set_aside table")
    _print_report(location, done.remaining, [])
    return 0 if done.ok else 1


def _check_server(args: argparse.Namespace, location: str) -> int:
    from qcoder.app import safety

    report = safety.check_project(location, full=not args.quick)
    if args.json:
        _dump({"project": location, "ok": report.ok, "problems": report.problems})
    else:
        _print_report(location, report, [])
    from qcoder.app.locations import redact

    return _verdict(redact(location), report)


def _dump(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, indent=2)
    sys.stdout.write("\n")


def _print_check(path: Path, report: Any, notes: list[str], backups: list[Any], good: Any) -> None:
    from qcoder.app import safety

    _print_report(str(path), report, notes)
    print(f"encrypted: {'yes' if safety.is_encrypted(path) else 'no'}")
    if backups:
        print(f"backups:   {len(backups)} in {backups[0].path.parent}, newest {backups[0].label()}")
    else:
        print("backups:   none yet")
    if not report.ok:
        from qcoder.app.repair import repairable

        if repairable(report.problems):
            print(f"\nThese rows can be set aside (kept, not deleted) with:  qcoder check {path} --repair")
        if good is not None:
            print(f"\nThe newest good backup is {good.path} ({good.label()}).")
            print(f"Restore it with:  qcoder restore {path} --from {good.path}")
        elif not repairable(report.problems):
            print("\nNo good backup was found. Keep the damaged file; do not write to it.")


def _print_report(where: str, report: Any, notes: list[str]) -> None:
    kind = "full" if report.full else "quick"
    if report.ok:
        print(f"{where}: ok ({kind} check, {report.seconds:.2f} s)")
    else:
        print(f"{where}: DAMAGED ({kind} check found {len(report.problems)} problem(s))")
        for p in report.problems[:15]:
            print(f"  - {p}")
        if len(report.problems) > 15:
            print(f"  … and {len(report.problems) - 15} more")
    for note in notes:
        print(f"note: {note}")


# --- backup and restore ---------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from qcoder.app.backups import backup_now, list_backups

    path = project_path(args.project)
    if args.list:
        return _list(path, list_backups(path))
    with open_project(str(path), args, backup=False) as project:
        info = backup_now(project, "manual")
    print(f"backed up to {info.path} ({info.label()})")
    return 0


def _list(path: Path, backups: list[Any]) -> int:
    if not backups:
        print(f"no backups of {path.name} yet (they go to {path.name}.backups/ next to it)")
        return 0
    for b in backups:
        print(f"{b.path}\t{b.label()}{'  encrypted' if b.encrypted else ''}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from qcoder.app import safety
    from qcoder.app.backups import list_backups, newest_good_backup, restore_backup
    from qcoder.app.passphrases import refuse_wrong_passphrase

    path = project_path(args.project)
    backups = list_backups(path)
    encrypted = any(b.encrypted for b in backups) or safety.is_encrypted(path)
    if args.backup is None and not args.latest:
        print("Choose a backup with --from FILE (or --latest for the newest good one):")
        _list(path, backups)
        raise UsageError("choose a backup with --from FILE or --latest (the backups are listed above)")
    passphrase = read_passphrase(args, f"Passphrase for {path.name}") if encrypted else None
    if args.latest:
        good = newest_good_backup(path, passphrase)
        if good is None:
            refuse_wrong_passphrase(path, passphrase)
            raise ProjectError(f"no good backup of {path.name} was found in {path.name}.backups/")
        source = good.path
    else:
        source = Path(args.backup).expanduser()
    result = restore_backup(path, source, passphrase)
    print(f"restored {path} from {source}")
    for p in result.previous:
        print(f"the project as it was is kept in {p}")
    return 0


# --- encryption and locks -----------------------------------------------------------------------------------


def cmd_encrypt(args: argparse.Namespace) -> int:
    from qcoder.app import safety

    path = project_path(args.project)
    reason = safety.encryption_unavailable_reason()
    if reason is not None:
        raise safety.EncryptionUnavailable(reason)
    if args.change_passphrase:
        old = read_passphrase(args, f"Current passphrase for {path.name}")
        new = read_passphrase(args, "New passphrase", confirm=True, file_attr="new_passphrase_file", env=False)
        result = safety.change_passphrase(path, old, new)
        print(f"changed the passphrase of {path} and {len(result.backups_converted)} backup(s)")
    else:
        new = read_passphrase(args, f"New passphrase for {path.name}", confirm=True)
        result = safety.encrypt_project(path, new)
        print(f"encrypted {path} and {len(result.backups_converted)} backup(s)")
        if result.cache_files_removed:
            print(f"removed the plain-text language-analysis cache ({result.cache_files_removed} file(s))")
        print("Keep the passphrase safe: without it the project cannot be opened, by anyone.")
    for p in result.plaintext_left:
        print(
            f"warning: {p} was not converted (a damaged copy or another passphrase); delete it if it is no "
            "longer needed",
            file=sys.stderr,
        )
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from qcoder.app import safety

    path = project_path(args.project)
    passphrase = read_passphrase(args, f"Passphrase for {path.name}")
    result = safety.decrypt_project(path, passphrase)
    print(
        f"removed the encryption of {path} and {len(result.backups_converted)} backup(s); they are now readable "
        "by anyone with access to the files"
    )
    for p in result.plaintext_left:
        print(f"warning: {p} is still encrypted (another passphrase)", file=sys.stderr)
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    from qcoder.app import safety

    path = project_path(args.project)
    info = safety.unlock(path, force=args.force)
    if info is None:
        print(f"{path.name} was not locked")
    else:
        print(f"removed the lock of {info.describe()}")
    return 0


# --- parsers -----------------------------------------------------------------------------------------


def passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase of an encrypted project from FILE's first line "
        "(or set QCODER_PASSPHRASE; otherwise you are asked)",
    )


def _add_check(sub: Subparsers) -> None:
    p = sub.add_parser("check", help="check a project's integrity (file, references, offsets)")
    p.add_argument("project")
    p.add_argument("--quick", action="store_true", help="the fast check made on every open")
    p.add_argument(
        "--repair",
        action="store_true",
        help="back up, then repair what can be repaired (rows breaking the rules are set aside, not deleted)",
    )
    p.add_argument("--json", action="store_true")
    passphrase_option(p)
    p.set_defaults(func=cmd_check)


def _add_backup(sub: Subparsers) -> None:
    p = sub.add_parser("backup", help="back up a project now (into PROJECT.backups/), or --list its backups")
    p.add_argument("project")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    passphrase_option(p)
    p.set_defaults(func=cmd_backup)


def _add_restore(sub: Subparsers) -> None:
    p = sub.add_parser("restore", help="restore a project from one of its backups")
    p.add_argument("project")
    p.add_argument("--from", dest="backup", metavar="BACKUP", help="the backup file to restore")
    p.add_argument("--latest", action="store_true", help="restore the newest backup that passes the check")
    passphrase_option(p)
    p.set_defaults(func=cmd_restore)


def _add_encrypt(sub: Subparsers) -> None:
    p = sub.add_parser("encrypt", help="encrypt a project file and its backups with a passphrase")
    p.add_argument("project")
    p.add_argument("--change-passphrase", action="store_true", help="re-encrypt under a new passphrase")
    passphrase_option(p)
    p.add_argument("--new-passphrase-file", metavar="FILE", help="with --change-passphrase: the new passphrase")
    p.set_defaults(func=cmd_encrypt)


def _add_decrypt(sub: Subparsers) -> None:
    p = sub.add_parser("decrypt", help="remove a project's encryption (and its backups')")
    p.add_argument("project")
    passphrase_option(p)
    p.set_defaults(func=cmd_decrypt)


def _add_unlock(sub: Subparsers) -> None:
    p = sub.add_parser("unlock", help="remove a window lock left behind by a qcoder that is no longer running")
    p.add_argument("project")
    p.add_argument("--force", action="store_true", help="also a lock written on another computer")
    p.set_defaults(func=cmd_unlock)


PARSERS: dict[str, AddParser] = {
    "check": _add_check,
    "backup": _add_backup,
    "restore": _add_restore,
    "encrypt": _add_encrypt,
    "decrypt": _add_decrypt,
    "unlock": _add_unlock,
}
