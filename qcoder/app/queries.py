"""Coding queries over a project: a query with its options by name (:class:`QuerySpec`), run on
the current data, its results coded as a code in one undoable step, and saved queries."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.query import QueryEngine, QueryOptions, QueryResult, parse_where
from qcoder.analysis.query_parse import parse_query, parse_scope
from qcoder.core import commands as cmd
from qcoder.core.codepath import join_path, split_path
from qcoder.core.codes import check_new_code_level, child_named, palette_color
from qcoder.core.commands.queries import SAVED_QUERIES, read_saved
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.model import Code, Coding, new_id
from qcoder.exporters.query_export import export_results, result_rows

__all__ = [
    "QuerySpec",
    "code_results",
    "delete_query",
    "export_results",
    "query_index",
    "query_options",
    "result_rows",
    "run_spec",
    "save_query",
    "saved_queries",
    "saved_query",
]

if TYPE_CHECKING:
    from qcoder.app.project import Project


@dataclass(frozen=True)
class QuerySpec:
    """A query as the user gives it: the expression, the scope (``overlap``, ``sentence``,
    ``turn``, ``paragraph``, ``document`` or a number of characters), ``ATTR=VALUE``
    restrictions, coder names, speaker labels, a text to search and whether interviewer
    turns count."""

    query: str
    within: str = "overlap"
    where: tuple[str, ...] = ()
    coders: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    text: str = ""
    interviewers: bool = False

    def json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuerySpec:
        def names(key: str) -> tuple[str, ...]:
            value = data.get(key) or ()
            return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()

        return cls(
            str(data.get("query", "")),
            str(data.get("within", "overlap")),
            names("where"),
            names("coders"),
            names("speakers"),
            str(data.get("text", "")),
            bool(data.get("interviewers", False)),
        )

    def check(self) -> QuerySpec:
        """Itself, after checking the expression, scope and restrictions parse."""
        parse_query(self.query)
        parse_scope(self.within)
        parse_where(self.where)
        return self


def query_index(project: Project) -> ProjectIndex:
    """What queries read: the project's offsets with the documents' texts."""
    return project.counting_index(with_text=True)


def query_options(index: ProjectIndex, spec: QuerySpec) -> QueryOptions:
    """The engine's options for ``spec`` (coder names resolved; raises NotFound, InvalidValue)."""
    return QueryOptions(
        scope=parse_scope(spec.within),
        where=parse_where(spec.where),
        speakers=frozenset(spec.speakers) if spec.speakers else None,
        coders=index.resolve_coders(spec.coders) if spec.coders else None,
        text=spec.text,
        include_interviewers=spec.interviewers,
    )


def run_spec(engine: QueryEngine, spec: QuerySpec) -> QueryResult:
    return engine.run(spec.query, query_options(engine.index, spec))


def _code_commands(codes: list[Code], path: str) -> tuple[list[cmd.Command], str]:
    """Commands creating the missing levels of ``path``, and the id of its code."""
    parts = split_path(path)
    if not parts:
        raise InvalidValue("empty code path")
    commands: list[cmd.Command] = []
    parent: str | None = None
    for part in parts:
        found = child_named(codes, parent, part)
        if found is None:
            siblings = [c.position for c in codes if c.parent_id == parent]
            found = Code(
                new_id(),
                check_new_code_level(path, part),
                parent,
                palette_color(len(codes)),
                position=max(siblings, default=-1) + 1,
            )
            codes.append(found)
            commands.append(cmd.CreateCode(found, text=f"New code {part}"))
        parent = found.id
    assert parent is not None
    return commands, parent


def code_results(project: Project, result: QueryResult, path: str, coder_id: str | None = None) -> int:
    """Code every excerpt of ``result`` with the code at ``path`` (created, with its missing
    parents, when it does not exist) as ONE undoable step with one audit entry. The codings
    are made by ``coder_id``, else by each excerpt's coder; an excerpt that already has the
    code from that coder with the same bounds is skipped. Returns the number of codings added."""
    commands, code_id = _code_commands(project.codes(), path)
    have = {(c.document_id, c.coder_id, c.start, c.end) for c in project.codings(code_ids=[code_id])}
    codings: list[Coding] = []
    for e in result.excerpts:
        coder = coder_id or e.coder_id
        key = (e.document_id, coder, e.start, e.end)
        if key not in have:
            have.add(key)
            codings.append(Coding(new_id(), e.document_id, code_id, coder, e.start, e.end))
    if codings:
        commands.append(cmd.AddCodings(codings, text="Code query results"))
    if not commands:
        return 0
    detail = {"query": result.query, "code": join_path(split_path(path)), "codings": len(codings)}
    commands.append(cmd.AuditEntry(project.actor_id or "qcoder", "code query results", detail))
    project.execute(cmd.Batch(commands, text=f"Code query results as {split_path(path)[-1]}"))
    return len(codings)


def saved_queries(project: Project) -> dict[str, QuerySpec]:
    """The project's saved queries by name (sorted by name)."""
    with project.store.reader() as repo:
        raw = repo.get_meta(SAVED_QUERIES)
    saved = read_saved(raw)
    return {name: QuerySpec.from_json(saved[name]) for name in sorted(saved, key=str.casefold)}


def saved_query(project: Project, name: str) -> QuerySpec:
    found = saved_queries(project).get(name)
    if found is None:
        raise NotFound("saved query", name)
    return found


def save_query(project: Project, name: str, spec: QuerySpec) -> None:
    """Save ``spec`` as ``name`` (replacing a query of that name), undoably."""
    name = name.strip()
    if not name:
        raise InvalidValue("a saved query needs a name")
    project.execute(cmd.SaveQuery(name, spec.check().json(), text=f"Save query {name}"))


def delete_query(project: Project, name: str) -> None:
    saved_query(project, name)
    project.execute(cmd.SaveQuery(name, None, text=f"Delete query {name}"))
