"""A theme report in DOCX that reads like the findings section of an evaluation brief.

Layout: title; *Themes by <group>* (the overall theme × group table, "n of N respondents"
per cell; optional); *Methods* (documents, respondents by group, sites, coders, how counts are
made); *Codebook* (codes with definitions); *Findings*: one section per top-level theme,
a subsection per sub-theme (headings nest with the codebook), each with a summary
sentence ("Mentioned in 7 of 10 sites, by 12 of 23 prosecutors (52%), …"), a table by
stakeholder group and one by site, the summaries written for it in the framework matrix
(each with whose it is), and exemplar quotes attributed in the brief's style
("—Law enforcement official"). Themes nobody mentioned get no section; they are listed in
one closing sentence. Wording (percentages half up, unclassified respondents never leading a
sentence): :mod:`qcoder.exporters.report_text`. Counting rules: :mod:`qcoder.analysis.frequencies`; quote choice:
:func:`qcoder.analysis.excerpts.select_quotes` (starred exemplars first, never the
interviewer's words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from qcoder.analysis.excerpts import Quote, quote_candidates_by_code, select_quotes
from qcoder.analysis.frequencies import CodeFrequency, FrequencyResult, compute_frequencies
from qcoder.analysis.index import NONE_VALUE, ProjectData, ProjectIndex, as_index, make_selection
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.exporters.codebook_docs import add_codebook_table
from qcoder.exporters.locale_format import long_date
from qcoder.exporters.report_overview import (
    GroupSummary,
    add_overview_table,
    add_summaries,
    group_title,
    numbers_table,
)
from qcoder.exporters.report_text import (
    group_label,
    group_noun,
    humanize,
    join_words,
    percent,
    percent_of,
    quote_source,
    share_text,
    summary_sentence,
)

__all__ = [
    "GroupSummary",
    "add_page_number_footer",
    "export_report",
    "group_label",
    "group_noun",
    "humanize",
    "join_words",
    "percent",
    "percent_of",
    "style_document",
    "summary_sentence",
]

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# -- docx helpers ----------------------------------------------------------------------------


def add_page_number_footer(doc: DocxDocument) -> None:
    para = doc.sections[0].footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def style_document(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name in ("Quote",):
        st = doc.styles[name]
        st.font.size = Pt(10.5)
        st.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        st.paragraph_format.left_indent = Cm(1)
        st.paragraph_format.right_indent = Cm(1)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(2)
    cap = doc.styles["Caption"]
    cap.paragraph_format.space_before = Pt(8)
    cap.paragraph_format.keep_with_next = True
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.2)


class _Styles:
    """Style ids looked up once (python-docx looks a style name up on every use, slowly)."""

    def __init__(self, doc: DocxDocument) -> None:
        self.ids: dict[str, str] = {}
        for name in ("Title", "Subtitle", "Quote", "Caption", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
            self.ids[name] = doc.styles[name].style_id

    def __getitem__(self, name: str) -> str:
        return self.ids[name]


def _paragraph(
    doc: DocxDocument,
    text: str = "",
    style_id: str | None = None,
    bold: bool = False,
    italic: bool | None = None,
    color: RGBColor | None = None,
) -> DocxParagraph:
    para = doc.add_paragraph()
    if style_id:
        para._p.style = style_id
    if text:
        r = para._p.add_r()
        r.add_t(_XML_BAD.sub("", text))
        run = DocxRun(r, para)
        if bold:
            run.bold = True
        if italic is not None:
            run.italic = italic
        if color is not None:
            run.font.color.rgb = color
    return para


class _Report:
    def __init__(
        self,
        doc: DocxDocument,
        index: ProjectIndex,
        result: FrequencyResult,
        quotes: Mapping[str, list[Quote]],
        group_attribute: str | None,
        labels: Mapping[str, str] | None,
        max_quotes: int,
        summaries: Mapping[str, Sequence[GroupSummary]] | None = None,
    ) -> None:
        self.doc, self.index, self.result = doc, index, result
        self.quotes, self.group_attribute, self.labels, self.max_quotes = quotes, group_attribute, labels, max_quotes
        self.summaries = summaries or {}
        self.freq = {cf.code_id: cf for cf in result.codes}
        self.tables = 0
        self.styles = _Styles(doc)

    def caption(self, text: str) -> None:
        self.tables += 1
        _paragraph(self.doc, f"Table {self.tables}. {text}", self.styles["Caption"])

    def group_table(self, cf: CodeFrequency) -> None:
        ga = self.group_attribute
        if not ga or ga not in cf.by:
            return
        res = self.result
        rows = []
        for v in res.values[ga]:
            c = cf.by[ga][v]
            if c.respondents == 0:
                continue
            row = [
                group_title(v),
                f"{c.participants} of {c.respondents}",
                share_text(c),
                str(c.excerpts),
            ]
            if res.unit_label:
                row.append(c.units_text() or "")
            rows.append(row)
        if not rows:
            return
        t = cf.total
        total = ["All respondents", f"{t.participants} of {t.respondents}", share_text(t), str(t.excerpts)]
        header = [humanize(ga), "Respondents", "Share", "Excerpts"]
        widths = [4.6, 3.2, 2.0, 2.4]
        if res.unit_label:
            header.append(humanize(res.unit_label))
            total.append(t.units_text() or "")
            widths.append(2.4)
        self.caption(f"{cf.name}: respondents who mentioned it, by {humanize(ga).lower()}")
        numbers_table(self.doc, header, rows, total, widths)

    def unit_table(self, cf: CodeFrequency) -> None:
        unit = self.result.unit
        if not unit or unit not in cf.by or unit == self.group_attribute:
            return
        rows = [
            [
                humanize(v) if v != NONE_VALUE else "Unknown",
                f"{c.participants} of {c.respondents}",
                share_text(c),
                str(c.excerpts),
            ]
            for v, c in cf.by[unit].items()
            if c.respondents > 0
        ]
        if not rows:
            return
        self.caption(f"{cf.name}: respondents who mentioned it, by {humanize(unit).lower()}")
        numbers_table(self.doc, [humanize(unit), "Respondents", "Share", "Excerpts"], rows, None, [4.6, 3.2, 2.0, 2.4])

    def summary_block(self, code_id: str) -> None:
        """The summaries written for the theme in the framework matrix, a paragraph per group."""
        written = self.summaries.get(code_id, ())
        ga = self.group_attribute
        if not written or not ga:
            return
        groups = self.result.groups.get(ga, {})
        add_summaries(
            self.doc,
            written,
            self.result.values.get(ga, []),
            {v: g.respondents for v, g in groups.items()},
            self.labels,
        )

    def quote_block(self, code_id: str) -> None:
        picked = select_quotes(self.quotes.get(code_id, []), self.max_quotes, document_order=self.index.document_order)
        ga = self.group_attribute
        for q in picked:
            para = _paragraph(self.doc, q.text, self.styles["Quote"])
            para.paragraph_format.keep_with_next = True
            value = q.profile.value(ga) if ga else NONE_VALUE
            said = quote_source(group_label(value, self.labels), self.index.clock.hms_of(q.document_id, q.start))
            who = _paragraph(self.doc, said, self.styles["Quote"], italic=False)
            who.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            who.paragraph_format.space_before = Pt(0)
            who.paragraph_format.space_after = Pt(8)

    def theme(self, code_id: str, level: int = 2, parent: CodeFrequency | None = None) -> None:
        """A theme's section: heading, definition, summary, tables, quotes, then its
        mentioned sub-themes one heading level down."""
        cf = self.freq[code_id]
        _paragraph(self.doc, cf.name, self.styles[f"Heading {min(level, 4)}"])
        code = self.index.codes[code_id]
        if code.definition.strip():
            para = _paragraph(self.doc, code.definition.strip(), italic=True, color=RGBColor(0x55, 0x55, 0x55))
            para.paragraph_format.keep_with_next = True
        _paragraph(self.doc, summary_sentence(cf, self.result, self.group_attribute, self.labels))
        if parent is not None and (parent.total, parent.by) == (cf.total, cf.by):
            _paragraph(self.doc, f"Every mention of {parent.name} falls under this sub-theme; the tables above apply.")
        else:
            self.group_table(cf)
            self.unit_table(cf)
        self.summary_block(code_id)
        self.quote_block(code_id)
        kids = [k for k in self.index.children.get(code_id, []) if k in self.freq]
        quiet = [self.freq[k].name for k in kids if self.freq[k].total.excerpts == 0]
        for k in kids:
            if self.freq[k].total.excerpts > 0:
                self.theme(k, level + 1, cf)
        if quiet:
            _paragraph(self.doc, f"Not mentioned under {cf.name}: {join_words(quiet)}.")


def _methods(
    doc: DocxDocument,
    index: ProjectIndex,
    result: FrequencyResult,
    group_attribute: str | None,
    labels: Mapping[str, str] | None,
    consensus: bool = False,
) -> None:
    doc.add_heading("Methods", level=1)
    n_docs = result.documents
    where = ""
    if result.unit_label and result.overall.units_total:
        where = f" from {result.overall.units_total} {result.unit_label.replace('_', ' ')}"
    text = f"This report summarizes the themes coded in {n_docs} document{'s' if n_docs != 1 else ''}{where}."
    resp = result.overall.respondents
    if group_attribute and group_attribute in result.groups:
        groups = [(v, g.respondents) for v, g in result.groups[group_attribute].items() if g.respondents]
        groups.sort(key=lambda vn: vn[0] == NONE_VALUE)  # unclassified respondents after the groups
        listed = [f"{n} {group_noun(v, n, labels)}" for v, n in groups]
        text += f" They record {resp} respondent{'s' if resp != 1 else ''}"
        text += f": {join_words(listed)}." if listed else "."
    else:
        text += f" They record {resp} respondent{'s' if resp != 1 else ''}."
    doc.add_paragraph(text)
    coders = [index.coders[c].name if c in index.coders else c for c in result.coder_ids]
    n_codes = len(index.code_order)
    tops = len(index.children.get(None, []))
    book = f"a codebook of {n_codes} code{'s' if n_codes != 1 else ''} in {tops} theme{'s' if tops != 1 else ''}"
    if consensus and len(coders) == 1:
        doc.add_paragraph(
            f"Excerpts are the consensus coding ({coders[0]}), reconciled from the coders' work, with {book}."
        )
    elif coders:
        doc.add_paragraph(f"Excerpts were coded by {join_words(coders)} with {book}.")
    else:
        doc.add_paragraph(f"The project has {book}; no coder's work is included.")
    several = len(coders) > 1
    doc.add_paragraph(
        "Counts are of respondents who mentioned a theme at least once, out of the respondents of their group. "
        "An excerpt is a passage coded with a theme or any of its sub-themes; overlapping codings by the same "
        "coder count once" + (", and each coder's excerpts are counted separately" if several else "") + ". "
        "Each excerpt is attributed to the participant who speaks it, so a focus group counts for each of its "
        "groups; a document whose speakers are not linked to participants counts as one respondent. "
        "Interviewers' words are neither counted nor quoted."
        + (f" Quotes are attributed by {humanize(group_attribute).lower()}." if group_attribute else "")
    )


def export_report(
    snapshot: ProjectData,
    path: str | Path,
    *,
    coders: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    title: str | None = None,
    group_attribute: str | None = "stakeholder_group",
    unit: str | None = "site",
    max_quotes: int = 3,
    group_labels: Mapping[str, str] | None = None,
    include_codebook: bool = True,
    report_date: date | None = None,
    summary_table: bool = True,
    summaries: Mapping[str, Sequence[GroupSummary]] | None = None,
    consensus: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the theme report (layout in the module docstring) and return its path.

    Filters as in :func:`qcoder.analysis.frequencies.theme_frequencies`; ``codes`` limits
    the themes reported. ``group_attribute`` (skipped if no document or participant has
    it) is the breakdown of the summaries, the first table and quote attributions;
    ``group_labels`` maps its values to attribution labels (default: :func:`group_label`).
    ``unit`` is the second table and the "n of N sites" count. ``max_quotes`` per theme.
    ``summary_table``: open with the theme × group table; ``summaries``: code id -> the
    framework-matrix summaries of its groups; ``consensus``: the one coder is a consensus
    coder (said in Methods). ``progress`` hears of each step; ``cancel`` is checked between
    themes (raises :class:`~qcoder.core.errors.Cancelled`; nothing is written then).
    """
    index = as_index(_xml_safe(snapshot))
    selection = make_selection(index, coders, documents, document_attributes, codes)
    if group_attribute and not index.has_attribute(group_attribute):
        group_attribute = None
    by = [a for a in dict.fromkeys([group_attribute, unit]) if a and index.has_attribute(a)]
    progress(0, 0, "counting")
    result = compute_frequencies(index, selection, by, unit)
    quotes = quote_candidates_by_code(index, selection)

    doc = _front_matter(index, title, report_date)
    overview = summary_table and bool(result.codes)
    if overview:
        _overview(doc, result, group_attribute)
    _methods(doc, index, result, group_attribute, group_labels, consensus)
    if include_codebook and index.code_order:
        doc.add_heading("Codebook", level=1)
        add_codebook_table(doc, index, details=True)
    findings = doc.add_heading("Findings", level=1)
    findings.paragraph_format.page_break_before = include_codebook and bool(index.code_order)
    report = _Report(doc, index, result, quotes, group_attribute, group_labels, max_quotes, summaries)
    report.tables = 1 if overview else 0
    _findings(report, index, result, progress, cancel)
    path = Path(path)
    doc.save(str(path))
    return path


