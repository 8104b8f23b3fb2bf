"""Every keyboard shortcut of the window, declared once.

Each :class:`Binding` names an action, its keys (platform standard keys are resolved per
platform and duplicates dropped: one key bound twice is "ambiguous" to Qt and then does
nothing), where it works, and the help text. Widgets bind their actions with :func:`bind`;
the shortcut help window and the table in ``docs/gui.md`` (``python scripts/shortcuts_doc.py``)
are generated from :data:`BINDINGS` and :data:`GESTURES`, and a test checks that no two
actions of a window share a key and that every advertised key triggers its action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

StandardKey = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey


class Scope(Enum):
    """Where a binding works: anywhere in the window, or only in one panel (where the same
    key may mean something else in another panel, e.g. Delete)."""

    WINDOW = QT_TRANSLATE_NOOP("shortcuts", "anywhere in the window")
    TRANSCRIPT = QT_TRANSLATE_NOOP("shortcuts", "in the transcript")
    CODEBOOK = QT_TRANSLATE_NOOP("shortcuts", "in the codebook")
    DOCUMENTS = QT_TRANSLATE_NOOP("shortcuts", "in the documents list")


@dataclass(frozen=True)
class Binding:
    id: str
    keys: tuple[Key, ...]
    help: str
    scope: Scope = Scope.WINDOW
    shown: str = ""  # how the help writes the keys, when several bindings share one row


BINDINGS: tuple[Binding, ...] = (
    # coding (the transcript's selection)
    Binding(
        "code.finder",
        ("Ctrl+K",),
        QT_TRANSLATE_NOOP("shortcuts", "find a code by typing, Enter applies it to the selection"),
    ),
    Binding(
        "code.in_vivo",
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP("shortcuts", "in-vivo: a new code named from the selected words, applied"),
    ),
    Binding(
        "code.sentence",
        ("Ctrl+Alt+S",),
        QT_TRANSLATE_NOOP("shortcuts", "code the sentence at the cursor"),
        shown="Ctrl+Alt+S / P / T",
    ),
    Binding(
        "code.paragraph",
        ("Ctrl+Alt+P",),
        QT_TRANSLATE_NOOP("shortcuts", "code the paragraph at the cursor"),
        shown="Ctrl+Alt+S / P / T",
    ),
    Binding(
        "code.turn",
        ("Ctrl+Alt+T",),
        QT_TRANSLATE_NOOP("shortcuts", "code the speaker turn at the cursor"),
        shown="Ctrl+Alt+S / P / T",
    ),
    Binding(
        "code.snap_sentences", ("Ctrl+Alt+E",), QT_TRANSLATE_NOOP("shortcuts", "widen the selection to whole sentences")
    ),
    Binding(
        "coding.pick",
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP("shortcuts", "select the coding at the cursor (again: the next one there)"),
    ),
    Binding(
        "transcript.codings_here",
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("shortcuts", "say and show the codings at the cursor: codes and coders (screen readers)"),
        Scope.TRANSCRIPT,
    ),
    Binding(
        "coding.remove", ("Delete",), QT_TRANSLATE_NOOP("shortcuts", "remove the selected coding"), Scope.TRANSCRIPT
    ),
    Binding("coding.memo", ("Ctrl+M",), QT_TRANSLATE_NOOP("shortcuts", "memo on the selected coding")),
    Binding("coding.star", ("Ctrl+E",), QT_TRANSLATE_NOOP("shortcuts", "star the selected coding as an exemplar")),
    Binding(
        "coding.fit", ("Ctrl+Shift+F",), QT_TRANSLATE_NOOP("shortcuts", "fit the selected coding to the text selection")
    ),
    Binding(
        "coding.extend_end",
        ("Alt+Shift+Right",),
        QT_TRANSLATE_NOOP("shortcuts", "extend the selected coding's end by a word"),
    ),
    Binding(
        "coding.shrink_end",
        ("Alt+Shift+Left",),
        QT_TRANSLATE_NOOP("shortcuts", "shrink the selected coding's end by a word"),
    ),
    Binding(
        "coding.extend_start",
        ("Alt+Shift+Up",),
        QT_TRANSLATE_NOOP("shortcuts", "extend the selected coding's start by a word"),
    ),
    Binding(
        "coding.shrink_start",
        ("Alt+Shift+Down",),
        QT_TRANSLATE_NOOP("shortcuts", "shrink the selected coding's start by a word"),
    ),
    *(
        Binding(
            f"code.quick_{n}",
            (str(n),),
            QT_TRANSLATE_NOOP(
                "shortcuts",
                "apply the code bound to that key to the selection (bind: right-click a code → Quick-code key)",
            ),
            Scope.TRANSCRIPT,
            shown="1–9",
        )
        for n in range(1, 10)
    ),
    # the codebook and the documents list
    Binding("codebook.new", ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("shortcuts", "new code")),
    Binding("codebook.delete", ("Delete",), QT_TRANSLATE_NOOP("shortcuts", "delete the selected code"), Scope.CODEBOOK),
    Binding(
        "documents.rename", ("F2",), QT_TRANSLATE_NOOP("shortcuts", "rename the selected document"), Scope.DOCUMENTS
    ),
    Binding(
        "documents.delete",
        ("Delete",),
        QT_TRANSLATE_NOOP("shortcuts", "delete the selected documents"),
        Scope.DOCUMENTS,
    ),
    # the recording player (while a document with a recording is shown)
    Binding("media.play", ("F4",), QT_TRANSLATE_NOOP("shortcuts", "play or pause the recording")),
    Binding("media.back", ("F3",), QT_TRANSLATE_NOOP("shortcuts", "recording: back 5 seconds")),
    Binding("media.forward", ("F5",), QT_TRANSLATE_NOOP("shortcuts", "recording: forward 5 seconds")),
    Binding(
        "media.here",
        ("F8",),
        QT_TRANSLATE_NOOP("shortcuts", "play the recording from the cursor's place in the transcript"),
    ),
    # the window
    Binding(
        "edit.undo",
        ("Ctrl+Z", StandardKey.Undo),
        QT_TRANSLATE_NOOP("shortcuts", "undo any change (codings and codebook alike)"),
    ),
    Binding("edit.redo", ("Ctrl+Shift+Z", StandardKey.Redo), QT_TRANSLATE_NOOP("shortcuts", "redo")),
    Binding(
        "edit.find",
        ("Ctrl+F", StandardKey.Find),
        QT_TRANSLATE_NOOP("shortcuts", "find in the document (Enter / Shift+Enter: next / previous)"),
    ),
    Binding(
        "analysis.frequencies",
        ("Ctrl+Shift+T",),
        QT_TRANSLATE_NOOP("shortcuts", "theme frequencies (the analysis view)"),
    ),
    Binding("view.bigger", ("Ctrl++", StandardKey.ZoomIn), QT_TRANSLATE_NOOP("shortcuts", "larger text")),
    Binding("view.smaller", ("Ctrl+-", StandardKey.ZoomOut), QT_TRANSLATE_NOOP("shortcuts", "smaller text")),
    Binding(
        "window.next_panel",
        ("F6",),
        QT_TRANSLATE_NOOP("shortcuts", "next panel: documents, transcript, codebook, excerpts, open docks"),
    ),
    Binding("window.previous_panel", ("Shift+F6",), QT_TRANSLATE_NOOP("shortcuts", "previous panel")),
    Binding(
        "window.context_menu",
        ("Shift+F10",),
        QT_TRANSLATE_NOOP("shortcuts", "the focused list's or text's context menu (as the Menu key)"),
    ),
    Binding("project.close", ("Ctrl+W", StandardKey.Close), QT_TRANSLATE_NOOP("shortcuts", "close the project")),
    Binding("project.quit", ("Ctrl+Q", StandardKey.Quit), QT_TRANSLATE_NOOP("shortcuts", "quit")),
    Binding("help.guide", ("F1", StandardKey.HelpContents), QT_TRANSLATE_NOOP("shortcuts", "the user guide")),
)

# what the keyboard and mouse do that is not an action's shortcut (for the help only)
GESTURES: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("shortcuts", "select text, click a code"),
        QT_TRANSLATE_NOOP("shortcuts", "apply it (the selection is used up: a later click only browses the code)"),
    ),
    (QT_TRANSLATE_NOOP("shortcuts", "drag the selection onto a code"), QT_TRANSLATE_NOOP("shortcuts", "apply it")),
    (
        QT_TRANSLATE_NOOP("shortcuts", "drag across words"),
        QT_TRANSLATE_NOOP("shortcuts", "the selection widens to whole words; hold Alt for an exact selection"),
    ),
    (QT_TRANSLATE_NOOP("shortcuts", "click a stripe"), QT_TRANSLATE_NOOP("shortcuts", "select that coding")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("shortcuts", "accept the code dialog from any of its fields")),
    (
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("shortcuts", "in any table or tree: sort by the current column (again: reverse the order)"),
    ),
    ("Shift+F10", QT_TRANSLATE_NOOP("shortcuts", "in any dialog or window: the context menu of the focused item")),
)

_BY_ID = {b.id: b for b in BINDINGS}
_CONTEXT = {
    Scope.WINDOW: Qt.ShortcutContext.WindowShortcut,
    Scope.TRANSCRIPT: Qt.ShortcutContext.WidgetWithChildrenShortcut,
    Scope.CODEBOOK: Qt.ShortcutContext.WidgetWithChildrenShortcut,
    Scope.DOCUMENTS: Qt.ShortcutContext.WidgetWithChildrenShortcut,
}


def binding(binding_id: str) -> Binding:
    return _BY_ID[binding_id]


def sequences(binding_id: str) -> list[QKeySequence]:
    """The binding's key sequences on this platform: standard keys resolved, no duplicates."""
    out: list[QKeySequence] = []
    for key in binding(binding_id).keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        for seq in found:
            if not seq.isEmpty() and all(seq != s for s in out):
                out.append(seq)
    return out


