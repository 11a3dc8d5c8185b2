"""``werkstatt render PATH --canvas TITEL --out FILE.png|.svg|.pdf``: a canvas as a picture, without a screen."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--canvas", required=True, metavar="ID_ODER_TITEL", help="Leinwand (Kennung oder Titel)")
    p.add_argument("--version", type=int, default=None, metavar="N", help="Version (Standard: die neueste)")
    p.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei: .png, .svg oder .pdf")
    p.add_argument("--kontrast", action="store_true", help="kontrastreiche Darstellung wie im Präsentationsmodus")


def run(args: argparse.Namespace) -> int:
    from app.operations.canvas_ops import CanvasNotFound, find_canvas, load_board
    from app.operations.damage_guard import damage_explained
    from app.reports.canvas_render import FORMATS, render_canvas_to
    from app.store.workspace_file import WorkspaceFile

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise ValueError(f"Unbekanntes Format „{out.suffix}“: erlaubt sind .png, .svg und .pdf.")
    with damage_explained(Path(args.path)):
        with WorkspaceFile.open(Path(args.path), readonly=True) as ws:
            try:
                board = load_board(ws, find_canvas(ws, args.canvas, args.version))
            except CanvasNotFound as exc:
                raise ValueError(str(exc)) from None
        render_canvas_to(out, board, contrast=args.kontrast)
    print(f"Leinwand „{board.title}“ (Version {board.version}, {len(board.cards)} Karten) → {out}")
    return 0


COMMAND = ("Leinwand als Bild oder PDF ausgeben (PNG, SVG, PDF)", configure, run)
