"""``werkstatt sync PATH --hub URL``: send local changes to the hub and fetch the others'."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--hub", metavar="URL", required=True, help="Adresse des Hubs (postgresql://…)")


def run(args: argparse.Namespace) -> int:
    from app.operations.sync_ops import sync_hub
    from app.sync.report import summary_lines

    result = sync_hub(Path(args.path), args.hub)
    print("\n".join(summary_lines(result.pushed, f"Gesendet: {result.pushed.new_rows} neue, "
                                                 f"{result.pushed.changed_rows} geänderte Einträge beim Hub")))
    print("\n".join(summary_lines(result.pulled, f"Empfangen: {result.pulled.new_rows} neue, "
                                                 f"{result.pulled.changed_rows} geänderte Einträge, "
                                                 f"{result.pulled.conflicts} Konflikte")))
    return 0


COMMAND = ("Werkstatt-Datei mit dem Hub abgleichen", configure, run)
