"""Agreement and reconciliation: compare 2+ coders (statistics per code, per document, per
group, pairwise), work through their disagreements into a consensus coder, read the audit log.

Statistics and disagreements are computed in a worker (``agreement`` + ``disagreements``);
decisions (``seed_consensus`` the first time, then ``reconcile``) run in a worker as one
undo step, after which everything is computed again at once. Changes made elsewhere (coding
in the window, another client on a server) recompute the figures shortly after.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.agreement import AgreementReport, Disagreement, Pooling, Unit
from qcoder.analysis.agreement.disagreements import Method
from qcoder.app.agreement import CONSENSUS, AgreementInputs, agreement, disagreements, reconcile, seed_consensus
from qcoder.app.agreement_appendix import write_appendix
from qcoder.app.tables import write_table
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.codepath import code_paths
from qcoder.core.model import AttributeScope
from qcoder.core.permissions import Role
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.core_texts import core_text
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.style import set_tone
from qcoder.gui.team.agreement_controls import make_controls
from qcoder.gui.team.audit_view import AuditLogView
from qcoder.gui.team.blind import blind_for_comparison
from qcoder.gui.team.disagreements_view import DisagreementsPanel, Row, decided_keys, make_rows
from qcoder.gui.team.errors import explain_error, explain_text
from qcoder.gui.team.figures_view import FiguresView
from qcoder.gui.team.rows_view import (
    ROUNDS_MEANING,
    UNITIZING_MEANING,
    UNITIZING_NO_GROUP,
    ExtraTables,
    RowsPanel,
    extra_tables,
)
from qcoder.gui.team.tasks import Job
from qcoder.gui.texts import attribute_label

TAB_AGREEMENT, TAB_ROUNDS, TAB_UNITIZING, TAB_DISAGREEMENTS, TAB_AUDIT = range(5)
REFRESH_DELAY_MS = 400


@dataclass
class Results:
    coder_names: list[str]
    group_by: str | None
    report: AgreementReport
    inputs: AgreementInputs
    items: list[Disagreement]
    dis_inputs: AgreementInputs
    rows: list[Row]  # the disagreement list, built in the worker
    audit: list[Any]
    colors: dict[str, str]
    group_order: list[str]  # a category attribute's values in their declared order (rounds)
    extra: ExtraTables  # per training round; unitizing


def _cell(value: object) -> object:
    """A value a CSV or XLSX cell can hold (None stays empty)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


