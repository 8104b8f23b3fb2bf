"""The coder identity: asked on first run, switchable from the window. Every coding records it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate


def ask_coder(ctx: AppContext, parent: QWidget | None = None, *, first_run: bool = False) -> bool:
    """Ask who is coding (existing coders offered, a new name accepted); True when set."""
    project = ctx.project
    if project is None:
        return False
    names = [c.name for c in project.coders()]
    current = ctx.coder.name if ctx.coder else ctx.settings.coder_name()
    if current and current not in names:
        names.insert(0, current)
    label = (
        translate(
            "coder",
            "Who is coding? Your name is recorded with every coding you make,\nso coders can be compared later.",
        )
        if first_run
        else translate("coder", "Code as:")
    )
    name, ok = QInputDialog.getItem(
        parent, translate("coder", "Coder"), label, names or [""], names.index(current) if current in names else 0, True
    )
    name = name.strip()
    if not ok or not name:
        return False
    try:
        ctx.set_coder(name)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, translate("coder", "Coder"), user_message(exc))
        return False
    return True