def key_text(binding_id: str) -> str:
    """The keys as the help writes them: the explicit ones ("Ctrl+Shift+Z"), the same on every
    platform (the platform's own standard keys work too, e.g. Ctrl+Y for redo on Windows)."""
    return " / ".join(k for k in binding(binding_id).keys if isinstance(k, str))


def bind(action: QAction, binding_id: str) -> QAction:
    """Give ``action`` its keys, shortcut context and a tooltip naming the keys."""
    b = binding(binding_id)
    action.setObjectName(binding_id)
    action.setShortcuts(sequences(binding_id))
    action.setShortcutContext(_CONTEXT[b.scope])
    keys = key_text(binding_id)
    tip = action.toolTip() or action.text().replace("&", "").rstrip("…")
    if keys and f"({keys})" not in tip:
        action.setToolTip(f"{tip} ({keys})")
    return action


def help_rows(translated: bool = False) -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcut help: shared rows ("Ctrl+Alt+S / P / T") once;
    ``translated``: in the window's language (the help window), else English (the docs)."""

    def tr(text: str) -> str:
        return translate("shortcuts", text) if translated else text

    rows: list[tuple[str, str]] = []
    shown: set[str] = set()
    for b in BINDINGS:
        if b.shown:
            if b.shown in shown:
                continue
            shown.add(b.shown)
            group = [x for x in BINDINGS if x.shown == b.shown]
            helps = [tr(x.help) for x in group]
            text = helps[0] if len(set(helps)) == 1 else _merge_help(helps)
            rows.append((b.shown, _scoped(text, b.scope, tr)))
        else:
            rows.append((key_text(b.id), _scoped(tr(b.help), b.scope, tr)))
    return rows + [(tr(what), tr(done)) for what, done in GESTURES]


