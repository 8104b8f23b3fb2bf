"""Clear messages for the two errors of shared projects: someone else changed the item
(:class:`~qcoder.core.errors.ConcurrentEdit`) and the role does not allow the action
(:class:`~qcoder.core.permissions.PermissionDenied`). Both messages show the current state."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from qcoder.app import Project
from qcoder.core.errors import ConcurrentEdit, ImportFailed, NotFound
from qcoder.core.permissions import PermissionDenied, Role
from qcoder.gui.core_texts import core_text
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

ROLE_LABELS = {
    Role.LEAD: QT_TRANSLATE_NOOP("team.errors", "lead"),
    Role.CODER: QT_TRANSLATE_NOOP("team.errors", "coder"),
}


def _who(project: Project) -> str:
    name = ""
    if project.actor_id:
        name = next((c.name for c in project.coders() if c.id == project.actor_id), "")
    role = translate("team.errors", ROLE_LABELS[project.role]) if project.role in ROLE_LABELS else str(project.role)
    if name:
        return translate("team.errors", "{name} ({role})").format(name=name, role=role)
    return translate("team.errors", "a {role}").format(role=role)


def explain_text(exc: BaseException, project: Project | None, code_id: str | None = None) -> tuple[str, str]:
    """(title, message) for ``exc``; for a concurrent edit of a code, the message says what
    the code is now called (or that it was deleted)."""
    if isinstance(exc, ConcurrentEdit):
        lines = [
            translate(
                "team.errors", "Someone else changed this item while you were editing it, so your change was not saved."
            )
        ]
        if project is not None and code_id:
            try:
                code = project.code(code_id)
            except NotFound:
                lines.append(translate("team.errors", "The code has since been deleted."))
            else:
                lines.append(translate("team.errors", "The code is now called “{name}”.").format(name=code.name))
                if code.definition:
                    lines.append(
                        translate("team.errors", "Its definition now reads: “{definition}”.").format(
                            definition=code.definition
                        )
                    )
        lines.append(
            translate(
                "team.errors", "The window shows the current state; make your change again if it is still needed."
            )
        )
        return translate("team.errors", "Changed by someone else"), "\n\n".join(lines)
    if isinstance(exc, PermissionDenied):
        reason = core_text(str(exc))
        reason = reason[:1].upper() + reason[1:] + ("" if reason.endswith(".") else ".")
        who = _who(project) if project is not None else translate("team.errors", "your role")
        advice = translate(
            "team.errors",
            "You are working as {who} in this project. "
            "Ask the project lead to make this change, or to give you the lead role.",
        ).format(who=who)
        return translate("team.errors", "Not allowed"), f"{reason}\n\n{advice}"
    if isinstance(exc, ImportFailed):
        return "qcoder", core_text(str(exc))  # the importer's message names the file as it is spelled
    return "qcoder", user_message(exc)


def explain_error(
    parent: QWidget | None, exc: BaseException, project: Project | None, code_id: str | None = None
) -> str:
    """Show ``exc`` in a message box with the current state; returns the message shown.

    For a :class:`ConcurrentEdit` the project's changes are polled first, so every view has
    reloaded the current state behind the message (pass ``code_id`` when a code was being
    edited: the message then names the code's current name)."""
    if isinstance(exc, ConcurrentEdit) and project is not None:
        try:
            project.poll_changes()  # listeners refresh the views from what the other client did
        except Exception:  # noqa: BLE001 - the message is still worth showing
            pass
    title, text = explain_text(exc, project, code_id)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ExplainErrorBox")
    box.exec()
    return text
