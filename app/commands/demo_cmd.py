"""``werkstatt demo PFAD``: write the demo workspace "Schaffrath" (never over an existing file)."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="neue Werkstatt-Datei (darf noch nicht existieren)")
    p.add_argument("--seed", metavar="N", default="1",
                   help="Startwert: gleicher Wert ergibt gleiche Inhalte und Kennungen (Standard: 1)")
    p.add_argument("--size", metavar="GRÖSSE", default="normal",
                   help="normal (Standard) oder large (viele Karten für Messungen)")
    p.add_argument("--cards", metavar="N", default=None, help="Zahl der zusätzlichen Karten (setzt --size large; Standard dort: 2000)")
    p.add_argument("--canvases", metavar="N", default="1",
                   help="auf wie viele Leinwände sich die zusätzlichen Karten verteilen (Standard: 1)")


def _whole_number(text: str, option: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{option} erwartet eine ganze Zahl, nicht »{text}«.") from None


def run(args: argparse.Namespace) -> int:
    from app.operations.demo import SIZES, create_demo_workspace

    seed = _whole_number(args.seed, "--seed")
    size = args.size
    if size not in SIZES:
        raise ValueError(f"Unbekannte Größe »{size}«; möglich sind: {', '.join(SIZES)}.")
    cards = None if args.cards is None else _whole_number(args.cards, "--cards")
    if cards is not None:
        size = "large"
    canvases = _whole_number(args.canvases, "--canvases")
    path = Path(args.path)
    create_demo_workspace(path, seed=seed, size=size, cards=cards, canvases=canvases)
    print(f"Demo-Werkstatt »Schaffrath« angelegt: {path} (Startwert {seed}, Größe {size})")
    return 0


COMMAND = ("Demo-Werkstatt »Schaffrath« anlegen (überschreibt keine Datei)", configure, run)
