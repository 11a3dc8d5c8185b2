"""A stable, readable layout for the actor network.

Positions are computed once from the whole network (not per paint and not per filter), so the same data always
gives the same picture and filtering only hides nodes instead of moving the others around. Each connected group
of actors is laid out on its own (force-directed from a circle, with a fixed seed) and the groups are
then packed in rows, largest first, so a few big clusters do not squeeze everyone into a corner and every name
has room for its label.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import networkx as nx

#: Distance between neighbouring actors in scene units: room for a name and its category underneath.
SPACING = 230.0
SEED = 7


def _component_layout(graph: nx.Graph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Positions of one connected group around (0, 0), neighbours about SPACING apart."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-SPACING / 2, 0.0), nodes[1]: (SPACING / 2, 0.0)}
    sub = graph.subgraph(nodes)
    pos = nx.spring_layout(sub, pos=nx.circular_layout(sorted(sub.nodes)), seed=SEED, iterations=200)
    radius = SPACING * math.sqrt(len(nodes)) * 0.75
    return {n: (float(x) * radius, float(y) * radius) for n, (x, y) in pos.items()}


def layout(node_ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Node id → (x, y) in scene units (top-left near 0, 0)."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(node_ids))
    known = set(node_ids)
    graph.add_edges_from(sorted({(min(a, b), max(a, b)) for a, b in edges if a in known and b in known and a != b}))
    comps = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float, float, float, float]] = []
    for comp in comps:
        pos = _component_layout(graph, comp)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        placed.append((pos, min(xs), min(ys), max(xs) - min(xs) + SPACING, max(ys) - min(ys) + SPACING * 0.6))
    total_area = sum(w * h for _p, _x, _y, w, h in placed) or 1.0
    row_width = max(math.sqrt(total_area) * 1.6, max((w for *_r, w, _h in placed), default=0.0))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, min_x, min_y, w, h in placed:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(px - min_x + x, 3), round(py - min_y + y, 3))
        x += w
        row_height = max(row_height, h)
    return out
