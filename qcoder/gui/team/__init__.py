"""Team work in the window: merging coder projects, hand-outs, blind mode, agreement and
reconciliation, REFI-QDA exchange, and projects on a team server.

Entry point for the main window: :class:`TeamActions` (actions, menu, status indicator,
live refresh). For the viewer: :func:`visible_coder_ids` (blind mode). For any widget:
:func:`explain_error` (concurrent edits and permissions, with the current state).
"""

from qcoder.gui.team.actions import TeamActions
from qcoder.gui.team.agreement_view import AgreementDialog
from qcoder.gui.team.blind import visible_coder_ids
from qcoder.gui.team.errors import explain_error, explain_text
from qcoder.gui.team.exchange_dialog import ExchangeImportDialog
from qcoder.gui.team.handout_dialog import HandoutDialog
from qcoder.gui.team.merge_dialog import MergeDialog
from qcoder.gui.team.server import LiveRefresh, OpenServerDialog, TeamStatus

__all__ = [
    "AgreementDialog",
    "ExchangeImportDialog",
    "HandoutDialog",
    "LiveRefresh",
    "MergeDialog",
    "OpenServerDialog",
    "TeamActions",
    "TeamStatus",
    "explain_error",
    "explain_text",
    "visible_coder_ids",
]
