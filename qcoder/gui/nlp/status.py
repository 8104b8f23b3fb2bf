"""The status-bar label saying which language pipeline is active and what is unavailable
without a trained model; its menu clears the project's analysis cache."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, number, translate
from qcoder.nlp.pipeline import PipelineInfo, pipeline_info


def status_text(info: PipelineInfo) -> str:
    if info.trained:
        return translate("nlp.status", "Language: {name}").format(name=info.name)
    return translate("nlp.status", "Language: basic (no named entities)")


# What qcoder.nlp.pipeline says is missing, in its words: translated here, where it is shown.
MISSING = (
    QT_TRANSLATE_NOOP("nlp.status", "named entities"),
    QT_TRANSLATE_NOOP("nlp.status", "named entities (de-identification uses rosters and patterns only)"),
    QT_TRANSLATE_NOOP("nlp.status", "statistical sentence boundaries (rule-based: . ! ? and line breaks)"),
    QT_TRANSLATE_NOOP("nlp.status", "lemmas (spacy-lookups-data is not installed: words are matched as written)"),
    QT_TRANSLATE_NOOP("nlp.status", "lemmas (no lookup table: words are matched as written)"),
)


def pipeline_label(info: PipelineInfo) -> str:
    """``info.label`` in the window's language (the core writes it in English)."""
    if info.language != "en":
        return info.short_label
    if info.trained:
        return translate("nlp.status", "{name} {version} (trained English pipeline)").format(
            name=info.name, version=info.version
        )
    if info.lemmatizer:
        text = translate(
            "nlp.status", "basic English pipeline (spaCy {version}: rule-based sentences + lookup lemmatizer)"
        )
    else:
        text = translate("nlp.status", "basic English pipeline (spaCy {version}: rule-based sentences)")
    return text.format(version=info.version)


def status_tooltip(info: PipelineInfo) -> str:
    lines = [
        translate("nlp.status", "Language processing runs on this computer with spaCy: {pipeline}.").format(
            pipeline=pipeline_label(info)
        )
    ]
    if info.missing:
        lines.append(translate("nlp.status", "Not available without a trained English model:"))
        lines += [f"• {translate('nlp.status', m)}" for m in info.missing]
        lines.append(translate("nlp.status", "Install one with: pip install 'qcoder[model]'"))
    lines.append(translate("nlp.status", "Nothing is sent anywhere."))
    return "\n".join(lines)


class NlpStatusLabel(QToolButton):
    """Add with ``statusBar().addPermanentWidget(NlpStatusLabel(ctx, self))``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("NlpStatus")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.info = pipeline_info()
        self.setText(status_text(self.info))
        self.setToolTip(status_tooltip(self.info))
        menu = QMenu(self)
        about = menu.addAction(translate("nlp.status", "About language processing…"))
        about.triggered.connect(self.show_about)
        self.clear_action = menu.addAction(translate("nlp.status", "Clear the language-analysis cache"))
        self.clear_action.triggered.connect(self.clear_cache)
        menu.aboutToShow.connect(lambda: self.clear_action.setEnabled(self.ctx.project is not None))
        self.setMenu(menu)

    def show_about(self) -> None:
        QMessageBox.information(self, translate("nlp.status", "Language processing"), status_tooltip(self.info))

    def clear_cache(self) -> int:
        """Delete the open project's cached sentences, lemmas and entities."""
        if self.ctx.project is None:
            return 0
        from qcoder.nlp.corpus import clear_project_cache

        n = clear_project_cache(self.ctx.project)
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                translate("nlp.status", "Cleared the language-analysis cache ({n} files).").format(n=number(n)), 6000
            )
        return n
