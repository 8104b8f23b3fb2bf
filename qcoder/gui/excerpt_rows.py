"""Rows of the coded-excerpts panel, built from bulk queries (no Qt here).

Each row is one coding with what a reader needs beside it: document, speaker, the speaker's
attributes, coder, code path, the excerpt text and its time in the recording. The speaker and attributes come from the
same attribution rule the analysis uses (:meth:`qcoder.analysis.index.ProjectIndex.attribute_span`:
the turn containing the excerpt's start, preferring a respondent over the interviewer when a
coding spans a question and its answer); attributes are the document's, overridden by those of
the participant the speaker is linked to. So the panel agrees with the frequency tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qcoder.analysis.index import ProjectIndex
from qcoder.app import Project
from qcoder.core.model import Coding, Document
from qcoder.core.snapshot import ProjectSnapshot


@dataclass(frozen=True, slots=True)
class ExcerptRow:
    coding: Coding
    document: str
    speaker: str
    participant: str
    is_interviewer: bool
    attributes: Mapping[str, str]
    coder: str
    code: str
    text: str
    haystack: str = ""  # casefolded text, document, speaker, code and memo (the panel's text filter)
    seconds: float | None = None  # where the coding starts in the document's recording (None: unknown)

    @property
    def id(self) -> str:
        return self.coding.id


class ExcerptLoader:
    """Looks up everything a row needs with a handful of bulk queries; document texts are
    fetched once per document and cached by their hash."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._texts: dict[str, tuple[str, str]] = {}  # document id -> (sha256, text)
        self.index: ProjectIndex | None = None

    def refresh(self) -> None:
        """Re-read documents, speakers, turns, participants, attributes, codes and coders."""
        p = self._project
        infos = p.documents()
        live = {i.id: i.sha256 for i in infos}
        self._texts = {k: v for k, v in self._texts.items() if live.get(k) == v[0]}
        snapshot = ProjectSnapshot(
            documents=[Document(i, "") for i in infos],  # texts are loaded lazily, below
            speakers=p.speakers(),
            turns=p.turns(),
            participants=p.participants(),
            attributes=p.attributes(),
            codes=p.codes(),
            coders=p.coders(),
            paragraph_times=p.all_paragraph_times(),
        )
        self.index = ProjectIndex(snapshot)

    def _index(self) -> ProjectIndex:
        if self.index is None:
            self.refresh()
        assert self.index is not None
        return self.index

    def text(self, document_id: str) -> str:
        index = self._index()
        doc = index.documents.get(document_id)
        sha = doc.info.sha256 if doc is not None else ""
        cached = self._texts.get(document_id)
        if cached is None or cached[0] != sha:
            cached = (sha, self._project.document(document_id).text)
            self._texts[document_id] = cached
        return cached[1]

    def prefetch(self, document_ids: Iterable[str]) -> None:
        """Fetch the texts of these documents that are not cached, in one bulk read (one read
        per document took 5 s for the excerpts of a theme spread over 5,000 documents)."""
        index = self._index()
        missing = []
        for doc_id in document_ids:
            doc, cached = index.documents.get(doc_id), self._texts.get(doc_id)
            if doc is not None and (cached is None or cached[0] != doc.info.sha256):
                missing.append(doc_id)
        if missing:
            for doc_id, text in self._project.document_texts(missing).items():
                self._texts[doc_id] = (index.documents[doc_id].info.sha256, text)

    def attribute_names(self) -> list[str]:
        return self._index().attribute_names()

    def rows(self, codings: Iterable[Coding]) -> list[ExcerptRow]:
        index = self._index()
        codings = list(codings)
        self.prefetch({c.document_id for c in codings})
        out: list[ExcerptRow] = []
        for c in codings:
            doc = index.documents.get(c.document_id)
            if doc is None:
                continue
            profile = index.attribute_span(c.document_id, c.start, c.end).profile
            speaker = index.speakers.get(profile.speaker_id) if profile.speaker_id else None
            participant = index.participants.get(profile.participant_id) if profile.participant_id else None
            coder = index.coders.get(c.coder_id)
            text = self.text(c.document_id)[c.start : c.end]
            label = speaker.label if speaker is not None else ""
            path = index.paths.get(c.code_id, "")
            out.append(
                ExcerptRow(
                    coding=c,
                    document=doc.name,
                    speaker=label,
                    participant=participant.name if participant is not None else "",
                    is_interviewer=profile.is_interviewer,
                    attributes=profile.attributes,
                    coder=coder.name if coder is not None else "",
                    code=path,
                    text=text,
                    haystack="\n".join((text, doc.name, label, path, c.memo)).casefold(),
                    seconds=index.clock.time_of(c.document_id, c.start),
                )
            )
        return out

    def expand_codes(self, code_ids: Iterable[str], include_subcodes: bool) -> list[str]:
        """The selected codes (known ones only), with every code below them if asked."""
        index = self._index()
        wanted = [c for c in code_ids if c in index.codes]
        if not include_subcodes:
            return wanted
        out: dict[str, None] = {}
        stack = list(reversed(wanted))
        while stack:
            cid = stack.pop()
            if cid not in out:
                out[cid] = None
                stack.extend(reversed(index.children.get(cid, [])))
        return list(out)
