"""PDF (text layer / scan), OpenDocument text and RTF import."""

from __future__ import annotations

from pathlib import Path

import pytest
from odf import dc
from odf.draw import Frame, Image, TextBox
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableRow
from odf.text import H, LineBreak, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span, Tab

from qcoder.core.errors import ImportFailed
from qcoder.importers import import_file
from qcoder.importers.pdf import NO_TEXT_LAYER

# -- PDF ------------------------------------------------------------------------------


def test_pdf_with_text_layer(make_pdf) -> None:
    path = make_pdf(
        "t.pdf",
        [
            [
                "Interview HC-07",
                "Interviewer: How did the collabo-",
                "ration start?",
                "Respondent: It started in 2019 with a grant.",
                "1",
            ],
            ["Interviewer: And the first case?", "Respondent: A long story, frankly.", "2"],
        ],
        title="HC-07 transcript",
    )
    doc = import_file(path)
    assert doc.source_format == "pdf"
    assert doc.text == (
        "Interview HC-07\n"
        "Interviewer: How did the collaboration start?\n"
        "Respondent: It started in 2019 with a grant.\n"
        "Interviewer: And the first case?\n"
        "Respondent: A long story, frankly."
    )
    assert doc.speakers == ["Interviewer", "Respondent"]
    assert [doc.text[t.start : t.end] for t in doc.turns][0] == "How did the collaboration start?"
    assert doc.metadata["pages"] == "2"
    assert doc.metadata["title"] == "HC-07 transcript"
    assert doc.metadata["author"] == "Test Author"


def test_pdf_hyphenated_line_ends_are_mended_where_the_joined_word_is_a_word(make_pdf) -> None:
    """Issue 23: "inter-/view" becomes "interview", but "self-/directed" keeps its hyphen when
    the document spells it so, or when both halves are words of it and the joined word is not."""
    lines = [
        "Interviewer: Was the course self-directed? And how was the inter-",
        "view set up?",
        "Respondent: Mostly self-",
        "directed. It was well known and it was well-",
        "known before. The inter-",
        "views were long. The collabo-",
        "ration was good.",
    ]
    doc = import_file(make_pdf("hy.pdf", [lines]))
    assert doc.text == (
        "Interviewer: Was the course self-directed? And how was the interview set up?\n"
        "Respondent: Mostly self-directed. It was well known and it was well-known before. "
        "The interviews were long. The collaboration was good."
    )


def test_pdf_running_headers_and_page_numbers_removed(make_pdf) -> None:
    pages = [
        ["Project ECM - confidential", f"I: Question {n}?", f"R: Answer {n}.", f"Page {n} of 3"] for n in (1, 2, 3)
    ]
    doc = import_file(make_pdf("h.pdf", pages, compress=True))
    assert doc.text == "I: Question 1?\nR: Answer 1.\nI: Question 2?\nR: Answer 2.\nI: Question 3?\nR: Answer 3."
    assert "page numbers and running headers/footers removed" in doc.warnings


def test_pdf_without_text_layer_fails(make_pdf) -> None:
    with pytest.raises(ImportFailed, match="^" + NO_TEXT_LAYER + "$"):
        import_file(make_pdf("scan.pdf", [None, None]))


def test_pdf_partly_scanned_warns(make_pdf) -> None:
    doc = import_file(make_pdf("mixed.pdf", [["I: Typed page.", "R: Yes."], None, None]))
    assert doc.text == "I: Typed page.\nR: Yes."
    assert any("page(s) 2–3 have no text layer" in w for w in doc.warnings)


def test_pdf_zero_width_characters_removed(make_pdf) -> None:
    doc = import_file(make_pdf("zw.pdf", [["I: zero\x01width", "R: fine\x01"]], zero_width=True))
    assert doc.text == "I: zerowidth\nR: fine"


def test_truncated_pdf_fails_clearly(make_pdf, tmp_path: Path) -> None:
    data = make_pdf("ok.pdf", [["I: a", "R: b"]]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:60])
    with pytest.raises(ImportFailed, match="PDF"):
        import_file(path)


def test_not_a_pdf(write) -> None:
    with pytest.raises(ImportFailed, match="not a PDF document"):
        import_file(write("x.pdf", "I: hello\nR: hi\n"))


# -- ODT ------------------------------------------------------------------------------