class AgreementDialog(QDialog):
    computed = Signal(object)  # Results, or None when the computation failed
    decided = Signal(object)  # (seeded, written) codings, or None when the decision failed
    exported = Signal(object)  # the written path, or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.results: Results | None = None
        self.job: Job | None = None
        self.decision: Job | None = None
        self.export_job: Job | None = None
        self.error = ""
        self._pending = False
        self.setWindowTitle(translate("team.agreement_view", "Agreement and reconciliation"))
        self.resize(1120, 760)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_due)

        layout = QVBoxLayout(self)
        layout.addLayout(self._settings_row())
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        set_tone(self.banner, "error")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.figures = FiguresView(self)
        self.figures.document_activated.connect(lambda doc_id: self._ctx.document_requested.emit(doc_id, -1, -1))
        self.tabs.addTab(self.figures, translate("team.agreement_view", "Agreement"))
        self.rounds = RowsPanel(ROUNDS_MEANING, self)
        a11y(
            self.rounds.view,
            translate("team.agreement_view", "Agreement rounds"),
            translate("team.rows_view", ROUNDS_MEANING),
        )
        self.tabs.addTab(self.rounds, translate("team.agreement_view", "Training rounds"))
        self.unitizing = RowsPanel(UNITIZING_MEANING, self)
        a11y(
            self.unitizing.view,
            translate("team.agreement_view", "Unitizing agreement"),
            translate("team.rows_view", UNITIZING_MEANING),
        )
        self.tabs.addTab(self.unitizing, translate("team.agreement_view", "Unitizing"))
        self.tabs.setTabVisible(TAB_ROUNDS, False)  # shown when the project has rounds
        self.tabs.setTabVisible(TAB_UNITIZING, False)  # shown when unitizing is asked for
        self.disagreements = DisagreementsPanel(self)
        self.disagreements.decide.connect(self.decide)
        self.disagreements.open_requested.connect(self._ctx.document_requested)
        self.tabs.addTab(self.disagreements, translate("team.agreement_view", "Disagreements"))
        self.audit = AuditLogView(self)
        self.tabs.addTab(self.audit, translate("team.agreement_view", "Audit log"))
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)
        self._fill_choices()
        self._check_access()

    # --- layout -------------------------------------------------------------------------------
    def _settings_row(self) -> QVBoxLayout:
        c = make_controls(self)
        self.coder_list, self.unit_box, self.pooling_box, self.group_box = (
            c.coder_list,
            c.unit_box,
            c.pooling_box,
            c.group_box,
        )
        self.unitizing_box, self.exclusive_box, self.status = c.unitizing_box, c.exclusive_box, c.status
        self.compute_button, self.export_button = c.compute_button, c.export_button
        self.coder_list.itemChanged.connect(lambda _i: self._coder_checked())
        self.compute_button.clicked.connect(self.compute)
        self.export_button.clicked.connect(self._browse_export)
        self._setting = False
        self._touched = False
        self.choices_ready = False
        self.choices_job: Job | None = None
        return c.row

    def _fill_exclusive(self) -> None:
        """The codes with two or more subcodes (their paths), for the exclusive group."""
        project = self._ctx.require_project()
        codes = project.codes()
        parents = {c.parent_id for c in codes if c.parent_id is not None}
        with_two = [p for p in parents if sum(c.parent_id == p for c in codes) >= 2]
        paths = code_paths(codes)
        keep = self.exclusive_box.currentData()
        self.exclusive_box.clear()
        self.exclusive_box.addItem(translate("team.agreement_view", "No exclusive group"), None)
        for path in sorted((paths[p] for p in with_two if p in paths), key=str.casefold):
            self.exclusive_box.addItem(translate("team.agreement_view", "Exclusive: {path}").format(path=path), path)
        self.exclusive_box.setCurrentIndex(max(self.exclusive_box.findData(keep), 0) if keep else 0)

    def _fill_choices(self) -> None:
        project = self._ctx.require_project()
        self._setting = True
        self.coder_list.clear()
        for coder in project.coders():
            item = QListWidgetItem(coder.name, self.coder_list)
            item.setData(Qt.ItemDataRole.UserRole, coder.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = coder.name.casefold() != CONSENSUS.casefold()
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._setting = False
        # which coders coded anything is read in a worker (all codings: ~1 s on a large project);
        # until then every coder but the consensus is checked
        self.choices_ready = False

        def who_coded(progress: Any, cancel: Any) -> set[str]:
            return {c.coder_id for c in project.codings()}

        self.choices_job = Job(who_coded, self)
        self.choices_job.ended.connect(self._coders_known)
        self.choices_job.start()
        self.group_box.clear()
        self.group_box.addItem(translate("team.agreement_view", "(none)"), None)
        for attribute in project.attributes(AttributeScope.DOCUMENT):
            self.group_box.addItem(attribute_label(attribute.name), attribute.name)
        site = self.group_box.findData("site")
        self.group_box.setCurrentIndex(max(site, 0))
        self._fill_exclusive()
        self._update_buttons()

    def _sync_coders(self) -> None:
        """Coders were added or renamed (a merge, the consensus coder): update the list,
        keeping what is checked; new coders start unchecked."""
        project = self._ctx.project
        if project is None:
            return
        checked = {
            self.coder_list.item(i).data(Qt.ItemDataRole.UserRole): self.coder_list.item(i).checkState()
            for i in range(self.coder_list.count())
        }
        self._setting = True
        self.coder_list.clear()
        for coder in project.coders():
            item = QListWidgetItem(coder.name, self.coder_list)
            item.setData(Qt.ItemDataRole.UserRole, coder.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(checked.get(coder.id, Qt.CheckState.Unchecked))
        self._setting = False
        self._update_buttons()

    def _coders_known(self, job: Job) -> None:
        self.choices_job = None
        if job.outcome == "finished" and not self._touched:
            self._setting = True
            for i in range(self.coder_list.count()):
                item = self.coder_list.item(i)
                coded = item.data(Qt.ItemDataRole.UserRole) in job.result
                on = coded and item.text().casefold() != CONSENSUS.casefold()
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._setting = False
        self.choices_ready = True
        self._update_buttons()

    def _coder_checked(self) -> None:
        if not self._setting:
            self._touched = True  # the user chose: keep their choice
        self._update_buttons()

    def _check_access(self) -> None:
        project = self._ctx.project
        blind = blind_for_comparison(project)
        self.banner.setVisible(blind)
        if blind:
            self.banner.setText(
                translate(
                    "team.agreement_view",
                    "Blind mode is on: coders cannot see each other's codings until the lead "
                    "turns it off, so only a lead can compare coders now.",
                )
            )
        self.disagreements.set_can_decide(project is not None and project.role is Role.LEAD)
        self._update_buttons()

    # --- choices (also used by tests) ------------------------------------------------------------
    def coder_names(self) -> list[str]:
        return [
            self.coder_list.item(i).text()
            for i in range(self.coder_list.count())
            if self.coder_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_coders(self, names: list[str]) -> None:
        wanted = {n.casefold() for n in names}
        for i in range(self.coder_list.count()):
            item = self.coder_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text().casefold() in wanted else Qt.CheckState.Unchecked)
        self._touched = True

    def set_choice(self, unit: Unit | None = None, pooling: Pooling | None = None, group_by: str | None = "") -> None:
        """Set the unit, pooling and group-by attribute (``group_by=None``: no groups; "" keeps it)."""
        if unit is not None:
            self.unit_box.setCurrentIndex(self.unit_box.findData(unit.value))
        if pooling is not None:
            self.pooling_box.setCurrentIndex(self.pooling_box.findData(pooling.value))
        if group_by != "":
            self.group_box.setCurrentIndex(max(self.group_box.findData(group_by), 0) if group_by else 0)

    def _update_buttons(self) -> None:
        blind = blind_for_comparison(self._ctx.project)
        enough = len(self.coder_names()) >= 2
        self.compute_button.setEnabled(enough and not blind)
        self.compute_button.setToolTip("" if enough else translate("team.agreement_view", "Choose at least two coders"))
        self.export_button.setEnabled(self.results is not None)

    # --- computing ----------------------------------------------------------------------------------
    def compute(self) -> Job | None:
        project = self._ctx.project
        if project is None or blind_for_comparison(project):
            return None
        if self.job is not None:
            self._pending = True
            return self.job
        names = self.coder_names()
        if len(names) < 2:
            self.status.setText(translate("team.agreement_view", "Choose at least two coders."))
            return None
        unit = Unit(self.unit_box.currentData())
        pooling = Pooling(self.pooling_box.currentData())
        group_by: str | None = self.group_box.currentData()
        unitized = self.unitizing_box.isChecked()
        exclusive = [self.exclusive_box.currentData()] if unitized and self.exclusive_box.currentData() else []

        def task(progress: Any, cancel: Any) -> Results:
            progress(0, 3, translate("team.agreement_view", "Computing agreement…"))
            report, inputs = agreement(
                project, names, unit, None, pooling, group_by, exclusive=exclusive, unitized=unitized
            )
            extra = extra_tables(project, report, inputs, names, unit, pooling, group_by)
            cancel.check()
            progress(1, 3, translate("team.agreement_view", "Finding disagreements…"))
            items, dis_inputs = disagreements(project, names)
            progress(2, 3, translate("team.agreement_view", "Reading the audit log…"))
            colors = {c.id: c.color for c in project.codes()}
            audit = project.audit_log()
            rows = make_rows(items, dis_inputs, decided_keys(audit, CONSENSUS))
            attribute = project.attribute(group_by, AttributeScope.DOCUMENT) if group_by else None
            order = list(attribute.allowed) if attribute is not None else []
            return Results(names, group_by, report, inputs, items, dis_inputs, rows, audit, colors, order, extra)

        self.job = Job(task, self)
        self.job.progress.connect(lambda _d, _t, m: self.status.setText(core_text(m)))
        self.job.ended.connect(self._computed)
        self.compute_button.setEnabled(False)
        self.status.setText(translate("team.agreement_view", "Computing…"))
        return self.job.start()

    def _computed(self, job: Job) -> None:
        self.job = None
        self.compute_button.setEnabled(True)
        if job.outcome != "finished":
            self.error = (
                explain_text(job.error, self._ctx.project)[1]
                if job.error
                else translate("team.agreement_view", "Cancelled.")
            )
            self.status.setText("")
            self.figures.show_error(self.error)
            self.computed.emit(None)
        else:
            self.error = ""
            self.results = job.result
            self._show(job.result)
            self.computed.emit(job.result)
        self._update_buttons()
        if self._pending:
            self._pending = False
            self.compute()

    def _show(self, r: Results) -> None:
        self.figures.show_report(r.report, r.inputs, r.group_by, self.unit_box.currentText().lower(), r.group_order)
        self.disagreements.set_data(r.rows, r.dis_inputs, r.colors, self._document_text)
        self.rounds.set_rows(r.extra.rounds)
        self.tabs.setTabVisible(TAB_ROUNDS, r.extra.rounds is not None)
        grouped = r.report.unitized is not None and bool(r.report.unitized.groups)
        self.unitizing.set_rows(r.extra.unitizing, "" if grouped else UNITIZING_NO_GROUP)
        self.tabs.setTabVisible(TAB_UNITIZING, r.extra.unitizing is not None)
        self._count_left()
        self.audit.audit_model.set_entries(r.audit)
        self.status.setText("")

    def _count_left(self) -> None:
        left = sum(not row.decided for row in self.disagreements.all_rows())
        self.tabs.setTabText(
            TAB_DISAGREEMENTS, translate("team.agreement_view", "Disagreements ({n})").format(n=number(left))
        )

    def refresh_decisions(self) -> None:
        """Decisions were made or undone: read the audit log again and flag the list (the
        coders' own codings, hence the figures and the disagreements, did not change)."""
        project, r = self._ctx.project, self.results
        if project is None or r is None:
            return
        r.audit = project.audit_log()
        self.disagreements.mark_decided(decided_keys(r.audit, CONSENSUS))
        self._count_left()
        self.audit.audit_model.set_entries(r.audit)

    def _document_text(self, doc_id: str) -> str:
        project = self._ctx.project
        return project.document(doc_id).text if project is not None else ""

    # --- refreshing ---------------------------------------------------------------------------------
    def _on_changed(self, changes: object) -> None:
        if not isinstance(changes, ChangeSet):
            return
        if changes.touches(Kind.PROJECT):
            self._check_access()
        if changes.touches(Kind.CODER):
            self._sync_coders()
        if changes.touches(Kind.CODE):
            self._fill_exclusive()
        if self.decision is not None or self.results is None:
            return  # our own decision: the dialog refreshes when it ends
        if changes.touches(Kind.PROJECT):
            self.refresh_decisions()  # audit entries (a decision undone): flag the list at once
        if any(
            changes.touches(k)
            for k in (Kind.CODING, Kind.CODE, Kind.CODER, Kind.DOCUMENT, Kind.PROJECT, Kind.ATTRIBUTE)
        ):
            self._refresh_timer.start()

    def _refresh_due(self) -> None:
        if self.isVisible():
            self.compute()

    # --- reconciling --------------------------------------------------------------------------------
    def decide(self, method: Method, coder_name: str = "") -> Job | None:
        project = self._ctx.project
        items = self.disagreements.selected()
        r = self.results
        if project is None or r is None or not items or self.decision is not None:
            return None
        inputs, actor = r.dis_inputs, (self._ctx.coder.name if self._ctx.coder else "")
        accept = coder_name or None

        def task(progress: Any, cancel: Any) -> tuple[int, int]:
            seeded = seed_consensus(project, inputs, CONSENSUS, actor)
            written = reconcile(project, items, inputs, method, accept, CONSENSUS, actor)
            return seeded, written

        how = {
            Method.ACCEPT: translate("team.agreement_view", "accepted {name}'s version").format(name=coder_name),
            Method.UNION: translate("team.agreement_view", "union"),
            Method.INTERSECTION: translate("team.agreement_view", "intersection"),
        }[method]
        undo = count_text(
            len(items),
            translate("team.agreement_view", "Reconcile {n} disagreement"),
            translate("team.agreement_view", "Reconcile {n} disagreements"),
        )
        self.decision = Job(task, self, ctx=self._ctx, undo_text=undo)
        self.decision.ended.connect(lambda job: self._decided(job, len(items), how))
        self.disagreements.set_can_decide(False)
        self.status.setText(translate("team.agreement_view", "Writing the decision…"))
        return self.decision.start()

    def _decided(self, job: Job, n: int, how: str) -> None:
        self.decision = None
        self._check_access()
        if job.outcome != "finished":
            self.status.setText("")
            if job.error is not None:
                explain_error(self, job.error, self._ctx.project)
            self.decided.emit(None)
            return
        seeded, written = job.result
        items = count_text(
            n,
            translate("team.agreement_view", "{n} disagreement"),
            translate("team.agreement_view", "{n} disagreements"),
        )
        decided = translate("team.agreement_view", "Decided {disagreements} ({how}).").format(
            disagreements=items, how=how
        )
        if seeded:
            agreed = count_text(
                seeded,
                translate("team.agreement_view", "{n} agreed coding"),
                translate("team.agreement_view", "{n} agreed codings"),
            )
            start = translate("team.agreement_view", "{consensus} started from {codings}.").format(
                consensus=CONSENSUS, codings=agreed
            )
            decided = f"{start} {decided}"
        self.status.setText(decided)
        compared = self.results.coder_names if self.results is not None else []
        if CONSENSUS.casefold() in (c.casefold() for c in compared):
            self.compute()  # the consensus is one of the compared coders: its figures changed
        else:
            self.refresh_decisions()  # the figures did not change; the list of what is left did
        self.decided.emit(job.result)

    # --- export ---------------------------------------------------------------------------------------
    def _browse_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("team.agreement_view", "Export agreement"),
            self._ctx.settings.last_directory(),
            translate(
                "team.agreement_view",
                "Methods appendix, Word (*.docx);;Methods appendix and every breakdown, Excel (*.xlsx);;"
                "Every breakdown, CSV (*.csv)",
            ),
        )
        if path:
            if Path(path).suffix.lower() not in (".docx", ".xlsx", ".csv"):
                path += ".csv" if "csv" in chosen.lower() else ".xlsx" if "xlsx" in chosen.lower() else ".docx"
            self._ctx.settings.set_last_directory(Path(path).parent)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Job | None:
        r = self.results
        if r is None or self.export_job is not None:
            return None
        rows = r.report.to_rows(r.inputs.code_names, r.inputs.doc_names)
        # averaged rows carry extra columns (tables, undefined tables) only where something was undefined
        header = list(dict.fromkeys(k for row in rows for k in row))

        project = self._ctx.require_project()

        def task(progress: Any, cancel: Any) -> Path:
            if path.suffix.lower() in (".docx", ".xlsx"):
                return write_appendix(project, r.report, r.inputs, path, r.extra.rounds)
            write_table(path, header, [[_cell(row.get(h)) for h in header] for row in rows], sheet="Agreement")
            return path

        self.export_job = Job(task, self)
        self.export_job.ended.connect(self._exported)
        self.status.setText(translate("team.agreement_view", "Writing {name}…").format(name=path.name))
        return self.export_job.start()

    def _exported(self, job: Job) -> None:
        self.export_job = None
        if job.outcome == "finished":
            self.status.setText(translate("team.agreement_view", "Wrote {name}.").format(name=job.result.name))
            self.exported.emit(job.result)
        else:
            self.status.setText(explain_text(job.error, None)[1] if job.error else "")
            self.exported.emit(None)

    def done(self, result: int) -> None:
        self._refresh_timer.stop()
        for job in (self.job, self.decision, self.export_job, self.choices_job):
            if job is not None:
                job.finish_now()
        super().done(result)
