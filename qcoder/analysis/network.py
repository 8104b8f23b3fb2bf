"""The co-occurrence network: codes as nodes sized by use, edges weighted by co-occurrence,
placed by a deterministic force-directed layout (numpy only).

Built from a :class:`~qcoder.analysis.cooccurrence.CooccurrenceMatrix`: a node per code with
a use (the diagonal: its excerpts or documents), an edge per pair whose count reaches the
minimum weight. A code and its own subcode always co-occur (a parent rolls up its subtree), so
those edges are left out unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcoder.analysis.cooccurrence import CooccurrenceMatrix
from qcoder.core.codepath import SEPARATOR

GRAVITY = 0.3
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Node:
    code_id: str
    path: str
    use: int

    @property
    def name(self) -> str:
        return self.path.rsplit(SEPARATOR, 1)[-1]


@dataclass(frozen=True)
class Edge:
    first: int  # node indexes
    second: int
    weight: int


@dataclass(frozen=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]
    positions: list[tuple[float, float]]  # per node, within [-1, 1]


def related(a: str, b: str) -> bool:
    """Whether one code path is an ancestor of the other."""
    return a.startswith(b + SEPARATOR) or b.startswith(a + SEPARATOR)


def cooccurrence_network(
    matrix: CooccurrenceMatrix, min_weight: int = 1, *, subcode_links: bool = False, used_only: bool = True
) -> Network:
    """The network of ``matrix``: edges of at least ``min_weight``; ``used_only`` leaves out
    codes never used (in the matrix's selection)."""
    keep = [i for i in range(len(matrix.code_ids)) if matrix.counts[i][i] > 0 or not used_only]
    nodes = [Node(matrix.code_ids[i], matrix.paths[i], matrix.counts[i][i]) for i in keep]
    edges: list[Edge] = []
    for x, i in enumerate(keep):
        for y in range(x + 1, len(keep)):
            j = keep[y]
            weight = matrix.counts[i][j]
            if weight >= max(min_weight, 1) and (subcode_links or not related(matrix.paths[i], matrix.paths[j])):
                edges.append(Edge(x, y, weight))
    positions = layout(len(nodes), [(e.first, e.second, float(e.weight)) for e in edges])
    return Network(nodes, edges, [(float(x), float(y)) for x, y in positions])


def layout(n: int, edges: list[tuple[int, int, float]], column: int = 12) -> FloatArray:
    """Linked nodes by :func:`force_layout`; nodes without a link in columns of up to ``column``
    to their right (in their order), so they do not crowd the linked ones. Each axis is scaled
    into [-1, 1]."""
    linked = sorted({i for a, b, _w in edges for i in (a, b)})
    alone = [i for i in range(n) if i not in set(linked)]
    pos = np.zeros((n, 2))
    if linked:
        where = {node: k for k, node in enumerate(linked)}
        pos[linked] = force_layout(len(linked), [(where[a], where[b], w) for a, b, w in edges])
    if alone and linked:
        rows = min(column, len(alone))
        for k, node in enumerate(alone):
            pos[node] = (1.35 + 0.6 * (k // rows), -1 + 2 * (k % rows + 0.5) / rows)
    elif alone:
        pos[alone] = force_layout(len(alone), [])
    pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
    span = np.abs(pos).max(axis=0)  # each axis on its own: the drawing fills a wide area
    scaled: FloatArray = pos / np.where(span > 0, span, 1.0)
    return scaled


def force_layout(n: int, edges: list[tuple[int, int, float]], iterations: int = 300) -> FloatArray:
    """Fruchterman–Reingold from a circle, the same result for the same input: linked nodes
    attract (more for heavier edges), every pair repels; scaled into [-1, 1]."""
    if n == 0:
        return np.zeros((0, 2))
    angle = 2 * np.pi * np.arange(n) / n
    pos = np.column_stack((np.cos(angle), np.sin(angle)))
    if n == 1:
        return np.zeros((1, 2))
    k = np.sqrt(4.0 / n)  # ideal distance in a 2 x 2 square
    src = np.array([e[0] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges], dtype=np.int64)
    weight = np.array([e[2] for e in edges], dtype=np.float64)
    if len(weight):
        weight = 1 + np.log1p(weight) / np.log1p(weight.max())
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        move = (delta * (k * k / dist**2)[:, :, None]).sum(axis=1)  # repulsion
        if len(src):
            d = pos[src] - pos[dst]
            length = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
            pull = d * (length * weight / k)[:, None]
            np.add.at(move, src, -pull)
            np.add.at(move, dst, pull)
        # gravity, like an edge to the centre: unlinked codes and separate groups stay in view
        move -= pos * (np.linalg.norm(pos, axis=1) * GRAVITY / k)[:, None]
        size = np.maximum(np.linalg.norm(move, axis=1), 1e-9)
        pos += move / size[:, None] * np.minimum(size, temperature)[:, None]
        temperature = max(temperature * 0.985, 0.002)
    pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
    span = float(np.abs(pos).max()) or 1.0
    scaled: FloatArray = pos / span
    return scaled
