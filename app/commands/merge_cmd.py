"""``werkstatt merge MASTER SOURCE [SOURCE ...]``: bring packages or workspace files into a master file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("master", metavar="MASTER",
                   help="Ziel-Werkstatt-Datei (wird angelegt, wenn es sie nicht gibt; der Ordner muss existieren)")
    p.add_argument("sources", metavar="QUELLE", nargs="+", help="Pakete oder Werkstatt-Dateien")
    p.add_argument("--passphrase-file", metavar="DATEI", help="Datei mit dem Passwort verschlüsselter Pakete")
    p.add_argument("--adopt", "--uebernehmen", dest="adopt", action="store_true",
                   help="Quellen, die unabhängig angelegt wurden (nicht mit »werkstatt prepare« aus MASTER), "
                        "trotzdem übernehmen: ihre Einträge kommen als neue hinzu, Vorlagen und Kategorien werden "
                        "den vorhandenen zugeordnet")


def run(args: argparse.Namespace) -> int:
    from app.operations.sync_ops import PartialMerge, merge_sources
    from app.sync.report import summary_lines

    from .passphrase import read_passphrase

    passphrase = read_passphrase(args.passphrase_file)
    try:
        result = merge_sources(Path(args.master), [Path(s) for s in args.sources], passphrase, adopt=args.adopt)
    except PartialMerge as exc:
        for summary in exc.merged:
            print("\n".join(summary_lines(summary)))
        print(f"Fehler: {exc}", file=sys.stderr)
        return 1
    if result.created:
        print(f"Neue Werkstatt-Datei angelegt: {args.master}")
    for summary in result.summaries:
        print("\n".join(summary_lines(summary)))
    print(f"Zusammengeführt: {len(result.summaries)} Quelle(n) in {args.master}.")
    return 0


COMMAND = ("Pakete oder Werkstatt-Dateien in eine Werkstatt-Datei zusammenführen", configure, run)
