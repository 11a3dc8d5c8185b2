"""``werkstatt import-actors PATH FILE``: import an actor inventory (CSV/XLSX) all-or-nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("file", metavar="DATEI", help="Akteursliste als .csv oder .xlsx")
    p.add_argument("--dry-run", action="store_true", help="nur prüfen und berichten, nichts ändern")
    p.add_argument("--skip-errors", action="store_true", help="fehlerhafte Zeilen überspringen statt abzubrechen")
    p.add_argument("--duplicates", choices=("merge", "skip"), default="merge",
                   help="Dubletten zusammenführen (merge, Standard) oder überspringen (skip)")
    p.add_argument("--map", action="append", default=[], metavar="SPALTE=FELD",
                   help="eine Spalte einem Feld zuordnen, z. B. --map \"Träger-Nr=ignorieren\"")


def run(args: argparse.Namespace) -> int:
    from app.operations.actor_import import import_actors
    from app.operations.errors import OperationRefused
    from app.store.workspace_file import WorkspaceFile

    overrides: dict[str, str] = {}
    for item in args.map:
        header, sep, target = item.partition("=")
        if not sep or not header.strip() or not target.strip():
            print(f"Fehler: --map »{item}« hat nicht die Form SPALTE=FELD.", file=sys.stderr)
            return 2
        overrides[header.strip()] = target.strip()
    with WorkspaceFile.open(Path(args.path)) as ws:
        try:
            result = import_actors(ws, Path(args.file), overrides=overrides, duplicates=args.duplicates,
                                   skip_errors=args.skip_errors, dry_run=args.dry_run)
        except OperationRefused as exc:
            print(f"Fehler: {exc}", file=sys.stderr)
            print("Nichts wurde importiert.", file=sys.stderr)
            return 1
    plan = result.plan
    print(f"Gelesen: {plan.rows_read} Zeilen")
    if result.blocked:
        print(f"Fehlerhafte Zeilen: {len(plan.errors)}")
        for r in plan.errors:
            print(f"  Zeile {r.row_number}: {'; '.join(r.reasons)}")
        print("Nichts wurde importiert (alles oder nichts). Zeilen korrigieren oder mit --skip-errors "
              "überspringen.")
        return 1
    verb = "Würde importieren" if result.dry_run else "Importiert"
    print(f"{verb}: {result.created + result.merged} (neu: {result.created}, zusammengeführt: {result.merged})")
    if plan.new_categories:
        print("Neue Kategorien: " + ", ".join(plan.new_categories))
    print(f"Übersprungen: {len(result.skipped)}")
    for number, reason in result.skipped:
        print(f"  Zeile {number}: {reason}")
    if result.dry_run:
        if plan.errors:
            print(f"Fehlerhafte Zeilen: {len(plan.errors)}")
            for r in plan.errors:
                print(f"  Zeile {r.row_number}: {'; '.join(r.reasons)}")
        print("Probelauf: nichts wurde geändert.")
    return 0


COMMAND = ("Akteursliste (CSV/XLSX) importieren – alles oder nichts", configure, run)
