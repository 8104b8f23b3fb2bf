"""Keeping projects safe in the window: the passphrase dialog, the restore-from-backup dialog,
the open flow that handles encrypted, damaged, locked and cloud-synced projects, and the
timer that makes rolling backups while a project is open."""

from qcoder.gui.safety.open_flow import (
    AutoBackupTimer,
    back_up_now,
    create_project_interactive,
    encrypt_open_project,
    open_project_interactive,
    restore_open_project,
)
from qcoder.gui.safety.passphrase_dialog import PassphraseDialog, ask_new_passphrase, ask_passphrase
from qcoder.gui.safety.restore_dialog import RestoreDialog

__all__ = [
    "AutoBackupTimer",
    "PassphraseDialog",
    "RestoreDialog",
    "ask_new_passphrase",
    "ask_passphrase",
    "back_up_now",
    "create_project_interactive",
    "encrypt_open_project",
    "open_project_interactive",
    "restore_open_project",
]
