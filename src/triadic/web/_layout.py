"""A deterministic force-directed layout for the relations network: same graph, same picture."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

__all__ = ["spring_layout"]


def spring_layout(
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str, float]],
    iterations: int = 120,
) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]² for ``nodes``; ``edges`` are (a, b, weight) and pull their ends together.

    Fruchterman-Reingold started from a circle (sorted names), so the result depends only on the graph.
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    order = sorted(nodes)
    idx = {a: i for i, a in enumerate(order)}
    ang = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    pos = np.stack([np.cos(ang), np.sin(ang)], axis=1)
    k = math.sqrt(4.0 / n)
    ei = np.array([[idx[a], idx[b]] for a, b, _ in edges if a in idx and b in idx], dtype=int).reshape(-1, 2)
    w = np.array([max(wt, 0.0) for a, b, wt in edges if a in idx and b in idx], dtype=float)
    w = 1.0 + np.log1p(w) if w.size else w
    temp = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        disp = ((k * k / dist**2)[:, :, None] * delta).sum(axis=1)
        if ei.size:
            d = pos[ei[:, 0]] - pos[ei[:, 1]]
            dl = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
            f = (dl / k * w)[:, None] * d
            np.add.at(disp, ei[:, 0], -f)
            np.add.at(disp, ei[:, 1], f)
        # a weak pull to the centre keeps components without edges from drifting off
        disp -= 0.05 * pos
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= 0.97
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    span = np.where(hi - lo > 1e-9, hi - lo, 1.0)
    pos = 0.06 + 0.88 * (pos - lo) / span
    return {a: (round(float(pos[idx[a], 0]), 4), round(float(pos[idx[a], 1]), 4)) for a in nodes}
