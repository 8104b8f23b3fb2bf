"""What every command shares: the one path for opening a project, JSON output, usage errors,
passphrases and the parsing of comma-separated names.

:func:`open_project` is how every command opens a project: it asks for a server password when
the server wants one, for the passphrase of an encrypted project (``--passphrase-file FILE``,
``QCODER_PASSPHRASE`` or a prompt when the terminal is interactive; never a command-line
argument, which other users could see in the process list), and prints the open warnings
(cloud-synced folder, failed backup) on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from qcoder.core.errors import QcoderError

if TYPE_CHECKING:
    from qcoder.app.project import Project

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
AddParser: TypeAlias = Callable[[Subparsers], None]
"""Registers one command on ``qcoder``'s subparsers; each topic module maps names to these."""


class UsageError(Exception):
    """A command used wrongly: one line on stderr, exit status 2."""


class SafetyUsageError(QcoderError):
    """No usable passphrase, or a server URL where a project file is needed (exit status 1)."""


def count(value: str) -> int:
    """An argparse type: a whole number, 0 or more (``--limit -5`` is a usage error)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more")
    return n


def fraction(value: str) -> float:
    """An argparse type: a number from 0 to 1 (a confidence)."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= x <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return x


def print_json(data: object) -> None:
    """``data`` as JSON on stdout; a list is written one record per line (compact records go
    through the C encoder: indenting would take the pure-Python one, 0.3 s for 10,000 documents)."""
    if isinstance(data, list) and data:
        records = (json.dumps(item, ensure_ascii=False, default=str) for item in data)
        sys.stdout.write("[\n  " + ",\n  ".join(records) + "\n]\n")
        return
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def names(value: str | None) -> list[str]:
    """The names in a comma-separated option value, stripped, without empty ones."""
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def coder_ids(project: Project, value: str | None) -> list[str] | None:
    """The ids of the coders named in ``value`` (comma-separated), or None for no names."""
    if value is None:
        return None
    if not names(value):
        raise UsageError(f"no coder named {value!r}")
    ids = []
    for name in value.split(","):
        coder = project.coder_by_name(name)
        if coder is None:
            known = ", ".join(c.name for c in project.coders()) or "none"
            raise UsageError(f"no coder named {name!r} (coders: {known})")
        ids.append(coder.id)
    return ids


# --- opening a project ------------------------------------------------------------------------------


def with_password(location: str) -> str:
    """For a database URL without a password that the server refuses, ask for one.

    libpq first tries PGPASSWORD and ~/.pgpass; the password typed here lives in memory only."""
    from qcoder.app import locations

    if not locations.is_server_url(location) or locations.has_password(location) or not sys.stdin.isatty():
        return location
    if not locations.needs_password(location):
        return location
    user, host = locations.describe(location)
    return locations.with_password(location, getpass.getpass(f"password for {user or 'you'} on {host}: "))


def passphrase_from_file(path: str) -> str:
    """The first line of a passphrase file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SafetyUsageError(f"cannot read the passphrase file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError:
        raise SafetyUsageError(f"the passphrase file {path} is not UTF-8 text") from None
    lines = text.splitlines()
    value = lines[0] if lines else ""
    if not value:
        raise SafetyUsageError(f"the passphrase file {path} is empty")
    if "\x00" in value:
        raise SafetyUsageError(f"the passphrase file {path} is not a text file (it holds NUL bytes)")
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
        return passphrase_from_file(file)
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


def open_project(location: str, args: argparse.Namespace | None = None, **options: Any) -> Project:
    """The project for a command (every command opens projects here): asks for a server password
    or the passphrase of an encrypted project when needed and prints the open warnings
    (cloud-synced folder, failed backup) on stderr. ``options`` go to ``Project.open``."""
    from qcoder.app.safety import PassphraseRequired, project_warnings
    from qcoder.app.safety import open_project as open_safely

    location = with_password(location)
    passphrase = None
    if args is not None and getattr(args, "passphrase_file", None):
        passphrase = passphrase_from_file(args.passphrase_file)
    try:
        project = open_safely(location, passphrase=passphrase, **options)
    except PassphraseRequired:
        if not sys.stdin.isatty():
            raise
        passphrase = read_passphrase(args, f"Passphrase for {Path(location).name}")
        project = open_safely(location, passphrase=passphrase, **options)
    for warning in project_warnings(project):
        print(f"warning: {warning}", file=sys.stderr)
    return project
