"""Writing a large demo workspace (bulk inserts) against creating an empty workspace file: the demo promises
10,000 cards in a few seconds."""

from __future__ import annotations

from tests.benchmarks.harness import BenchContext, BenchResult, measure, median_pair

NAME, UNIT = "demo_large_create", "s"


@measure(NAME)
def demo_large_create(ctx: BenchContext) -> BenchResult:
    from app.operations.demo import create_demo_workspace
    from app.store.workspace_file import WorkspaceFile

    cards = 500 if ctx.smoke else 10_000
    numbers = iter(range(1000))

    def large() -> None:
        create_demo_workspace(ctx.workdir / f"gross{next(numbers)}.werkstatt", seed=1, size="large", cards=cards)

    def empty() -> None:
        WorkspaceFile.create(ctx.workdir / f"leer{next(numbers)}.werkstatt").close()

    value, baseline = median_pair(large, empty, repeats=ctx.repeats, warmup=ctx.warmup)
    return BenchResult.compare(NAME, value, baseline, UNIT, f"{cards} cards in ≤ 5 s",
                               note=f"{cards} synthetic cards + demo; baseline: empty workspace file")
