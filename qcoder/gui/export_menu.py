"""Project → Export: every report of the window in one submenu (issue 16).

Each entry asks for its options (the command line's, in :class:`ExportOptions`), then for the
file (a default name and suffix; never the open project's own file), and writes it in a
:class:`~qcoder.gui.workers.Worker` behind a :class:`~qcoder.gui.workers.ProgressDialog` with
Cancel, through the service functions of :mod:`qcoder.app.exports` (the ones the command line
calls). A cancelled or failed export leaves no file behind. Success is said in the status bar
(``message``) with the path; errors come worded by :func:`qcoder.gui.errors.user_message`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from qcoder.app import exports
from qcoder.app.agreement import CONSENSUS, DEFAULT_GROUP_BY
from qcoder.core.errors import InvalidValue, QcoderError
from qcoder.core.model import AttributeScope
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.analysis.layout import save_start
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.export_labels import (
    CODEBOOK_NOTE,
    CSV,
    DOCX,
    MEMO_KINDS,
    NONE_CHOICES,
    ORDERS,
    POOLING,
    REFI_CODEBOOK,
    REFI_PROJECT,
    UNITS,
    XLSX,
    counted,
)
from qcoder.gui.export_options import ExportOptions, Items
from qcoder.gui.i18n import translate
from qcoder.gui.report_dialog import export_word_report
from qcoder.gui.team.exchange_dialog import export_note
from qcoder.gui.workers import ProgressDialog, Worker

Filters = Sequence[tuple[str, str]]  # (label, suffix) for the save dialog, the default first
ToFile = Callable[[Path, ProgressCallback, CancelToken], exports.Written]


def safe_name(text: str) -> str:
    """``text`` as a file name (letters, digits and a few marks kept)."""
    return "".join(ch if ch.isalnum() or ch in " -_()." else "_" for ch in text).strip() or "project"


class ExportMenu(QObject):
    message = Signal(str)  # a line for the status bar
    ended = Signal(object)  # an export is over: the Written, or None (cancelled, failed)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.worker: Worker | None = None
        self.progress_dialog: ProgressDialog | None = None
        self.last_box: QMessageBox | None = None
        self._title = ""
        self.menu = QMenu(translate("export_menu", "Export"), window)
        self.menu.setObjectName("ExportMenu")
        self._build()

    def _add(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # never pass `checked` on
        self.menu.addAction(action)
        return action

    def _build(self) -> None:
        self.report_action = self._add(
            translate("export_menu", "Word theme report…"),
            lambda: export_word_report(self.window, self.ctx),
            translate(
                "export_menu",
                "Themes by stakeholder group with summaries and attributed quotes (DOCX), as qcoder report",
            ),
        )
        self.menu.addSeparator()
        add = self._add
        self.workbook_action = add(
            translate("export_menu", "Analysis workbook (XLSX)…"),
            self.export_workbook,
            translate("export_menu", "Frequencies, tables by attribute, excerpts (qcoder export)"),
        )
        self.framework_action = add(
            translate("export_menu", "Framework matrix (XLSX or DOCX)…"),
            self.export_framework,
            translate("export_menu", "Cases × themes with summaries and quotes"),
        )
        self.saturation_action = add(
            translate("export_menu", "Saturation table (CSV)…"),
            self.export_saturation,
            translate("export_menu", "New codes per document"),
        )
        self.agreement_action = add(
            translate("export_menu", "Agreement report (DOCX or XLSX)…"),
            self.export_agreement,
            translate("export_menu", "The inter-coder agreement methods appendix"),
        )
        self.memos_action = add(
            translate("export_menu", "Memos (DOCX)…"),
            self.export_memos,
            translate("export_menu", "The project journal and memos, by type"),
        )
        self.menu.addSeparator()
        self.codebook_action = add(
            translate("export_menu", "Codebook (XLSX, CSV or DOCX)…"),
            self.export_codebook,
            translate("export_menu", "XLSX and CSV: Import codebook reads them back"),
        )
        self.qdpx_action = add(
            translate("export_menu", "REFI-QDA project (.qdpx)…"),
            partial(self.export_exchange, ".qdpx"),
            translate("export_menu", "A project file other QDA programs (MAXQDA, NVivo, ATLAS.ti…) can open"),
        )
        self.qdc_action = add(
            translate("export_menu", "REFI-QDA codebook (.qdc)…"),
            partial(self.export_exchange, ".qdc"),
            translate("export_menu", "The codebook in the REFI-QDA format"),
        )
        self.actions = [a for a in self.menu.actions() if not a.isSeparator()]

    # --- the entries -------------------------------------------------------------------------------
    def export_workbook(self) -> Worker | None:
        project = self.ctx.project
        if project is None:
            return None
        options = self._options(
            translate("export_menu", "Export the analysis workbook"),
            translate(
                "export_menu",
                "Frequencies, tables by attribute, co-occurrence, the codebook, excerpts and notes (as qcoder export).",
            ),
        )
        by = exports.workbook_by(project, None)  # first, in the command line's order (a × b table)
        attributes = sorted(self._attribute_items(), key=lambda item: by.index(item[1]) if item[1] in by else len(by))
        options.add_checks("by", translate("export_menu", "Tables by attribute:"), attributes, by)
        options.add_checks("coders", translate("export_menu", "Coders (none ticked: all):"), self._coder_items())
        chosen = options.ask()
        if chosen is None:
            return None
        by_chosen, coders = list(_strings(chosen["by"])), _none_if_empty(chosen["coders"])
        return self._start(
            translate("export_menu", "Export the analysis workbook"),
            translate("export_menu", "workbook.xlsx"),
            [XLSX],
            lambda path, progress, cancel: exports.write_workbook(project, path, progress, cancel, by_chosen, coders),
        )

    def export_framework(self) -> Worker | None:
        project = self.ctx.project
        if project is None:
            return None
        options = self._options(
            translate("export_menu", "Export the framework matrix"),
            translate(
                "export_menu", "Cases × themes: counts, your summaries (or drafts) and quotes (as qcoder matrix)."
            ),
        )
        options.add_choice(
            "cases",
            translate("export_menu", "Cases:"),
            self._case_items(),
            self._open_dialog_value("framework_dialog", "cases"),
        )
        themes = sorted(self._code_paths().values(), key=str.casefold)
        options.add_checks(
            "themes", translate("export_menu", "Themes (none ticked: every code):"), [(p, p) for p in themes]
        )
        options.add_checks("coders", translate("export_menu", "Coders (none ticked: all):"), self._coder_items())
        chosen = options.ask()
        if chosen is None:
            return None
        cases, themes_chosen = str(chosen["cases"]), _none_if_empty(chosen["themes"])
        coders = _none_if_empty(chosen["coders"])
        return self._start(
            translate("export_menu", "Export the framework matrix"),
            translate("export_menu", "framework matrix.xlsx"),
            [XLSX, DOCX],
            lambda path, progress, cancel: exports.write_framework(
                project, path, progress, cancel, cases, themes_chosen, coders
            ),
        )

    def export_saturation(self) -> Worker | None:
        from qcoder.app.saturation import ORDER_LABELS

        project = self.ctx.project
        if project is None:
            return None
        options = self._options(
            translate("export_menu", "Export the saturation table"),
            translate("export_menu", "New and cumulative codes per document (as qcoder saturation)."),
        )
        orders = [
            (translate("export_menu", ORDERS.get(order.value, label)), order.value)
            for order, label in ORDER_LABELS.items()
        ]
        options.add_choice(
            "order",
            translate("export_menu", "Documents in:"),
            orders,
            self._open_dialog_value("saturation_dialog", "order"),
        )
        options.add_checks("coders", translate("export_menu", "Coders (none ticked: all):"), self._coder_items())
        options.add_flag(
            "by_coder",
            translate("export_menu", "A column pair per coder"),
            tip=translate("export_menu", "Each coder's new and cumulative codes"),
        )
        chosen = options.ask()
        if chosen is None:
            return None
        order, coders, by_coder = str(chosen["order"]), _none_if_empty(chosen["coders"]), bool(chosen["by_coder"])
        return self._start(
            translate("export_menu", "Export the saturation table"),
            translate("export_menu", "saturation.csv"),
            [CSV],
            lambda path, progress, cancel: exports.write_saturation(
                project, path, progress, cancel, order, coders, by_coder
            ),
        )

    def export_agreement(self) -> Worker | None:
        project = self.ctx.project
        if project is None:
            return None
        chosen = self._agreement_options().ask()
        if chosen is None:
            return None
        choice = exports.AgreementChoice(
            tuple(_strings(chosen["coders"])),
            str(chosen["unit"]),
            str(chosen["pooling"]),
            str(chosen["group_by"]) or None,
            bool(chosen["ci"]),
            codes=tuple(_strings(chosen["codes"])),
            exclusive=tuple(_strings(chosen["exclusive"])),
            none_category=chosen["none"] == "category",
            unitized=bool(chosen["unitized"]),
            by_round=bool(chosen["by_round"]),
            ci_draws=int(str(chosen["ci_draws"])),
            ci_level=float(str(chosen["ci_level"])),
            ci_seed=int(str(chosen["ci_seed"])),
        )
        if len(choice.coders) < 2:
            self._refuse(InvalidValue(translate("export_menu", "tick two or more coders to compare")))
            return None
        return self._start(
            translate("export_menu", "Export the agreement report"),
            translate("export_menu", "agreement.docx"),
            [DOCX, XLSX],
            lambda path, progress, cancel: exports.write_agreement(project, path, progress, cancel, choice),
        )

    def _agreement_options(self) -> ExportOptions:
        """The options of ``qcoder agreement`` (see ``qcoder agreement -h``), its defaults shown."""
        from qcoder.analysis.agreement import Pooling, Unit

        project = self.ctx.require_project()
        options = self._options(
            translate("export_menu", "Export the agreement report"),
            translate(
                "export_menu",
                "The methods appendix: statistics per code, verdicts, the weakest codes (Word); "
                "with every breakdown (Excel), as qcoder agreement.",
            ),
        )
        coded = project.coding_counts_by_coder()  # those who coded, but not the consensus, are ticked
        coders = [(c.name, c.name) for c in project.coders()]
        ticked = [c.name for c in project.coders() if c.id in coded and c.name.casefold() != CONSENSUS.casefold()]
        options.add_checks("coders", translate("export_menu", "Coders (two or more):"), coders, ticked)
        paths = sorted(self._code_paths().values(), key=str.casefold)
        options.add_checks(
            "codes", translate("export_menu", "Codes (none ticked: all used):"), [(p, p) for p in paths], rows=5
        )
        options.add_choice(
            "unit",
            translate("export_menu", "Unit:"),
            [(translate("export_menu", UNITS.get(u.value, u.value)), u.value) for u in Unit],
        )
        options.add_choice(
            "pooling",
            translate("export_menu", "Tables:"),
            [(translate("export_menu", POOLING[p.value]), p.value) for p in Pooling],
        )
        groups = [(translate("export_menu", "(none)"), ""), *self._attribute_items(AttributeScope.DOCUMENT)]
        options.add_choice("group_by", translate("export_menu", "Breakdown by:"), groups, DEFAULT_GROUP_BY)
        options.add_flag(
            "by_round",
            translate("export_menu", "Per training round (instead of the breakdown)"),
            tip=translate("export_menu", "As --by-round"),
        )
        exclusive = options.add_checks(
            "exclusive", translate("export_menu", "Exclusive subcodes of:"), self._parent_items(), rows=4
        )
        exclusive.setToolTip(
            translate(
                "export_menu", "Codes whose subcodes are mutually exclusive categories: nominal α, Fleiss' κ and AC1"
            )
        )
        options.add_choice(
            "none",
            translate("export_menu", "A unit with none of them:"),
            [(translate("export_menu", t), v) for t, v in NONE_CHOICES],
        )
        _add_ci_options(options)
        return options

    def export_memos(self) -> Worker | None:
        from qcoder.core.memos import KIND_TITLES, KINDS

        project = self.ctx.project
        if project is None:
            return None
        options = self._memo_options(KIND_TITLES, KINDS)
        chosen = options.ask()
        if chosen is None:
            return None
        kinds, author, search = (
            list(_strings(chosen["kinds"])) or list(KINDS),
            str(chosen["author"]),
            str(chosen["search"]),
        )
        try:
            since = _day(chosen["since"], translate("export_menu", "on or after"))
            until = _day(chosen["until"], translate("export_menu", "on or before"))
        except InvalidValue as exc:
            self._refuse(exc)
            return None
        return self._start(
            translate("export_menu", "Export memos"),
            translate("export_menu", "memos.docx"),
            [DOCX],
            lambda path, progress, cancel: exports.write_memos(
                project, path, progress, cancel, kinds, author, search, since, until
            ),
        )

    def _memo_options(self, titles: dict[str, str], kinds: Sequence[str]) -> ExportOptions:
        """The options of ``qcoder memo export``."""
        project = self.ctx.require_project()
        options = self._options(
            translate("export_menu", "Export memos"),
            translate("export_menu", "A Word document, memos grouped by type (as qcoder memo export)."),
        )
        options.add_checks(
            "kinds",
            translate("export_menu", "Memos (none ticked: all):"),
            [(translate("export_menu", MEMO_KINDS.get(k, titles[k])), k) for k in kinds],
            kinds[:4],
        )
        options.add_choice(
            "author",
            translate("export_menu", "Written by:"),
            [(translate("export_menu", "Anyone"), ""), *((c.name, c.name) for c in project.coders())],
        )
        options.add_text(
            "search",
            translate("export_menu", "Containing:"),
            translate("export_menu", "every word of…"),
            translate("export_menu", "As --search: in the memo or what it is on"),
        )
        options.add_text(
            "since",
            translate("export_menu", "Written on or after:"),
            translate("export_menu", "YYYY-MM-DD"),
            translate("export_menu", "As --since (inclusive)"),
        )
        options.add_text(
            "until",
            translate("export_menu", "Written on or before:"),
            translate("export_menu", "YYYY-MM-DD"),
            translate("export_menu", "As --until (inclusive)"),
        )
        return options

    def export_codebook(self) -> Worker | None:
        project = self.ctx.project
        if project is None:
            return None
        return self._start(
            translate("export_menu", "Export codebook"),
            translate("export_menu", "codebook.xlsx"),
            [XLSX, CSV, DOCX],
            lambda path, progress, cancel: exports.write_codebook(project, path, progress, cancel),
        )

    def export_exchange(self, suffix: str) -> Worker | None:
        project = self.ctx.project
        if project is None:
            return None
        project_file = suffix == ".qdpx"
        return self._start(
            translate("export_menu", "Export as REFI-QDA")
            if project_file
            else translate("export_menu", "Export codebook (REFI-QDA)"),
            suffix if project_file else translate("export_menu", "codebook") + suffix,
            [(REFI_PROJECT if project_file else REFI_CODEBOOK, suffix)],
            lambda path, progress, cancel: exports.write_exchange(project, path, progress, cancel),
        )

    # --- choices ---------------------------------------------------------------------------------
    def _options(self, title: str, note: str) -> ExportOptions:
        return ExportOptions(title, note, self.window)

    def _coder_items(self) -> Items:
        project = self.ctx.require_project()
        return [(c.name, c.id) for c in project.coders()]

    def _attribute_items(self, scope: AttributeScope | None = None) -> Items:
        names = dict.fromkeys(a.name for a in self.ctx.require_project().attributes(scope))
        return [(n, n) for n in names]

    def _case_items(self) -> Items:
        """The framework window's cases: each attribute, the first two crossed, documents, participants."""
        from qcoder.analysis.framework import DOCUMENTS, PARTICIPANTS

        names = [n for n, _ in self._attribute_items()]
        items = [(n, n) for n in names]
        if len(names) >= 2:
            items.append((f"{names[0]} × {names[1]}", f"{names[0]},{names[1]}"))  # user data
        return [
            *items,
            (translate("export_menu", "Documents"), DOCUMENTS),
            (translate("export_menu", "Participants"), PARTICIPANTS),
        ]

    def _parent_items(self) -> Items:
        """Codes with two or more subcodes (those ``--exclusive`` takes), by path."""
        codes = self.ctx.require_project().codes()
        paths = self._code_paths()
        children = [c.parent_id for c in codes if c.parent_id is not None]
        parents = sorted((paths[c.id] for c in codes if children.count(c.id) >= 2), key=str.casefold)
        return [(p, p) for p in parents]

    def _code_paths(self) -> dict[str, str]:
        from qcoder.core.codepath import code_paths

        return code_paths(self.ctx.require_project().codes())

    def _open_dialog_value(self, attribute: str, combo: str) -> str | None:
        """The current choice of an open analysis window (the window's ``attribute``), if any."""
        dialog = getattr(self.window, attribute, None)
        box = getattr(dialog, combo, None) if dialog is not None else None
        data = box.currentData() if box is not None else None
        return str(data) if data is not None else None

    # --- the file ----------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, filters: Filters) -> Path | None:
        """The file to write: chosen in the save dialog, the chosen filter's suffix added when missing."""
        project = self.ctx.require_project()
        stem = safe_name(project.name or (project.path.stem if project.path else "project"))
        default = f"{stem} {name}" if not name.startswith(".") else f"{stem}{name}"
        patterns = [translate("export_menu", label) + f" (*{suffix})" for label, suffix in filters]
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, title, save_start(self.ctx, default), ";;".join(patterns)
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in [s for _, s in filters]:
            suffix = next((s for p, (_, s) in zip(patterns, filters, strict=True) if p == selected), filters[0][1])
            path = path.with_name(path.name + suffix)
        self.ctx.settings.set_last_directory(path.parent)
        return path

    def _start(self, title: str, name: str, filters: Filters, to_file: ToFile) -> Worker | None:
        if self.worker is not None:
            self.message.emit(translate("export_menu", "An export is still running."))
            return None
        path = self._ask_path(title, name, filters)
        if path is None:
            return None
        project = self.ctx.require_project()
        try:
            exports.check_target(project, path)
        except QcoderError as exc:
            self._refuse(exc)
            return None
        return self._run(title, partial(to_file, path))

    def _refuse(self, exc: BaseException) -> None:
        self._failed(user_message(exc))
        self.ended.emit(None)

    # --- the worker --------------------------------------------------------------------------------
    def _run(self, title: str, task: Callable[[ProgressCallback, CancelToken], Any]) -> Worker:
        worker = Worker(task, self)
        dialog = ProgressDialog(worker, title, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.done.connect(self._over)
        self.worker, self.progress_dialog, self._title = worker, dialog, title
        self.message.emit(translate("export_menu", "{title}…").format(title=title))
        worker.start()
        return worker

    def _finished(self, written: object) -> None:
        if isinstance(written, exports.Written):
            count = counted(written.count, written.noun) if written.count is not None and written.noun else ""
            wrote = (
                translate("export_menu", "Wrote {path} ({count})")
                if count
                else translate("export_menu", "Wrote {path}")
            )
            self.message.emit(wrote.format(path=written.path, count=count))
            if written.path.suffix.lower() in (".qdpx", ".qdc"):  # say what the other program will not get
                note = (
                    export_note() if written.path.suffix.lower() == ".qdpx" else translate("export_menu", CODEBOOK_NOTE)
                )
                text = translate("export_menu", "Wrote {name}. {note}").format(name=written.path.name, note=note)
                self._show(QMessageBox.Icon.Information, translate("export_menu", "Exported"), text)

    def _failed(self, text: str) -> None:
        self.message.emit(translate("export_menu", "Export failed: {reason}").format(reason=text))
        failed = translate("export_menu", "Nothing was written.\n\n{reason}").format(reason=text)
        self._show(QMessageBox.Icon.Warning, translate("export_menu", "Export failed"), failed)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self.window, box.windowFlags())
        box.open()  # not modal: the window stays usable
        self.last_box = box

    def _cancelled(self) -> None:
        self.message.emit(translate("export_menu", "{title}: cancelled, no file written").format(title=self._title))

    def _over(self) -> None:
        worker, dialog = self.worker, self.progress_dialog
        self.worker = self.progress_dialog = None
        if worker is None:
            return
        worker.wait()
        result = worker.result if worker.outcome == "finished" else None
        if dialog is not None:
            dialog.deleteLater()
        worker.deleteLater()
        self.ended.emit(result)


def _add_ci_options(options: ExportOptions) -> None:
    """The agreement report's unitizing and confidence-interval options."""
    options.add_flag(
        "unitized",
        translate("export_menu", "Unitizing alphas (character units)"),
        tip=translate("export_menu", "As --unitized"),
    )
    options.add_flag(
        "ci",
        translate("export_menu", "Confidence intervals (bootstrap, slower)"),
        tip=translate("export_menu", "As --ci"),
    )
    options.add_number("ci_draws", translate("export_menu", "Bootstrap draws:"), 1000, 1, 100_000)
    options.add_number("ci_level", translate("export_menu", "Interval coverage:"), 0.95, 0.5, 0.999, decimals=3)
    options.add_number("ci_seed", translate("export_menu", "Seed:"), 2007, 0, 2**31 - 1)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _day(value: object, what: str) -> date | None:
    """A date typed as YYYY-MM-DD (empty: none)."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidValue(
            translate("export_menu", "written {when}: type a date as YYYY-MM-DD, not {text}").format(
                when=what, text=repr(text)
            )
        ) from None


def _none_if_empty(value: object) -> list[str] | None:
    return _strings(value) or None
