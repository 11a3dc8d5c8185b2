"""``werkstatt erase`` and ``werkstatt export-person``: the DSGVO rights from the command line."""

from __future__ import annotations

import argparse


def configure_erase(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--participant", required=True, metavar="ID", help="Kennung der teilnehmenden Person")
    p.add_argument("--by", default="", metavar="NAME", help="wer die Löschung veranlasst (für das Protokoll)")
    p.add_argument("--redact-mentions", action="store_true",
                   help="auch Teile des Namens (»Frau Schulz«) und Namen von Organisationen in Texten durch "
                        "»[Name gelöscht]« ersetzen (ohne diese Angabe werden sie nur aufgelistet)")


def run_erase(args: argparse.Namespace) -> int:
    from app.operations.errors import OperationRefused
    from app.operations.name_mentions_ops import find_mentions, redact_open_mentions
    from app.operations.privacy_ops import erase_participant
    from app.store.workspace_file import WorkspaceFile

    with WorkspaceFile.open(args.path) as ws:
        try:
            redacted = redact_open_mentions(ws, args.participant) if args.redact_mentions else 0
            left = [m for m in find_mentions(ws, args.participant) if not m.automatic]
            result = erase_participant(ws, args.participant, erased_by=args.by)
        except OperationRefused as exc:
            raise ValueError(str(exc)) from None
    print("Personenbezogene Daten gelöscht; die Löschung wird bei jeder Synchronisierung weitergegeben.")
    if result.records_cleaned:
        print(f"Einträge, in denen der Name oder eine Bemerkung zur Person ersetzt wurde: {result.records_cleaned}")
    if redacted:
        print(f"Geschwärzte Teile des Namens und Namen von Organisationen: {redacted}")
    if left:
        print(f"Bitte prüfen – diese {len(left)} Stellen nennen vielleicht noch die Person "
              "(unverändert; mit --redact-mentions ersetzen):")
        for m in left:
            print(f"  {m.place}: {m.snippet}")
    return 0


def configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PFAD", help="Werkstatt-Datei")
    p.add_argument("--participant", required=True, metavar="ID", help="Kennung der teilnehmenden Person")
    p.add_argument("--out", required=True, metavar="DATEI.json", help="Zieldatei")


def run_export(args: argparse.Namespace) -> int:
    from app.operations.errors import OperationRefused
    from app.operations.privacy_ops import export_person
    from app.store.workspace_file import WorkspaceFile

    with WorkspaceFile.open(args.path, readonly=True) as ws:
        try:
            export_person(ws, args.participant, args.out)
        except OperationRefused as exc:
            raise ValueError(str(exc)) from None
    print(f"Auskunft geschrieben: {args.out}")
    return 0


ERASE = ("Personenbezogene Daten einer Person löschen (DSGVO Art. 17)", configure_erase, run_erase)
EXPORT_PERSON = ("Alle Angaben zu einer Person als JSON ausgeben (DSGVO Art. 15)", configure_export, run_export)
