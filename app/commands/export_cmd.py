"""``werkstatt export PFAD --format csv|xlsx|json --out ZIEL [--with-names]``: the data, pseudonymised by default."""

from __future__ import annotations

import argparse
from pathlib import Path

FORMATS = ("csv", "xlsx", "json")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--format", metavar="FORMAT", default="json",
                   help="Ausgabeformat: csv (ein Ordner, eine Datei je Tabelle), xlsx (eine Arbeitsmappe) "
                        "oder json (Standard)")
    p.add_argument("--out", metavar="ZIEL", default=None,
                   help="Zieldatei (xlsx, json) oder Zielordner (csv); ein vorhandener Ordner bekommt einen "
                        "neuen Eintrag mit Quartier und Datum")
    p.add_argument("--with-names", action="store_true",
                   help="Namen der Teilnehmenden ausgeben, die der Nennung zugestimmt haben "
                        "(sonst nur Pseudonyme)")


def run(args: argparse.Namespace) -> int:
    from app.store.workspace_file import WorkspaceFile, refuse_foreign

    fmt = (args.format or "").lower()
    if fmt not in FORMATS:
        raise ValueError(f"Unbekanntes Format »{args.format}«; möglich sind: {', '.join(FORMATS)}.")
    if not args.out:
        raise ValueError("Bitte mit --out angeben, wohin exportiert wird.")
    source, target = Path(args.path), Path(args.out)
    refuse_foreign(source)
    if target.exists() and target.resolve() == source.resolve():
        raise ValueError("Die Zieldatei darf nicht die Werkstatt-Datei selbst sein.")
    from app.operations.damage_guard import damage_explained
    from app.operations.export_ops import export_workspace

    with damage_explained(source), WorkspaceFile.open(source, readonly=True) as ws:
        summary = export_workspace(ws, target, fmt, with_names=args.with_names)
    main = ("sessions", "participants", "actors", "canvases", "cards", "votes", "comments")
    counts = ", ".join(f"{t}: {summary.counts.get(t, 0)}" for t in main)
    kind = "pseudonymisiert" if summary.pseudonymised else "mit Namen (nur bei Einwilligung)"
    print(f"Export nach {summary.path} geschrieben ({kind}); {counts}")
    if summary.replaced_controls:
        print(f"Hinweis: {summary.replaced_controls} Zellen enthielten Steuerzeichen, die Excel nicht speichern "
              "kann; sie stehen in der Arbeitsmappe sichtbar als ␋, ␀, ␛ usw. (siehe Blatt »Über diesen Export«).")
    return 0


COMMAND = ("Daten der Werkstatt exportieren: CSV, XLSX oder JSON (standardmäßig pseudonymisiert)", configure, run)
