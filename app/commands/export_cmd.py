"""``werkstatt export PFAD --format json --out DATEI``: the whole workspace as one document, pseudonymised."""

from __future__ import annotations

import argparse
from pathlib import Path

FORMATS = ("json",)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--format", metavar="FORMAT", default="json", help="Ausgabeformat: json (Standard)")
    p.add_argument("--out", metavar="DATEI", default=None, help="Zieldatei (wird ersetzt, wenn es sie gibt)")
    p.add_argument("--with-names", action="store_true",
                   help="Namen der Teilnehmenden ausgeben, die der Nennung zugestimmt haben "
                        "(sonst nur Pseudonyme)")


def run(args: argparse.Namespace) -> int:
    from app.store.workspace_file import refuse_foreign

    fmt = (args.format or "").lower()
    if fmt not in FORMATS:
        raise ValueError(f"Unbekanntes Format »{args.format}«; möglich ist: {', '.join(FORMATS)}.")
    if not args.out:
        raise ValueError("Bitte mit --out DATEI angeben, wohin exportiert wird.")
    source, target = Path(args.path), Path(args.out)
    refuse_foreign(source)
    if target.exists() and target.resolve() == source.resolve():
        raise ValueError("Die Zieldatei darf nicht die Werkstatt-Datei selbst sein.")
    from app.reports.export_json import export_json

    summary = export_json(source, target, with_names=args.with_names)
    main = ("sessions", "participants", "actors", "canvases", "cards", "votes", "comments")
    counts = ", ".join(f"{t}: {summary.counts.get(t, 0)}" for t in main)
    kind = "pseudonymisiert" if summary.pseudonymised else "mit Namen (nur bei Einwilligung)"
    print(f"Export nach {summary.path} geschrieben ({kind}); {counts}")
    return 0


COMMAND = ("Ganze Werkstatt als JSON exportieren (standardmäßig pseudonymisiert)", configure, run)
