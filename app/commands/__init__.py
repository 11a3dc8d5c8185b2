"""CLI subcommands, one module each. Add a line to ``registry`` for a new one."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def registry() -> dict[str, Command]:
    from . import check_cmd, demo_cmd, export_cmd, import_actors_cmd, privacy_cmd, render_cmd, report_cmd
    from .hub_cmd import COMMAND as HUB
    from .merge_cmd import COMMAND as MERGE
    from .pack_cmd import COMMAND as PACK
    from .prepare_cmd import COMMAND as PREPARE
    from .sync_cmd import COMMAND as SYNC

    return {
        "demo": demo_cmd.COMMAND,
        "check": check_cmd.COMMAND,
        "export": export_cmd.COMMAND,
        "render": render_cmd.COMMAND,
        "report": report_cmd.COMMAND,
        "import-actors": import_actors_cmd.COMMAND,
        "pack": PACK,
        "merge": MERGE,
        "prepare": PREPARE,
        "hub": HUB,
        "sync": SYNC,
        "erase": privacy_cmd.ERASE,
        "export-person": privacy_cmd.EXPORT_PERSON,
    }
