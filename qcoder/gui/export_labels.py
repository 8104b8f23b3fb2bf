"""The fixed labels of Project → Export (:mod:`qcoder.gui.export_menu`): defined at import time,
so marked with ``QT_TRANSLATE_NOOP`` and translated where shown (context ``export_menu``)."""

from __future__ import annotations

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.texts import plural

POOLING = {
    "pooled": QT_TRANSLATE_NOOP("export_menu", "Pooled (the tables summed)"),
    "averaged": QT_TRANSLATE_NOOP("export_menu", "Averaged (per table)"),
}
UNITS = {  # qcoder.analysis.agreement.Unit values
    "character": QT_TRANSLATE_NOOP("export_menu", "Characters"),
    "sentence": QT_TRANSLATE_NOOP("export_menu", "Sentences"),
    "paragraph": QT_TRANSLATE_NOOP("export_menu", "Paragraphs"),
    "turn": QT_TRANSLATE_NOOP("export_menu", "Turns"),
    "document": QT_TRANSLATE_NOOP("export_menu", "Documents"),
}
_NOUNS = {  # exports.Written.noun: what was counted
    "cell": (QT_TRANSLATE_NOOP("export_menu", "{n} cell"), QT_TRANSLATE_NOOP("export_menu", "{n} cells")),
    "code": (QT_TRANSLATE_NOOP("export_menu", "{n} code"), QT_TRANSLATE_NOOP("export_menu", "{n} codes")),
    "memo": (QT_TRANSLATE_NOOP("export_menu", "{n} memo"), QT_TRANSLATE_NOOP("export_menu", "{n} memos")),
    "document": (QT_TRANSLATE_NOOP("export_menu", "{n} document"), QT_TRANSLATE_NOOP("export_menu", "{n} documents")),
}
MEMO_KINDS = {  # qcoder.core.memos.KIND_TITLES, as shown (the core's are English)
    "project": QT_TRANSLATE_NOOP("export_menu", "Project journal"),
    "document": QT_TRANSLATE_NOOP("export_menu", "Document memos"),
    "code": QT_TRANSLATE_NOOP("export_menu", "Code memos"),
    "participant": QT_TRANSLATE_NOOP("export_menu", "Participant memos"),
    "coding": QT_TRANSLATE_NOOP("export_menu", "Coding memos"),
    "summary": QT_TRANSLATE_NOOP("export_menu", "Framework summaries"),
}
ORDERS = {  # qcoder.app.saturation.ORDER_LABELS by Order value, as shown
    "project": QT_TRANSLATE_NOOP("export_menu", "Project order"),
    "coding": QT_TRANSLATE_NOOP("export_menu", "Order first coded"),
    "date": QT_TRANSLATE_NOOP("export_menu", "Interview date"),
    "name": QT_TRANSLATE_NOOP("export_menu", "Document name"),
}
CODEBOOK_NOTE = QT_TRANSLATE_NOOP("export_menu", "The codebook file holds the codes with their colors and definitions.")
NONE_CHOICES = [  # --none
    (QT_TRANSLATE_NOOP("export_menu", "Missing for that coder"), "missing"),
    (QT_TRANSLATE_NOOP("export_menu", "A category of its own"), "category"),
]
XLSX = (QT_TRANSLATE_NOOP("export_menu", "Excel workbook"), ".xlsx")  # labels translated where shown
DOCX = (QT_TRANSLATE_NOOP("export_menu", "Word document"), ".docx")
CSV = (QT_TRANSLATE_NOOP("export_menu", "CSV"), ".csv")
REFI_PROJECT = QT_TRANSLATE_NOOP("export_menu", "REFI-QDA project")
REFI_CODEBOOK = QT_TRANSLATE_NOOP("export_menu", "REFI-QDA codebook")


def counted(n: int, noun: str) -> str:
    """``n`` things of an export (``exports.Written.noun``), in the window's language."""
    if noun not in _NOUNS:
        return plural(n, noun)
    one, many = _NOUNS[noun]
    return count_text(n, translate("export_menu", one), translate("export_menu", many))
