"""Codebook (.qdc) import across namespace dialects, and the description folding."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qcoder.core.errors import ImportFailed
from qcoder.core.model import AttributeScope, Code
from qcoder.exchange.refiqda import LossKind, import_qdc
from qcoder.exchange.refiqda.describe import (
    CodeText,
    fold_code_description,
    fold_variable_description,
    parse_code_description,
    parse_variable_description,
)

BODY = """<Codes>
  <Code guid="{{AAAAAAAA-0000-4000-8000-000000000001}}" name="Barriers" isCodable="true" color="#{color}">
    <Description>Definition: Things in the way.
Inclusion criteria: Named by staff.</Description>
    <Code guid="aaaaaaaa-0000-4000-8000-000000000002" name="Time" isCodable="true"/>
    <Code guid="aaaaaaaa-0000-4000-8000-000000000003" name="Money" isCodable="true">
      <Code guid="aaaaaaaa-0000-4000-8000-000000000004" name="Budgets" isCodable="true"/>
    </Code>
  </Code>
  <Code guid="aaaaaaaa-0000-4000-8000-000000000005" name="  Enablers  " isCodable="false"/>
</Codes>
<Sets><Set guid="aaaaaaaa-0000-4000-8000-000000000006" name="Main">
  <MemberCode guid="aaaaaaaa-0000-4000-8000-000000000001"/></Set></Sets>"""


@pytest.mark.parametrize(
    "ns",
    ["urn:QDA-XML:codebook:1.0", "urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4", None],
)
def test_qdc_namespace_dialects(tmp_path: Path, ns: str | None) -> None:
    xmlns = f' xmlns="{ns}"' if ns else ""
    path = tmp_path / "codes.qdc"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\r\n<CodeBook{xmlns} origin="NVivo">'
        f"{BODY.format(color='c0ffee')}</CodeBook>",
        encoding="utf-8-sig",
    )
    codes, report = import_qdc(path)
    by_name = {c.name: c for c in codes}
    assert list(by_name) == ["Barriers", "Time", "Money", "Budgets", "Enablers"]
    barriers = by_name["Barriers"]
    assert barriers.id == "aaaaaaaa-0000-4000-8000-000000000001"
    assert barriers.color == "#C0FFEE"
    assert (barriers.definition, barriers.inclusion) == ("Things in the way.", "Named by staff.")
    assert by_name["Budgets"].parent_id == by_name["Money"].id and by_name["Money"].parent_id == barriers.id
    assert (by_name["Time"].position, by_name["Money"].position, by_name["Enablers"].position) == (0, 1, 1)
    assert report.origin == "NVivo"
    assert [loss.kind for loss in report.losses] == [LossKind.SET]


def test_qdc_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "p.qdc"
    path.write_text('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
    with pytest.raises(ImportFailed, match="import it as a project"):
        import_qdc(path)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", "<Project/>")
    with pytest.raises(ImportFailed, match="zip archive"):
        import_qdc(path)
    path.write_text("")
    with pytest.raises(ImportFailed, match="empty"):
        import_qdc(path)
    with pytest.raises(ImportFailed, match="cannot read"):
        import_qdc(tmp_path / "missing.qdc")


def test_qdc_with_no_codes_says_so(tmp_path: Path) -> None:
    path = tmp_path / "e.qdc"
    path.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
    codes, report = import_qdc(path)
    assert codes == [] and report.notices


def _code(**kw: str) -> Code:
    return Code("00000000-0000-4000-8000-000000000001", "C", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"definition": "Just a definition.\nTwo lines."},
        {"definition": "Definition: looks like a heading"},
        {"definition": "D", "inclusion": "I\n\nwith a blank line", "exclusion": "E", "example": "“quote”"},
        {"example": "only an example"},
        {"inclusion": "Inclusion criteria: nested?"},
    ],
)
def test_code_description_round_trip(fields: dict[str, str]) -> None:
    code = _code(**fields)
    parsed = parse_code_description(fold_code_description(code))
    assert parsed == CodeText(**{k: fields.get(k, "") for k in ("definition", "inclusion", "exclusion", "example")})


def test_foreign_descriptions_are_definitions() -> None:
    assert parse_code_description("Use for anything about work.\nExample: rota") == CodeText(
        definition="Use for anything about work.\nExample: rota"
    )
    # a heading out of the canonical order is content of the section before it
    assert parse_code_description("Example: a\nExample: b") == CodeText(example="a\nExample: b")
    assert parse_code_description("Inclusion criteria:\nx\n\nDefinition:\ny") == CodeText(
        inclusion="x\n\nDefinition:\ny"
    )
    assert parse_code_description("\r\n  \r\n") == CodeText()


def test_variable_description_round_trip() -> None:
    text = fold_variable_description(AttributeScope.PARTICIPANT, ("Nurse", "Doctor"), category=True)
    parsed = parse_variable_description(text)
    assert (parsed.scope, parsed.allowed, parsed.rest) == (AttributeScope.PARTICIPANT, ("Nurse", "Doctor"), "")
    plain = parse_variable_description("Age at interview")
    assert (plain.scope, plain.allowed, plain.rest) == (None, None, "Age at interview")
    docs = parse_variable_description(fold_variable_description(AttributeScope.DOCUMENT, (), category=False))
    assert (docs.scope, docs.allowed) == (AttributeScope.DOCUMENT, None)