def _merge_help(helps: list[str]) -> str:
    """ "code the sentence at the cursor" + paragraph + turn → "code the sentence / paragraph /
    speaker turn at the cursor"."""
    first, *rest = helps
    words = [h.split() for h in helps]
    prefix = 0
    while all(len(w) > prefix and w[prefix] == words[0][prefix] for w in words):
        prefix += 1
    suffix = 0
    while all(len(w) > suffix and w[-1 - suffix] == words[0][-1 - suffix] for w in words):
        suffix += 1
    middles = [" ".join(w[prefix : len(w) - suffix]) for w in words]
    return " ".join([*words[0][:prefix], " / ".join(middles), *words[0][len(words[0]) - suffix :]])


def _scoped(text: str, scope: Scope, tr: Callable[[str], str]) -> str:
    return text if scope is Scope.WINDOW else f"{text} ({tr(scope.value)})"


def markdown_table() -> str:
    """The shortcut table of ``docs/gui.md``."""
    lines = ["| Keys | Action |", "| --- | --- |"]
    lines += [f"| {keys} | {what} |" for keys, what in help_rows()]
    return "\n".join(lines) + "\n"


def html_table() -> str:
    """The shortcut help window's table."""
    rows = "".join(f"<tr><td><b>{_esc(k)}</b></td><td>{_esc(v)}</td></tr>" for k, v in help_rows(translated=True))
    return f"<table cellpadding='4'>{rows}</table>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
