"""The two project errors that assemble their message from parts, in the window's language.

``ProjectLocked`` (qcoder/store/locking.py) says who holds the project ("process 4121 of user
ana on host lab-3, since … UTC", or "another process") and, for a holder on another host, where
its lock file is; ``ProjectDamaged`` (qcoder/store/project_store.py) gives the first problem the
check found (SQLite's own words, kept as they are), how many more, whether ``qcoder check
--repair`` can set rows aside, and the newest good backup. Each part is matched and translated
on its own, so that every combination reads in Spanish and French.
"""

# ruff: noqa: E501  (whole messages as patterns)
from __future__ import annotations

import re

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

# ProjectLocked: (how the store writes it, without the lock-file hint, template)
LOCKED = (
    (
        r"(?P<name>.+) is open in a qcoder window \((?P<who>[^()]+)\); cannot (?P<action>\w+) it here while it is open there\.",
        QT_TRANSLATE_NOOP(
            "project_errors",
            "{name} is open in a qcoder window ({who}); cannot {action} it here while it is open there.",
        ),
    ),
    (
        r"(?P<name>.+) is being encrypted \((?P<who>[^()]+)\); cannot (?P<action>\w+) it until that has finished\.",
        QT_TRANSLATE_NOOP(
            "project_errors", "{name} is being encrypted ({who}); cannot {action} it until that has finished."
        ),
    ),
    (
        r"(?P<name>.+) is being decrypted \((?P<who>[^()]+)\); cannot (?P<action>\w+) it until that has finished\.",
        QT_TRANSLATE_NOOP(
            "project_errors", "{name} is being decrypted ({who}); cannot {action} it until that has finished."
        ),
    ),
    (
        r"(?P<name>.+) is getting a new passphrase \((?P<who>[^()]+)\); cannot (?P<action>\w+) it until that has finished\.",
        QT_TRANSLATE_NOOP(
            "project_errors",
            "{name} is getting a new passphrase ({who}); cannot {action} it until that has finished.",
        ),
    ),
    (
        r"(?P<name>.+) is being restored from a backup \((?P<who>[^()]+)\); cannot (?P<action>\w+) it until that has finished\.",
        QT_TRANSLATE_NOOP(
            "project_errors",
            "{name} is being restored from a backup ({who}); cannot {action} it until that has finished.",
        ),
    ),
)
_HOLDER = re.compile(r"process (?P<pid>\d+) of user (?P<user>.+) on host (?P<host>.+), since (?P<since>.+) UTC")
HOLDER = QT_TRANSLATE_NOOP("project_errors", "process {pid} of user {user} on host {host}, since {since} UTC")
ANOTHER = QT_TRANSLATE_NOOP("project_errors", "another process")
_LOCK_FILE = re.compile(
    r"(?P<main>.+\.) If qcoder is no longer running on (?P<host>.+), delete the lock file (?P<path>.+)\.", re.S
)
LOCK_FILE = QT_TRANSLATE_NOOP(
    "project_errors", "If qcoder is no longer running on {host}, delete the lock file {path}."
)

# ProjectDamaged: "<name> is damaged: <problem>[ (and n more…)][; rows … --repair].<backup offer>"
_DAMAGED = re.compile(r"(?P<name>.+?) is damaged: (?P<rest>.+)", re.S)
DAMAGED = QT_TRANSLATE_NOOP("project_errors", "{name} is damaged: {problem}.")
_GOOD_BACKUP = re.compile(
    r"(?P<rest>.+) The newest good backup is (?P<backup>.+) \((?P<label>.+)\); restore it with: "
    r"qcoder restore (?P<path>.+) --from (?P=backup)",
    re.S,
)
GOOD_BACKUP = QT_TRANSLATE_NOOP(
    "project_errors",
    "The newest good backup is {backup} ({label}); restore it with: qcoder restore {path} --from {backup}",
)
_NO_BACKUP = re.compile(r"(?P<rest>.+) No good backup was found in (?P<folder>.+)\.", re.S)
NO_BACKUP = QT_TRANSLATE_NOOP("project_errors", "No good backup was found in {folder}.")
_REPAIR = re.compile(
    r"(?P<rest>.+); rows breaking qcoder's rules can be set aside with: qcoder check (?P<path>.+) --repair"
)
REPAIR = QT_TRANSLATE_NOOP(
    "project_errors", "{problem}; rows breaking qcoder's rules can be set aside with: qcoder check {path} --repair"
)
_MORE = re.compile(r"(?P<rest>.+) \(and (?P<n>\d+\+?) more problems?; 'qcoder check' lists them\)", re.S)
MORE = QT_TRANSLATE_NOOP("project_errors", "{problem} (more problems: {n}; 'qcoder check' lists them)")
UNKNOWN = QT_TRANSLATE_NOOP("project_errors", "unknown damage")


def project_error_text(text: str) -> str | None:
    """``text``, a ProjectLocked or ProjectDamaged message, in the window's language; None
    when it is neither."""
    return _locked(text) or _damaged(text)


def _locked(text: str) -> str | None:
    hint = _LOCK_FILE.fullmatch(text)
    main = hint["main"] if hint else text
    for pattern, template in LOCKED:
        found = re.fullmatch(pattern, main, re.S)
        if found:
            holder = _HOLDER.fullmatch(found["who"])
            if holder:
                who = translate("project_errors", HOLDER).format(**holder.groupdict())
            else:
                who = translate("project_errors", ANOTHER) if found["who"] == ANOTHER else found["who"]
            said = translate("project_errors", template).format(**(found.groupdict() | {"who": who}))
            if hint:
                said += " " + translate("project_errors", LOCK_FILE).format(host=hint["host"], path=hint["path"])
            return said
    return None


def _damaged(text: str) -> str | None:
    found = _DAMAGED.fullmatch(text)
    if found is None:
        return None
    rest, offer = found["rest"], ""
    good, none = _GOOD_BACKUP.fullmatch(rest), _NO_BACKUP.fullmatch(rest)
    if good:
        rest = good["rest"]
        offer = translate("project_errors", GOOD_BACKUP).format(
            backup=good["backup"], label=good["label"], path=good["path"]
        )
    elif none:
        rest = none["rest"]
        offer = translate("project_errors", NO_BACKUP).format(folder=none["folder"])
    if not rest.endswith("."):
        return None
    problem = _problem(rest[:-1])
    said = translate("project_errors", DAMAGED).format(name=found["name"], problem=problem)
    return f"{said} {offer}" if offer else said


def _problem(text: str) -> str:
    repair = _REPAIR.fullmatch(text)
    if repair:
        return translate("project_errors", REPAIR).format(problem=_problem(repair["rest"]), path=repair["path"])
    more = _MORE.fullmatch(text)
    if more:
        return translate("project_errors", MORE).format(problem=_problem(more["rest"]), n=more["n"])
    return translate("project_errors", UNKNOWN) if text == UNKNOWN else text
