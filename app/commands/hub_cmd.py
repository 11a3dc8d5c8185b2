"""``werkstatt hub init URL``: set up (or migrate) the PostgreSQL hub."""

from __future__ import annotations

import argparse


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="hub_action", metavar="AKTION", required=True, parser_class=type(p))
    init = sub.add_parser("init", help="Hub-Datenbank anlegen oder aktualisieren",
                          description="Hub-Datenbank anlegen oder aktualisieren")
    init.add_argument("url", metavar="URL", help="z. B. postgresql://benutzer@server:5432/datenbank")


def run(args: argparse.Namespace) -> int:
    from app.sync.hub import init_hub, safe_url

    hub_id = init_hub(args.url)
    print(f"Hub bereit: {safe_url(args.url)} (Kennung {hub_id}).")
    return 0


COMMAND = ("PostgreSQL-Hub einrichten (hub init URL)", configure, run)
