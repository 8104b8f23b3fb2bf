def test_one_word_names_that_are_also_particles():
    from qcoder.importers.speakers import detect_turns

    text = "Ben: Hello there.\n\nAl: Hi.\n\nBen: Again.\n\nAl: Yes."
    assert [t.speaker for t in detect_turns(text)] == ["Ben", "Al", "Ben", "Al"]


def test_stage_directions_are_never_speakers():
    """Issue 23 item 4: "[PAUSED]" on its own line was taken for a speaker (it recurs in real
    transcripts, so the "occurs twice" rule kept it)."""
    from qcoder.importers.speakers import detect_turns

    text = (
        "Interviewer: How did it start?\n"
        "[PAUSED]\n"
        "Well, slowly.\n"
        "Respondent: Slowly. [Laughs] We had no money.\n"
        "[PAUSED] 00:14:03\n"
        "More about the money.\n"
        "Interviewer: And then?\n"
        "[CROSSTALK]\n"
        "Respondent: Then the grant came.\n"
        "[CROSSTALK]\n"
        "[Long pause]\n"
        "[Long pause]\n"
        "[JOHN] I was there too.\n"
        "[JOHN] Me again.\n"
    )
    assert {t.speaker for t in detect_turns(text)} == {"Interviewer", "Respondent", "JOHN"}


def test_lower_case_interview_labels_that_recur_are_speakers():
    """Found on a public transcript set (36 software-engineering interviews): "interviewee:" /
    "interviewer:" in lower case on 239 lines gave 0 speakers. A single lower-case
    "interviewer: …" line stays prose."""
    from qcoder.importers.speakers import detect_turns

    text = "interviewee: Thanks.\n\ninterviewer: All right.\n\ninterviewee: So I have a master's.\n\ninterviewer: Ok.\n"
    assert [t.speaker for t in detect_turns(text)] == ["interviewee", "interviewer", "interviewee", "interviewer"]
    prose = "We met.\ninterviewer: she said that once.\nThen we left."
    assert detect_turns(prose) == []
