"""REFI-QDA variables and their values: definitions read from ``<Variables>``, values read from
cases and sources, and the qcoder attribute definitions they become (one per scope a variable
is used in; text variables whose description lists allowed values become categories)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from xml.etree.ElementTree import Element

from qcoder.core.model import AttributeDef, AttributeScope, AttributeType, Document
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.exchange.refiqda.describe import parse_variable_description
from qcoder.exchange.refiqda.export import derived_guid
from qcoder.exchange.refiqda.reading import Unknown, norm_guid, parse_datetime
from qcoder.exchange.refiqda.report import ImportReport, LossKind

VALUE_TAGS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")
TYPE_OF = {
    "text": AttributeType.TEXT,
    "boolean": AttributeType.CATEGORY,
    "integer": AttributeType.NUMBER,
    "float": AttributeType.NUMBER,
    "date": AttributeType.DATE,
    "datetime": AttributeType.DATE,
}


@dataclass
class Var:
    guid: str
    name: str
    kind: str  # typeOfVariable, lower case
    description: str
    used: set[AttributeScope] = field(default_factory=set)
    datetime_with_time: bool = False


Defs = dict[tuple[AttributeScope, str], AttributeDef]  # (scope, variable GUID) -> definition


class VariableReader:
    """Collects variables and values while a project is read; :meth:`apply` turns them into
    attribute definitions and the attribute values of participants and documents."""

    def __init__(self, report: ImportReport, unknown: Unknown) -> None:
        self.report = report
        self.unknown = unknown
        self.vars: dict[str, Var] = {}
        self.values: dict[tuple[AttributeScope, str], dict[str, str]] = {}  # (scope, holder) -> var->value

    def read_definitions(self, variables: Element | None) -> None:
        if variables is None:
            return
        self.unknown.check(variables, {"Variable"})
        for v in variables.findall("Variable"):
            g = norm_guid(v.get("guid"))
            if g is None:
                continue
            kind = (v.get("typeOfVariable") or "Text").strip().lower()
            if kind not in TYPE_OF:
                self.report.note(f"variable {v.get('name')!r} has an unknown type {kind!r}; read as text")
                kind = "text"
            name = (v.get("name") or "").strip() or "Unnamed variable"
            self.vars[g] = Var(g, name, kind, v.findtext("Description") or "")

    def read_values(self, holder: Element, scope: AttributeScope, holder_id: str, holder_name: str) -> None:
        out = self.values.setdefault((scope, holder_id), {})
        for vv in holder.findall("VariableValue"):
            ref = vv.find("VariableRef")
            g = norm_guid(ref.get("targetGUID")) if ref is not None else None
            var = self.vars.get(g or "")
            if var is None:
                self.report.lose(
                    LossKind.VALUE,
                    f"a value on {holder_name!r}",
                    "it refers to a variable that is not defined in the project",
                )
                continue
            value = None
            for tag in VALUE_TAGS:
                el = vv.find(tag)
                if el is not None:
                    value = self._value(var, tag, (el.text or "").strip())
                    break
            if value:
                var.used.add(scope)
                out[var.guid] = value

    def _value(self, var: Var, tag: str, text: str) -> str:
        if tag == "BooleanValue":
            return {"1": "true", "0": "false"}.get(text, text.lower())
        if tag == "DateValue":
            return text[:10]
        if tag == "DateTimeValue":
            moment = parse_datetime(text)
            if moment is None:
                return text
            if (moment.hour, moment.minute, moment.second) != (0, 0, 0):
                var.datetime_with_time = True
            return moment.date().isoformat() if var.kind in ("date", "datetime") else text
        return text

    # -- attributes ---------------------------------------------------------------------------

    def apply(self, snap: ProjectSnapshot) -> None:
        """Attribute definitions from the variables, one per scope they are used in, and the
        values on the snapshot's participants and documents."""
        defs = self._definitions()
        snap.attributes = list(defs.values())

        def named(scope: AttributeScope, holder: str) -> dict[str, str]:
            vals = self.values.get((scope, holder), {})
            return {defs[(scope, g)].name: v for g, v in vals.items() if (scope, g) in defs}

        snap.participants = [replace(p, attributes=named(AttributeScope.PARTICIPANT, p.id)) for p in snap.participants]
        snap.documents = [
            Document(replace(d.info, attributes=named(AttributeScope.DOCUMENT, d.info.id)), d.text)
            for d in snap.documents
        ]

    def _definitions(self) -> Defs:
        defs: Defs = {}
        taken: set[tuple[AttributeScope, str]] = set()
        position = {AttributeScope.PARTICIPANT: 0, AttributeScope.DOCUMENT: 0}
        for var in self.vars.values():
            parsed = parse_variable_description(var.description)
            scopes = sorted(var.used) or [parsed.scope or AttributeScope.PARTICIPANT]
            for scope in scopes:
                atype, allowed = self._type_and_allowed(var, scope, parsed.allowed)
                name, n = var.name, 2
                while (scope, name.casefold()) in taken:
                    name, n = f"{var.name} ({n})", n + 1
                taken.add((scope, name.casefold()))
                aid = var.guid if scope is scopes[0] else derived_guid("attribute", scope, var.guid)
                defs[(scope, var.guid)] = AttributeDef(aid, name, atype, scope, allowed, position[scope])
                position[scope] += 1
            if var.datetime_with_time:
                self.report.note(f"variable {var.name!r} holds dates with times of day; only the dates were kept")
        return defs

    def _type_and_allowed(
        self, var: Var, scope: AttributeScope, described: tuple[str, ...] | None
    ) -> tuple[AttributeType, tuple[str, ...]]:
        """A variable's attribute type in ``scope`` and, for categories, the allowed values: the
        described ones, then the values met, in order."""
        atype = TYPE_OF[var.kind]
        allowed: tuple[str, ...] = ()
        if var.kind == "boolean":
            allowed = ("true", "false")
        elif var.kind == "text" and described is not None:
            atype, allowed = AttributeType.CATEGORY, described
        if atype is AttributeType.CATEGORY:
            seen = dict.fromkeys(allowed)
            for (s, _h), vals in self.values.items():
                if s is scope and var.guid in vals:
                    seen.setdefault(vals[var.guid])
            allowed = tuple(seen)
        return atype, allowed
