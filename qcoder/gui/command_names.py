"""Undo step names in the window's language.

The Qt-free core names each command in English (``CreateCode.text = "New code"``, or
``"New code Trust"`` with the item's name), and the Edit menu shows it as "Undo New code". The
core cannot reach Qt's translator, so the names are listed here, where they are shown: fixed
names translate as they are, names with an item's name or a count are matched and rebuilt
from a translated template. A name not listed stays as the core wrote it.
"""

from __future__ import annotations

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, KnownTexts, active_language, translate

FIXED = (
    QT_TRANSLATE_NOOP("command_names", "Add attribute"),
    QT_TRANSLATE_NOOP("command_names", "Add participant"),
    QT_TRANSLATE_NOOP("command_names", "Add participants"),
    QT_TRANSLATE_NOOP("command_names", "Assign documents"),
    QT_TRANSLATE_NOOP("command_names", "Batch"),
    QT_TRANSLATE_NOOP("command_names", "Change"),
    QT_TRANSLATE_NOOP("command_names", "Code query results"),
    QT_TRANSLATE_NOOP("command_names", "Code selection"),
    QT_TRANSLATE_NOOP("command_names", "Delete attribute"),
    QT_TRANSLATE_NOOP("command_names", "Delete code"),
    QT_TRANSLATE_NOOP("command_names", "Delete document"),
    QT_TRANSLATE_NOOP("command_names", "Edit attribute"),
    QT_TRANSLATE_NOOP("command_names", "Edit code"),
    QT_TRANSLATE_NOOP("command_names", "Edit coding"),
    QT_TRANSLATE_NOOP("command_names", "Edit memo"),
    QT_TRANSLATE_NOOP("command_names", "Edit speaker"),
    QT_TRANSLATE_NOOP("command_names", "Edit summary"),
    QT_TRANSLATE_NOOP("command_names", "Import document"),
    QT_TRANSLATE_NOOP("command_names", "Import documents"),
    QT_TRANSLATE_NOOP("command_names", "Import survey answers"),
    QT_TRANSLATE_NOOP("command_names", "Link recording"),
    QT_TRANSLATE_NOOP("command_names", "Link speaker"),
    QT_TRANSLATE_NOOP("command_names", "Mark speaker turns"),
    QT_TRANSLATE_NOOP("command_names", "Merge codes"),
    QT_TRANSLATE_NOOP("command_names", "Merge speakers"),
    QT_TRANSLATE_NOOP("command_names", "New code"),
    QT_TRANSLATE_NOOP("command_names", "Re-link recordings"),
    QT_TRANSLATE_NOOP("command_names", "Read times from the text"),
    QT_TRANSLATE_NOOP("command_names", "Record decision"),
    QT_TRANSLATE_NOOP("command_names", "Redact documents"),
    QT_TRANSLATE_NOOP("command_names", "Remove coding"),
    QT_TRANSLATE_NOOP("command_names", "Rename document"),
    QT_TRANSLATE_NOOP("command_names", "Rename participant"),
    QT_TRANSLATE_NOOP("command_names", "Save query"),
    QT_TRANSLATE_NOOP("command_names", "Set attribute values"),
    QT_TRANSLATE_NOOP("command_names", "Set attributes"),
    QT_TRANSLATE_NOOP("command_names", "Start consensus from agreements"),
    QT_TRANSLATE_NOOP("command_names", "Unlink recording"),
)

# names the core builds with an item's name or a count: (how the core writes it, template)
NAMED = (
    (r"New code (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "New code {name}")),
    (r"Delete code (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "Delete code {name}")),
    (r"Add participant (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "Add participant {name}")),
    (r"Add attribute (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "Add attribute {name}")),
    (r"Save query (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "Save query {name}")),
    (r"Code query results as (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "Code query results as {name}")),
    (r"Redact (?P<n>\d+) documents?", QT_TRANSLATE_NOOP("command_names", "Redact documents ({n})")),
    (r"Reconcile (?P<n>\d+) disagreement\(s\)", QT_TRANSLATE_NOOP("command_names", "Reconcile disagreements ({n})")),
    (r"Import (?P<name>.+)", QT_TRANSLATE_NOOP("command_names", "Import {name}")),
)
_KNOWN = KnownTexts("command_names", FIXED, NAMED)


def command_name(text: str) -> str:
    """The undo step's name as the window shows it ("Change" when the core gave none)."""
    if not text:
        return translate("command_names", "Change")
    if active_language() == "en":
        return text
    return _KNOWN.translated(text) or text
