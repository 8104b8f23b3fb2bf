"""Command-line commands for keeping projects safe: ``check``, ``backup``, ``restore``,
``encrypt``, ``decrypt``, ``unlock`` (and ``new --encrypt``).

``qcoder.cli`` calls :func:`add_parsers` with its subparsers; the command names are in
:data:`COMMANDS`. Passphrases come from ``--passphrase-file FILE`` (its first line), the
``QCODER_PASSPHRASE`` environment variable, or a prompt when the terminal is interactive;
never from a command-line argument (other users could see it in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from qcoder.core.errors import ProjectError, QcoderError

COMMANDS = ("check", "backup", "restore", "encrypt", "decrypt", "unlock")


class SafetyUsageError(QcoderError):
    pass


# --- passphrases ------------------------------------------------------------------------------------


def _from_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SafetyUsageError(f"cannot read the passphrase file {path}: {exc.strerror}") from exc
    lines = text.splitlines()
    value = lines[0] if lines else ""
    if not value:
        raise SafetyUsageError(f"the passphrase file {path} is empty")
    return value


def read_passphrase(
    args: argparse.Namespace | None,
    what: str,
    *,
    confirm: bool = False,
    file_attr: str = "passphrase_file",
    env: bool = True,
) -> str:
    """A passphrase from ``--passphrase-file``, ``QCODER_PASSPHRASE`` or a prompt."""
    from qcoder.app.safety import PASSPHRASE_ENV

    file = getattr(args, file_attr, None) if args is not None else None
    if file:
        return _from_file(file)
    if env and os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise SafetyUsageError(f"{what}: no passphrase given; use --passphrase-file FILE or set {PASSPHRASE_ENV}")
    value = getpass.getpass(f"{what}: ")
    if not value:
        raise SafetyUsageError("an empty passphrase cannot protect anything")
    if confirm and getpass.getpass("Repeat the passphrase: ") != value:
        raise SafetyUsageError("the two passphrases differ; nothing was changed")
    return value


def open_project_cli(location: str, args: argparse.Namespace | None = None, **options: Any) -> Any:
    """``Project`` for a CLI command: asks for the passphrase of an encrypted project when needed
    and prints open warnings (cloud-synced folder, failed backup) on stderr."""
    from qcoder.app.safety import PassphraseRequired, open_project, project_warnings

    passphrase = None
    if getattr(args, "passphrase_file", None):
        passphrase = _from_file(args.passphrase_file)  # type: ignore[union-attr]
    try:
        project = open_project(location, passphrase=passphrase, **options)
    except PassphraseRequired:
        if not sys.stdin.isatty():
            raise
        project = open_project(
            location, passphrase=read_passphrase(args, f"Passphrase for {Path(location).name}"), **options
        )
    for warning in project_warnings(project):
        print(f"warning: {warning}", file=sys.stderr)
    return project


def _project_path(value: str) -> Path:
    if "://" in value:
        raise SafetyUsageError("this command works on project files; for a server database use the server's tools")
    return Path(value).expanduser()


# --- commands -----------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from qcoder.app import safety
    from qcoder.app.backups import list_backups, newest_good_backup

    location = args.project
    passphrase = _from_file(args.passphrase_file) if args.passphrase_file else None
    if "://" in location:
        report = safety.check_project(location, full=not args.quick)
        if args.json:
            json.dump({"project": location, "ok": report.ok, "problems": report.problems}, sys.stdout, indent=2)
            sys.stdout.write("\n")
        else:
            _print_report(location, report, [])
        return 0 if report.ok else 1
    path = _project_path(location)
    if passphrase is None and safety.is_encrypted(path):
        try:
            passphrase = read_passphrase(args, f"Passphrase for {path.name}")
        except SafetyUsageError:
            raise safety.PassphraseRequired(path) from None
    report = safety.check_project(path, passphrase, full=not args.quick)
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
        json.dump(
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
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        _print_report(str(path), report, notes)
        print(f"encrypted: {'yes' if safety.is_encrypted(path) else 'no'}")
        if backups:
            print(f"backups:   {len(backups)} in {backups[0].path.parent}, newest {backups[0].label()}")
        else:
            print("backups:   none yet")
        if not report.ok:
            if good is not None:
                print(f"\nThe newest good backup is {good.path} ({good.label()}).")
                print(f"Restore it with:  qcoder restore {path} --from {good.path}")
            else:
                print("\nNo good backup was found. Keep the damaged file; do not write to it.")
    return 0 if report.ok else 1


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


def cmd_backup(args: argparse.Namespace) -> int:
    from qcoder.app.backups import backup_now, list_backups

    path = _project_path(args.project)
    if args.list:
        return _list(path, list_backups(path))
    with open_project_cli(str(path), args, backup=False) as project:
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

    path = _project_path(args.project)
    backups = list_backups(path)
    encrypted = any(b.encrypted for b in backups) or safety.is_encrypted(path)
    if args.backup is None and not args.latest:
        print("Choose a backup with --from FILE (or --latest for the newest good one):")
        _list(path, backups)
        return 2
    passphrase = read_passphrase(args, f"Passphrase for {path.name}") if encrypted else None
    if args.latest:
        good = newest_good_backup(path, passphrase)
        if good is None:
            raise ProjectError(f"no good backup of {path.name} was found in {path.name}.backups/")
        source = good.path
    else:
        source = Path(args.backup).expanduser()
    result = restore_backup(path, source, passphrase)
    print(f"restored {path} from {source}")
    for p in result.previous:
        print(f"the project as it was is kept in {p}")
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from qcoder.app import safety

    path = _project_path(args.project)
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

    path = _project_path(args.project)
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

    path = _project_path(args.project)
    info = safety.unlock(path, force=args.force)
    if info is None:
        print(f"{path.name} was not locked")
    else:
        print(f"removed the lock of {info.describe()}")
    return 0


def cmd_new_encrypted(args: argparse.Namespace, plain: Any) -> int:
    if not getattr(args, "encrypt", False):
        return int(plain(args))
    from qcoder.app import safety

    reason = safety.encryption_unavailable_reason()
    if reason is not None:
        raise safety.EncryptionUnavailable(reason)
    passphrase = read_passphrase(args, f"Passphrase for the new project {Path(args.project).name}", confirm=True)
    with safety.create_project(_project_path(args.project), passphrase=passphrase) as project:
        print(f"created {project.location} (encrypted)")
    return 0


# --- parsers -----------------------------------------------------------------------------------------


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase of an encrypted project from FILE's first line "
        "(or set QCODER_PASSPHRASE; otherwise you are asked)",
    )


def add_parsers(sub: Any) -> None:
    """Register the safety commands on the CLI's subparsers (and ``--encrypt`` on ``new``)."""
    p = sub.add_parser("check", help="check a project's integrity (file, references, offsets)")
    p.add_argument("project")
    p.add_argument("--quick", action="store_true", help="the fast check made on every open")
    p.add_argument("--json", action="store_true")
    _passphrase_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="back up a project now (into PROJECT.backups/), or --list its backups")
    p.add_argument("project")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    _passphrase_option(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a project from one of its backups")
    p.add_argument("project")
    p.add_argument("--from", dest="backup", metavar="BACKUP", help="the backup file to restore")
    p.add_argument("--latest", action="store_true", help="restore the newest backup that passes the check")
    _passphrase_option(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("encrypt", help="encrypt a project file and its backups with a passphrase")
    p.add_argument("project")
    p.add_argument("--change-passphrase", action="store_true", help="re-encrypt under a new passphrase")
    _passphrase_option(p)
    p.add_argument("--new-passphrase-file", metavar="FILE", help="with --change-passphrase: the new passphrase")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("decrypt", help="remove a project's encryption (and its backups')")
    p.add_argument("project")
    _passphrase_option(p)
    p.set_defaults(func=cmd_decrypt)

    p = sub.add_parser("unlock", help="remove a window lock left behind by a qcoder that is no longer running")
    p.add_argument("project")
    p.add_argument("--force", action="store_true", help="also a lock written on another computer")
    p.set_defaults(func=cmd_unlock)

    new = sub.choices.get("new")
    if new is not None:
        new.add_argument(
            "--encrypt",
            action="store_true",
            help="encrypt the project with a passphrase (asked, or QCODER_PASSPHRASE / --passphrase-file)",
        )
        _passphrase_option(new)
        plain = new.get_default("func")
        new.set_defaults(func=lambda args: cmd_new_encrypted(args, plain))


def main(argv: list[str] | None = None) -> int:
    """``qcoder`` with these commands registered (``python -m qcoder.cli_safety check PROJECT``),
    for use until ``qcoder.cli`` calls :func:`add_parsers` itself."""
    from qcoder import cli

    original = cli.build_parser

    def build_parser() -> argparse.ArgumentParser:
        parser = original()
        for action in parser._actions:  # noqa: SLF001 - argparse keeps subparsers here
            if isinstance(action, argparse._SubParsersAction) and "check" not in action.choices:  # noqa: SLF001
                add_parsers(action)
        return parser

    commands = cli.COMMANDS
    cli.build_parser = build_parser
    if "check" not in commands:
        cli.COMMANDS = (*commands, *COMMANDS)  # type: ignore[assignment]
    try:
        return cli.main(argv)
    finally:
        cli.build_parser = original
        cli.COMMANDS = commands


if __name__ == "__main__":
    sys.exit(main())
