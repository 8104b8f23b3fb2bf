"""Speaker-turn detection in transcript text.

Conventions recognised at the start of a line (leading spaces allowed):

- ``Name: text``, ``NAME: text``, ``Det. Ortega: text``, ``SGT. DAWSON: text``, ``I: text``,
  ``Interviewer 1: text``; also ``**Name:** text`` (Markdown), ``Name (00:01:23): text``,
  ``[00:01:23] Name: text``, ``00:01:23 Name: text``, a full-width colon, and ``Name :``.
  A label alone on its line (``INTERVIEWER:``) starts a turn made of the following lines.
- ``[Name] text`` and ``[Name]: text``.
- ``Name  0:00`` / ``Name 00:01:23`` / ``[Name] 10:32:05`` header lines (Otter, Teams, Zoom
  caption exports): the turn is the following lines.
- ``00:00:03 Speaker 1`` header lines (Word Transcribe): the turn is the following lines.
- ``0:0:3.450 --> 0:0:6.30`` then the name alone on the next line (Teams .docx transcripts):
  the turn is the lines after the name, with both times.
- ``I – text`` / ``I - text`` (en dash, em dash or hyphen between spaces).
- ``Name | text`` / ``Name<TAB>text`` (transcripts kept in a table; optional time column).
- ``<v Name>text`` (WebVTT voice spans pasted as text).

Two passes: every line that looks like one of these yields a candidate label; then only
labels that occur at least twice, or are known interviewer/respondent forms (``I``, ``R``,
``Interviewer 2``, ``P3``…), voice tags, or timestamped header lines in a document that has
at least two of them, are kept. Labels must be short (at most 5 words and 40
characters) and shaped like a name (every word capitalised except particles like "de"),
so "The answer was simple: trust." or "at 10:30" never start a turn, and header keys such
as "Date:" or "Note:" are stop-listed. A single known-form label that occurs before the
first recurring label is taken for a header line ("Interviewer: Jane Doe") and dropped.

A turn runs from after its label to the next kept label, trailing whitespace excluded.
Text before the first turn (title, header lines) belongs to no turn.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from qcoder.importers.base import ImportedTurn

__all__ = ["detect_turns", "parse_time", "is_known_label", "is_known_form", "plausible_label"]

MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 5

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_BTIME = rf"[\[(]?(?P<t>{_TIME})[\])]?"
# a name-ish label: starts with a letter, no colon/bar/brackets/line break
_LBL = r"(?P<l>[^\W\d_][^\n:：|\[\]<>\t]{0,44}?)"
_SEP = r"[ \t]*(?:\||\t)[ \t]*"

# (form name, compiled pattern, content starts on the next line)
_FORMS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    # Otter / Teams: "Name  0:03" alone on the line; Zoom captions: "[Name] 10:32:05"
    (
        "name-time",
        re.compile(rf"[ \t]*(?:\[(?P<bl>[^\]\n]{{1,44}})\]|{_LBL})[ \t]+{_BTIME}[ \t]*$"),
        True,
    ),
    # Markdown: "### Interviewer" as a heading above the turn
    ("heading", re.compile(rf"[ \t]*#{{1,6}}[ \t]+{_LBL}[ \t]*$"), True),
    # Word Transcribe: "00:00:03 Speaker 1" alone on the line
    ("time-name", re.compile(rf"[ \t]*{_BTIME}[ \t]+{_LBL}[ \t]*$"), True),
    # WebVTT voice
    ("voice", re.compile(r"[ \t]*<v(?:\.[\w.\-]+)?[ \t]+(?P<l>[^>\n]{1,44})>[ \t]*"), False),
    # [Name] text
    ("bracket", re.compile(r"[ \t]*\[(?P<l>[^\]\n]{1,44})\][ \t]*[:：]?[ \t]*"), False),
    # Name: text (optionally with a time before or after the name, Markdown bold)
    (
        "colon",
        re.compile(
            rf"[ \t]*(?:{_BTIME}[ \t]+)?(?:\*\*|__)?{_LBL}"
            rf"(?:[ \t]*[\[(](?P<t2>{_TIME})[\])])?[ \t]?(?:\*\*|__)?[:：](?:\*\*|__)?"
            r"(?=[ \t]|$|[^/\d\s])[ \t]*"
        ),
        False,
    ),
    # Markdown bold without a colon: "**Interviewer** text"
    ("bold", re.compile(rf"[ \t]*(?:\*\*|__){_LBL}(?:\*\*|__)[ \t]+(?=\S)"), False),
    # Name | text, 00:01:23 | Name | text, Name<TAB>text
    (
        "table",
        re.compile(rf"[ \t]*(?:(?P<t>{_TIME}){_SEP})?{_LBL}{_SEP}(?:(?P<t2>{_TIME}){_SEP})?(?=\S)"),
        False,
    ),
    # I – text / I - text
    ("dash", re.compile(rf"[ \t]*{_LBL}[ \t]+(?:[–—]|--?)[ \t]+(?=\S)"), False),
)

_RTIME = r"(?:\d{1,2}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"  # Teams writes "0:0:3.450"
_RANGE = re.compile(rf"[ \t]*(?P<a>{_RTIME})[ \t]*-->[ \t]*(?P<b>{_RTIME})[ \t]*$")
_LINE_START_OK = re.compile(r"[ \t]*[\w\[(<*#]")

# Interviewer / respondent conventions accepted even when they occur once.
_KNOWN = re.compile(
    r"(?:i|r|b|p|q|a|iv|ie|int|intv|res|resp|mod|fac|interviewer|interviewerin|interviewee|"
    r"respondent|participant|moderator|facilitator|speaker|unknown speaker|befragte[rn]?|"
    r"teilnehmer(?:in)?|enquêteur|enquêtrice|entrevistador[a]?|entrevistado[a]?|intervieweu(?:r|se)|"
    r"moderador[a]?|moderatorin|"
    r"researcher|informant|question|answer)(?:[ ]?\d{1,3}|[ ][a-z])?",
    re.IGNORECASE,
)

# The interviewer's side of those conventions: a speaker with such a label is marked as interviewer.
# (Spanish, French and German interviewers too: entrevistadora, enquêtrice, Interviewerin…)
_INTERVIEWER = re.compile(
    r"^(interviewer|moderator|facilitator|i|int|q|interviewerin|moderatorin|entrevistador[a]?|moderador[a]?|"
    r"intervieweu(?:r|se)|enquêt(?:eur|rice))(\s*\d+)?$",
    re.IGNORECASE,
)

# Header keys and discourse words that are never speakers, whatever their frequency.
_STOP = frozenset(
    """
    date time day place location venue duration length transcriber transcribed transcription
    recorded recording recording date interview date file filename file name project note notes
    nb n.b ps p.s title subject topic re cc to from sent tel phone fax email e-mail url http https
    www page source site language audio video attendees present participants pseudonym
    comment comments summary abstract keywords key words warning caution important tip example
    examples e.g i.e so well and but or yes no yeah yep ok okay oh um uh hmm mm then now also
    because actually anyway right sure like see sic edit edited update updated end start begin
    inaudible unclear unintelligible crosstalk laughs laughter laughing pause silence music noise
    coughs cough sighs sigh overlapping overlap redacted name names interruption interrupted
    background noise
    """.split()
) | frozenset(
    {
        "interview date",
        "recording date",
        "file name",
        "key words",
        "background noise",
        "transcribed by",
        "interviewed by",
        "end of interview",
        "end of transcript",
        "start of interview",
        "start of recording",
        "end of recording",
    }
)

# Stage directions transcribers put in brackets or capitals ([PAUSED], [Laughs], CROSSTALK:): a
# label made only of these words is never a speaker.
_STAGE = frozenset(
    """
    pause paused pauses pausing long short brief laughs laughed laughing laughter chuckles chuckling
    giggles giggling smiles smiling sighs sighing coughs coughing cries crying clears throat
    crosstalk cross-talk overtalk overlapping talking inaudible unintelligible indistinct unclear
    silence silent applause music noise noises background phone rings ringing knock knocking door
    beep static break recording recorder stopped stops stop resumed resumes resume started off
    record the tape audio cuts out technical difficulties difficulty interruption interrupted
    redacted removed name names omitted emphasis sic gestures gesturing nods nodding shrugs
    """.split()
)

# a one-word label is a stage direction only when it is one of these (a name like "Off" or
# "Break" stays a possible speaker)
_STAGE_WORD = frozenset(
    """
    pause paused pauses pausing laughs laughed laughing laughter chuckles chuckling giggles
    sighs sighing coughs coughing crosstalk cross-talk overtalk overlapping inaudible
    unintelligible indistinct unclear silence applause redacted interruption interrupted
    """.split()
)

_PARTICLES = frozenset(
    "de da das do dos del della der den di du la le van von zu y e al el bin ibn ben of the mc".split()
)
_BAD_CHARS = re.compile(r"[,?!;\"“”=/@#<>{}*_~^%$\\|]")
_WORD_OK = re.compile(r"[\w.'’\-()&]+")


@dataclass(slots=True)
class _Candidate:
    key: str
    label: str
    line_start: int  # where the turn before this one ends (start of the label line)
    content_start: int
    time: float | None
    known: bool
    voice: bool = False
    timed_header: bool = False  # "Name  0:03" / "00:00:03 Name" alone on a line
    end_time: float | None = None


def parse_time(value: str) -> float | None:
    """Seconds from ``"1:02:03.5"``, ``"00:01:23,400"``, ``"0:03"``; None if malformed."""
    parts = value.strip().replace(",", ".").split(":")
    if not 2 <= len(parts) <= 3:
        return None
    try:
        secs = float(parts[-1])
        mins = int(parts[-2])
        hours = int(parts[0]) if len(parts) == 3 else 0
    except ValueError:
        return None
    if secs >= 60 or mins >= 60 or secs < 0 or mins < 0 or hours < 0:
        return None
    return hours * 3600 + mins * 60 + secs


def is_known_label(label: str) -> bool:
    """True for interviewer/respondent forms like ``I``, ``R``, ``Interviewer 2``, ``P3``
    (capitalised: a lower-case "a" or "interviewer" at a line start is prose)."""
    label = label.strip()
    return bool(label) and not label[0].islower() and _KNOWN.fullmatch(label) is not None


def is_known_form(label: str) -> bool:
    """``interviewer``, ``Interviewee 2``, ``moderator``…: a known form in any case (at least
    three letters, so a lower-case "a" or "i" is not one)."""
    label = label.strip()
    return len(label) >= 3 and _KNOWN.fullmatch(label) is not None


def looks_like_interviewer(label: str) -> bool:
    """True for interviewer labels like ``Interviewer``, ``I``, ``Q``, ``Moderator 2``."""
    return bool(_INTERVIEWER.match(label.strip()))


def _label_key(label: str) -> str:
    return " ".join(label.split()).rstrip(".").casefold()


# a lower-case participant code in brackets: "id1", "p12", "resp3"
_PARTICIPANT_CODE = re.compile(r"[a-z]{1,4}\d{1,3}")


def _clean_label(raw: str, form: str) -> str | None:
    """The label as shown, or None when it does not look like a speaker label."""
    label = " ".join(raw.replace("**", "").replace("__", "").split()).strip()
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    words = label.split(" ")
    if len(words) > MAX_LABEL_WORDS or (form == "dash" and len(words) > 3):
        return None
    if _label_key(label) in _STOP:
        return None
    folded = [w.casefold().strip("().,-") for w in words]
    if (folded[0] in _STAGE_WORD) if len(folded) == 1 else all(w in _STAGE for w in folded):
        return None  # [PAUSED], [CROSSTALK]; [Long pause], [Recording stopped]
    if is_known_label(label):
        return label
    if form == "bracket" and _PARTICIPANT_CODE.fullmatch(label):
        return label  # "[id1] text", "[p12] text" (QualCoder's sample): a speaker if it recurs
    if is_known_form(label):
        return label  # "interviewee:" in lower case: a speaker only if it recurs (second pass)
    if _BAD_CHARS.search(label):
        return None
    first = words[0]
    if not first[0].isalpha() or first[0].islower():
        return None
    for i, word in enumerate(words):
        if not _WORD_OK.fullmatch(word):
            return None
        lead = word.lstrip("(")
        if not lead:
            return None
        if lead[0].islower() and (i == 0 or word.casefold() not in _PARTICLES):
            return None
    if len(words) > 1 and words[-1].casefold() in _PARTICLES:
        return None  # "Maria de:" is a broken line; a one-word "Ben:" or "Al:" is a name
    if form == "dash" and len(words) == 1 and not label.isupper():
        # "Maybe - I don't know" is prose; accept "I –", "INT –" and "Maria Lopez –" only
        return None
    return label


def plausible_label(raw: str) -> str | None:
    """``raw`` tidied up if it can be a speaker label ("Det. Ortega", "P3"), else None."""
    return _clean_label(raw, "colon")


def _line_candidate(text: str, pos: int, eol: int) -> _Candidate | None:
    line = text[pos:eol]
    if not _LINE_START_OK.match(line):
        return None
    for form, pattern, next_line in _FORMS:
        m = pattern.match(line)
        if m is None:
            continue
        groups = m.groupdict()
        raw = groups.get("l") or groups.get("bl")
        if raw is None:
            continue
        label = _clean_label(raw, form)
        if label is None:
            continue
        stamp = groups.get("t") or groups.get("t2")
        seconds = parse_time(stamp) if stamp else None
        if next_line:
            content = eol + 1 if eol < len(text) else eol
        else:
            content = pos + m.end()
        return _Candidate(
            key=_label_key(label),
            label=label,
            line_start=pos,
            content_start=content,
            time=seconds,
            known=form == "voice" or is_known_label(label),  # <v Name> is explicit markup
            voice=form == "voice",
            timed_header=next_line and seconds is not None,
        )
    return None


def _range_candidate(text: str, pos: int, eol: int) -> tuple[_Candidate, int] | None:
    """Teams .docx transcripts: a "0:0:3.450 --> 0:0:6.30" line, the speaker's name alone on
    the next line, then the text. Returns the candidate and the end of the name line."""
    m = _RANGE.match(text, pos, eol)
    if m is None or eol >= len(text):
        return None
    name_end = text.find("\n", eol + 1)
    if name_end < 0:
        return None
    label = _clean_label(text[eol + 1 : name_end], "range")
    if label is None:
        return None
    return (
        _Candidate(
            key=_label_key(label),
            label=label,
            line_start=pos,
            content_start=name_end + 1,
            time=parse_time(m.group("a")),
            known=is_known_label(label),
            timed_header=True,
            end_time=parse_time(m.group("b")),
        ),
        name_end,
    )


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        if eol < 0:
            eol = n
        if eol - pos >= 2:
            if "-->" in text[pos:eol]:
                ranged = _range_candidate(text, pos, eol)
                if ranged is not None:
                    found.append(ranged[0])
                    pos = ranged[1] + 1
                    continue
            cand = _line_candidate(text, pos, eol)
            if cand is not None:
                found.append(cand)
        pos = eol + 1
    return found


def _keep(cands: list[_Candidate]) -> list[_Candidate]:
    # a name on a line of its own with a timestamp is unambiguous once the layout recurs
    if sum(1 for c in cands if c.timed_header) >= 2:
        for c in cands:
            c.known = c.known or c.timed_header
    counts = Counter(c.key for c in cands)
    recurring = {k for k, v in counts.items() if v >= 2}
    first_recurring = next((i for i, c in enumerate(cands) if c.key in recurring), None)
    kept: list[_Candidate] = []
    for i, c in enumerate(cands):
        if c.key in recurring:
            kept.append(c)
        elif c.known and (first_recurring is None or i > first_recurring):
            kept.append(c)
    return kept


def detect_turns(text: str) -> list[ImportedTurn]:
    """Speaker turns in ``text`` (normalized, LF line endings); see the module docstring."""
    kept = _keep(_candidates(text))
    if not kept:
        return []
    # show each speaker under its most frequent spelling ("SGT. DAWSON" vs "Sgt. Dawson")
    spellings: dict[str, Counter[str]] = {}
    for c in kept:
        spellings.setdefault(c.key, Counter())[c.label] += 1
    shown = {k: v.most_common(1)[0][0] for k, v in spellings.items()}

    turns: list[ImportedTurn] = []
    for i, c in enumerate(kept):
        end = kept[i + 1].line_start if i + 1 < len(kept) else len(text)
        start = c.content_start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if c.voice and text.endswith("</v>", start, end):
            end -= 4
            while end > start and text[end - 1].isspace():
                end -= 1
        if end > start:
            turns.append(
                ImportedTurn(speaker=shown[c.key], start=start, end=end, start_time=c.time, end_time=c.end_time)
            )
    return turns
