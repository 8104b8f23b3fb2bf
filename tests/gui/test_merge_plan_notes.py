"""The merge preview counts memos and framework summaries."""

from __future__ import annotations

from qcoder.app.merge import MergePlan
from qcoder.gui.team.plan_view import plan_summary


def test_plan_summary_counts_summaries() -> None:
    plan = MergePlan("maya.qcoder", memos_added=1, summaries_added=2)
    plan.steps.append(object())  # type: ignore[arg-type]
    assert plan_summary(plan) == "1 memo, 2 summaries"
