"""The codebook: codes, their paths, counts and edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.codepath import code_paths, descendants, join_path, split_path
from qcoder.core.codes import check_code_name, check_color, check_new_code_level, child_named, palette_color
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Code, new_id


class CodebookService:
    """Codes: queries, counts and undoable edits."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def codes(self) -> list[Code]:
        with self._store.reader() as repo:
            return repo.codes()

    def code(self, code_id: str) -> Code:
        with self._store.reader() as repo:
            return repo.get_code(code_id)

    def code_paths(self) -> dict[str, str]:
        return code_paths(self.codes())

    def code_by_path(self, path: str) -> Code | None:
        wanted = join_path(split_path(path)).casefold()
        for cid, p in self.code_paths().items():
            if p.casefold() == wanted:
                return self.code(cid)
        return None

    def coding_counts_by_coder(self) -> dict[str, int]:
        """coder id -> number of codings (coders without codings are absent)."""
        with self._store.reader() as repo:
            return repo.coding_counts_by_coder()

    def coding_counts(self, code_ids: Sequence[str] | None = None) -> dict[str, int]:
        """code id -> number of codings (of ``code_ids`` only, when given)."""
        with self._store.reader() as repo:
            return repo.coding_counts(code_ids)

    def document_coding_counts(self, document_ids: Sequence[str]) -> dict[str, int]:
        """document id -> number of codings, for a few documents (one indexed query)."""
        with self._store.reader() as repo:
            return repo.document_coding_counts(document_ids)

    def create_code(
        self,
        name: str,
        parent_id: str | None = None,
        *,
        color: str | None = None,
        definition: str = "",
        inclusion: str = "",
        exclusion: str = "",
        example: str = "",
        code_id: str | None = None,
    ) -> Code:
        name = check_code_name(name)
        codes = self.codes()
        siblings = [c for c in codes if c.parent_id == parent_id]
        code = Code(
            id=code_id or new_id(),
            name=name,
            parent_id=parent_id,
            color=check_color(color) if color else palette_color(len(codes)),
            definition=definition,
            inclusion=inclusion,
            exclusion=exclusion,
            example=example,
            position=max((c.position for c in siblings), default=-1) + 1,
        )
        self._core.execute(cmd.CreateCode(code, text=f"New code {name}"))
        return code

    def ensure_code_path(self, path: str, **fields: str) -> Code:
        """The code at ``path`` (``A > B > C``), creating missing levels."""
        parts = split_path(path)
        if not parts:
            raise InvalidValue("empty code path")
        parent: str | None = None
        code: Code | None = None
        for i, part in enumerate(parts):
            code = child_named(self.codes(), parent, part)
            if code is None:
                code = self.create_code(
                    check_new_code_level(path, part), parent, **(fields if i == len(parts) - 1 else {})
                )
            parent = code.id
        assert code is not None
        return code

    def update_code(self, code_id: str, *, expected_version: int | None = None, **fields: object) -> Code:
        """Change any of name, color, definition, inclusion, exclusion, example, parent_id, position."""
        old = self.code(code_id)
        if "name" in fields:
            fields["name"] = check_code_name(str(fields["name"]))
        if "color" in fields:
            fields["color"] = check_color(str(fields["color"]))
        new = replace(old, **fields)  # type: ignore[arg-type]
        label = "Edit code"
        if new.name != old.name:
            label = "Rename code"
        elif new.parent_id != old.parent_id:
            label = "Move code"
        self._core.execute(cmd.UpdateCode(new, expected_version, text=label))
        return self.code(code_id)

    def move_code(self, code_id: str, parent_id: str | None, position: int | None = None) -> Code:
        siblings = [c for c in self.codes() if c.parent_id == parent_id and c.id != code_id]
        pos = max((c.position for c in siblings), default=-1) + 1 if position is None else position
        return self.update_code(code_id, parent_id=parent_id, position=pos)

    def code_usage(self, code_id: str) -> int:
        """Codings that deleting ``code_id`` would remove (its subcodes' included)."""
        ids = descendants(self.codes(), code_id)
        counts = self.coding_counts()
        return sum(counts.get(i, 0) for i in ids)

    def delete_code(self, code_id: str) -> int:
        """Delete a code with its subcodes and codings; returns how many codings went."""
        n = self.code_usage(code_id)
        self._core.execute(cmd.DeleteCode(code_id, text=f"Delete code {self.code(code_id).name}"))
        return n

    def merge_codes(self, source_id: str, target_id: str) -> None:
        label = f"Merge {self.code(source_id).name} into {self.code(target_id).name}"
        self._core.execute(cmd.MergeCodes(source_id, target_id, text=label))
