"""The wording of the theme report: group labels and nouns ("Law enforcement official",
"prosecutors"), lists with a serial comma, percentages rounded half up, and the summary sentence
of a theme ("Mentioned in 7 of 10 sites, by 12 of 23 prosecutors (52%), …").

Two rules of the brief's style: a percentage rounds half up (2 of 16 is 13%, not Python's
banker's 12%), and respondents without a group ("unclassified") never lead a sentence: they come
after every real group, and a theme only they mention says so after naming the groups.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from qcoder.analysis.frequencies import Cell, CodeFrequency, FrequencyResult
from qcoder.analysis.index import NONE_VALUE
from qcoder.exporters.locale_format import percent_value

# value keywords -> how the brief attributes a quote
_GROUP_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("law enforcement", "police", "officer", "detective", "sheriff", "investigator", "trooper"),
        "Law enforcement official",
    ),
    (("prosecut", "attorney", "district attorney"), "Prosecutor"),
    (("service provider", "victim service", "advocate", "provider", "social work", "case manager"), "Service provider"),
    (("coordinator",), "Task force coordinator"),
)


def humanize(value: str) -> str:
    """``law_enforcement`` -> ``Law enforcement`` (other capitals kept)."""
    text = value.replace("_", " ").replace("-", " ").strip()
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else text


def group_label(value: str, labels: Mapping[str, str] | None = None) -> str:
    """How a quote by someone of this group is attributed: ``—Law enforcement official``.

    ``labels`` (value -> label) wins; otherwise known group names map to the brief's labels
    (law enforcement / police -> "Law enforcement official", prosecutor -> "Prosecutor",
    service provider / advocate -> "Service provider", coordinator -> "Task force
    coordinator"), ``other`` -> "Other stakeholder", a missing value -> "Respondent", and
    anything else is the value in words ("county_government" -> "County government").
    """
    if labels and value in labels:
        return labels[value]
    if value == NONE_VALUE:
        return "Respondent"
    norm = " " + value.casefold().replace("_", " ").replace("-", " ") + " "
    for keys, label in _GROUP_RULES:
        if any(k in norm for k in keys):
            return label
    if norm.strip() == "other":
        return "Other stakeholder"
    return humanize(value)


def quote_source(group: str, time: str = "") -> str:
    """The line under a quote: "—Law enforcement", with the quote's time in the recording
    when known ("—Law enforcement, at 00:01:23")."""
    return "—" + group + (f", at {time}" if time else "")


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():  # an acronym: keep it
        return text
    return text[:1].lower() + text[1:]


def _plural_noun(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def group_noun(value: str, count: int, labels: Mapping[str, str] | None = None) -> str:
    """The group as a noun for a sentence: ``prosecutors``, ``law enforcement officials``."""
    if value == NONE_VALUE and not (labels and value in labels):
        return "unclassified respondent" + ("" if count == 1 else "s")
    noun = _lower_first(group_label(value, labels))
    return noun if count == 1 else _plural_noun(noun)


def join_words(items: Sequence[str], conj: str = "and") -> str:
    """``a``, ``a and b``, ``a, b, and c`` (serial comma, as in the brief)."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


def percent_of(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage rounded half up, exactly: 2 of 16 -> ``13%``,
    1 of 200 -> ``1%`` (``round()`` rounds half to even: 12%, 0%); ``—`` when ``whole`` is 0."""
    if whole <= 0:
        return "—"
    value = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return percent_value(value)


def percent(share: float | None) -> str:
    """A share (0..1) as a whole percentage rounded half up; ``—`` for None. Prefer
    :func:`percent_of` with the counts: a float share may sit just below a half."""
    if share is None:
        return "—"
    value = Decimal(repr(share)) * 100
    return percent_value(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def share_text(cell: Cell) -> str:
    """A cell's respondents who mention the theme as a percentage of its respondents."""
    return percent_of(cell.participants, cell.respondents)


def _units_phrase(cell: Cell, singular: str, plural_word: str) -> str | None:
    n, total = cell.units, cell.units_total
    if n is None or total is None or total == 0 or n == 0:
        return None
    if total == 1:
        return f"the only {singular}"
    if n == total:
        return f"both {plural_word}" if total == 2 else f"all {total} {plural_word}"
    return f"{n} of {total} {plural_word}"


def summary_sentence(
    cf: CodeFrequency,
    result: FrequencyResult,
    group_attribute: str | None,
    labels: Mapping[str, str] | None = None,
) -> str:
    """One or two sentences: where and by whom a theme was mentioned, groups sorted by the
    share of their respondents who mention it (largest first; unclassified respondents last)."""
    singular = humanize(result.unit or "").lower() or "site"
    plural_word = (result.unit_label or "").replace("_", " ") or "sites"
    where = _units_phrase(cf.total, singular, plural_word)
    if group_attribute and group_attribute in cf.by:
        parts, mentioned, silent = _group_parts(cf, result, group_attribute, labels)
    else:
        c = cf.total
        noun = "respondent" if c.respondents == 1 else "respondents"
        parts, mentioned, silent = [f"{c.participants} of {c.respondents} {noun} ({share_text(c)})"], [], []
    if mentioned and all(v == NONE_VALUE for v in mentioned):
        # never "Mentioned by 1 of 2 unclassified respondents": the sentence leads with the groups
        lead = f"No respondent with a {humanize(group_attribute or '').lower()} mentioned it"
        sentence = f"{lead}; {join_words(parts)} did" + (f", in {where}." if where else ".")
    else:
        sentence = "Mentioned" + (f" in {where}" if where else "")
        if parts:
            sentence += ("," if where else "") + " by " + join_words(parts)
        sentence += "."
    if silent:
        names = [
            f"the {n} {group_noun(v, n, labels)}" if n > 1 else f"the one {group_noun(v, 1, labels)}" for v, n in silent
        ]
        sentence += f" It did not come up with {join_words(names, 'or')}."
    docs = result.documents
    excerpt_word = "excerpt" if cf.total.excerpts == 1 else "excerpts"
    sentence += (
        f" It was coded in {cf.total.excerpts} {excerpt_word} from {cf.total.documents} of the "
        f"{docs} document{'s' if docs != 1 else ''}."
    )
    return sentence


def _group_parts(
    cf: CodeFrequency, result: FrequencyResult, group_attribute: str, labels: Mapping[str, str] | None
) -> tuple[list[str], list[str], list[tuple[str, int]]]:
    """("4 of 6 prosecutors (67%)" per group that mentions the theme, those groups' values,
    (value, respondents) of the groups that do not), unclassified respondents after every group."""
    order = {v: i for i, v in enumerate(result.values[group_attribute])}
    cells = [(v, c) for v, c in cf.by[group_attribute].items() if c.respondents > 0]
    cells.sort(key=lambda vc: (vc[0] == NONE_VALUE, -(vc[1].share or 0.0), -vc[1].participants, order[vc[0]]))
    parts: list[str] = []
    mentioned: list[str] = []
    silent: list[tuple[str, int]] = []
    for v, c in cells:
        if c.participants:
            noun = group_noun(v, c.respondents, labels)
            parts.append(f"{c.participants} of {c.respondents} {noun} ({share_text(c)})")
            mentioned.append(v)
        else:
            silent.append((v, c.respondents))
    return parts, mentioned, silent