def _odt(path: Path) -> Path:
    d = OpenDocumentText()
    d.meta.addElement(dc.Title(text="ODT interview"))
    d.text.addElement(H(outlinelevel=1, text="Interview PV-04"))
    p = P(text="Interviewer: First line")
    p.addElement(LineBreak())
    p.addText("second line")
    p.addElement(S(c=2))
    p.addText("after spaces")
    p.addElement(Tab())
    p.addElement(Span(text="in a span"))
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="FOOTNOTE TEXT"))
    note.addElement(body)
    p.addElement(note)
    d.text.addElement(p)
    lst = List()
    item = ListItem()
    item.addElement(P(text="Respondent: In a list item."))
    lst.addElement(item)
    d.text.addElement(lst)
    table = Table()
    for who, said in (("Interviewer", "Table question?"), ("Respondent", "Table answer.")):
        row = TableRow()
        for value in (who, said):
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    d.text.addElement(table)
    frame_p = P(text="Interviewer: Anchor.")
    frame = Frame(width="5cm", height="2cm", anchortype="paragraph")
    box = TextBox()
    box.addElement(P(text="Respondent: In a frame."))
    frame.addElement(box)
    frame_p.addElement(frame)
    d.text.addElement(frame_p)
    img_p = P()
    img_frame = Frame(width="1cm", height="1cm", anchortype="paragraph")
    img_frame.addElement(Image(href="Pictures/none.png"))
    img_p.addElement(img_frame)
    d.text.addElement(img_p)
    d.save(str(path))
    return path


def test_odt(tmp_path: Path) -> None:
    doc = import_file(_odt(tmp_path / "t.odt"))
    assert doc.source_format == "odt"
    assert doc.text == (
        "Interview PV-04\n"
        "Interviewer: First line\nsecond line  after spaces\tin a span\n"
        "Respondent: In a list item.\n"
        "Interviewer | Table question?\n"
        "Respondent | Table answer.\n"
        "Interviewer: Anchor.\n"
        "Respondent: In a frame."
    )
    assert "FOOTNOTE" not in doc.text
    assert doc.metadata["title"] == "ODT interview"
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Respondent"] * 3
    assert any("footnote" in w for w in doc.warnings)
    assert any("image" in w for w in doc.warnings)


def test_truncated_odt_fails(tmp_path: Path) -> None:
    data = _odt(tmp_path / "t.odt").read_bytes()
    cut = tmp_path / "cut.odt"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFailed, match="damaged or incomplete"):
        import_file(cut)


# -- RTF ------------------------------------------------------------------------------

RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
    r"{\info{\title Interview RM-10}{\author Jo Analyst}{\creatim\yr2021\mo4\dy20\hr10\min0}}"
    r"\f0\fs22 Interview RM-10\par "
    r"Interviewer: Caf\'e9 or \u8220?tea\u8221??\par "
    r"Respondent: {\b Tea}, thanks.\line On a new line.\par "
    r"{\*\shppict{\pict\pngblip 89504e470d0a}}{\nonshppict{\pict\wmetafile8 0100}}"
    r"Interviewer: Good.\par}"
)


def test_rtf(write) -> None:
    doc = import_file(write("t.rtf", RTF))
    assert doc.source_format == "rtf"
    assert doc.text == (
        "Interview RM-10\nInterviewer: Café or “tea”?\nRespondent: Tea, thanks.\nOn a new line.\nInterviewer: Good."
    )
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Respondent", "Interviewer"]
    assert doc.metadata["title"] == "Interview RM-10"
    assert doc.metadata["author"] == "Jo Analyst"
    assert doc.metadata["created"] == "2021-04-20"
    assert "1 image ignored" in doc.warnings


def test_rtf_cut_off_warns_and_keeps_text(write) -> None:
    doc = import_file(write("cut.rtf", r"{\rtf1\ansi I: one\par R: two\par {\b I: three"))
    assert doc.speakers == ["I", "R"]
    assert any("cut off" in w for w in doc.warnings)


def test_not_rtf(write) -> None:
    doc = import_file(write("plain.rtf", "I: plain text\nR: in an .rtf file\n"))
    assert doc.source_format == "txt"
    assert "named .rtf but contains plain text" in doc.warnings[0]


