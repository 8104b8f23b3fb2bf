"""The languages of a project's documents: which one each is analysed in, by which pipeline,
and changing it (the ``language`` document attribute, see :mod:`qcoder.nlp.language`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qcoder.core.errors import InvalidValue
from qcoder.core.model import DEFAULT_LANGUAGE, LANGUAGE_ATTRIBUTE, AttributeScope
from qcoder.nlp.language import detect, normalize, stored_language
from qcoder.nlp.pipeline import PipelineInfo, pipeline_info
from qcoder.nlp.source import CorpusSource

if TYPE_CHECKING:
    from qcoder.app.project import Project

AUTO = "auto"  # --set-language NAME=auto: detect again from the text


@dataclass(frozen=True)
class DocumentLanguage:
    document_id: str
    document: str
    language: str  # the language the document is analysed in
    stored: bool  # a value is stored (detected on import, or set); False: English by default
    pipeline: PipelineInfo
    looks_like: str | None = None  # not stored, and detected now as another language than English

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "language": self.language,
            "stored": self.stored,
            "looks_like": self.looks_like,
            "pipeline": self.pipeline.short_label,
        }


def document_languages(project: CorpusSource, *, check_unstored: bool = True) -> list[DocumentLanguage]:
    """Every document's language and the pipeline that analyses it (spaCy is not loaded);
    ``check_unstored``: detect the language of documents without a stored one (imported before
    detection existed) to point out those that look like another language than English."""
    out: list[DocumentLanguage] = []
    pipelines: dict[str, PipelineInfo] = {}
    for info in project.documents():
        stored = stored_language(info)
        language = stored or DEFAULT_LANGUAGE
        looks_like = None
        if stored is None and check_unstored:
            found = detect(project.document(info.id).text)
            looks_like = found if found != language else None
        pipeline = pipelines.get(language) or pipelines.setdefault(language, pipeline_info(language=language))
        out.append(DocumentLanguage(info.id, info.name, language, stored is not None, pipeline, looks_like))
    return out


def language_pipelines(languages: list[DocumentLanguage]) -> dict[str, PipelineInfo]:
    """The pipeline of each language in use, English first."""
    found = {d.language: d.pipeline for d in languages}
    return dict(sorted(found.items(), key=lambda item: (item[0] != "en", item[0])))


def set_document_language(project: Project, document_id: str, value: str) -> str:
    """Store a document's language (a code such as ``es``, a name such as ``Spanish``, or
    ``auto`` to detect it again from the text); one undo step. Returns the code stored."""
    if value.strip().casefold() == AUTO:
        code = detect(project.document(document_id).text)
    else:
        found = normalize(value)
        if found is None:
            raise InvalidValue(f"unknown language {value!r}: give a code such as en, es, fr, de (or auto)")
        code = found
    project.set_attributes(AttributeScope.DOCUMENT, {document_id: {LANGUAGE_ATTRIBUTE: code}})
    return code