def _overview(doc: DocxDocument, result: FrequencyResult, group_attribute: str | None) -> None:
    """The section the report opens with: the theme × group table (Table 1)."""
    by = f", by {humanize(group_attribute).lower()}" if group_attribute else ""
    doc.add_heading(f"Themes by {humanize(group_attribute).lower()}" if group_attribute else "Themes", level=1)
    caption = (
        f"Table 1. Respondents who mentioned each theme{by}: n of N respondents of the group (share). "
        "A theme counts its sub-themes."
    )
    _paragraph(doc, caption, doc.styles["Caption"].style_id).paragraph_format.keep_with_next = True
    add_overview_table(doc, result, group_attribute)


def _xml_safe(data: ProjectData) -> ProjectData:
    """A snapshot whose names Word can hold: a project written before names were checked at
    the boundary (issue 22) may hold control characters, which python-docx refuses."""
    if isinstance(data, ProjectIndex):
        return data

    def ok(text: str) -> str:
        return _XML_BAD.sub("", text)

    named = (data.name, *(c.name for c in data.codes), *(c.name for c in data.coders))
    if not any(_XML_BAD.search(t) for t in named):
        return data
    return replace(
        data,
        name=ok(data.name),
        codes=[replace(c, name=ok(c.name)) for c in data.codes],
        coders=[replace(c, name=ok(c.name)) for c in data.coders],
    )