def test_pdf_printed_from_a_qda_tool_reads_as_a_transcript(make_pdf) -> None:
    """Issue 23 item 2, as met on real files (a web QDA tool's transcripts printed to PDF by a
    browser): a date/title line and a URL line with "n/N" on every page, the speaker's name
    alone above each turn, and the turn wrapped at the page width. Before: one paragraph per
    PDF line, no speakers, the URL kept."""
    body = [
        "Interviewer 1",
        "So what is a machine learning software system? It is just a software system, uh, with",
        "a machine learning component in it, right? And quality is when one system is better.",
        "Interviewee",
        "Okay. I'll tell you what we do, because I manage the projects, so I don't go into the",
        "technical details, but yes, I can say something about quality in our projects.",
        "Interviewer 2",
    ]
    closing = ["Perfect. And how do you measure it?", "Who decides that?", "Thank you so much."]
    pages = [
        [
            "6/4/23, 6:10 PM Interview 12",
            f"https://app.example.org/transcripts/100665/print {n}/3",
            *body,
            closing[n - 1],
        ]
        for n in (1, 2, 3)
    ]
    doc = import_file(make_pdf("delve.pdf", pages))
    assert "example.org" not in doc.text and "6:10 PM" not in doc.text
    first = doc.text.split("\n")[0]
    assert first == (
        "Interviewer 1: So what is a machine learning software system? It is just a software system, uh, "
        "with a machine learning component in it, right? And quality is when one system is better."
    )
    assert [t.speaker for t in doc.turns][:3] == ["Interviewer 1", "Interviewee", "Interviewer 2"]
    assert len(doc.turns) == 9
    assert "lines wrapped by the PDF's layout joined into paragraphs" in doc.warnings


def test_pdf_lower_case_names_alone_above_turns(make_pdf) -> None:
    """The same tool printed "interviewee" / "interviewer" in lower case above the turns."""
    body = ["interviewee", "Thanks. This meeting is being recorded.", "interviewer", "All right, go ahead."] * 2
    doc = import_file(make_pdf("lower.pdf", [body, ["interviewee", "Bye now.", "interviewer", "Bye."]]))
    assert doc.text.split("\n")[:2] == [
        "interviewee: Thanks. This meeting is being recorded.",
        "interviewer: All right, go ahead.",
    ]
    assert [t.speaker for t in doc.turns] == ["interviewee", "interviewer"] * 3


def test_pdf_exported_from_maxqda_words_labels_and_margin_numbers(make_pdf) -> None:
    """Issue 23 item 2, as met on real MAXQDA PDF exports (tests/data/real/pdpilot): a tab
    between every two words, the label alone on its line ("Dan:" then a tab), the turn on the
    next line, "n/N" at the top of each page and the margin paragraph numbers printed as a
    column of numbers at the end of each page's text. Before: 2,748 tabs in one interview,
    the margin numbers kept as paragraphs, "Do" and "What" taken for speakers."""
    turns = [
        "Dan:\t",
        "\tOkay.\tSo\tnow\tyou\tcan\tstop\tsharing\tyour\tscreen.",
        "Participant:\t",
        "\tDo\tI\tuse\tboth\tplots?\tYes.",
        "Dan:\t",
    ]
    closing = ["\tWhat\tdo\tyou\tmean?", "\tWho\tdecides\tthat?", "\tThank\tyou."]
    pages = [[f"{n}/3", *turns, closing[n - 1], *(str(i) for i in range(1, 16))] for n in (1, 2, 3)]
    doc = import_file(make_pdf("maxqda.pdf", pages))
    assert "\t" not in doc.text and "  " not in doc.text
    assert doc.text.split("\n")[:3] == [
        "Dan: Okay. So now you can stop sharing your screen.",
        "Participant: Do I use both plots? Yes.",
        "Dan: What do you mean?",
    ]
    assert not any(line.strip().isdigit() for line in doc.text.split("\n"))
    assert sorted(doc.speakers) == ["Dan", "Participant"]
    assert len(doc.turns) == 9
    assert "margin paragraph numbers removed" in doc.warnings


def test_pdf_zero_width_glyph_gaps_of_a_google_docs_export(make_pdf) -> None:
    """Issue 23 item 2, as met on a real German thesis PDF (Google Docs, Skia/PDF): between
    two words the text layer has "space ZWSP space space ZWSP space", and inside a word or
    between a quote and its word "space ZWSP space". Before: runs of four spaces and split
    words ("To ol"); now one space between words and none inside them."""
    z = "\x01"
    line = (
        f"B: {z}  {z} Also {z}  {z} wir {z}  {z} ein {z}  {z} To {z} ol {z}  {z} "
        f"\u201d {z} Crucible {z} \u201d, {z}  {z}{z} welches"
    )
    doc = import_file(make_pdf("gdocs.pdf", [[line, f"I: {z}  {z} Q2"]], zero_width=True))
    assert doc.text == "B: Also wir ein Tool \u201dCrucible\u201d, welches\nI: Q2"
