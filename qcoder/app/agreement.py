"""Inter-coder agreement and reconciliation over an open project.

The statistics are the pure functions of :mod:`qcoder.analysis.agreement`; this module
gathers their inputs from the project (spans, document lengths, unit boundaries, coder
assignments, attribute groups) and writes reconciliation decisions as undoable commands into
a consensus coder, each with an audit-log entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qcoder.analysis.agreement import (
    AgreementData,
    AgreementReport,
    Pooling,
    Unit,
    compute_agreement,
    paragraph_units,
    sentence_units,
    spans_from_codings,
)
from qcoder.analysis.agreement.confidence import CIOptions
from qcoder.analysis.agreement.disagreements import Disagreement, Method, find_disagreements, resolve
from qcoder.analysis.agreement.intervals import clip, merge, subtract
from qcoder.app.project import Project
from qcoder.core import commands as cmd
from qcoder.core.codepath import code_paths
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Coding, new_id, utcnow
from qcoder.core.snapshot import ProjectSnapshot

CONSENSUS = "Consensus"


@dataclass
class AgreementInputs:
    data: AgreementData
    coder_ids: list[str]
    code_names: dict[str, str]
    doc_names: dict[str, str]
    coder_names: dict[str, str]
    exclusive_paths: list[str] = field(default_factory=list)  # the parent of each exclusive group


def coder_ids_by_name(project: Project, names: Sequence[str]) -> list[str]:
    coders = {c.name.casefold(): c.id for c in project.coders()}
    missing = [n for n in names if n.strip().casefold() not in coders]
    if missing:
        known = ", ".join(c.name for c in project.coders()) or "none"
        raise InvalidValue(f"no coder named {', '.join(missing)} (coders: {known})")
    return [coders[n.strip().casefold()] for n in names]


DEFAULT_GROUP_BY = "site"


def _group_attribute(snap: ProjectSnapshot, group_by: str | None) -> str | None:
    """``group_by`` if the project has that attribute; the default (site) only where it exists;
    any other unknown name is refused (:class:`InvalidValue`)."""
    known = {a.name for a in snap.attributes}
    if not group_by or group_by in known:
        return group_by
    if group_by == DEFAULT_GROUP_BY:
        return None
    raise InvalidValue(
        f"no attribute named {group_by!r} to group by (attributes: {', '.join(sorted(known)) or 'none'})"
    )


def gather(
    project: Project, coder_names: Sequence[str], unit: Unit = Unit.CHARACTER, group_by: str | None = None
) -> AgreementInputs:
    """Collect what the statistics need; ``group_by`` names a document attribute (e.g. site)."""
    coder_ids = coder_ids_by_name(project, coder_names)
    if len(set(coder_ids)) < 2:
        raise InvalidValue("agreement needs at least two different coders")
    snap = project.snapshot(with_text=unit in (Unit.SENTENCE, Unit.PARAGRAPH))
    lengths = {d.id: d.info.chars for d in snap.documents}
    units: dict[str, list[tuple[int, int]]] | None = None
    if unit is Unit.TURN:
        units = {}
        for t in snap.turns:
            units.setdefault(t.document_id, []).append((t.start, t.end))
    elif unit in (Unit.SENTENCE, Unit.PARAGRAPH):
        split = sentence_units if unit is Unit.SENTENCE else paragraph_units
        units = {d.id: list(split(d.text)) for d in snap.documents}
    assigned = project.assignments()
    assignments = None
    if any(c in assigned for c in coder_ids):
        everything = set(lengths)
        assignments = {c: assigned.get(c, everything) for c in coder_ids}
    groups = None
    group_by = _group_attribute(snap, group_by)
    if group_by:
        groups = {d.id: d.info.attributes.get(group_by, "(none)") for d in snap.documents}
    data = AgreementData(
        spans=spans_from_codings(c for c in snap.codings if c.coder_id in coder_ids),
        doc_lengths=lengths,
        assignments=assignments,
        units=units,
        groups=groups,
    )
    return AgreementInputs(
        data,
        coder_ids,
        code_paths(snap.codes),
        {d.id: d.name for d in snap.documents},
        {c.id: c.name for c in snap.coders},
    )


def agreement(
    project: Project,
    coder_names: Sequence[str],
    unit: Unit = Unit.CHARACTER,
    codes: Sequence[str] | None = None,
    pooling: Pooling = Pooling.POOLED,
    group_by: str | None = DEFAULT_GROUP_BY,
    exclusive: Sequence[str] = (),
    ci: CIOptions | None = None,
    none_category: bool = False,
    unitized: bool = False,
) -> tuple[AgreementReport, AgreementInputs]:
    """``codes`` are code paths (default: every code either coder used). ``exclusive``: code
    paths whose children are mutually exclusive categories (nominal statistics per group; a
    unit a coder left without any of them is missing, or "none" with ``none_category``).
    ``ci``: bootstrapped alpha intervals and kappa standard errors."""
    inputs = gather(project, coder_names, unit, group_by)
    by_path = {p.casefold(): cid for cid, p in inputs.code_names.items()}
    missing = [c for c in [*(codes or ()), *exclusive] if c.casefold() not in by_path]
    if missing:
        raise InvalidValue(f"no code {', '.join(missing)}")
    code_ids = [by_path[c.casefold()] for c in codes] if codes else None
    groups = []
    all_codes = project.codes()
    for path in exclusive:
        parent = by_path[path.casefold()]
        inputs.exclusive_paths.append(inputs.code_names[parent])
        children = [c.id for c in sorted(all_codes, key=lambda c: c.position) if c.parent_id == parent]
        if len(children) < 2:
            raise InvalidValue(f"{path} needs at least two subcodes to be a group of exclusive categories")
        groups.append(children)
    if groups and code_ids is not None:
        code_ids = list(dict.fromkeys([*code_ids, *(c for g in groups for c in g)]))
    elif groups:
        used = {c for (_d, c, _r) in inputs.data.spans}
        code_ids = list(dict.fromkeys([*(c for c in inputs.code_names if c in used), *(c for g in groups for c in g)]))
    report = compute_agreement(
        inputs.data,
        inputs.coder_ids,
        unit=unit,
        codes=code_ids,
        pooling=pooling,
        exclusive_groups=groups,
        ci=ci,
        none_category=none_category,
        unitized=unitized,
    )
    return report, inputs


def agreement_json(report: AgreementReport, inputs: AgreementInputs) -> dict[str, Any]:
    out = report.to_json_dict(inputs.code_names, inputs.doc_names, inputs.coder_names)
    unitized = out.get("unitized")
    if isinstance(unitized, dict) and len(inputs.exclusive_paths) == len(unitized["groups"]):
        unitized["groups"] = dict(zip(inputs.exclusive_paths, unitized["groups"].values(), strict=True))
    return out


def disagreements(
    project: Project, coder_names: Sequence[str], codes: Sequence[str] | None = None, min_characters: int = 1
) -> tuple[list[Disagreement], AgreementInputs]:
    inputs = gather(project, coder_names)
    code_ids = None
    if codes:
        by_path = {p.casefold(): cid for cid, p in inputs.code_names.items()}
        code_ids = [by_path[c.casefold()] for c in codes if c.casefold() in by_path]
    items = find_disagreements(inputs.data, inputs.coder_ids, codes=code_ids, min_characters=min_characters)
    return items, inputs


def disagreement_json(item: Disagreement, inputs: AgreementInputs, text: str | None = None) -> dict[str, Any]:
    out = item.as_dict()
    out["document"] = inputs.doc_names.get(item.document, item.document)
    out["codes"] = [inputs.code_names.get(c, c) for c in item.codes]
    out["coders"] = [inputs.coder_names.get(c, c) for c in item.coders]
    out["values"] = {inputs.coder_names.get(r, r): [inputs.code_names.get(c, c) for c in v] for r, v in item.values}
    if text is not None:
        out["text"] = text[item.start : item.end]
    return out


def check_consensus_coder(project: Project, inputs: AgreementInputs, consensus: str) -> None:
    """Refuse a consensus coder that would overwrite a coder's own work: it must be new, or a
    coder that only ever held consensus codings (named as the consensus in the audit log)."""
    name = consensus.strip()
    if not name:
        raise InvalidValue("the consensus coder needs a name")
    existing = {c.name.casefold(): c for c in project.coders()}.get(name.casefold())
    if existing is None:
        return
    if existing.id in inputs.coder_ids:
        raise InvalidValue(
            f"{existing.name} is one of the coders compared: the consensus would overwrite their codings; "
            "choose a new name (e.g. Consensus)"
        )
    used_as_consensus = any(
        str(detail.get("consensus", "")).casefold() == name.casefold()
        for _id, _at, _actor, action, detail in project.audit_log()
        if action in ("reconcile", "seed consensus")
    )
    if project.codings(coder_ids=[existing.id]) and not used_as_consensus:
        raise InvalidValue(
            f"{existing.name} has codings of their own: the consensus would overwrite them; "
            "choose a new name or an earlier consensus coder"
        )


def seed_consensus(project: Project, inputs: AgreementInputs, consensus: str = CONSENSUS, actor: str = "") -> int:
    """Start a consensus coder from what every compared coder agreed on (the intersection of
    their spans per document and code), so reconciliation only has to decide the
    disagreements. Does nothing if the consensus coder already has codings."""
    from qcoder.analysis.agreement.intervals import intersection

    check_consensus_coder(project, inputs, consensus)
    target = project.ensure_coder(consensus)
    if project.codings(coder_ids=[target.id]):
        return 0
    by_pair: dict[tuple[str, str], list[list[tuple[int, int]]]] = {}
    for (doc, code, coder), spans in inputs.data.spans.items():
        if coder in inputs.coder_ids:
            by_pair.setdefault((doc, code), []).append(list(spans))
    now = utcnow()
    fresh = [
        Coding(new_id(), doc, code, target.id, s, e, "", False, now, now)
        for (doc, code), lists in sorted(by_pair.items())
        if len(lists) == len(inputs.coder_ids)
        for s, e in intersection(*lists)
    ]
    if fresh:
        audit = cmd.AuditEntry(
            actor or "qcoder",
            "seed consensus",
            {
                "consensus": consensus,
                "coders": [inputs.coder_names[c] for c in inputs.coder_ids],
                "codings": len(fresh),
            },
        )
        project.execute(cmd.Batch([cmd.AddCodings(fresh), audit], text="Start consensus from agreements"))
    return len(fresh)


def _decision(
    actor: str, item: Disagreement, inputs: AgreementInputs, method: Method, accepted: str, consensus: str
) -> cmd.AuditEntry:
    """The audit-log entry of one reconciled disagreement."""
    return cmd.AuditEntry(
        actor or "qcoder",
        "reconcile",
        {
            "document": inputs.doc_names.get(item.document, item.document),
            "codes": [inputs.code_names.get(c, c) for c in item.codes],
            "start": item.start,
            "end": item.end,
            "kind": item.kind.value,
            "method": method.value,
            "accepted": accepted,
            "consensus": consensus,
        },
    )


def reconcile(
    project: Project,
    items: Sequence[Disagreement],
    inputs: AgreementInputs,
    method: Method,
    accept_coder: str | None = None,
    consensus: str = CONSENSUS,
    actor: str = "",
) -> int:
    """Write the consensus for ``items`` into the ``consensus`` coder (created if needed):
    inside each item's region, that coder's codings of the item's codes are replaced by the
    chosen version (one coder's, the union or the intersection); outside it they are kept.
    One undo step for all items, with one audit-log entry per decision. Returns the number of
    consensus codings written."""
    if method is Method.ACCEPT:
        if accept_coder is None:
            raise InvalidValue("say whose version to accept")
        accept_id: str | None = coder_ids_by_name(project, [accept_coder])[0]
    else:
        accept_id = None
    check_consensus_coder(project, inputs, consensus)
    target = project.ensure_coder(consensus)
    steps: list[cmd.Command] = []
    written = 0
    now = utcnow()
    current: dict[tuple[str, str], list[Coding]] = {}
    for c in project.codings(coder_ids=[target.id]):
        current.setdefault((c.document_id, c.code_id), []).append(c)
    for item in items:
        chosen = resolve(item, inputs.data, method, accept_id)
        for code_id, inside in chosen.items():
            key = (item.document, code_id)
            existing = current.get(key, [])
            keep_outside = subtract(merge([(c.start, c.end) for c in existing]), [(item.start, item.end)])
            new_spans = merge(keep_outside + clip(inside, item.start, item.end))
            if existing:
                steps.append(cmd.RemoveCodings([c.id for c in existing]))
            fresh = [
                Coding(new_id(), item.document, code_id, target.id, s, e, "", False, now, now) for s, e in new_spans
            ]
            if fresh:
                steps.append(cmd.AddCodings(fresh))
            current[key] = fresh
            written += len(fresh)
        accepted = inputs.coder_names.get(accept_id, "") if accept_id else ""
        steps.append(_decision(actor, item, inputs, method, accepted, consensus))
    if steps:
        project.execute(cmd.Batch(steps, text=f"Reconcile {len(items)} disagreement(s)"))
    return written
