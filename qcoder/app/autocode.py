"""Auto-coding with preview: find every hit of a rule, let the user deselect false hits, then
apply the rest as one undoable step.

Rules: keywords or phrases (whole words, case-insensitive, ``promot*`` for any ending),
lemmas ("promote" also finds "promoted", "promotions" stays apart), a regular expression,
the turns of a speaker group (a participant attribute such as stakeholder_group), the
interviewer's turns, or the turns of named speakers. A text hit is coded as the hit itself,
its sentence or its speaker turn (a document without turns uses the paragraph).

A hit is a duplicate, and left out, when an existing coding of the same code by the same
coder already covers its span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from qcoder.app.project import Project
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.model import Coding, Document, new_id, utcnow
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.text import Span
from qcoder.nlp.analysis import TextAnalysis
from qcoder.nlp.corpus import LemmaTerms, TurnIndex, analyses, document_sentences, paragraph_at, speaker_profiles
from qcoder.nlp.matching import compile_regex, keyword_pattern, lemma_hits, merge_spans, pattern_hits, split_terms
from qcoder.nlp.pipeline import pipeline_info
from qcoder.nlp.spans import snap_to_sentences, trim_span

CONTEXT = 80


class Mode(StrEnum):
    KEYWORDS = "keywords"  # keywords and phrases
    LEMMAS = "lemmas"
    REGEX = "regex"
    SPEAKER_GROUP = "speaker_group"
    INTERVIEWER = "interviewer"
    SPEAKER = "speaker"  # speaker labels


class Scope(StrEnum):
    HIT = "hit"
    SENTENCE = "sentence"
    TURN = "turn"


SPEAKER_MODES = (Mode.SPEAKER_GROUP, Mode.INTERVIEWER, Mode.SPEAKER)


@dataclass(frozen=True)
class AutocodeRule:
    mode: Mode
    terms: tuple[str, ...] = ()  # keywords / lemmas, the expression, or speaker labels
    scope: Scope = Scope.HIT
    attribute: str = "stakeholder_group"  # for SPEAKER_GROUP
    value: str = ""  # for SPEAKER_GROUP
    ignore_case: bool = False  # for REGEX
    document_ids: tuple[str, ...] | None = None  # None: every document

    @classmethod
    def keywords(cls, terms: str | Sequence[str], scope: Scope = Scope.HIT) -> AutocodeRule:
        return cls(Mode.KEYWORDS, tuple(split_terms(terms)), scope)

    @classmethod
    def lemmas(cls, terms: str | Sequence[str], scope: Scope = Scope.HIT) -> AutocodeRule:
        return cls(Mode.LEMMAS, tuple(split_terms(terms)), scope)

    @classmethod
    def regex(cls, expression: str, scope: Scope = Scope.HIT, ignore_case: bool = False) -> AutocodeRule:
        return cls(Mode.REGEX, (expression,), scope, ignore_case=ignore_case)

    @classmethod
    def speaker_group(cls, value: str, attribute: str = "stakeholder_group") -> AutocodeRule:
        return cls(Mode.SPEAKER_GROUP, (), Scope.TURN, attribute=attribute, value=value)

    @classmethod
    def interviewer(cls) -> AutocodeRule:
        return cls(Mode.INTERVIEWER, (), Scope.TURN)

    def describe(self) -> str:
        if self.mode is Mode.SPEAKER_GROUP:
            return f"turns of {self.attribute} = {self.value}"
        if self.mode is Mode.INTERVIEWER:
            return "interviewer turns"
        if self.mode is Mode.SPEAKER:
            return "turns of " + ", ".join(self.terms)
        what = {Mode.KEYWORDS: "keywords", Mode.LEMMAS: "lemmas", Mode.REGEX: "pattern"}[self.mode]
        return f"{what} {', '.join(self.terms)} (code the {self.scope.value})"


@dataclass(frozen=True)
class AutocodeHit:
    document_id: str
    document_name: str
    start: int  # the span to code
    end: int
    match_start: int  # the first match inside it (== start/end for speaker rules)
    match_end: int
    matches: int  # how many matches fell into this span
    speaker: str
    before: str
    text: str
    after: str

    def short_text(self, limit: int = 240) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= limit else text[: limit * 2 // 3] + " … " + text[-limit // 3 :]


@dataclass
class AutocodePreview:
    code_id: str
    coder_id: str
    rule: AutocodeRule
    hits: list[AutocodeHit] = field(default_factory=list)
    duplicates: int = 0  # hits left out: already coded with this code by this coder
    documents: int = 0
    pipeline: str = ""  # the pipeline used, when one was needed


def _needs(rule: AutocodeRule) -> set[str]:
    layers: set[str] = set()
    if rule.mode in SPEAKER_MODES:
        return layers
    if rule.mode is Mode.LEMMAS:
        layers.add("tokens")
    if rule.scope is Scope.SENTENCE:
        layers.add("sentences")
    return layers


def check_rule(rule: AutocodeRule) -> None:
    if rule.mode in (Mode.KEYWORDS, Mode.LEMMAS, Mode.SPEAKER) and not split_terms(rule.terms):
        raise InvalidValue(f"no {rule.mode.value} given")
    if rule.mode is Mode.REGEX:
        compile_regex(rule.terms[0] if rule.terms else "", rule.ignore_case)
    if rule.mode is Mode.SPEAKER_GROUP and not rule.value.strip():
        raise InvalidValue("no speaker group value given")


def find_hits(
    project: Project,
    code_id: str,
    coder_id: str,
    rule: AutocodeRule,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> AutocodePreview:
    """Every span ``rule`` would code, duplicates left out; nothing is written. With
    ``coder_id == ""`` (a dry run without a coder) nothing counts as a duplicate."""
    check_rule(rule)
    project.code(code_id)  # raises NotFound
    if coder_id and coder_id not in {c.id for c in project.coders()}:
        raise NotFound("coder", coder_id)
    infos = project.documents()
    if rule.document_ids is not None:
        wanted = set(rule.document_ids)
        infos = [d for d in infos if d.id in wanted]
    preview = AutocodePreview(code_id, coder_id, rule, documents=len(infos))
    layers = _needs(rule)
    docs = [project.document(d.id) for d in infos]
    found_analyses = {}
    if layers:
        preview.pipeline = pipeline_info(prefer).label
        found_analyses = analyses(project, None, layers, progress, cancel, prefer, documents=docs)
    lemma_terms = LemmaTerms(split_terms(rule.terms) if rule.mode is Mode.LEMMAS else [], prefer)
    profiles = speaker_profiles(project, rule.attribute if rule.mode is Mode.SPEAKER_GROUP else None)
    all_turns = project.turns()
    existing = project.codings(code_ids=[code_id], coder_ids=[coder_id]) if coder_id else []
    for n, doc in enumerate(docs):
        if cancel is not None:
            cancel.check()
        if not layers:
            progress(n, len(docs), doc.name)
        turns = TurnIndex(t for t in all_turns if t.document_id == doc.id)
        covered = [(c.start, c.end) for c in existing if c.document_id == doc.id]
        if rule.mode in SPEAKER_MODES:
            units = _speaker_units(rule, doc, turns, profiles)
        else:
            seqs = lemma_terms.for_document(doc) if rule.mode is Mode.LEMMAS else []
            units = _match_units(rule, doc, turns, found_analyses.get(doc.id), seqs)
        for (start, end), (m_start, m_end), count in units:
            if any(cs <= start and end <= ce for cs, ce in covered):
                preview.duplicates += 1
                continue
            turn = turns.at(m_start)
            speaker = profiles[turn.speaker_id].speaker.label if turn and turn.speaker_id in profiles else ""
            preview.hits.append(_hit(doc, (start, end), (m_start, m_end), count, speaker))
    progress(len(docs), len(docs), "")
    return preview


def _match_units(
    rule: AutocodeRule,
    doc: Document,
    turns: TurnIndex,
    analysis: TextAnalysis | None,
    lemma_seqs: list[tuple[str, ...]],
) -> list[Unit]:
    """The units a keyword, lemma or pattern rule codes in one document."""
    if rule.mode is Mode.LEMMAS:
        assert analysis is not None and analysis.tokens is not None
        matches = lemma_hits(analysis.tokens, lemma_seqs)
    elif rule.mode is Mode.REGEX:
        matches = pattern_hits(doc.text, compile_regex(rule.terms[0], rule.ignore_case))
    else:
        matches = pattern_hits(doc.text, keyword_pattern(rule.terms))
    sentences = (
        document_sentences(doc, analysis, turns.turns) if rule.scope is Scope.SENTENCE and analysis is not None else []
    )
    return _scoped(doc.text, matches, rule.scope, sentences, turns)


def _hit(doc: Document, span: Span, match: Span, count: int, speaker: str) -> AutocodeHit:
    start, end = span
    return AutocodeHit(
        doc.id,
        doc.name,
        start,
        end,
        match[0],
        match[1],
        count,
        speaker,
        _before(doc.text, start),
        doc.text[start:end],
        _after(doc.text, end),
    )


Unit = tuple[Span, Span, int]  # (span to code, first match, number of matches)


def _scoped(text: str, matches: list[Span], scope: Scope, sentences: list[Span], turns: TurnIndex) -> list[Unit]:
    if scope is Scope.HIT:
        merged = merge_spans(matches)
        counts = {m: 0 for m in merged}
        firsts: dict[Span, Span] = {}
        j = 0
        for m in sorted(matches):
            while merged[j][1] <= m[0]:
                j += 1
            counts[merged[j]] += 1
            firsts.setdefault(merged[j], m)
        return [(m, firsts[m], counts[m]) for m in merged]
    units: dict[Span, list[Span]] = {}
    for m in matches:
        if scope is Scope.SENTENCE:
            span = snap_to_sentences(sentences, m[0], m[1]) if sentences else m
        else:
            turn = turns.at(m[0])
            span = trim_span(text, turn.start, turn.end) if turn is not None else paragraph_at(text, m[0])
            if not span[0] <= m[0] < span[1]:
                span = m  # a hit in a speaker label or a header: code the hit itself
        units.setdefault(span, []).append(m)
    # snapped multi-sentence spans can overlap: merge them
    out: list[Unit] = []
    for span in merge_spans(list(units)):
        inside = sorted(m for u, ms in units.items() if span[0] <= u[0] and u[1] <= span[1] for m in ms)
        out.append((span, inside[0], len(inside)))
    return out


def _speaker_units(rule: AutocodeRule, doc: Document, turns: TurnIndex, profiles: dict) -> list[Unit]:  # type: ignore[type-arg]
    labels = {t.casefold() for t in rule.terms}
    value = rule.value.strip().casefold()
    out: list[Unit] = []
    for t in turns.turns:
        prof = profiles.get(t.speaker_id)
        if prof is None:
            continue
        if rule.mode is Mode.INTERVIEWER:
            ok = prof.speaker.is_interviewer
        elif rule.mode is Mode.SPEAKER:
            ok = prof.speaker.label.casefold() in labels
        else:
            ok = prof.group is not None and prof.group.strip().casefold() == value
        if ok:
            span = trim_span(doc.text, t.start, t.end)
            if span[0] < span[1]:
                out.append((span, span, 1))
    return out


def _before(text: str, start: int) -> str:
    chunk = text[max(0, start - CONTEXT) : start]
    return chunk[chunk.rfind("\n") + 1 :]


def _after(text: str, end: int) -> str:
    chunk = text[end : end + CONTEXT]
    nl = chunk.find("\n")
    return chunk if nl < 0 else chunk[:nl]


def apply_hits(project: Project, preview: AutocodePreview, hits: Sequence[AutocodeHit] | None = None) -> list[Coding]:
    """Code ``hits`` (default: all of the preview's) as one undoable step; hits that became
    duplicates meanwhile are skipped. Returns the new codings."""
    chosen = preview.hits if hits is None else list(hits)
    if not preview.coder_id:
        raise InvalidValue("choose a coder before coding")
    existing = project.codings(code_ids=[preview.code_id], coder_ids=[preview.coder_id])
    covered: dict[str, list[Span]] = {}
    for c in existing:
        covered.setdefault(c.document_id, []).append((c.start, c.end))
    now = utcnow()
    new: list[Coding] = []
    for h in chosen:
        spans = covered.setdefault(h.document_id, [])
        if any(s <= h.start and h.end <= e for s, e in spans):
            continue
        spans.append((h.start, h.end))
        new.append(
            Coding(new_id(), h.document_id, preview.code_id, preview.coder_id, h.start, h.end, "", False, now, now)
        )
    if new:
        name = project.code(preview.code_id).name
        project.add_codings(new, label=f"Auto-code {name} ({len(new)} excerpt{'s' if len(new) != 1 else ''})")
    return new
