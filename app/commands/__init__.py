"""CLI subcommands, one module each. Add a line to ``registry`` for a new one."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def registry() -> dict[str, Command]:
    from . import check_cmd, render_cmd

    return {
        "check": check_cmd.COMMAND,
        "render": render_cmd.COMMAND,
    }
