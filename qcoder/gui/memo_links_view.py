"""Memo links in the Memos dock: the memo shown with its links clickable under the editor, and
the "Insert link" picker (a code, a document or an excerpt). The links are markup in the memo's
plain text (:mod:`qcoder.core.memo_links`); a broken one is shown struck through."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.memo_links import LinkTarget, link_choices, resolve_link
from qcoder.app.project import Project
from qcoder.core.memo_links import find_links
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

_KINDS = (
    ("code", QT_TRANSLATE_NOOP("memo_links_view", "Code")),
    ("document", QT_TRANSLATE_NOOP("memo_links_view", "Document")),
    ("coding", QT_TRANSLATE_NOOP("memo_links_view", "Excerpt (coding)")),
)


def links_html(project: Project, text: str) -> tuple[str, list[LinkTarget | None]]:
    """The memo as HTML with its links as anchors ``#N`` (broken ones struck through), and the
    target of each link (None: broken)."""
    parts, targets, at = [], [], 0
    for n, link in enumerate(find_links(text)):
        target = resolve_link(project, link)
        targets.append(target)
        parts.append(html.escape(text[at : link.start]))
        if target is None:
            shown = html.escape(f"{link.kind}:{link.ref}")
            missing = html.escape(translate("memo_links_view", "(not found)"))
            parts.append(f'<a href="#{n}" style="color:#888"><s>{shown}</s> {missing}</a>')
        else:
            parts.append(f'<a href="#{n}">{html.escape(target.label)}</a>')
        at = link.end
    parts.append(html.escape(text[at:]))
    return "".join(parts).replace("\n", "<br>"), targets


class MemoLinksView(QTextBrowser):
    """The memo with clickable links; hidden while the memo has none."""

    link_opened = Signal(object)  # a LinkTarget
    broken_clicked = Signal(str)  # what a broken link says, e.g. "code:Old name"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMaximumHeight(self.fontMetrics().height() * 6)
        self.anchorClicked.connect(self._on_clicked)
        self.targets: list[LinkTarget | None] = []
        self._refs: list[str] = []
        self.hide()

    def show_memo(self, project: Project | None, text: str) -> None:
        links = find_links(text) if project is not None else []
        if project is None or not links:
            self.targets, self._refs = [], []
            self.clear()
            self.hide()
            return
        body, self.targets = links_html(project, text)
        self._refs = [f"{link.kind}:{link.ref}" for link in links]
        self.setHtml(body)
        self.show()

    def open_link(self, n: int) -> None:
        """Open the ``n``-th link of the memo (what a click on it does)."""
        if not 0 <= n < len(self.targets):
            return
        target = self.targets[n]
        if target is None:
            self.broken_clicked.emit(self._refs[n])
        else:
            self.link_opened.emit(target)

    def _on_clicked(self, url: QUrl) -> None:
        fragment = url.fragment()
        if fragment.isdigit():
            self.open_link(int(fragment))


class MemoLinkDialog(QDialog):
    """Pick a code, a document or an excerpt; ``markup`` is the link to insert."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("memo_links_view", "Insert link"))
        self._project = project
        self.kind_box = QComboBox(self)
        a11y(
            self.kind_box,
            translate("memo_links_view", "Link to"),
            translate("memo_links_view", "What the link points at: a code, a document or an excerpt"),
        )
        for kind, label in _KINDS:
            self.kind_box.addItem(translate("memo_links_view", label), kind)
        self.filter_edit = QLineEdit(self)
        a11y(self.filter_edit, translate("memo_links_view", "Filter"))
        self.filter_edit.setPlaceholderText(translate("memo_links_view", "Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.choices = QListWidget(self)
        a11y(
            self.choices,
            translate("memo_links_view", "Link targets"),
            translate("memo_links_view", "Enter inserts a link to the chosen one"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        self.kind_box.currentIndexChanged.connect(self._fill)
        self.filter_edit.textChanged.connect(self._filter)
        box = QVBoxLayout(self)
        for w in (self.kind_box, self.filter_edit, self.choices, buttons):
            box.addWidget(w)
        self.resize(520, 420)
        self._fill()

    def _fill(self) -> None:
        self.choices.clear()
        for label, markup in link_choices(self._project, str(self.kind_box.currentData())):
            item = QListWidgetItem(label, self.choices)
            item.setData(Qt.ItemDataRole.UserRole, markup)
        self._filter()

    def _filter(self) -> None:
        words = self.filter_edit.text().casefold().split()
        first = None
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.choices.setCurrentItem(first)
        else:
            self.choices.setCurrentRow(-1)

    def markup(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None and not item.isHidden() else ""
