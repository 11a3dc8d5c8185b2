"""``werkstatt pack PATH --out PKG [--passphrase-file F]``: a transport package for merging elsewhere."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--out", metavar="PAKET", required=True, help="Zieldatei des Pakets (z. B. laptop-2.qwpaket)")
    p.add_argument("--passphrase-file", metavar="DATEI",
                   help="Datei mit dem Passwort; das Paket wird dann verschlüsselt (AES-256-GCM)")


def run(args: argparse.Namespace) -> int:
    from app.sync.package import write_package

    from .passphrase import read_passphrase

    passphrase = read_passphrase(args.passphrase_file)
    manifest = write_package(Path(args.path), Path(args.out), passphrase)
    rows = sum(manifest.counts.values())
    kind = "verschlüsselt" if passphrase else "unverschlüsselt"
    print(f"Paket geschrieben: {args.out} ({rows} Einträge, {kind}).")
    return 0


COMMAND = ("Paket einer Werkstatt-Datei für die Zusammenführung schreiben", configure, run)
