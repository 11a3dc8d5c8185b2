"""``werkstatt prepare MASTER --out FILE [--canvas ID ...] [--actor ID ...]``: a workshop file for a laptop."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("master", metavar="MASTER", help="Werkstatt-Datei, aus der die Laptop-Datei entsteht")
    p.add_argument("--out", metavar="DATEI", required=True, help="neue Werkstatt-Datei für den Laptop")
    p.add_argument("--canvas", metavar="ID", action="append", default=[],
                   help="nur diesen Canvas mitnehmen (mehrfach möglich; ohne Angabe: alle)")
    p.add_argument("--actor", metavar="ID", action="append", default=[],
                   help="nur diesen Akteur mitnehmen (mehrfach möglich; ohne Angabe: alle)")


def run(args: argparse.Namespace) -> int:
    from app.operations.sync_ops import prepare_laptop

    result = prepare_laptop(Path(args.master), Path(args.out), args.canvas, args.actor)
    print(f"Laptop-Datei angelegt: {result.path} (Gerätekennung {result.device_id}).")
    for label, count in result.left_out.items():
        print(f"  nicht mitgenommen: {count} {label}")
    print("Nach der Veranstaltung mit »werkstatt merge MASTER LAPTOP-DATEI« zurückführen.")
    return 0


COMMAND = ("Werkstatt-Datei für einen Laptop aus der Hauptdatei vorbereiten", configure, run)
