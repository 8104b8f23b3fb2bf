"""Opening a note from wherever it is found: a memo hit of the project search selects the memo
in the memo list; a summary (a search hit or a memo-list entry) opens the framework matrix at
its cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qcoder.gui.main_window import MainWindow


def wire_note_opening(window: MainWindow) -> None:
    """Connect the search panel's and the memo list's requests to the window."""

    def open_memo(entry_id: str) -> None:
        window.open_memos()
        window.memos.select(entry_id)

    def open_summary(case_key: str, code_id: str) -> None:
        dialog = window.open_framework()
        if dialog is not None:
            dialog.open_cell(case_key, code_id)

    window.search.memo_requested.connect(open_memo)
    window.search.summary_requested.connect(open_summary)
    window.memos.summary_requested.connect(open_summary)
