def test_one_word_names_that_are_also_particles():
    from qcoder.importers.speakers import detect_turns

    text = "Ben: Hello there.\n\nAl: Hi.\n\nBen: Again.\n\nAl: Yes."
    assert [t.speaker for t in detect_turns(text)] == ["Ben", "Al", "Ben", "Al"]
