"""``werkstatt report PATH --out FILE.pdf [--session ID|latest] [--short]``: the session protocol, headless."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--out", required=True, metavar="DATEI.pdf", help="Zieldatei (PDF)")
    p.add_argument("--session", default="latest", metavar="ID|latest",
                   help="Sitzung (Kennung oder Titel); Standard: die letzte")
    p.add_argument("--short", action="store_true", help="einseitiges Kurzprotokoll zum Austeilen")


def run(args: argparse.Namespace) -> int:
    from app.operations.damage_guard import damage_explained
    from app.reports.canvas_render import render_canvas_pdfs
    from app.reports.protocol import build_protocol
    from app.store.workspace_file import WorkspaceFile

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValueError("Das Protokoll wird als PDF geschrieben; bitte eine Zieldatei mit .pdf angeben.")
    if not out.parent.exists():
        raise ValueError(f"Den Ordner {out.parent} gibt es nicht.")
    with damage_explained(Path(args.path)), WorkspaceFile.open(args.path, readonly=True) as ws:
        build_protocol(ws, out, session=args.session, short=args.short, render_pictures=render_canvas_pdfs)
    print(f"Protokoll geschrieben: {out}")
    return 0


COMMAND = ("Sitzungsprotokoll als PDF schreiben", configure, run)
