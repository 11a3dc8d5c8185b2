"""A stable, readable layout for the actor network.

Positions are computed once from the whole network (not per paint and not per filter), with a fixed seed and
nodes and edges in a sorted order, so the same data always gives the same picture and filtering only hides
nodes instead of moving the others around.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx

SEED = 7


def layout(node_ids: Sequence[str], edges: Iterable[tuple[str, str]], *, size: float = 1000.0
           ) -> dict[str, tuple[float, float]]:
    """Node id → (x, y) in a square of ``size`` centred at 0; unconnected actors are spread in the same way."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(node_ids))
    known = set(node_ids)
    graph.add_edges_from(sorted((min(a, b), max(a, b)) for a, b in edges if a in known and b in known and a != b))
    if graph.number_of_nodes() == 0:
        return {}
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    k = 2.0 / max(graph.number_of_nodes(), 1) ** 0.5
    pos = nx.spring_layout(graph, seed=SEED, k=k, iterations=200, scale=size / 2)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}
