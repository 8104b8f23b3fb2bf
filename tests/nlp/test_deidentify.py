"""De-identification: rosters, patterns, review, a redacted copy with codings that still
point at the same words, and redaction in place with a backup and undo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qcoder.app import Project
from qcoder.app.deidentify import (
    DeidOptions,
    default_roster,
    find_identifiers,
    read_review,
    redact_in_place,
    redacted_copy,
    write_review,
)
from qcoder.core.errors import ProjectError
from qcoder.core.model import AttributeScope, MemoTarget
from qcoder.nlp.deid import (
    Candidate,
    Roster,
    Scrubber,
    make_consistent,
    name_variants,
    number_placeholders,
    pattern_matches,
    set_placeholder,
)
from tests.nlp.conftest import needs_model


def _options(project: Project, **kw) -> DeidOptions:  # type: ignore[no-untyped-def]
    roster = default_roster(project).merged(Roster(names=("Gloria Mendez",), agencies=("Safe Harbor Advocacy Center",)))
    return DeidOptions(roster=roster, **kw)


def test_name_variants_and_patterns():
    assert name_variants("Det. Luis Ortega") == [("Det. Luis Ortega", False), ("Luis", True), ("Ortega", True)]
    assert name_variants("Interviewer") == []
    assert name_variants("Advocate") == []
    text = (
        "Call (555) 123-4567 or 555.987.6543, mail jo@x.org, on 3/4/2021 or March 4, 2021, "
        "at 12 Main Street, case no. 21-CR-3345."
    )
    kinds = {text[s:e]: k for s, e, k in pattern_matches(text)}
    assert kinds["(555) 123-4567"] == "phone" and kinds["555.987.6543"] == "phone"
    assert kinds["jo@x.org"] == "email" and kinds["3/4/2021"] == "date" and kinds["March 4, 2021"] == "date"
    assert kinds["12 Main Street"] == "address" and kinds["21-CR-3345"] == "number"


def test_default_roster_from_participants_speakers_sites_agencies(nlp_project):
    roster = default_roster(nlp_project)
    assert {"Luis Ortega", "DA Kessler", "Det. Ortega"} <= set(roster.names)
    assert set(roster.places) == {"Harbor City", "Pine Valley"}
    assert roster.agencies == ("Harbor City Police Department",)


def test_findings_review_and_consistency(nlp_project):
    review = find_identifiers(nlp_project, _options(nlp_project))
    assert not review.ner_used  # the blank pipeline has no named-entity recogniser
    doc = nlp_project.documents()[0]
    text = nlp_project.document(doc.id).text
    found = {(c.text, c.kind, c.placeholder) for c in review.candidates if c.document_id == doc.id}
    assert ("Luis Ortega", "name", "[name]") in found and ("Ortega", "name", "[name]") in found
    assert ("Gloria Mendez", "name", "[name]") in found
    assert ("Harbor City", "city", "[city]") in found
    assert ("(555) 123-4567", "phone", "[phone]") in found and ("gloria@safeharbor.org", "email", "[email]") in found
    assert ("2021-03-04", "date", "[date]") in found
    labels = [c for c in review.candidates if c.source == "speaker" and c.document_id == doc.id]
    assert len(labels) == 3 and {c.placeholder for c in labels} == {"Participant 1"}
    assert all(text[c.start : c.end] == "Det. Ortega" for c in labels)
    assert review.participant_pseudonyms[nlp_project.participant_by_name("Luis Ortega").id] == "Participant 1"
    spans = sorted((c.start, c.end) for c in review.candidates if c.document_id == doc.id)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlaps
    # changing one placeholder changes the same words in that document only
    i = next(i for i, c in enumerate(review.candidates) if c.text == "Ortega")
    changed = set_placeholder(review.candidates, i, "[detective]")
    assert {c.placeholder for c in changed if c.text == "Ortega"} == {"[detective]"}
    assert {c.placeholder for c in changed if c.text == "Luis Ortega"} == {"[name]"}


def test_consistency_and_numbering_helpers():
    a = Candidate("d", 0, 5, "Karin", "city", "[city]", "ner")
    b = Candidate("d", 10, 15, "Karin", "name", "[name]", "roster")
    c = Candidate("d", 20, 24, "Dale", "name", "[name]", "ner")
    assert [x.placeholder for x in make_consistent([a, b, c])] == ["[name]", "[name]", "[name]"]
    assert [x.placeholder for x in number_placeholders(make_consistent([a, b, c]))] == [
        "[name 1]",
        "[name 1]",
        "[name 2]",
    ]


def test_redacted_copy_keeps_codings_on_the_same_words(nlp_project, tmp_path):
    review = find_identifiers(nlp_project, _options(nlp_project))
    # the user rejects one finding: "Harbor City" stays in the last sentence
    i = next(i for i, c in enumerate(review.candidates) if c.text == "Harbor City")
    review.candidates[i] = replace(review.candidates[i], accepted=False)
    before = nlp_project.snapshot()
    report = redacted_copy(nlp_project, review, tmp_path / "copy.qcoder")
    assert report.documents == 2 and report.codings == 3 and report.codings_snapped == 1
    assert nlp_project.snapshot().documents == before.documents  # the original is untouched
    with pytest.raises(ProjectError):
        redacted_copy(nlp_project, review, tmp_path / "copy.qcoder")
    with Project.open(tmp_path / "copy.qcoder") as copy:
        docs = {d.name: d for d in copy.documents()}
        text = copy.document(docs["HC-LE-01"].id).text
        for word in ("Luis", "Ortega", "Gloria", "Mendez", "555", "safeharbor", "2021-03-04"):
            assert word not in text
        assert "Participant 1: [name] here." in text
        assert "Call her at [phone] or [email]. [name]'s team trusts her." in text
        coded = sorted(copy.document(c.document_id).text[c.start : c.end] for c in copy.codings())
        assert coded == [
            "A formal protocol, honestly. Written protocols for referrals in Harbor City.",
            "The officers were promoted, then transferred out.",
            "[name] at [agency]",  # started inside "Gloria Mendez": snapped to the placeholder
        ]
        assert {c.coder_id for c in copy.codings()} == {c.coder_id for c in before.codings}
        assert "Gloria" not in "".join(c.memo for c in copy.codings())
        speakers = {s.label: s for s in copy.speakers(docs["HC-LE-01"].id)}
        assert set(speakers) == {"Interviewer", "Participant 1"}
        assert speakers["Interviewer"].is_interviewer and not speakers["Participant 1"].is_interviewer
        participants = {p.id: p for p in copy.participants()}
        p1 = participants[speakers["Participant 1"].participant_id]
        assert p1.name == "Participant 1" and p1.attributes["stakeholder_group"] == "law enforcement"
        assert p1.attributes["agency"] == "Agency 1"
        assert {d.attributes["site"] for d in copy.documents()} == {"Site 1", "Site 2"}
        turns = copy.turns(docs["HC-LE-01"].id)
        assert [text[t.start : t.end][:11] for t in turns][:2] == ["How did the", "[name] here"]
        memo = copy.memo(MemoTarget.PROJECT)
        assert "Ortega" not in memo and "Kessler" not in memo and "555" not in memo
        assert [c.name for c in copy.codes()] == [c.name for c in nlp_project.codes()]
        assert copy.undo() is None  # a fresh copy has no undo history


def test_review_file_round_trip(nlp_project, tmp_path):
    review = find_identifiers(nlp_project, _options(nlp_project))
    path = tmp_path / "review.csv"
    assert write_review(nlp_project, review, path) == len(review.candidates)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    header, rows = lines[0], lines[1:]
    assert header.startswith("accept,document,start,end,kind,text,placeholder")
    edited = [r.replace("yes,", "no,", 1) if ",Harbor City," in r else r for r in rows]
    edited = [r.replace(",[phone],", ",[telephone],") for r in edited]
    path.write_text("\n".join([header, *edited]) + "\n", encoding="utf-8")
    decided = read_review(nlp_project, review, path)
    assert not any(c.accepted for c in decided.candidates if c.text == "Harbor City")
    assert {c.placeholder for c in decided.candidates if c.kind == "phone"} == {"[telephone]"}


def test_redact_in_place_backs_up_and_undoes(nlp_project, tmp_path):
    original = nlp_project.snapshot()
    review = find_identifiers(nlp_project, _options(nlp_project))
    with pytest.raises(ProjectError):
        redact_in_place(nlp_project, review, None)
    report = redact_in_place(nlp_project, review, tmp_path / "backup.qcoder")
    assert report.backup is not None and report.backup.exists()
    with Project.open(report.backup) as backup:
        assert backup.snapshot().documents == original.documents
    redacted = nlp_project.snapshot()
    doc = next(d for d in redacted.documents if d.name == "HC-LE-01")
    assert "Ortega" not in doc.text and "Participant 1:" in doc.text
    assert doc.info.sha256 != next(d for d in original.documents if d.name == "HC-LE-01").info.sha256
    coded = {c.id: doc.text[c.start : c.end] for c in redacted.codings if c.document_id == doc.id}
    assert "[name] at [agency]" in coded.values()
    assert {p.name for p in redacted.participants} == {"Participant 1", "Participant 2"}
    assert {s.label for s in redacted.speakers} == {"Interviewer", "Participant 1", "Participant 2"}
    nlp_project.undo()
    restored = nlp_project.snapshot()
    assert [d.text for d in restored.documents] == [d.text for d in original.documents]
    assert sorted(restored.codings, key=lambda c: c.id) == sorted(original.codings, key=lambda c: c.id)
    assert restored.participants == original.participants and restored.speakers == original.speakers
    assert sorted(restored.turns, key=lambda t: t.id) == sorted(original.turns, key=lambda t: t.id)
    assert restored.memos[0].text == original.memos[0].text
    assert [d.info.attributes for d in restored.documents] == [d.info.attributes for d in original.documents]
    nlp_project.redo()
    assert nlp_project.snapshot().documents[0].text == redacted.documents[0].text


def test_scrubber_for_free_text():
    scrub = Scrubber({"Gloria Mendez": "[name]"}, Roster(names=("Luis Ortega",), places=("Harbor City",)))
    assert scrub("Gloria Mendez met luis ortega and Ortega in Harbor City; call 555-123-4567.") == (
        "[name] met [name] and [name] in [city]; call [phone]."
    )


@needs_model
def test_named_entities_find_names_not_in_any_roster(nlp_project, trained):
    review = find_identifiers(nlp_project, DeidOptions(roster=Roster()))
    assert review.ner_used
    found = {c.text for c in review.candidates if c.kind == "name" and c.accepted}
    assert "Gloria Mendez" in found


def test_participant_attribute_scope_is_kept(nlp_project, tmp_path):
    nlp_project.set_attributes(
        AttributeScope.PARTICIPANT, {nlp_project.participant_by_name("DA Kessler").id: {"site": "Pine Valley"}}
    )
    review = find_identifiers(nlp_project, _options(nlp_project))
    redacted_copy(nlp_project, review, tmp_path / "c.qcoder")
    with Project.open(tmp_path / "c.qcoder") as copy:
        values = {p.attributes.get("site") for p in copy.participants()}
        assert values == {None, "Site 2"}  # the same pseudonym as the document's site value


def test_redacted_copy_keeps_caption_paragraph_times(tmp_path):
    """Captions without speakers keep each paragraph's start time in a redacted copy, at the
    paragraph's new place."""
    from qcoder.app.importing import import_paths

    srt = tmp_path / "oral.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nI met Gloria Mendez in May.\n\n"
        "2\n00:00:09,000 --> 00:00:11,000\nShe ran the shelter.\n",
        encoding="utf-8",
    )
    with Project.create(tmp_path / "p.qcoder") as project:
        import_paths(project, [srt])
        review = find_identifiers(project, DeidOptions(roster=Roster(names=("Gloria Mendez",))))
        redacted_copy(project, review, tmp_path / "copy.qcoder")
    with Project.open(tmp_path / "copy.qcoder") as copy:
        [doc] = copy.documents()
        text = copy.document(doc.id).text
        assert "Gloria" not in text
        assert [(text[o : o + 5], t) for o, t in copy.paragraph_times(doc.id)] == [("I met", 1.0), ("She r", 9.0)]