def _front_matter(index: ProjectIndex, title: str | None, report_date: date | None) -> DocxDocument:
    """A new styled document with page numbers, the title and the date."""
    doc = new_docx()
    style_document(doc)
    add_page_number_footer(doc)
    name = index.snapshot.name.strip()
    heading = title or (f"{name}: findings by theme" if name else "Findings by theme")
    doc.core_properties.title = heading
    doc.add_heading(heading, level=0)
    day = report_date or date.today()
    sub = doc.add_paragraph(f"Theme report, {long_date(day)}", style="Subtitle")
    sub.paragraph_format.space_after = Pt(12)
    return doc


def _findings(
    report: _Report,
    index: ProjectIndex,
    result: FrequencyResult,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> None:
    """A section per mentioned theme, held by its reported ancestor when it has one; then the
    themes not mentioned at all."""
    reported = {cf.code_id for cf in result.codes}
    mentioned = [cf for cf in result.codes if cf.total.excerpts > 0]
    roots = [cf.code_id for cf in mentioned if not _has_reported_ancestor(index, cf.code_id, reported)]
    for i, cid in enumerate(roots):
        if cancel is not None:
            cancel.check()
        progress(i, len(roots), report.freq[cid].name)
        report.theme(cid)
    quiet_roots = [
        cf.name
        for cf in result.codes
        if cf.total.excerpts == 0 and not _has_reported_ancestor(index, cf.code_id, reported)
    ]
    if not roots:
        report.doc.add_paragraph("No coded excerpts match the selection.")
    elif quiet_roots:
        report.doc.add_paragraph(f"Not mentioned in the selected documents: {join_words(quiet_roots)}.")


def _has_reported_ancestor(index: ProjectIndex, code_id: str, reported: set[str]) -> bool:
    parent = index.parent.get(code_id)
    while parent is not None:
        if parent in reported:
            return True
        parent = index.parent.get(parent)
    return False
