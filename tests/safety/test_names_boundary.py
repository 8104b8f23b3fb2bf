"""Issue 22 items 16 and 17: control characters and code names at every entry path.

One rule (qcoder.core.names, qcoder.core.codes): names (coder, code) holding a control
character are refused with a clear message; free text (memos, definitions, attribute values)
is cleaned; a code name never holds '>' nor is empty. The window and the command line use the
Project API; sheets are checked row by row; merged files (.qcoder, .qcodings, .qdpx) have their
names mapped and the merge says so. Afterwards report and the XLSX exports work."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from qcoder.app.codebook_io import import_codebook
from qcoder.app.codings_io import export_codings, import_codings
from qcoder.app.merge import merge_files, write_codings_file
from qcoder.app.safety import create_project, open_project
from qcoder.cli import main
from qcoder.core.errors import InvalidRows, InvalidValue
from qcoder.core.model import AttributeScope, MemoTarget
from qcoder.core.names import CONTROL
from tests.helpers import imported

BAD = ["\x01", "\x1f", "\x7f", "\x85", "\x9f", "\x0b"]


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.qcoder"
    with create_project(path, "names") as p:
        p.add_document(imported())
    return path


def _state(path: Path) -> tuple[list[str], list[str], int]:
    with open_project(path, backup=False) as p:
        return sorted(p.code_paths().values()), sorted(c.name for c in p.coders()), len(p.codings())


def _reports_work(path: Path, tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["report", str(path), "-o", str(tmp / "r.docx")],
        ["export", str(path), "-o", str(tmp / "r.xlsx"), "--by", ""],
        ["codings", "export", str(path), str(tmp / "c.xlsx")],
        ["codebook", "export", str(path), str(tmp / "b.xlsx")],
        ["codebook", "export", str(path), str(tmp / "b.docx")],
    ):
        assert main(args) == 0, capsys.readouterr().err


@pytest.mark.parametrize("bad", BAD)
def test_project_api_refuses_names_and_cleans_text(project: Path, bad: str) -> None:
    """The window and the command line: coders, codes, memos, attribute values."""
    with open_project(project, backup=False) as p:
        with pytest.raises(InvalidValue, match="control characters"):
            p.ensure_coder(f"Ma{bad}ya")
        with pytest.raises(InvalidValue, match="control characters"):
            p.create_code(f"Co{bad}de")
        code = p.create_code("Code", definition=f"de{bad}f")
        assert p.code(code.id).definition == "def"
        with pytest.raises(InvalidValue, match="control characters"):
            p.update_code(code.id, name=f"x{bad}")
        p.update_code(code.id, example=f"ex{bad}ample")
        assert p.code(code.id).example == "example"
        doc = p.documents()[0]
        coder = p.ensure_coder("Maya")
        coding = p.add_coding(doc.id, code.id, coder.id, 0, 5, f"me{bad}mo")
        assert p.coding(coding.id).memo == "memo"
        p.update_coding(coding.id, memo=f"\tnew{bad}\nline")
        assert p.coding(coding.id).memo == "\tnew\nline"
        p.set_memo(MemoTarget.PROJECT, "", f"pro{bad}ject")
        assert p.memo(MemoTarget.PROJECT, "") == "project"
        p.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": f"Nor{bad}th"}})
        assert p.documents()[0].attributes["site"] == "North"
        assert [c.name for c in p.coders()] == ["Maya"]


def test_codings_import_refuses_bad_names_and_cleans_memos(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(project)
    head = "document,code,coder,start,end,memo\n"
    rows = ["interview,Code,Ma\x01ya,0,5,\n", "interview,Co\x02de > Sub,Maya,0,5,\n", "interview,A > \x85,Maya,0,5,\n"]
    for row in rows:
        with open_project(project, backup=False) as p, pytest.raises(InvalidRows, match="control characters"):
            import_codings(p, _csv(tmp_path / "c.csv", head + "interview,Fine,Ben,0,5,\n" + row))
        assert _state(project) == before  # not even the good row's coder
    assert main(["codings", "import", str(project), str(tmp_path / "c.csv")]) != 0
    err = capsys.readouterr().err
    assert "control characters" in err and "Traceback" not in err
    with open_project(project, backup=False) as p:
        import_codings(p, _csv(tmp_path / "ok.csv", head + "interview,Code > Sub,Maya,0,5,me\x01mo\x9f\n"))
        assert [c.memo for c in p.codings()] == ["memo"]
    _reports_work(project, tmp_path, capsys)


def test_codebook_import_refuses_bad_names_and_cleans_text(project: Path, tmp_path: Path) -> None:
    before = _state(project)
    with open_project(project, backup=False) as p, pytest.raises(InvalidRows, match="control characters"):
        import_codebook(p, _csv(tmp_path / "b.csv", "code,definition\nGood,x\nBa\x01d,y\n"))
    assert _state(project) == before
    with open_project(project, backup=False) as p:
        import_codebook(p, _csv(tmp_path / "b.csv", "code,definition\nGood > Child,de\x01f\x85\n"))
        child = p.code_by_path("Good > Child")
        assert child is not None and child.definition == "def"


def _hostile_qcodings(project: Path, tmp_path: Path) -> Path:
    """A .qcodings file (as another tool or an edited file could hold it) with a code named
    "Age > 65", an empty code name, control characters in a code, the coder and a memo."""
    with open_project(project, backup=False) as p:
        doc = p.documents()[0]
        parent = p.create_code("Age")
        codes = [p.create_code(n, parent_id=parent.id) for n in ("A65", "Empty", "Ctl")]
        ben = p.ensure_coder("Ben")
        for i, code in enumerate(codes):
            p.add_coding(doc.id, code.id, ben.id, i, i + 10, "memo")
        path = tmp_path / "ben.qcodings"
        write_codings_file(p, ben.id, path)
        p.delete_code(parent.id)  # so the merge has to create them
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    rename = {"A65": "Age > 65", "Empty": "  ", "Ctl": "Tr\x01ust\x85"}
    for c in data["codes"]:
        c["name"] = rename.get(c["name"], c["name"])
    data["coder"]["name"] = "B\x01en"
    for c in data["codings"]:
        c["memo"] = "me\x02mo"
    data["coder"]["id"] = "new-coder-id"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    return path


def test_merge_maps_names_and_says_so(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _hostile_qcodings(project, tmp_path)
    with open_project(project, backup=False) as p:
        ben_before = {c.id for c in p.coders() if c.name == "Ben"}
        (dry,) = merge_files(p, [source], dry_run=True)
        said = "\n".join(dry.conflicts)
        assert "'Age > 65' is merged as 'Age › 65'" in said
        assert "'  ' is merged as '(unnamed code)'" in said
        assert "'Tr\\x01ust\\x85' is merged as 'Trust'" in said
        assert "coder name 'B\\x01en' is merged as 'Ben'" in said
        merge_files(p, [source])
        paths = set(p.code_paths().values())
        assert {"Age > Age › 65", "Age > (unnamed code)", "Age > Trust"} <= paths
        assert {c.name for c in p.coders()} == {"Ben"} and {c.id for c in p.coders()} == ben_before
        assert {c.memo for c in p.codings()} == {"memo"}
        export_codings(p, tmp_path / "out.csv")
    # the CSV round trip keeps "Age › 65" one level below "Age"
    with create_project(tmp_path / "copy.qcoder", "copy") as q:
        q.add_document(imported())
        import_codings(q, tmp_path / "out.csv")
        assert set(q.code_paths().values()) == paths
    _reports_work(project, tmp_path, capsys)


def test_qdpx_import_maps_code_names(project: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from qcoder.app.exchange import import_exchange
    from qcoder.exchange.refiqda import export_qdpx

    with open_project(project, backup=False) as p:
        code = p.create_code("Age 65")
        p.add_coding(p.documents()[0].id, code.id, p.ensure_coder("Ben").id, 0, 5, "m")
        snap = p.snapshot()
    snap.codes = [replace(c, name="Age > 65") for c in snap.codes]
    snap.coders = [replace(c, name="B\x01en") for c in snap.coders]
    export_qdpx(snap, tmp_path / "x.qdpx")
    with create_project(tmp_path / "fresh.qcoder", "fresh") as q:
        result = import_exchange(q, tmp_path / "x.qdpx")
        assert "›" in json.dumps(result.to_json(), ensure_ascii=False)  # said so
        assert set(q.code_paths().values()) == {"Age › 65"}
        assert not any(CONTROL.search(c.name) for c in q.coders())  # XML cannot carry them anyway


def test_one_code_name_rule() -> None:
    from qcoder.core.codes import check_code_name, check_code_path, map_code_name

    assert check_code_name("  Trust   in  police ") == "Trust in police"
    for bad in ["", "   ", "Age > 65", "a\x01b", "a\x85"]:
        with pytest.raises(InvalidValue):
            check_code_name(bad)
    assert check_code_path(" A  >  B  c ") == "A > B c"
    assert map_code_name("Age > 65") == "Age › 65" and map_code_name("\x01 ") == "(unnamed code)"


def test_report_of_a_project_written_before_the_rule(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names stored before the boundary checked them (straight through the store) still make a
    report and the XLSX exports."""
    from qcoder.core.model import Code, Coder, Coding, new_id, utcnow

    with open_project(project, backup=False) as p:
        doc = p.documents()[0]
        p.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"stakeholder_group": "Police", "site": "North"}})
        coder, code, now = Coder(new_id(), "Ma\x01ya"), Code(new_id(), "Tr\x02ust"), utcnow()
        with p.store.transaction() as repo:
            repo.insert_coder(coder)
            repo.insert_code(code)
            repo.insert_codings([Coding(new_id(), doc.id, code.id, coder.id, 40, 90, "m\x03", False, now, now)])
    _reports_work(project, tmp_path, capsys)
