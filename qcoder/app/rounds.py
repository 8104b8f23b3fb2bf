"""Coder training rounds: named sets of documents handed out together, in order.

A round is stored as the value of the document attribute ``Training round`` (a category
attribute, so it shows and filters like any other attribute); the attribute's allowed values,
in order, are the rounds in the order they were added. A document belongs to one round.
Agreement per round is agreement grouped by that attribute, shown in round order
(``qcoder agreement --by-round``), so a lead sees whether training works.
"""

from __future__ import annotations

from collections.abc import Sequence

from qcoder.analysis.agreement import AgreementReport
from qcoder.app.agreement import AgreementInputs
from qcoder.app.project import Project
from qcoder.core.errors import InvalidValue
from qcoder.core.model import AttributeScope, AttributeType

ROUND_ATTRIBUTE = "Training round"


def round_names(project: Project) -> list[str]:
    """The rounds in the order they were added (none: an empty list)."""
    attribute = project.attribute(ROUND_ATTRIBUTE, AttributeScope.DOCUMENT)
    return list(attribute.allowed) if attribute is not None else []


def rounds(project: Project) -> list[tuple[str, list[str]]]:
    """Each round in order with the names of its documents."""
    members: dict[str, list[str]] = {name: [] for name in round_names(project)}
    for d in project.documents():
        value = d.attributes.get(ROUND_ATTRIBUTE)
        if value in members:
            members[value].append(d.name)
    return list(members.items())


def add_round(project: Project, name: str, documents: Sequence[str]) -> int:
    """Put ``documents`` (names) in the round ``name`` (created after the existing rounds);
    one undo step. Refuses a document already in another round. Returns the number of
    documents in the round afterwards."""
    name = name.strip()
    if not name:
        raise InvalidValue("a round needs a name")
    if not documents:
        raise InvalidValue("name the documents of the round")
    infos = {d.name.casefold(): d for d in project.documents()}
    missing = [n for n in documents if n.strip().casefold() not in infos]
    if missing:
        raise InvalidValue(f"no document named {', '.join(missing)}")
    chosen = [infos[n.strip().casefold()] for n in documents]
    known = {r.casefold(): r for r in round_names(project)}
    name = known.get(name.casefold(), name)
    taken = [
        f"{d.name} ({d.attributes[ROUND_ATTRIBUTE]})"
        for d in chosen
        if d.attributes.get(ROUND_ATTRIBUTE) and d.attributes[ROUND_ATTRIBUTE] != name
    ]
    if taken:
        raise InvalidValue(f"already in another round: {', '.join(taken)}")
    attribute = project.attribute(ROUND_ATTRIBUTE, AttributeScope.DOCUMENT)
    if attribute is not None and attribute.type is not AttributeType.CATEGORY:
        raise InvalidValue(f"the document attribute {ROUND_ATTRIBUTE!r} exists and is not a category")
    if attribute is None:
        project.define_attribute(ROUND_ATTRIBUTE, AttributeType.CATEGORY, AttributeScope.DOCUMENT, (name,))
    project.set_attributes(AttributeScope.DOCUMENT, {d.id: {ROUND_ATTRIBUTE: name} for d in chosen}, create=False)
    return sum(1 for d in project.documents() if d.attributes.get(ROUND_ATTRIBUTE) == name)


def rounds_json(report: AgreementReport, inputs: AgreementInputs, names: Sequence[str]) -> list[dict[str, object]]:
    """``[{"round", "documents", "stats", "codes": [{"code", "stats"}]}]`` in round order
    (rounds without a compared document are left out)."""
    counts: dict[str, int] = {}
    for d in report.documents:
        group = (inputs.data.groups or {}).get(d)
        if group is not None:
            counts[group] = counts.get(group, 0) + 1
    return [
        {
            "round": name,
            "documents": counts[name],
            "stats": report.by_group[name].as_dict(),
            "codes": [
                {"code": inputs.code_names.get(c, c), "stats": report.by_group_code[(name, c)].as_dict()}
                for c in report.codes
            ],
        }
        for name in names
        if name in report.by_group
    ]
