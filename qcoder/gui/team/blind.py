"""Blind mode: while it is on, each coder's window shows only that coder's own codings.

It applies to everyone who codes, the lead included (a lead who codes in a blind study
must not see the others either); the lead compares coders in the agreement view and turns
blind mode off when coding is done.
"""

from __future__ import annotations

from qcoder.app import Project


def visible_coder_ids(project: Project | None, current_coder_id: str | None) -> set[str] | None:
    """The coders whose codings the viewer may show: ``None`` means no restriction (blind
    mode off); otherwise only the current coder's (an empty set when no coder is chosen yet).

    One cheap query (a project meta value); call it when a document is shown and when a
    change set touches ``Kind.PROJECT`` (``"blind_mode"`` is the changed id), not per coding.
    """
    if project is None or not project.blind_mode:
        return None
    return {current_coder_id} if current_coder_id else set()


def blind_for_comparison(project: Project | None) -> bool:
    """True when the current user may not compare coders: blind mode is on and they are not a lead."""
    from qcoder.core.permissions import Role

    return project is not None and project.blind_mode and project.role is not Role.LEAD
