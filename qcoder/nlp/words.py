"""Word frequencies and keyword-in-context by lemma, broken down by an attribute.

"What do prosecutors say about 'protocol' that advocates don't": frequencies per group of
an attribute (stakeholder_group) and the lines around each occurrence, with the group of
whoever said it. Who said it follows the rule of :mod:`qcoder.analysis.frequencies`: the
linked participant's attribute, else the document's. Interviewer speech is left out unless
asked for; so are speaker labels and headers outside the turns of a transcript.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from qcoder.analysis.tables import CellValue, Table
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Document
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.nlp.analysis import ALPHA, NUM, PUNCT, STOP, TextAnalysis, lemmatize_terms
from qcoder.nlp.corpus import TurnIndex, analyses, speaker_profiles
from qcoder.nlp.matching import lemma_hits
from qcoder.nlp.pipeline import load_pipeline
from qcoder.nlp.source import CorpusSource

NONE_GROUP = "(none)"


@dataclass
class WordFrequencies:
    attribute: str | None
    groups: list[str]
    words_per_group: dict[str, int]  # word tokens (stop words included) per group
    rows: list[tuple[str, int, int, dict[str, int]]] = field(default_factory=list)  # lemma, total, docs, by group

    def table(self) -> Table:
        cols = ["lemma", "count", "documents"]
        for g in self.groups:
            cols += [f"{g}: count", f"{g}: per 10,000 words"]
        rows: list[list[CellValue]] = []
        for lemma, total, docs, by in self.rows:
            row: list[CellValue] = [lemma, total, docs]
            for g in self.groups:
                n = by.get(g, 0)
                words = self.words_per_group.get(g, 0)
                row += [n, round(n * 10000 / words, 2) if words else None]
            rows.append(row)
        count_cols = tuple(c for c in cols if c.endswith(": count"))
        return Table(
            "word_frequencies",
            "Word frequencies by lemma" + (f" by {self.attribute}" if self.attribute else ""),
            cols,
            rows,
            count_columns=count_cols,
        )


@dataclass(frozen=True)
class KwicLine:
    document_id: str
    document: str
    speaker: str
    group: str
    start: int
    end: int
    before: str
    keyword: str
    after: str


def kwic_table(lines: Sequence[KwicLine], attribute: str | None) -> Table:
    cols = ["document", "speaker"] + ([attribute] if attribute else []) + ["before", "keyword", "after", "start", "end"]
    rows: list[list[CellValue]] = []
    for ln in lines:
        row: list[CellValue] = [ln.document, ln.speaker]
        if attribute:
            row.append(ln.group)
        row += [ln.before, ln.keyword, ln.after, ln.start, ln.end]
        rows.append(row)
    return Table("kwic", "Keyword in context", cols, rows, wrap_columns=("before", "after"))


def _attributed(
    project: CorpusSource,
    attribute: str | None,
    groups: Sequence[str] | None,
    include_interviewers: bool,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    prefer: str | None,
) -> Iterator[tuple[Document, TextAnalysis, list[tuple[int, str, str]]]]:
    """Per document: (document, analysis, [(token index, group, speaker label)]) for the tokens
    that count."""
    if attribute:
        known = {a.name for a in project.attributes()}
        if attribute not in known:
            raise InvalidValue(f"no attribute named {attribute!r} (attributes: {', '.join(sorted(known)) or 'none'})")
    wanted = {g.casefold() for g in groups} if groups else None
    docs = [project.document(d.id) for d in project.documents()]
    found = analyses(project, None, {"tokens"}, progress, cancel, prefer, documents=docs)
    profiles = speaker_profiles(project, attribute)
    all_turns = project.turns()
    for doc in docs:
        analysis = found[doc.id]
        tokens = analysis.tokens
        assert tokens is not None
        turns = TurnIndex(t for t in all_turns if t.document_id == doc.id)
        doc_group = (doc.info.attributes.get(attribute) if attribute else None) or NONE_GROUP
        keep: list[tuple[int, str, str]] = []
        for i, start in enumerate(tokens.starts):
            if turns:
                turn = turns.at(start)
                if turn is None:
                    continue
                prof = profiles.get(turn.speaker_id)
                if prof is None or (prof.speaker.is_interviewer and not include_interviewers):
                    continue
                group = (prof.group or NONE_GROUP) if attribute else ""
                speaker = prof.speaker.label
            else:
                group, speaker = (doc_group if attribute else ""), ""
            if wanted is not None and group.casefold() not in wanted:
                continue
            keep.append((i, group, speaker))
        yield doc, analysis, keep


def word_frequencies(
    project: CorpusSource,
    by: str | None = None,
    groups: Sequence[str] | None = None,
    *,
    include_stopwords: bool = False,
    include_interviewers: bool = False,
    min_count: int = 1,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> WordFrequencies:
    """Counts of each lemma (words only: no punctuation or numbers), most frequent first."""
    totals: Counter[str] = Counter()
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    docs_of: dict[str, set[str]] = defaultdict(set)
    words: Counter[str] = Counter()
    for doc, analysis, keep in _attributed(project, by, groups, include_interviewers, progress, cancel, prefer):
        tokens = analysis.tokens
        assert tokens is not None
        for i, group, _speaker in keep:
            flags = tokens.flags[i]
            if flags & (PUNCT | NUM) or not flags & ALPHA and not any(ch.isalpha() for ch in tokens.lemmas[i]):
                continue
            words[group] += 1
            if flags & STOP and not include_stopwords:
                continue
            lemma = tokens.lemmas[i]
            totals[lemma] += 1
            by_group[group][lemma] += 1
            docs_of[lemma].add(doc.id)
    group_names = sorted(words, key=lambda g: (g == NONE_GROUP, g.casefold())) if by else []
    result = WordFrequencies(by, group_names, dict(words))
    for lemma, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        if total < min_count:
            break
        result.rows.append((lemma, total, len(docs_of[lemma]), {g: by_group[g][lemma] for g in group_names}))
    return result


def kwic(
    project: CorpusSource,
    query: str,
    by: str | None = None,
    groups: Sequence[str] | None = None,
    *,
    context: int = 60,
    include_interviewers: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> list[KwicLine]:
    """Every occurrence of the lemma (or lemma phrase) ``query`` with its context."""
    seqs = lemmatize_terms([query], load_pipeline(prefer))
    if not seqs:
        raise InvalidValue("no word to look for")
    lines: list[KwicLine] = []
    for doc, analysis, keep in _attributed(project, by, groups, include_interviewers, progress, cancel, prefer):
        tokens = analysis.tokens
        assert tokens is not None
        who = {i: (g, s) for i, g, s in keep}
        index_of = {s: i for i, s in enumerate(tokens.starts)}
        text = doc.text
        for start, end in lemma_hits(tokens, seqs):
            i = index_of[start]
            if i not in who:
                continue
            group, speaker = who[i]
            before = text[max(0, start - context) : start].replace("\n", " ")
            after = text[end : end + context].replace("\n", " ")
            lines.append(KwicLine(doc.id, doc.name, speaker, group, start, end, before, text[start:end], after))
    return lines
