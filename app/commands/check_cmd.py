"""``werkstatt check PATH``: integrity_check, foreign_key_check and the app's own invariants."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")


def run(args: argparse.Namespace) -> int:
    from app.store.disk_errors import disk_condition
    from app.store.engine import connect_read
    from app.store.invariants import CheckReport, check_invariants
    from app.store.row_check import find_problems
    from app.store.workspace_file import WorkspaceFile, refuse_foreign

    path = Path(args.path)
    refuse_foreign(path)
    report = CheckReport()
    con = connect_read(path)
    damaged = 0
    try:
        report.integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        report.foreign_key_problems = len(con.execute("PRAGMA foreign_key_check").fetchall())
        checkable = True
        # values the program could not have written (a tampered file): the ORM would stumble over them
        for problem in find_problems(con, limit=200):
            report.problems.append(str(problem))
            damaged += 1
    except sqlite3.DatabaseError as exc:  # so damaged that SQLite cannot even check it – or the disk refuses
        disk = disk_condition(exc)
        if disk is not None:
            raise disk from exc  # a full or failing disk is no damage of the file
        report.integrity = f"nicht prüfbar, die Datei ist beschädigt ({exc})"
        checkable = False
    finally:
        con.close()
    if checkable:
        with WorkspaceFile.open(path, readonly=True) as ws:  # refuses a file without version or from a newer one
            if not damaged:  # the ORM would stumble over the damaged values themselves
                with ws.session() as s:
                    check_invariants(s, report)
    print(f"Prüfung von {path.name}")
    print(f"  integrity_check:   {report.integrity}")
    print(f"  foreign_key_check: {report.foreign_key_problems} Probleme")
    print(f"  eigene Regeln:     {len(report.problems)} Probleme")
    for problem in report.problems[:50]:
        print(f"    - {problem}")
    if damaged:
        print("  Die Datei enthält Werte, die QuartiersWerkstatt nicht geschrieben haben kann (verändert oder "
              "beschädigt); bitte eine Sicherungskopie verwenden oder die Einträge reparieren lassen.")
    main = ("sessions", "participants", "actors", "canvases", "cards", "vote_rounds", "votes", "comments")
    print("  " + ", ".join(f"{t}: {report.counts.get(t, 0)}" for t in main))
    print("Ergebnis: in Ordnung" if report.ok else "Ergebnis: FEHLER")
    return 0 if report.ok else 1


COMMAND = ("Werkstatt-Datei prüfen (Integrität, Fremdschlüssel, eigene Regeln)", configure, run)
